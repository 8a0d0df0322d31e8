/**
 * Set up before every test file (vitest.config.ts `setupFiles`).
 *
 * Byte arrays compare as bytes: vitest's own equality walks a Uint8Array index by index and then
 * again through Object.entries, which made `expect(io.files).toEqual(before)` over the shipped
 * examples cost most of a second per assertion. Same verdict: equal when both have the same
 * constructor (a Buffer is not a Uint8Array, as in vitest's own check) and the same bytes.
 * test/support/setup.test.ts keeps it to that.
 */
import { Buffer } from 'node:buffer';
import { expect } from 'vitest';

export function sameBytes(a: unknown, b: unknown): boolean | undefined {
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return undefined;
  if (a === b) return true;
  if (a.constructor !== b.constructor) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

expect.addEqualityTesters([sameBytes]);
