/** Offsets → lines and columns: CRLF, LF and a lone CR each end a line, as editors show them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/lines.js';

/** The line starts by the definition, one character at a time. */
function starts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') out.push(i + 1);
    else if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      out.push(i + 1);
    }
  }
  return out;
}

describe('LineIndex', () => {
  it('CRLF is one break, a lone CR and LF one each', () => {
    const index = new LineIndex('a\r\nb\rc\n\nd');
    expect([0, 3, 4, 5, 6, 7, 8].map((o) => index.at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 3, column: 2 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
    ]);
    expect(index.lineCount).toBe(5);
  });

  it('every offset is on the line and column the definition gives', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '\r', '\n', '\r\n', ';'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const s = starts(t);
        const index = new LineIndex(t);
        expect(index.lineCount).toBe(s.length);
        for (let o = 0; o <= t.length; o++) {
          const line = s.filter((x) => x <= o).length;
          expect(index.at(o)).toEqual({ line, column: o - s[line - 1]! + 1 });
        }
      }),
    );
  });
});
