/**
 * Where a big YAML file can be parsed a slice at a time: a top-level key whose value is a long block
 * sequence (a cohort's 50,000 inline registrations). The yaml library keeps a parse tree of some 50
 * bytes per byte of text for a whole document; slices of a few hundred items keep that small.
 * This only finds candidates by their lines; src/load/yaml.ts parses them and falls back to the whole
 * document whenever a slice or the rest does not parse cleanly on its own.
 */

export interface LongSequence {
  /** Offset of the key (column 0) whose value the sequence is. */
  key: number;
  /** Offsets of the first item's line and of the line after the sequence (blank and comment lines before it included). */
  start: number;
  end: number;
  /** Where each slice begins (the first at `start`; each runs to the next or to `end`) and how many items it holds. */
  slices: { from: number; items: number }[];
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
// A plain top-level key with nothing after the colon but an optional comment.
const TOP_KEY = /^[A-Za-z_][A-Za-z0-9_-]*:[ \t]*(?:#.*)?\r?$/;

/**
 * The long top-level block sequences of `text` (LF or CRLF line ends), `perSlice` items a slice; none
 * when the text has a directive or a document marker, which change how the whole stream reads.
 */
export function longSequences(text: string, perSlice: number): LongSequence[] {
  const n = text.length;
  const lineEnd = (p: number): number => {
    const nl = text.indexOf('\n', p);
    return nl < 0 ? n : nl + 1;
  };
  const indent = (p: number): number => {
    let i = p;
    while (text.charCodeAt(i) === SPACE) i++;
    return i - p;
  };
  /** Blank, or a comment after spaces and tabs. */
  const skippable = (p: number): boolean => {
    let i = p;
    while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
    const c = text.charCodeAt(i);
    return i >= n || c === LF || c === CR || c === HASH;
  };
  /** A `-` item indicator at `p`: followed by a space, a tab or the end of the line. */
  const dash = (p: number): boolean => {
    if (text.charCodeAt(p) !== DASH) return false;
    const c = text.charCodeAt(p + 1);
    return p + 1 >= n || c === SPACE || c === TAB || c === LF || c === CR;
  };

  const out: LongSequence[] = [];
  for (let line = 0; line < n; ) {
    const next = lineEnd(line);
    const c = text.charCodeAt(line);
    if (c === 37 || text.startsWith('---', line) || text.startsWith('...', line)) return [];
    if (!TOP_KEY.test(text.slice(line, next === n ? n : next - 1))) {
      line = next;
      continue;
    }
    let first = next;
    while (first < n && skippable(first)) first = lineEnd(first);
    const d = indent(first);
    if (first >= n || !dash(first + d)) {
      line = first;
      continue;
    }
    // The sequence goes on over deeper lines, items at its own indent, blank and comment lines.
    const items = [first];
    let end = lineEnd(first);
    while (end < n) {
      const i = indent(end);
      if (i > d || skippable(end)) end = lineEnd(end);
      else if (i === d && dash(end + d)) {
        items.push(end);
        end = lineEnd(end);
      } else break;
    }
    if (items.length > perSlice) {
      const slices: LongSequence['slices'] = [];
      for (let k = 0; k < items.length; k += perSlice) slices.push({ from: items[k]!, items: Math.min(perSlice, items.length - k) });
      out.push({ key: line, start: first, end, slices });
    }
    line = end;
  }
  return out;
}
