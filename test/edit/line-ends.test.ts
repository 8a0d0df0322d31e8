/** A file's own line ends through an edit: every line break outside the edit keeps its end, new lines get the most common one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyKeepingEnds, joinEnds, lineEnding, splitEnds } from '../../src/edit/line-ends.js';

const END = fc.constantFrom('\n', '\r\n', '\r');
const LINE = fc.stringMatching(/^[a-z :#-]{0,12}$/);
const TEXT = fc.array(fc.tuple(LINE, END), { maxLength: 12 }).chain((lines) => fc.tuple(fc.constant(lines), LINE)).map(([lines, last]) => lines.map(([l, e]) => l + e).join('') + last);

describe('splitEnds and joinEnds', () => {
  it('give back the text byte for byte, with LF only in between', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const lines = splitEnds(text);
        expect(lines.text).not.toMatch(/\r/);
        expect(lines.text.length).toBe(text.length - (text.match(/\r\n/g)?.length ?? 0));
        expect(joinEnds(lines)).toBe(text);
      }),
    );
  });

  it('the most common end decides, not the first or a stray one', () => {
    expect(lineEnding('a\nb\rc\nd\n')).toBe('\n');
    expect(lineEnding('a\r\nb\nc\r\n')).toBe('\r\n');
    expect(lineEnding('a\rb\rc\n')).toBe('\r');
    expect(lineEnding('no line end')).toBe('\n');
    // a tie goes to CRLF, then LF
    expect(lineEnding('a\r\nb\rc\n')).toBe('\r\n');
    expect(lineEnding('a\rb\n')).toBe('\n');
  });
});

describe('applyKeepingEnds', () => {
  it('a patch changes only its own span: the text before and after it keeps every byte', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), fc.nat(), LINE, fc.boolean(), (text, a, b, insert, newline) => {
        const lines = splitEnds(text);
        const n = lines.text.length;
        const [start, end] = [Math.min(a % (n + 1), b % (n + 1)), Math.max(a % (n + 1), b % (n + 1))];
        const piece = newline ? `${insert}\n${insert}` : insert;
        const out = joinEnds(applyKeepingEnds(lines, [{ start, end, text: piece }]));
        // the original offsets of the span: each CRLF before a point is one byte more in the file
        const at = (offset: number) => offset + (lines.ends.slice(0, (lines.text.slice(0, offset).match(/\n/g) ?? []).length).filter((e) => e === '\r\n').length);
        const [s, e] = [at(start), at(end)];
        expect(out.slice(0, s)).toBe(text.slice(0, s));
        expect(out.slice(out.length - (text.length - e))).toBe(text.slice(e));
        expect(out.slice(s, out.length - (text.length - e))).toBe(piece.replace(/\n/g, lines.common));
      }),
    );
  });

  it('two insertions at one place go in the reverse of their order, as applied back to front', () => {
    const lines = splitEnds('a\r\nb\r\n');
    expect(joinEnds(applyKeepingEnds(lines, [{ start: 2, end: 2, text: 'x\n' }, { start: 2, end: 2, text: 'y\n' }]))).toBe('a\r\ny\r\nx\r\nb\r\n');
  });
});
