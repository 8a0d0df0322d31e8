/** Lone surrogates become U+FFFD so every output is well-formed UTF-8. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Any line break (CRLF, CR, LF, NEL, LS, PS) as LF. */
export function normaliseNewlines(s: string): string {
  return s.replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n');
}

/** Control characters other than TAB and LF are dropped (RFC 5545 3.3.11 excludes CONTROL from TEXT). */
function dropControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u0084\u0086-\u009F]/g, '');
}

/** RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  return dropControls(normaliseNewlines(wellFormed(value))).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** RFC 5545 3.2 param-value, always quoted; RFC 6868 caret-encodes ^, newline and DQUOTE. */
export function quoteParam(value: string): string {
  const v = dropControls(normaliseNewlines(wellFormed(value))).replace(/[\^\n"]/g, (c) =>
    c === '^' ? '^^' : c === '\n' ? '^n' : "^'",
  );
  return `"${v}"`;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Bytes of a string in UTF-8. */
export function utf8Octets(token: string): number {
  return [...token].reduce((sum, c) => sum + utf8Length(c.codePointAt(0)!), 0);
}

const blank = (token: string | undefined): boolean => token === ' ' || token === '\t';

/**
 * RFC 5545 3.1: lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8
 * character, and never next to a space or tab: unfolding removes only the fold's space, but some
 * clients strip every blank after a fold (a name's leading tab, the space between two words).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  let limit = 75;
  // A backslash escape stays on one line too: valid either way, but some clients mis-unfold a split escape.
  for (const token of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const n = utf8Octets(token);
    if (size + n > limit) {
      const held = current;
      const at = (i: number) => (i < held.length ? held[i] : token);
      const nextToBlank = (i: number) => blank(at(i - 1)) || blank(at(i));
      // Step back at most 7 characters to a place between two non-blanks; a longer run of blanks folds where it must.
      let cut = held.length;
      while (cut > Math.max(1, held.length - 7) && nextToBlank(cut)) cut--;
      if (nextToBlank(cut)) cut = held.length;
      parts.push(held.slice(0, cut).join(''));
      current = held.slice(cut);
      size = current.reduce((sum, t) => sum + utf8Octets(t), 0);
      limit = 74;
    }
    current.push(token);
    size += n;
  }
  parts.push(current.join(''));
  return parts.join('\r\n ');
}

/** One line for a monospace terminal: breaks become " / ", controls and escape sequences are removed. */
export function terminalText(s: string): string {
  return dropControls(normaliseNewlines(wellFormed(s)).replace(/\t/g, ' ')).replace(/\n+/g, ' / ');
}

/** Columns a string takes in a terminal: marks and joiners 0, wide and emoji characters 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // Below U+0300 (Latin, where nearly every text here is) no mark and nothing wide: one column each,
    // without the Unicode property tests (they were most of the table's time at 1,400 sessions).
    if (cp < 0x300) {
      w += 1;
      continue;
    }
    if (/\p{M}/u.test(ch) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    const wide =
      /\p{Extended_Pictographic}/u.test(ch) && cp > 0xff
        ? true
        : (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
          (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
          (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Lines of at most `width` columns: a text too long breaks first before its parenthesis (the host of
 * `Gemeentehuis Arnhem (host: Joost van Dijk)` on a line of its own), then at spaces; a word longer
 * than a line is broken inside it. Nothing is left out (a facilitator must see the whole location).
 */
export function wrap(s: string, width: number): string[] {
  const paren = s.indexOf(' (');
  if (paren > 0 && displayWidth(s) > width) return [...wrapWords(s.slice(0, paren), width), ...wrap(s.slice(paren + 1), width)];
  return wrapWords(s, width);
}

function wrapWords(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (displayWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const ch of word) {
      if (line !== '' && displayWidth(line + ch) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  lines.push(line);
  return lines;
}

const LIGATURES: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ı: 'i', ŧ: 't',
};
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** A file name stem of [a-z0-9-], at most 80 characters, never empty, never a Windows device name. */
export function safeFileName(name: string): string {
  const ascii = wellFormed(name)
    .toLowerCase()
    .replace(/[ßæœøłđðþħıŧ]/g, (c) => LIGATURES[c] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  let stem = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  stem = stem.slice(0, 80).replace(/-+$/, '');
  if (stem === '') stem = 'unnamed';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}-file`;
  return stem;
}

/** RFC 4180 field: quoted when it holds `,` or `;` (whatever the delimiter), the delimiter, a quote, CR or LF; formula starts get a leading '. */
export function csvCell(value: string, delimiter: string): string {
  let v = wellFormed(value);
  if (/^[=+\-@\t\r\n]/.test(v)) v = `'${v}`;
  // LibreOffice's default import splits on both `,` and `;`, so either one is quoted.
  return v.includes(delimiter) || /[,;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
