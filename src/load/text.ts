import type { Diagnostic } from '../model/diagnostic.js';
import { formatNumber, type Lang } from '../i18n/index.js';
import { diagnostic, msg, type BinaryKind } from './messages.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Binary sniffing looks at this much of the start, as git does for its "binary file" guess. */
const SNIFF_BYTES = 8 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

const WHOLE_FILE = { line: 1, column: 1 };

/**
 * `file/too-large` for a file of `size` bytes, or undefined. Exported so the CLI can check a file's
 * size from stat before reading it.
 */
export function checkSize(file: string, size: number, lang: Lang, maxBytes = DEFAULT_MAX_BYTES): Diagnostic | undefined {
  if (size <= maxBytes) return undefined;
  return diagnostic(lang, 'error', 'file/too-large', file, WHOLE_FILE, '', {
    size: formatBytes(size, lang),
    limit: formatBytes(maxBytes, lang),
  });
}

/** UTF-8 bytes → text without BOM; binary, UTF-16, oversized and malformed input become diagnostics. */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  lang: Lang,
  opts: { maxBytes?: number } = {},
): { text?: string; bom?: boolean; diagnostics: Diagnostic[] } {
  const tooLarge = checkSize(file, bytes.length, lang, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (tooLarge) return { diagnostics: [tooLarge] };

  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const order = b0 === 0xff ? 'little-endian' : 'big-endian';
    return { diagnostics: [diagnostic(lang, 'error', 'file/utf16', file, WHOLE_FILE, '', { order })] };
  }

  const binary = sniffBinary(bytes);
  if (binary === 'utf16') {
    return { diagnostics: [diagnostic(lang, 'error', 'file/utf16', file, WHOLE_FILE, '', { order: '' })] };
  }
  if (binary !== undefined) {
    const kind = binary ? msg(lang, `file/binary:${binary}`) : '';
    return { diagnostics: [diagnostic(lang, 'error', 'file/binary', file, WHOLE_FILE, '', { kind })] };
  }

  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bom ? bytes.subarray(bom) : bytes;
  try {
    return { text: utf8.decode(body), ...(bom > 0 ? { bom: true } : {}), diagnostics: [] };
  } catch {
    return { diagnostics: [invalidUtf8(file, body, lang)] };
  }
}

/** The kind of binary content (a `file/binary:<kind>` key, '' when unnamed), 'utf16' for BOM-less UTF-16, or undefined for text. */
function sniffBinary(bytes: Uint8Array): BinaryKind | '' | 'utf16' | undefined {
  const magic = magicKind(bytes);
  if (magic !== undefined) return magic;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      if (i & 1) oddNul++;
      else evenNul++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1b) controls++;
  }
  if (evenNul + oddNul > 0) {
    // ASCII text in UTF-16 has a zero in every other byte, all on one side.
    const half = n >> 1;
    if (half >= 2 && (oddNul >= half * 0.9 || evenNul >= half * 0.9) && Math.min(oddNul, evenNul) <= half * 0.1) return 'utf16';
    return '';
  }
  // Text has next to no control characters; a tenth of them is never a YAML or CSV file.
  if (n > 0 && controls * 10 > n) return '';
  return undefined;
}

function magicKind(b: Uint8Array): BinaryKind | undefined {
  const starts = (...sig: number[]): boolean => sig.every((v, i) => b[i] === v);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x1f, 0x8b)) return 'gzip';
  return undefined;
}

/** Only reached on failure: finds the first byte the strict decoder rejects and where it sits. */
function invalidUtf8(file: string, body: Uint8Array, lang: Lang): Diagnostic {
  const bad = firstInvalidUtf8(body);
  const before = utf8Lenient.decode(body.subarray(0, bad));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (const _ of before.slice(lineStart)) column++;
  const byte = body[bad] ?? 0;
  // 0xA0–0xFF mean the same letter in Latin-1 and Windows-1252, which is what Excel's plain "CSV" writes.
  const guess = byte >= 0xa0 ? String.fromCharCode(byte) : '';
  return diagnostic(lang, 'error', 'file/invalid-utf8', file, { line, column }, '', {
    byte: '0x' + byte.toString(16).toUpperCase().padStart(2, '0'),
    guess,
  });
}

/** Index of the first byte that starts an ill-formed sequence (WHATWG rules), or the length if none. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = b[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const x = b[i + k]!;
      if (x < 0x80 || x > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

function formatBytes(n: number, lang: Lang): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${formatNumber(lang, v, u === 0 ? { max: 0 } : { min: 1, max: 1 })} ${units[u]}`;
}
