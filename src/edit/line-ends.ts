/**
 * A file's line ends through an edit. Files edited on more than one system mix them (a Windows
 * editor's CRLF lines in an LF file, an old Mac tool's lone CR); the loader reads every one of them
 * as a line break (src/load/yaml.ts), so the edits do too, on a text with LF only, and then give
 * each line break it kept its own end back. New lines get the file's most common end.
 */

/** A text with every line break as LF, the original end of each LF in order, and the most common end. */
export interface LineEnds {
  text: string;
  ends: string[];
  common: string;
}

/** `input` with CRLF and lone CR as LF, remembering which was which. */
export function splitEnds(input: string): LineEnds {
  const ends: string[] = [];
  let text = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const end = c === 13 && input.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
    text += input.slice(from, i) + '\n';
    ends.push(end);
    i += end.length - 1;
    from = i + 1;
  }
  text += input.slice(from);
  return { text, ends, common: mostCommonEnd(ends) };
}

/** The most common line end of `text` (LF for a text without any; a tie goes to CRLF, then LF). */
export function lineEnding(text: string): string {
  return splitEnds(text).common;
}

/** The most common of some line ends (empty ones not counted), by the rule of `lineEnding`. */
export function mostCommonEnd(ends: readonly string[]): string {
  const counts = { '\r\n': 0, '\n': 0, '\r': 0 };
  for (const e of ends) if (e === '\r\n' || e === '\n' || e === '\r') counts[e]++;
  return commonEnd(counts);
}

function commonEnd(counts: Record<'\r\n' | '\n' | '\r', number>): string {
  const most = Math.max(counts['\r\n'], counts['\n'], counts['\r']);
  if (most === 0) return '\n';
  return counts['\r\n'] === most ? '\r\n' : counts['\n'] === most ? '\n' : '\r';
}

/** A replacement of text[start, end) in an LF text. */
export interface Patch {
  start: number;
  end: number;
  text: string;
}

/**
 * The patches (not overlapping) applied to an LF text with its line ends: the line breaks outside
 * every patch keep their ends, those a patch writes get the common one.
 */
export function applyKeepingEnds(lines: LineEnds, patches: readonly Patch[]): LineEnds {
  const ends: string[] = [];
  let text = '';
  let at = 0;
  let k = 0;
  const keep = (piece: string): void => {
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) ends.push(lines.ends[k++] ?? lines.common);
    text += piece;
  };
  // two patches at one place go in the reverse of their order in the list, as when applied back to front one by one
  const order = patches.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start || a.p.end - b.p.end || b.i - a.i);
  for (const { p } of order) {
    if (p.start < at) throw new Error('overlapping edits');
    keep(lines.text.slice(at, p.start));
    for (let i = lines.text.indexOf('\n', p.start); i >= 0 && i < p.end; i = lines.text.indexOf('\n', i + 1)) k++;
    for (let i = p.text.indexOf('\n'); i >= 0; i = p.text.indexOf('\n', i + 1)) ends.push(lines.common);
    text += p.text;
    at = p.end;
  }
  keep(lines.text.slice(at));
  return { text, ends, common: lines.common };
}

/** The LF text with each line break's own end. */
export function joinEnds(lines: LineEnds): string {
  if (lines.ends.every((e) => e === '\n')) return lines.text;
  let out = '';
  let from = 0;
  let k = 0;
  for (let i = lines.text.indexOf('\n'); i >= 0; i = lines.text.indexOf('\n', i + 1)) {
    out += lines.text.slice(from, i) + (lines.ends[k++] ?? lines.common);
    from = i + 1;
  }
  return out + lines.text.slice(from);
}
