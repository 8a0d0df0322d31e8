import { distance } from 'fastest-levenshtein';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedFile } from '../model/source.js';
import type { Lang } from '../i18n/index.js';
import { LineIndex } from './lines.js';
import { Locations, type Span } from './locations.js';
import { diagnostic, type DiagnosticExtra, type DiagnosticParams, type LoadMessageKey } from './messages.js';

export type CsvColumnType = 'string' | 'boolean' | 'integer' | 'date-ranges';
export interface CsvColumn {
  /** Canonical kebab-case name, as the row objects' keys. */
  name: string;
  /** The header must have this column (its cells may still be empty: that is the schema's call). */
  required?: boolean;
  type: CsvColumnType;
}
export interface CsvSpec {
  columns: readonly CsvColumn[];
}

/**
 * Registration columns of SPEC §3. `role` is optional because it defaults to the programme's
 * audience. `unavailable` holds date ranges separated by `;`, `,`, `|` or a line break: with `;` as
 * the file's delimiter, a cell with several ranges must be quoted (as Excel does) or use `|`.
 */
export const REGISTRATION_COLUMNS: CsvSpec = {
  columns: [
    { name: 'id', required: true, type: 'string' },
    { name: 'name', required: true, type: 'string' },
    { name: 'role', type: 'string' },
    { name: 'municipality', required: true, type: 'string' },
    { name: 'email', required: true, type: 'string' },
    { name: 'registered', type: 'string' },
    { name: 'member', type: 'boolean' },
    { name: 'party', type: 'string' },
    { name: 'partner', type: 'string' },
    { name: 'partner-joins', type: 'boolean' },
    { name: 'unavailable', type: 'date-ranges' },
    { name: 'status', type: 'string' },
    { name: 'priority', type: 'integer' },
    { name: 'offer-expires', type: 'string' },
  ],
};

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true], ['ja', true], ['true', true], ['1', true], ['y', true], ['j', true],
  ['no', false], ['nee', false], ['false', false], ['0', false], ['n', false],
]);
const INTEGER = /^-?\d+$/;
const QUOTE = 34;
const LF = 10;
const CR = 13;

interface Field {
  value: string;
  /** Offsets in the text, from the field's first character (an opening quote included) to its end. */
  start: number;
  end: number;
  /** Offset of the value's first character (after an opening quote). */
  valueStart: number;
  /** The value is the text at valueStart verbatim, so offsets inside it are offsets in the file. */
  exact: boolean;
}
interface Row {
  fields: Field[];
  start: number;
  end: number;
}

/**
 * CSV text (RFC 4180, `,` or `;`, as Excel and web forms write it) → an array of row objects keyed by
 * canonical column name, with the position of every row and cell. Never throws for bad input.
 */
export function loadCsv(file: string, text: string, lang: Lang, spec: CsvSpec): { loaded: LoadedFile; diagnostics: Diagnostic[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(src);
  const locations = new Locations(index);
  const diagnostics: Diagnostic[] = [];
  const result = (data: unknown) => ({ loaded: { file, text: src, format: 'csv' as const, data, locations }, diagnostics });
  const report = <K extends LoadMessageKey>(key: K, start: number, end: number, pointer: string, params: DiagnosticParams<K>, extra: DiagnosticExtra = {}) =>
    diagnostics.push(diagnostic(lang, 'error', key, file, index.range(start, end), pointer, params, extra));

  const delimiter = detectDelimiter(src);
  const { rows: all, unclosed } = scan(src, delimiter.charCodeAt(0));
  if (unclosed >= 0) report('csv/unclosed-quote', unclosed, unclosed + 1, '', {});
  const rows = all.filter((r) => r.fields.some((f) => f.value.trim() !== ''));
  const header = rows.shift();
  if (!header) {
    if (unclosed < 0) diagnostics.push(diagnostic(lang, 'error', 'file/empty', file, { line: 1, column: 1 }, '', {}));
    return result(undefined);
  }

  // Excel may end every line with a delimiter: empty trailing header cells are not columns.
  let width = header.fields.length;
  while (width > 0 && header.fields[width - 1]!.value.trim() === '') width--;
  const byKey = new Map(spec.columns.map((c) => [headerKey(c.name), c]));
  const names = header.fields.slice(0, width).map((f) => headerKey(f.value));
  const unused = spec.columns.filter((c) => !names.includes(headerKey(c.name))).map((c) => c.name);
  const known = spec.columns.map((c) => c.name).join(', ');
  const columns: (CsvColumn | undefined)[] = [];
  const firstIndex = new Map<string, number>();
  names.forEach((name, j) => {
    const f = header.fields[j]!;
    const column = byKey.get(name);
    if (name === '') return;
    if (!column) {
      const suggestion = closest(f.value.trim().toLowerCase(), unused.length > 0 ? unused : spec.columns.map((c) => c.name));
      report('csv/unknown-column', f.start, f.end, '', { name: f.value.trim(), index: columnLabel(j), known }, suggestion ? { suggestion } : {});
    } else if (firstIndex.has(column.name)) {
      const first = columnLabel(firstIndex.get(column.name)!);
      report('csv/duplicate-column', f.start, f.end, '', { name: column.name, first, index: columnLabel(j) });
    } else {
      firstIndex.set(column.name, j);
      columns[j] = column;
    }
  });
  for (const c of spec.columns) {
    if (c.required && !firstIndex.has(c.name)) report('csv/missing-column', header.start, header.end, '', { name: c.name });
  }

  const usedUnnamed = new Set<number>();
  const data = rows.map((row, k) => {
    const pointer = `/${k}`;
    const n = row.fields.length;
    let count = n;
    while (count > width && row.fields[count - 1]!.value.trim() === '') count--;
    if (count !== width) {
      report('csv/column-count', row.start, row.end, pointer, { count, expected: width, delimiter });
    }
    locations.set(pointer, [row.start, row.end]);
    const out = Object.create(null) as Record<string, unknown>;
    for (let j = 0; j < Math.min(n, width); j++) {
      const f = row.fields[j]!;
      const column = columns[j];
      if (!column) {
        if (names[j] === '' && f.value.trim() !== '') usedUnnamed.add(j);
        continue;
      }
      const cell = `${pointer}/${column.name}`;
      const at: Span = [f.start, f.end];
      locations.set(cell, at, at);
      const value = f.value.trim();
      if (value === '') continue;
      if (column.type === 'date-ranges') {
        const parts = splitRanges(f.value);
        parts.forEach((p, m) => {
          const where: Span = f.exact ? [f.valueStart + p.offset, f.valueStart + p.offset + p.text.length] : at;
          locations.set(`${cell}/${m}`, where);
        });
        out[column.name] = parts.map((p) => p.text);
      } else out[column.name] = coerce(column.type, value);
    }
    return out;
  });
  for (const j of usedUnnamed) {
    const f = header.fields[j]!;
    report('csv/unnamed-column', f.start, f.end, '', { index: columnLabel(j), known }, { rule: 'csv/unknown-column' });
  }
  diagnostics.sort(compareDiagnostics);
  return result(data);
}

/** Header names match ignoring case, spaces, `-` and `_`: `Partner_Joins`, `partner joins` and `E-mail` all match. */
function headerKey(raw: string): string {
  return raw.toLowerCase().replace(/[\s_-]+/g, '');
}

/** 1-based number and spreadsheet letter, e.g. `3 (C)`, so Excel users find the column. */
function columnLabel(j: number): string {
  let letters = '';
  for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${j + 1} (${letters})`;
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}

/** A value that cannot be read as the column's type stays a string, so the schema reports it at the cell. */
function coerce(type: CsvColumnType, value: string): unknown {
  if (type === 'boolean') return BOOLEANS.get(value.toLowerCase()) ?? value;
  if (type === 'integer' && INTEGER.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value;
  }
  return value;
}

function splitRanges(value: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (i < value.length && c !== ';' && c !== ',' && c !== '|' && c !== '\n') continue;
    const raw = value.slice(from, i);
    const text = raw.trim();
    if (text !== '') out.push({ text, offset: from + raw.length - raw.trimStart().length });
    from = i + 1;
  }
  return out;
}

/** `;` when the header has more semicolons than commas outside quotes, else `,`. */
function detectDelimiter(src: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let seen = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 59) semicolons++;
    else if (c === LF || c === CR) {
      if (seen) break;
      continue;
    }
    seen = seen || (c !== 32 && c !== 9 && c !== 0xfeff);
  }
  return semicolons > commas ? ';' : ',';
}

/** RFC 4180 records with offsets; `unclosed` is the offset of a quote never closed (its row is dropped), else -1. */
function scan(src: string, delimiter: number): { rows: Row[]; unclosed: number } {
  const rows: Row[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const rowStart = i;
    const fields: Field[] = [];
    for (;;) {
      const start = i;
      if (src.charCodeAt(i) === QUOTE) {
        let value = '';
        let exact = true;
        let segment = i + 1;
        for (;;) {
          const q = src.indexOf('"', segment);
          if (q < 0) return { rows, unclosed: start };
          if (src.charCodeAt(q + 1) === QUOTE) {
            value += src.slice(segment, q + 1);
            segment = q + 2;
            exact = false;
            continue;
          }
          value += src.slice(segment, q);
          i = q + 1;
          break;
        }
        // Text after the closing quote (`"a"b`) is kept as written, as spreadsheet programs do.
        const rest = i;
        while (i < n && !endsField(src.charCodeAt(i), delimiter)) i++;
        if (i > rest) {
          value += src.slice(rest, i);
          exact = false;
        }
        if (value.indexOf('\r') >= 0) {
          value = value.replace(/\r\n?/g, '\n');
          exact = false;
        }
        fields.push({ value, start, end: i, valueStart: start + 1, exact });
      } else {
        while (i < n && !endsField(src.charCodeAt(i), delimiter)) i++;
        fields.push({ value: src.slice(start, i), start, end: i, valueStart: start, exact: true });
      }
      if (src.charCodeAt(i) !== delimiter) break;
      i++;
    }
    const end = i;
    if (src.charCodeAt(i) === CR) i++;
    if (src.charCodeAt(i) === LF) i++;
    rows.push({ fields, start: rowStart, end });
  }
  return { rows, unclosed: -1 };
}

function endsField(c: number, delimiter: number): boolean {
  return c === delimiter || c === LF || c === CR;
}
