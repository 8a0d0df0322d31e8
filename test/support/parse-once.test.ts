import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/validate/parse.js';
import { parseFile } from '../../src/validate/parse.js';
import { PARSE_ONCE, parseKey, parseOnce } from './parse-once.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The real parseFile, counting its calls. */
function counting() {
  const calls: string[] = [];
  return {
    calls,
    parseFile: (path: string, b: Uint8Array | undefined, size: number, lang: 'en' | 'nl'): Parsed => {
      calls.push(path);
      return parseFile(path, b, size, lang);
    },
  };
}

describe('parseOnce', () => {
  it('parses the same bytes at the same path in the same language once, also across two mocks (two files of one worker); the result is the real one', () => {
    const real = counting();
    const text = bytes('id: once-a\ntitle: x\n');
    const a = parseOnce(real).parseFile('programmes/once-a.yaml', text, text.length, 'en');
    const b = parseOnce(real).parseFile('programmes/once-a.yaml', bytes('id: once-a\ntitle: x\n'), text.length, 'en');
    expect(real.calls).toEqual(['programmes/once-a.yaml']);
    expect(b).toEqual(a);
    expect(a).toEqual(parseFile('programmes/once-a.yaml', text, text.length, 'en'));
    expect(Object.getOwnPropertySymbols(parseOnce(real).parseFile)).toEqual([PARSE_ONCE]);
  });

  it('parses anew when a byte, the size, the path or the language differs', () => {
    const real = counting();
    const { parseFile: once } = parseOnce(real);
    const text = bytes('id: once-b\n');
    once('programmes/once-b.yaml', text, text.length, 'en');
    once('programmes/once-b.yaml', bytes('id: once-c\n'), text.length, 'en');
    once('programmes/once-b.yaml', undefined, 99_000_000, 'en');
    once('programmes/once-d.yaml', text, text.length, 'en');
    once('programmes/once-b.yaml', text, text.length, 'nl');
    expect(real.calls).toHaveLength(5);
    expect(new Set([parseKey('a', text, 1, 'en'), parseKey('a', text, 2, 'en'), parseKey('a', undefined, 1, 'en')]).size).toBe(3);
  });

  it('gives every caller its own copy: a change to one result is not in the next', () => {
    const { parseFile: once } = parseOnce(counting());
    const text = bytes('id: once-e\n');
    const first = once('programmes/once-e.yaml', text, text.length, 'en');
    (first.file.loaded.data as { id: string }).id = 'changed';
    first.diagnostics.push(first.diagnostics[0]!);
    const again = once('programmes/once-e.yaml', text, text.length, 'en');
    expect((again.file.loaded.data as { id: string }).id).toBe('once-e');
    expect(again.diagnostics).toEqual(parseFile('programmes/once-e.yaml', text, text.length, 'en').diagnostics);
  });
});

describe('parseOnce on the shipped kinds of file', () => {
  it('a CSV and a YAML file: the copy locates every pointer as the real result does', () => {
    const { parseFile: once } = parseOnce(counting());
    const csv = bytes('id;name;role;municipality;email;registered;member;priority;partner;partner-seat;unavailable;status\r\nx01;Anna Visser;burgemeester;GM9999;a@example.nl;2026-10-01;yes;;;;;registered\r\n');
    const yaml = bytes('id: once-f\ntitle: [x\n');
    for (const [path, b] of [['cohorts/once-f.registrations.csv', csv], ['programmes/once-f.yaml', yaml]] as const) {
      const real = parseFile(path, b, b.length, 'en');
      for (const copy of [once(path, b, b.length, 'en'), once(path, b, b.length, 'en')]) {
        expect(copy.diagnostics).toEqual(real.diagnostics);
        expect(copy.file.loaded.data).toEqual(real.file.loaded.data);
        for (const pointer of ['', '/0', '/0/municipality', '/title']) expect(copy.file.loaded.locations.get(pointer), pointer).toEqual(real.file.loaded.locations.get(pointer));
      }
    }
  });
});
