import { describe, expect, test } from 'vitest';
import { kindOf, loadFile } from '../../src/load/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('loadFile', () => {
  test('picks the reader by extension', () => {
    expect(kindOf('programmes/a.YAML')).toBe('yaml');
    expect(kindOf('a.yml')).toBe('yaml');
    expect(kindOf('cohorts/x.registrations.csv')).toBe('csv');
    expect(kindOf('notes.txt')).toBeUndefined();
  });

  test('YAML: decode, then parse', () => {
    const r = loadFile('p.yaml', utf8('\uFEFFid: x\nmember: yes\n'), 'en');
    expect(r.loaded?.data).toEqual({ id: 'x', member: 'yes' });
    expect(r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['yaml/yaml11-boolean 2:9']);
  });

  test('CSV files are read as registrations', () => {
    const r = loadFile('r.csv', utf8('id;name;municipality;email;member\nr1;A;GM0014;a@x;ja\n'), 'en');
    expect(r.diagnostics).toEqual([]);
    expect(r.loaded?.format).toBe('csv');
    expect(r.loaded?.data).toEqual([{ id: 'r1', name: 'A', municipality: 'GM0014', email: 'a@x', member: true }]);
  });

  test('an explicit kind wins over the extension', () => {
    expect(loadFile('stdin', utf8('a: 1\n'), 'en', 'yaml').loaded?.data).toEqual({ a: 1 });
  });

  test('decoding problems stop before parsing', () => {
    const r = loadFile('r.csv', Uint8Array.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]), 'en');
    expect(r.loaded).toBeUndefined();
    expect(r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['file/invalid-utf8 2:1']);
  });

  test('an unknown extension is a diagnostic, not a guess', () => {
    const r = loadFile('docs/notes.txt', utf8('hello'), 'nl');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['file/unknown-format']);
    expect(r.diagnostics[0]!.message).toContain('"notes.txt"');
  });
});

describe('the BOM', () => {
  test('is left out of the text but remembered, so an edited file can be written back with it', () => {
    const withBom = loadFile('c.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id: x\n')]), 'en');
    expect(withBom.loaded?.text).toBe('id: x\n');
    expect(withBom.loaded?.bom).toBe(true);
    expect(loadFile('c.yaml', new TextEncoder().encode('id: x\n'), 'en').loaded?.bom).toBeUndefined();
  });
});
