import { describe, expect, it } from 'vitest';
import { frameLine, MAX_LINE_WIDTH, MAX_SHOWN_PER_FILE, renderText, sourceLine } from '../../src/export/diagnostics/index.js';
import { ANSI, ctx, diag } from './helpers.js';

/** The source and caret rows of the first code frame, with the gutter (`  12 | `) removed. */
function frame(out: string): { src: string; caret: string } {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => /^ {2}\d+ \|/.test(l));
  expect(i).toBeGreaterThanOrEqual(0);
  const strip = (l: string): string => l.slice(l.indexOf('|') + 2);
  return { src: strip(lines[i]!), caret: strip(lines[i + 1]!) };
}

function textFor(source: string, line: number, column: number, endColumn?: number): string {
  return renderText([diag({ line, column, endColumn })], ctx({ sources: new Map([['programmes/x.yaml', source]]) }));
}

describe('text view: caret position', () => {
  it('lands under the exact column', () => {
    const src = 'id: loopbaan\nname: x\nemial: a@b.nl\n';
    const out = textFor(src, 3, 1);
    expect(out).toContain('programmes/x.yaml:3:1: error: unknown key \'emial\' [schema/unknown-key]');
    const f = frame(out);
    expect(f.src).toBe('emial: a@b.nl');
    expect(f.caret).toBe('^');
    const mid = frame(textFor(src, 3, 8));
    expect(mid.caret.indexOf('^')).toBe(7);
    expect(mid.src[mid.caret.indexOf('^')]).toBe('a');
  });

  it('spans to endColumn with ^~~~', () => {
    const f = frame(textFor('  emial: x\n', 1, 3, 8));
    expect(f.caret).toBe('  ^~~~~');
    expect(f.src.slice(2, 7)).toBe('emial');
  });

  it('expands tabs the same way in the line and under it', () => {
    // Column 7 is the 'e' of 'emial' after a leading tab and 'key: '.
    const f = frame(textFor('\tkey: emial\n', 1, 7));
    expect(f.src).not.toContain('\t');
    expect(f.src[f.caret.indexOf('^')]).toBe('e');
    expect(f.src.slice(f.caret.indexOf('^'))).toBe('emial');
    // A tab in the middle of the line advances to the next tab stop.
    const g = frame(textFor('ab\tcd\n', 1, 4));
    expect(g.src).toBe('ab  cd');
    expect(g.caret.indexOf('^')).toBe(4);
  });

  it('places the caret correctly after multi-byte characters', () => {
    const line = 'naam: "Zoë Aïda", emial: a@b.nl';
    const column = line.indexOf('emial') + 1;
    const f = frame(textFor(line + '\n', 1, column));
    expect(f.src[f.caret.indexOf('^')]).toBe('e');
    expect(f.src.slice(f.caret.indexOf('^'), f.caret.indexOf('^') + 5)).toBe('emial');
  });

  it('counts a combining accent as zero width and an emoji or CJK character as two', () => {
    // 'e' + U+0308 is two UTF-16 units shown in one column.
    const decomposed = 'Zoe\u0308: x';
    expect(frameLine(decomposed, decomposed.indexOf('x') + 1, undefined).caretCol).toBe(5);
    const emoji = '😀 x';
    expect(frameLine(emoji, 4, undefined).caretCol).toBe(3);
    expect(frameLine('漢字x', 3, undefined).caretCol).toBe(4);
    expect(frameLine('漢字x', 1, undefined).caretWidth).toBe(2);
  });

  it('puts the caret after the last character when the column is past the end', () => {
    const f = frame(textFor('key:\n', 1, 5));
    expect(f.caret).toBe('    ^');
  });

  it('ignores a byte-order mark at the start of the file', () => {
    const f = frame(textFor('\uFEFFemial: x\n', 1, 2));
    expect(f.src).toBe('emial: x');
    expect(f.caret).toBe('^');
  });

  it('trims long lines around the column and keeps the caret on target', () => {
    const line = 'notes: ' + 'a'.repeat(300) + 'TARGET' + 'b'.repeat(300);
    const column = line.indexOf('TARGET') + 1;
    const f = frame(textFor(line + '\n', 1, column, column + 6));
    expect([...f.src].length).toBeLessThanOrEqual(MAX_LINE_WIDTH);
    expect(f.src.startsWith('…')).toBe(true);
    expect(f.src.endsWith('…')).toBe(true);
    const at = f.caret.indexOf('^');
    expect(f.src.slice(at, at + 6)).toBe('TARGET');
    expect(f.caret.slice(at)).toBe('^~~~~~');
  });

  it('trims only the far end when the column is near the start', () => {
    const line = 'ab' + 'c'.repeat(500);
    const f = frame(textFor(line + '\n', 1, 2));
    expect(f.src.startsWith('ab')).toBe(true);
    expect(f.src.endsWith('…')).toBe(true);
    expect(f.caret).toBe(' ^');
  });

  it('finds lines in CRLF files without a stray CR', () => {
    expect(sourceLine('a\r\nbb\r\nccc', 2)).toBe('bb');
    expect(sourceLine('a\nb', 3)).toBeUndefined();
  });

  it('frames the reported line of a file with CR-only line ends (old Mac), as the loaders count lines', () => {
    const f = frame(textFor('id: p\rname: x\rbogus: 1\r', 3, 1, 6));
    expect(f.src).toBe('bogus: 1');
    expect(f.caret).toBe('^~~~~');
  });

  it('shows no frame for whole-file problems or missing sources', () => {
    const whole = renderText([diag({ pointer: '', line: 1, column: 1 })], ctx({ sources: new Map([['programmes/x.yaml', 'x: 1\n']]) }));
    expect(whole).not.toContain(' | ');
    const none = renderText([diag({ line: 3, column: 2 })], ctx());
    expect(none).not.toContain(' | ');
  });
});

describe('text view: suggestion, hint, language and colour', () => {
  const d = diag({ line: 1, column: 1, suggestion: 'email', hint: 'keys are lower-case' });
  const sources = new Map([['programmes/x.yaml', 'emial: x\n']]);

  it('prints did-you-mean and hint lines', () => {
    const out = renderText([d], ctx({ sources }));
    expect(out).toContain("\n  did you mean 'email'?\n");
    expect(out).toContain('\n  hint: keys are lower-case\n');
  });

  it('uses Dutch labels', () => {
    const out = renderText([d, diag({ severity: 'warning', line: 1, column: 3, rule: 'style/x' })], ctx({ sources, lang: 'nl' }));
    expect(out).toContain('programmes/x.yaml:1:1: fout: ');
    expect(out).toContain('programmes/x.yaml:1:3: waarschuwing: ');
    expect(out).toContain("  bedoelde u 'email'?");
    expect(out).toContain('  tip: keys are lower-case');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 1 fout en 1 waarschuwing in 1 bestand');
  });

  it('has no ANSI escapes without colour and some with it', () => {
    const plain = renderText([d], ctx({ sources }));
    expect(plain).not.toMatch(ANSI);
    expect(plain).not.toContain('\u001b');
    const coloured = renderText([d], ctx({ sources, color: true }));
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31m'); // red for errors
    expect(renderText([], ctx({ color: true }))).toContain('\u001b[32m'); // green when valid
    expect(renderText([], ctx({ color: false }))).not.toContain('\u001b');
  });

  it('keeps the caret in place when colour is on', () => {
    const coloured = renderText([diag({ line: 1, column: 4 })], ctx({ sources: new Map([['programmes/x.yaml', 'ab\tcd\n']]), color: true }));
    // eslint-disable-next-line no-control-regex
    const stripped = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    expect(stripped).toBe(renderText([diag({ line: 1, column: 4 })], ctx({ sources: new Map([['programmes/x.yaml', 'ab\tcd\n']]) })));
  });

  it('neutralises control characters from user data', () => {
    const out = renderText(
      [diag({ message: 'bad \u001b[2J value\nsecond', line: 1, column: 1, pointer: '/a' })],
      ctx({ sources: new Map([['programmes/x.yaml', 'a\u001b[31m: \u202Ex\n']]) }),
    );
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u202E');
    expect(out).toContain('bad \uFFFD[2J value second');
  });
});

describe('text view: summary', () => {
  const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `programmes/p${String(i).padStart(2, '0')}.yaml`);
  const last = (out: string): string => out.trimEnd().split('\n').pop()!;
  const e = (file: string): ReturnType<typeof diag> => diag({ file });
  const w = (file: string): ReturnType<typeof diag> => diag({ file, severity: 'warning', rule: 'style/w' });

  it('counts errors, warnings and files with plurals', () => {
    const f = files(14);
    const ds = [e(f[0]!), e(f[0]!), e(f[1]!), w(f[1]!)];
    expect(last(renderText(ds, ctx({ files: f })))).toBe('✖ 3 errors and 1 warning in 2 of 14 files');
    expect(last(renderText(ds, ctx({ files: f, lang: 'nl' })))).toBe('✖ 3 fouten en 1 waarschuwing in 2 van de 14 bestanden');
  });

  it('uses the singular for one', () => {
    expect(last(renderText([e('a.yaml')], ctx({ files: ['a.yaml'] })))).toBe('✖ 1 error in 1 file');
    expect(last(renderText([e('a.yaml')], ctx({ files: ['a.yaml'], lang: 'nl' })))).toBe('✖ 1 fout in 1 bestand');
    expect(last(renderText([e('a.yaml')], ctx({ files: ['a.yaml', 'b.yaml'] })))).toBe('✖ 1 error in 1 of 2 files');
    expect(last(renderText([e('a.yaml'), w('a.yaml'), w('a.yaml')], ctx({ files: ['a.yaml'] })))).toBe(
      '✖ 1 error and 2 warnings in 1 file',
    );
  });

  it('reports valid files', () => {
    expect(renderText([], ctx({ files: files(14) }))).toBe('✔ 14 files valid\n');
    expect(renderText([], ctx({ files: files(1) }))).toBe('✔ 1 file valid\n');
    expect(renderText([], ctx({ files: files(14), lang: 'nl' }))).toBe('✔ 14 bestanden geldig\n');
    expect(renderText([], ctx({ files: files(1), lang: 'nl' }))).toBe('✔ 1 bestand geldig\n');
    expect(renderText([], ctx({ files: [] }))).toBe('✔ no files checked\n');
  });

  it('reads well with warnings only', () => {
    const f = files(14);
    expect(last(renderText([w(f[3]!)], ctx({ files: f })))).toBe('⚠ 1 warning in 1 of 14 files, no errors');
    expect(last(renderText([w(f[3]!), w(f[4]!)], ctx({ files: f, lang: 'nl' })))).toBe(
      '⚠ 2 waarschuwingen in 2 van de 14 bestanden, geen fouten',
    );
  });

  it('counts a file that only a diagnostic names', () => {
    expect(last(renderText([e('cohorts/regs.csv')], ctx({ files: ['cohorts/a.yaml'] })))).toBe('✖ 1 error in 1 of 2 files');
  });
});

describe('text view: a file with very many problems', () => {
  const many = (n: number, over: Partial<Parameters<typeof diag>[0]> = {}) => Array.from({ length: n }, (_, i) => diag({ line: i + 1, column: 1, ...over }));
  const source = new Map([['programmes/x.yaml', 'emial: x\n'.repeat(300)]]);
  const headers = (out: string) => out.split('\n').filter((l) => l.startsWith('programmes/x.yaml:'));

  it(`prints the first ${MAX_SHOWN_PER_FILE} and counts the rest, while the summary counts all`, () => {
    const out = renderText(many(250), ctx({ sources: source }));
    expect(headers(out)).toHaveLength(MAX_SHOWN_PER_FILE);
    expect(headers(out).at(-1)).toMatch(/^programmes\/x\.yaml:100:1: error/);
    expect(out).toContain('\n\n… not shown here: 150 errors more in programmes/x.yaml (--format json lists them all)\n\n');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 250 errors in 1 file');
  });

  it('shows errors before a flood of warnings, and says in Dutch what it left out', () => {
    const list = [...many(150, { severity: 'warning', rule: 'yaml/yaml11-boolean' }), diag({ line: 200, column: 1 })];
    const out = renderText(list, ctx({ sources: source, lang: 'nl' }));
    expect(out).toContain('programmes/x.yaml:200:1: fout:');
    expect(headers(out)).toHaveLength(MAX_SHOWN_PER_FILE);
    expect(out).toContain('… hier niet getoond: nog 51 waarschuwingen in programmes/x.yaml (--format json geeft ze allemaal)');
  });

  it('caps each file on its own and leaves a file under the cap whole', () => {
    const other = Array.from({ length: 3 }, (_, i) => diag({ file: 'cohorts/c.yaml', line: i + 1 }));
    const out = renderText([...other, ...many(101)], ctx({ files: ['cohorts/c.yaml', 'programmes/x.yaml'] }));
    expect(out.split('\n').filter((l) => l.startsWith('cohorts/c.yaml:'))).toHaveLength(3);
    expect(out).toContain('… not shown here: 1 error more in programmes/x.yaml');
    expect(out).not.toContain('more in cohorts/c.yaml');
  });
});
