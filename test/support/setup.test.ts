import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { sameBytes } from './setup.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('byte arrays compare as bytes', () => {
  it('equal bytes are equal, in a Map as well', () => {
    expect(bytes('aap')).toEqual(bytes('aap'));
    expect(new Map([['a.yaml', bytes('x: 1\n')]])).toEqual(new Map([['a.yaml', bytes('x: 1\n')]]));
    // a view into a larger buffer counts only its own bytes
    expect(new Uint8Array(bytes('xaapx').buffer, 1, 3)).toEqual(bytes('aap'));
  });

  it('a different byte, a different length or a different type is not equal', () => {
    expect(bytes('aap')).not.toEqual(bytes('aaq'));
    expect(bytes('aap')).not.toEqual(bytes('aa'));
    expect(new Map([['a.yaml', bytes('x: 1\n')]])).not.toEqual(new Map([['a.yaml', bytes('x: 2\n')]]));
    expect(Buffer.from('aap')).not.toEqual(bytes('aap'));
    expect(sameBytes(bytes('aap'), Buffer.from('aap'))).toBe(false);
  });

  it('leaves everything else to vitest', () => {
    expect(sameBytes('aap', 'aap')).toBeUndefined();
    expect(sameBytes([1], new Uint8Array([1]))).toBeUndefined();
  });
});
