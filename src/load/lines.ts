import type { Position } from '../model/source.js';

/**
 * Offsets in a text → 1-based line and column. Columns count UTF-16 code units, like JavaScript
 * strings, the yaml parser, SARIF's default columnKind and the code frames (an emoji counts twice);
 * CRLF, LF and a lone CR each end a line, as editors show them.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    // indexOf finds the breaks natively: a character loop is slow until the JIT has warmed up, and
    // every file a run reads gets an index.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const next = cr >= 0 && (lf < 0 || cr < lf) ? cr + (lf === cr + 1 ? 2 : 1) : lf + 1;
      this.starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where the line holding `offset` starts. */
  lineStartOf(offset: number): number {
    return this.starts[upperBound(this.starts, Math.max(0, offset)) - 1]!;
  }

  /** Line and column of the character at `offset` (clamped to the text). */
  at(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = upperBound(this.starts, o) - 1;
    const start = this.starts[line]!;
    return { line: line + 1, column: o - start + 1 };
  }

  /** A range [start, end) as a Position whose end is exclusive (the column after the last character). */
  range(start: number, end: number): Position {
    const a = this.at(start);
    const b = this.at(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Number of elements <= x in an ascending array. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
