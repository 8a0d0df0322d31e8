import { distance } from 'fastest-levenshtein';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedFile, NodeLocation, Position } from '../model/source.js';
import type { Lang } from '../i18n/index.js';
import { LineIndex } from './lines.js';
import type { Span } from './locations.js';
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
    { name: 'decision', type: 'string' },
    { name: 'decided', type: 'string' },
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

/**
 * The fields of every record, four numbers a field in one typed array (a Field object a cell cost
 * 120,000 objects for 10,000 registrations): where the field starts (an opening quote included),
 * where it ends, where its value starts (after an opening quote), and whether the value is the text
 * at that offset verbatim (so offsets inside it are offsets in the file). Values are kept apart.
 */
const START_AT = 0;
const END_AT = 1;
const VALUE_AT = 2;
const EXACT = 3;
class Fields {
  values: string[] = [];
  offsets = new Int32Array(4096);

  push(value: string, start: number, end: number, valueStart: number, exact: boolean): void {
    const o = this.values.length * 4;
    if (o + 4 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[o + START_AT] = start;
    this.offsets[o + END_AT] = end;
    this.offsets[o + VALUE_AT] = valueStart;
    this.offsets[o + EXACT] = exact ? 1 : 0;
    this.values.push(value);
  }

  at(f: number, what: number): number {
    return this.offsets[f * 4 + what]!;
  }
}
/** A record: its fields are `first` … `first + count - 1` of the Fields. */
interface Row {
  first: number;
  count: number;
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
  const diagnostics: Diagnostic[] = [];
  const result = (data: unknown, locations: ReadonlyMap<string, NodeLocation> = new Map()) => ({ loaded: { file, text: src, format: 'csv' as const, data, locations }, diagnostics });
  const report = <K extends LoadMessageKey>(key: K, start: number, end: number, pointer: string, params: DiagnosticParams<K>, extra: DiagnosticExtra = {}) =>
    diagnostics.push(diagnostic(lang, 'error', key, file, index.range(start, end), pointer, params, extra));

  const delimiter = detectDelimiter(src);
  const { rows: all, fields, unclosed } = scan(src, delimiter.charCodeAt(0));
  const value = (f: number) => fields.values[f]!;
  if (unclosed >= 0) report('csv/unclosed-quote', unclosed, unclosed + 1, '', {});
  const rows = all.filter((r) => {
    for (let f = r.first; f < r.first + r.count; f++) if (value(f).trim() !== '') return true;
    return false;
  });
  const header = rows.shift();
  if (!header) {
    if (unclosed < 0) diagnostics.push(diagnostic(lang, 'error', 'file/empty', file, { line: 1, column: 1 }, '', {}));
    return result(undefined);
  }

  // Excel may end every line with a delimiter: empty trailing header cells are not columns.
  let width = header.count;
  while (width > 0 && value(header.first + width - 1).trim() === '') width--;
  const byKey = new Map(spec.columns.map((c) => [headerKey(c.name), c]));
  const names = fields.values.slice(header.first, header.first + width).map(headerKey);
  const unused = spec.columns.filter((c) => !names.includes(headerKey(c.name))).map((c) => c.name);
  const known = spec.columns.map((c) => c.name).join(', ');
  const columns: (CsvColumn | undefined)[] = [];
  const firstIndex = new Map<string, number>();
  const headerField = (j: number) => {
    const f = header.first + j;
    return { value: value(f), start: fields.at(f, START_AT), end: fields.at(f, END_AT) };
  };
  names.forEach((name, j) => {
    const f = headerField(j);
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
    const n = row.count;
    let count = n;
    while (count > width && value(row.first + count - 1).trim() === '') count--;
    if (count !== width) {
      report('csv/column-count', row.start, row.end, `/${k}`, { count, expected: width, delimiter });
    }
    const out = Object.create(null) as Record<string, unknown>;
    for (let j = 0; j < Math.min(n, width); j++) {
      const raw = value(row.first + j);
      const column = columns[j];
      if (!column) {
        if (names[j] === '' && raw.trim() !== '') usedUnnamed.add(j);
        continue;
      }
      const v = raw.trim();
      if (v === '') continue;
      out[column.name] = column.type === 'date-ranges' ? splitRanges(raw).map((p) => p.text) : coerce(column.type, v);
    }
    return out;
  });
  for (const j of usedUnnamed) {
    const f = headerField(j);
    report('csv/unnamed-column', f.start, f.end, '', { index: columnLabel(j), known }, { rule: 'csv/unknown-column' });
  }
  diagnostics.sort(compareDiagnostics);
  return result(data, new CsvLocations(index, rows, fields, columns.slice(0, width)));
}

/**
 * Pointer → location in a CSV file, worked out from the records' offsets when asked (a diagnostic
 * needs a handful; a map of every cell was 130,000 entries for 10,000 registrations). The pointers
 * are those of the data: `/k` a row, `/k/<column>` a cell of a known column (its key and value are
 * the cell), `/k/<column>/m` the m-th date range of a cell.
 */
class CsvLocations implements ReadonlyMap<string, NodeLocation> {
  private readonly index: LineIndex;
  private readonly rows: readonly Row[];
  private readonly fields: Fields;
  /** The known column of each header position, up to the header's width. */
  private readonly columns: readonly (CsvColumn | undefined)[];
  private readonly byName = new Map<string, number>();

  constructor(index: LineIndex, rows: readonly Row[], fields: Fields, columns: readonly (CsvColumn | undefined)[]) {
    this.index = index;
    this.rows = rows;
    this.fields = fields;
    this.columns = columns;
    columns.forEach((c, j) => void (c && this.byName.set(c.name, j)));
  }

  private position(span: Span): Position {
    return this.index.range(span[0], span[1]);
  }

  /** The field of column j in row k, if the row has one there. */
  private field(k: number, j: number): number | undefined {
    const row = this.rows[k];
    return row && j < row.count ? row.first + j : undefined;
  }

  private cell(f: number): Span {
    return [this.fields.at(f, START_AT), this.fields.at(f, END_AT)];
  }

  /** The spans of a cell's date ranges (none for an empty cell). */
  private parts(f: number): Span[] {
    const raw = this.fields.values[f]!;
    if (raw.trim() === '') return [];
    const at = this.cell(f);
    const from = this.fields.at(f, VALUE_AT);
    return splitRanges(raw).map((p) => (this.fields.at(f, EXACT) === 1 ? [from + p.offset, from + p.offset + p.text.length] : at));
  }

  get(pointer: string): NodeLocation | undefined {
    const [empty, row, name, part, ...more] = pointer.split('/');
    if (empty !== '' || row === undefined || !/^(?:0|[1-9]\d*)$/.test(row) || more.length > 0) return undefined;
    const k = Number(row);
    const r = this.rows[k];
    if (!r) return undefined;
    if (name === undefined) return { value: this.position([r.start, r.end]) };
    const j = this.byName.get(name);
    const f = j === undefined ? undefined : this.field(k, j);
    if (f === undefined) return undefined;
    if (part === undefined) {
      const at = this.position(this.cell(f));
      return { key: at, value: at };
    }
    if (this.columns[j!]!.type !== 'date-ranges' || !/^(?:0|[1-9]\d*)$/.test(part)) return undefined;
    const span = this.parts(f)[Number(part)];
    return span ? { value: this.position(span) } : undefined;
  }

  has(pointer: string): boolean {
    return this.get(pointer) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const _ of this.keys()) n++;
    return n;
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.rows.length; k++) {
      yield `/${k}`;
      for (let j = 0; j < this.columns.length; j++) {
        const column = this.columns[j];
        const f = this.field(k, j);
        if (!column || f === undefined) continue;
        yield `/${k}/${column.name}`;
        if (column.type === 'date-ranges') for (let m = 0; m < this.parts(f).length; m++) yield `/${k}/${column.name}/${m}`;
      }
    }
  }

  *entries(): MapIterator<[string, NodeLocation]> {
    for (const pointer of this.keys()) yield [pointer, this.get(pointer)!];
  }

  *values(): MapIterator<NodeLocation> {
    for (const [, location] of this.entries()) yield location;
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(f: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void): void {
    for (const [pointer, location] of this.entries()) f(location, pointer, this);
  }
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
function scan(src: string, delimiter: number): { rows: Row[]; fields: Fields; unclosed: number } {
  const rows: Row[] = [];
  const fields = new Fields();
  const n = src.length;
  // Where the next delimiter, LF and CR are: found by indexOf (native) and looked for again only once
  // passed, since the scan only moves forward. A character loop is slow until the JIT warms up.
  const d = String.fromCharCode(delimiter);
  let nextD = src.indexOf(d);
  let nextLf = src.indexOf('\n');
  let nextCr = src.indexOf('\r');
  const fieldEnd = (from: number): number => {
    if (nextD >= 0 && nextD < from) nextD = src.indexOf(d, from);
    if (nextLf >= 0 && nextLf < from) nextLf = src.indexOf('\n', from);
    if (nextCr >= 0 && nextCr < from) nextCr = src.indexOf('\r', from);
    let end = n;
    if (nextD >= 0 && nextD < end) end = nextD;
    if (nextLf >= 0 && nextLf < end) end = nextLf;
    if (nextCr >= 0 && nextCr < end) end = nextCr;
    return end;
  };
  let i = 0;
  while (i < n) {
    const rowStart = i;
    const first = fields.values.length;
    for (;;) {
      const start = i;
      if (src.charCodeAt(i) === QUOTE) {
        let value = '';
        let exact = true;
        let segment = i + 1;
        for (;;) {
          const q = src.indexOf('"', segment);
          if (q < 0) {
            // The unclosed row is dropped with its fields.
            fields.values.length = first;
            return { rows, fields, unclosed: start };
          }
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
        i = fieldEnd(i);
        if (i > rest) {
          value += src.slice(rest, i);
          exact = false;
        }
        if (value.indexOf('\r') >= 0) {
          value = value.replace(/\r\n?/g, '\n');
          exact = false;
        }
        fields.push(value, start, i, start + 1, exact);
      } else {
        i = fieldEnd(i);
        fields.push(src.slice(start, i), start, i, start, true);
      }
      if (src.charCodeAt(i) !== delimiter) break;
      i++;
    }
    const end = i;
    if (src.charCodeAt(i) === CR) i++;
    if (src.charCodeAt(i) === LF) i++;
    rows.push({ first, count: fields.values.length - first, start: rowStart, end });
  }
  return { rows, fields, unclosed: -1 };
}
