import { describe, expect, test } from 'vitest';
import { checkSize, decodeText, firstInvalidUtf8 } from '../../src/load/text.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const at = (d: Diagnostic) => `${d.rule} ${d.line}:${d.column}`;

describe('decodeText', () => {
  test('plain UTF-8 passes through', () => {
    expect(decodeText('f.yaml', bytes('naam: Súdwest-Fryslân\n'), 'en')).toEqual({ text: 'naam: Súdwest-Fryslân\n', diagnostics: [] });
  });

  test('a UTF-8 BOM is stripped', () => {
    expect(decodeText('f.csv', bytes([0xef, 0xbb, 0xbf], 'id;name\n'), 'en').text).toBe('id;name\n');
  });

  test('invalid UTF-8 is reported at the line and column of the first bad byte', () => {
    // "Súdwest" as Excel's plain "CSV" writes it: ú is the single byte 0xFA.
    const r = decodeText('r.csv', bytes([0xef, 0xbb, 0xbf], 'id;name\nr1;Anneke\nr2;S', [0xfa], 'dwest\n'), 'en');
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map(at)).toEqual(['file/invalid-utf8 3:5']);
    const [d] = r.diagnostics;
    expect(d!.message).toContain('0xFA');
    expect(d!.message).toContain('"ú"');
    expect(d!.hint).toContain('CSV UTF-8');
  });

  test('columns of a bad byte count characters before it', () => {
    const r = decodeText('f.yaml', bytes('a: é😀', [0xc3, 0x28]), 'nl');
    expect(r.diagnostics.map(at)).toEqual(['file/invalid-utf8 1:6']);
    expect(r.diagnostics[0]!.hint).toContain('CSV UTF-8');
  });

  test.each([
    ['truncated sequence at the end', [0x61, 0xe2, 0x82], 1],
    ['overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['stray continuation byte', [0x61, 0x62, 0x80], 2],
  ])('%s', (_name, input, index) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(index);
    expect(decodeText('f', Uint8Array.from(input), 'en').diagnostics.map((d) => d.rule)).toEqual(['file/invalid-utf8']);
  });

  test('a UTF-16 file (BOM) is told to be saved as UTF-8', () => {
    const le = decodeText('f.csv', Uint8Array.from([0xff, 0xfe, 0x69, 0, 0x64, 0]), 'en');
    expect(le.diagnostics.map(at)).toEqual(['file/utf16 1:1']);
    expect(le.diagnostics[0]!.message).toMatch(/UTF-16 \(little-endian\), not UTF-8/);
    expect(le.diagnostics[0]!.hint).toMatch(/UTF-8/);
    expect(decodeText('f.csv', Uint8Array.from([0xfe, 0xff, 0, 0x69]), 'en').diagnostics.map((d) => d.rule)).toEqual(['file/utf16']);
  });

  test('UTF-16 without a BOM is recognised by its zero bytes', () => {
    const text = 'id,name\nr1,Anneke\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[2 * i] = text.charCodeAt(i);
    expect(decodeText('f.csv', utf16, 'en').diagnostics.map((d) => d.rule)).toEqual(['file/utf16']);
  });

  test('a PNG is binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeText('logo.yaml', png, 'en');
    expect(r.diagnostics.map(at)).toEqual(['file/binary 1:1']);
    expect(r.diagnostics[0]!.message).toContain('PNG');
  });

  test('an Excel workbook saved under a .csv name is recognised, in Dutch too', () => {
    const r = decodeText('inschrijvingen.csv', bytes('PK', [3, 4, 20, 0, 6, 0]), 'nl');
    expect(r.diagnostics.map(at)).toEqual(['file/binary 1:1']);
    expect(r.diagnostics[0]!.message).toContain('Excel-werkmap');
    expect(r.diagnostics[0]!.hint).toContain('CSV UTF-8');
  });

  test('a NUL byte in the first 8 KiB means binary', () => {
    expect(decodeText('f.yaml', bytes('id: x\n', [0], 'rest'), 'en').diagnostics.map((d) => d.rule)).toEqual(['file/binary']);
  });

  test('mostly control characters means binary', () => {
    expect(decodeText('f.yaml', Uint8Array.from([1, 2, 3, 4, 5, 0x41]), 'en').diagnostics.map((d) => d.rule)).toEqual(['file/binary']);
  });

  test('tabs, CR, LF and form feeds are text', () => {
    expect(decodeText('f.yaml', bytes('a:\tb\r\n\fc: d\n'), 'en').diagnostics).toEqual([]);
  });

  test('a 50 MB input is refused with its size and the limit, without being read', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const t0 = performance.now();
    const r = decodeText('huge.yaml', big, 'en');
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map(at)).toEqual(['file/too-large 1:1']);
    expect(r.diagnostics[0]!.message).toContain('50.0 MiB');
    expect(r.diagnostics[0]!.message).toContain('10.0 MiB');
  });

  test('the limit can be changed, and checked from a size alone', () => {
    expect(decodeText('f', bytes('12345'), 'en', { maxBytes: 4 }).diagnostics.map((d) => d.rule)).toEqual(['file/too-large']);
    expect(decodeText('f', bytes('1234'), 'en', { maxBytes: 4 }).diagnostics).toEqual([]);
    expect(checkSize('f', 11 * 1024 * 1024, 'nl')?.message).toContain('11,0 MiB');
    expect(checkSize('f', 1024, 'en')).toBeUndefined();
  });

  test('an empty file decodes to empty text (the loaders report file/empty)', () => {
    expect(decodeText('f.yaml', new Uint8Array(), 'en')).toEqual({ text: '', diagnostics: [] });
  });
});
