/** Code frames for the text view: the offending source line with a caret under the reported column. */

/** Tab stops every 4 display columns; the same expansion is used for the line and the caret. */
export const TAB_WIDTH = 4;
/** Longer lines (in display columns) are trimmed around the caret. */
export const MAX_LINE_WIDTH = 120;

interface Cell {
  /** Index of this code point in the UTF-16 line (columns count UTF-16 code units, like JS strings and the yaml parser). */
  index: number;
  /** Display column where this cell starts (0-based). */
  col: number;
  width: number;
  text: string;
}

const COMBINING = /^[\p{Mn}\p{Me}]$/u;
// Controls and invisible format characters (bidi overrides, zero-width space) are shown, so they cannot hide or reorder text.
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const REPLACEMENT = '\uFFFD';

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function cellsOf(line: string, atFileStart: boolean): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    let text = ch;
    let width = 1;
    if (ch === '\t') {
      width = TAB_WIDTH - (col % TAB_WIDTH);
      text = ' '.repeat(width);
    } else if (ch === '\uFEFF' && i === 0 && atFileStart) {
      // A byte-order mark is not part of the content the user sees.
      width = 0;
      text = '';
    } else if (INVISIBLE.test(ch)) {
      text = REPLACEMENT;
    } else if (COMBINING.test(ch)) {
      width = 0;
    } else if (isWide(cp) || EMOJI.test(ch)) {
      width = 2;
    }
    cells.push({ index: i, col, width, text });
    col += width;
    i += ch.length;
  }
  return cells;
}

/** Display column (0-based) of a 0-based UTF-16 index inside the line (an index inside a surrogate pair maps to its cell). */
function displayCol(cells: readonly Cell[], index: number): number {
  let col = 0;
  for (const c of cells) {
    if (c.index > index) break;
    col = c.col;
  }
  return col;
}

export interface Frame {
  /** Expanded, sanitised, possibly trimmed source line. */
  text: string;
  /** Display column (0-based) of the caret in `text`. */
  caretCol: number;
  /** Number of display columns the marker covers (at least 1). */
  caretWidth: number;
}

/** Beyond this many UTF-16 units only a slice around the column is laid out (minified or binary input). */
const HUGE_LINE = 4096;

/** Columns are 1-based UTF-16 (endColumn exclusive); returns display columns so the caller draws and colours `^~~~`. */
export function frameLine(line: string, column: number, endColumn: number | undefined, atFileStart = false): Frame {
  let idx = Math.max(0, column - 1);
  let endIdx = endColumn !== undefined && endColumn > column ? endColumn - 1 : undefined;
  let cutLeft = false;
  let cutRight = false;
  if (line.length > HUGE_LINE) {
    let from = Math.max(0, Math.min(idx, line.length) - 1000);
    if (from > 0 && /[\uDC00-\uDFFF]/.test(line[from]!)) from--;
    let to = Math.min(line.length, from + 3000);
    if (to < line.length && /[\uD800-\uDBFF]/.test(line[to - 1]!)) to--;
    cutLeft = from > 0;
    cutRight = to < line.length;
    line = line.slice(from, to);
    atFileStart = atFileStart && from === 0;
    idx -= from;
    if (endIdx !== undefined) endIdx -= from;
  }

  const cells = cellsOf(line, atFileStart);
  const lastCell = cells[cells.length - 1];
  const total = lastCell ? lastCell.col + lastCell.width : 0;
  const start = idx >= line.length ? total : displayCol(cells, idx);
  let end = start + 1;
  if (endIdx !== undefined) {
    end = endIdx >= line.length ? total : displayCol(cells, endIdx);
    if (end <= start) end = start + 1;
  } else {
    // A caret under a wide character covers both of its columns.
    const at = cells.find((c) => c.col === start && c.width > 0);
    if (at) end = start + at.width;
  }

  if (total <= MAX_LINE_WIDTH && !cutLeft && !cutRight) {
    return { text: cells.map((c) => c.text).join(''), caretCol: start, caretWidth: end - start };
  }

  // Trim: keep a window with the caret about a third in, marking cut ends with '…'.
  const budget = MAX_LINE_WIDTH - 2;
  const windowStart = Math.max(0, Math.min(start - Math.floor(budget / 3), total - budget));
  const windowEnd = windowStart + budget;
  const kept = cells.filter((c) => c.col >= windowStart && c.col + c.width <= windowEnd);
  const first = kept[0];
  const last = kept[kept.length - 1];
  const firstCol = first ? first.col : windowStart;
  const lastEnd = last ? last.col + last.width : windowStart;
  const left = firstCol > 0 || cutLeft ? '…' : '';
  const right = lastEnd < total || cutRight ? '…' : '';
  const shift = left.length - firstCol;
  const caretStart = start + shift;
  const caretEnd = Math.min(end, Math.max(lastEnd, start + 1)) + shift;
  return {
    text: left + kept.map((c) => c.text).join('') + right,
    caretCol: caretStart,
    caretWidth: Math.max(1, caretEnd - caretStart),
  };
}

/**
 * The lines of a source text by number, counted as the loaders count them (LF, CRLF and a lone CR each
 * end a line). The line starts are found once, on the first look-up, so framing 100,000 problems of one
 * file is one pass over it, not one pass per problem.
 */
export function lineReader(text: string): (line: number) => string | undefined {
  let starts: number[] | undefined;
  return (line) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    let end = next ?? text.length;
    if (next !== undefined) end -= text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1;
    return text.slice(start, end);
  };
}

/** One line of a source text (see lineReader; use that for many look-ups in one text). */
export function sourceLine(text: string, line: number): string | undefined {
  return lineReader(text)(line);
}
