import type { NodeLocation, Position } from '../model/source.js';
import type { LineIndex } from './lines.js';

/** Offsets [start, end) in a file's text; START stands for 1:1 without an end (a node that has no place of its own). */
export type Span = readonly [number, number];
export const START: Span = [-1, -1];

const NO_KEY = -2;

/**
 * Pointer → location, kept as four offsets a node and turned into lines and columns only when asked.
 * Two position objects a node cost some 220 bytes with the map: 100 MB for 50,000 registrations.
 */
export class Locations implements ReadonlyMap<string, NodeLocation> {
  private readonly index: LineIndex;
  private readonly slots = new Map<string, number>();
  // Per slot: key start, key end, value start, value end (key start NO_KEY: no key).
  private offsets = new Int32Array(64);

  constructor(index: LineIndex) {
    this.index = index;
  }

  set(pointer: string, value: Span, key?: Span): this {
    let slot = this.slots.get(pointer);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(pointer, slot);
      if (slot * 4 + 4 > this.offsets.length) {
        const grown = new Int32Array(this.offsets.length * 2);
        grown.set(this.offsets);
        this.offsets = grown;
      }
    }
    const o = slot * 4;
    this.offsets[o] = key ? key[0] : NO_KEY;
    this.offsets[o + 1] = key ? key[1] : NO_KEY;
    this.offsets[o + 2] = value[0];
    this.offsets[o + 3] = value[1];
    return this;
  }

  /** The offsets of a pointer's key and value, as set. */
  spans(pointer: string): { key?: Span; value: Span } | undefined {
    const slot = this.slots.get(pointer);
    if (slot === undefined) return undefined;
    const o = slot * 4;
    const value: Span = [this.offsets[o + 2]!, this.offsets[o + 3]!];
    const ks = this.offsets[o]!;
    return ks === NO_KEY ? { value } : { key: [ks, this.offsets[o + 1]!], value };
  }

  /** Lines and columns of a span of this text. */
  position(span: Span): Position {
    return span[0] < 0 ? { line: 1, column: 1 } : this.index.range(span[0], span[1]);
  }

  get(pointer: string): NodeLocation | undefined {
    const s = this.spans(pointer);
    if (!s) return undefined;
    return s.key ? { key: this.position(s.key), value: this.position(s.value) } : { value: this.position(s.value) };
  }

  has(pointer: string): boolean {
    return this.slots.has(pointer);
  }

  get size(): number {
    return this.slots.size;
  }

  *keys(): MapIterator<string> {
    yield* this.slots.keys();
  }

  *entries(): MapIterator<[string, NodeLocation]> {
    for (const pointer of this.slots.keys()) yield [pointer, this.get(pointer)!];
  }

  *values(): MapIterator<NodeLocation> {
    for (const [, location] of this.entries()) yield location;
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(f: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void): void {
    for (const [pointer, location] of this.entries()) f(location, pointer, this);
  }
}
