/**
 * Edits a registrations CSV as Excel or a web form wrote it: the delimiter (`,` or `;`), the BOM,
 * the line ends, the column order and the bytes of every row it does not touch stay as they were.
 * In a touched row only the changed cells are rewritten. A column the file lacks is added at the
 * end, the one edit that touches every row (each gets an empty cell).
 */
import { mostCommonEnd } from './line-ends.js';
import { EditError, type FieldValue, type RegistrationsEdit } from './fields.js';

interface Cell {
  /** Offsets of the cell's text in the row, quotes included. */
  start: number;
  end: number;
  value: string;
}

interface Row {
  start: number;
  /** Before the line end. */
  end: number;
  /** The line end after the row ('' for a last row without one). */
  eol: string;
  cells: Cell[];
}

const QUOTE = '"';

/** RFC 4180 rows with the offsets of every cell; an unclosed quote runs to the end (validate reports it first). */
function scan(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = i;
    const cells: Cell[] = [];
    for (;;) {
      const cellStart = i;
      let value = '';
      if (text[i] === QUOTE) {
        i++;
        for (;;) {
          const q = text.indexOf(QUOTE, i);
          if (q < 0) {
            value += text.slice(i);
            i = n;
            break;
          }
          value += text.slice(i, q);
          if (text[q + 1] === QUOTE) {
            value += QUOTE;
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
        value = text.slice(cellStart, i);
      }
      cells.push({ start: cellStart - start, end: i - start, value });
      if (text[i] !== delimiter) break;
      i++;
    }
    const end = i;
    let eol = '';
    if (text[i] === '\r') eol += text[i++];
    if (text[i] === '\n') eol += text[i++];
    rows.push({ start, end, eol, cells });
  }
  return rows;
}

/** `;` when the header has more semicolons than commas outside quotes, else `,` (as the loader decides). */
function delimiterOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    else if (c === '\n' || c === '\r') break;
  }
  return semicolons > commas ? ';' : ',';
}

/** Header names match as the loader matches them: ignoring case, spaces, `-` and `_`. */
function headerKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Quoted when the cell would otherwise split or change: a delimiter of either kind, a quote, a line break, outer spaces. */
function quote(value: string): string {
  return /[",;\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

const BOOLEAN_WORDS: readonly (readonly [string, string])[] = [
  ['yes', 'no'],
  ['ja', 'nee'],
  ['true', 'false'],
  ['TRUE', 'FALSE'],
  ['Yes', 'No'],
  ['Ja', 'Nee'],
  ['1', '0'],
  ['y', 'n'],
  ['j', 'n'],
];

/** yes/no as the column already writes it (ja/nee, TRUE/FALSE from Excel), else yes/no. */
function booleanStyle(values: readonly string[]): readonly [string, string] {
  for (const v of values) {
    const hit = BOOLEAN_WORDS.find(([t, f]) => v === t || v === f);
    if (hit) return hit;
  }
  return ['yes', 'no'];
}

function cellText(value: FieldValue, column: readonly string[]): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return booleanStyle(column)[value ? 0 : 1];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(value);
  // Several date ranges in one cell, as the loader reads them.
  return quote(value.join(';'));
}

/** A row's text with cells `changes` (index → new cell text) replaced; every other byte of the row kept. */
function patchRow(line: string, row: Row, delimiter: string, changes: ReadonlyMap<number, string>): string {
  let out = line;
  // existing cells from the last to the first, so earlier offsets stay right; then new cells in order
  const indices = [...changes.keys()].sort((a, b) => b - a);
  for (const j of indices) {
    const cell = row.cells[j];
    if (cell) out = out.slice(0, cell.start) + changes.get(j)! + out.slice(cell.end);
  }
  let count = row.cells.length;
  for (const j of indices.reverse()) {
    if (j < row.cells.length) continue;
    out = out + delimiter.repeat(j - count + 1) + changes.get(j)!;
    count = j + 1;
  }
  return out;
}

export function editRegistrationsCsv(input: string, edit: RegistrationsEdit): string {
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = input.slice(bom.length);
  const delimiter = delimiterOf(text);
  const rows = scan(text, delimiter);
  const nonEmpty = (r: Row) => r.cells.some((c) => c.value.trim() !== '');
  const headerIndex = rows.findIndex(nonEmpty);
  if (headerIndex < 0) throw new EditError('the CSV file has no header row');
  const header = rows[headerIndex]!;
  let width = header.cells.length;
  // Excel may end every line with a delimiter: empty trailing header cells are not columns.
  while (width > 0 && header.cells[width - 1]!.value.trim() === '') width--;
  const columns = header.cells.slice(0, width).map((c) => headerKey(c.value));
  const idColumn = columns.indexOf('id');
  if (idColumn < 0) throw new EditError('the CSV file has no id column');
  const lineOf = (r: Row) => text.slice(r.start, r.end);
  const dataRows = rows.slice(headerIndex + 1).filter(nonEmpty);
  const columnValues = (j: number) => dataRows.map((r) => r.cells[j]?.value.trim() ?? '').filter((v) => v !== '');

  // Columns the edit needs that the file lacks are added after the last column.
  const wanted = new Set<string>();
  for (const fields of edit.set?.values() ?? []) for (const [k, v] of Object.entries(fields)) if (v !== undefined) wanted.add(k);
  for (const fields of edit.add ?? []) for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) wanted.add(k);
  const added = [...wanted].filter((k) => !columns.includes(headerKey(k)));
  const indexOf = (key: string) => {
    const j = columns.indexOf(headerKey(key));
    return j >= 0 ? j : width + added.indexOf(key);
  };

  const ids = new Map<string, Row>();
  for (const r of dataRows) {
    const id = r.cells[idColumn]?.value.trim() ?? '';
    if (id !== '' && !ids.has(id)) ids.set(id, r);
  }
  for (const id of edit.set?.keys() ?? []) if (!ids.has(id)) throw new EditError(`no registration '${id}' in the file`);

  const changesOf = new Map<Row, Map<number, string>>();
  for (const [id, fields] of edit.set ?? []) {
    const row = ids.get(id)!;
    const changes = changesOf.get(row) ?? new Map<number, string>();
    for (const [key, value] of Object.entries(fields)) changes.set(indexOf(key), cellText(value, columnValues(indexOf(key))));
    changesOf.set(row, changes);
  }
  if (added.length > 0) {
    const headerChanges = new Map(added.map((k, i) => [width + i, quote(k)]));
    changesOf.set(header, headerChanges);
    for (const r of dataRows) {
      const changes = changesOf.get(r) ?? new Map<number, string>();
      // Every row gets the new cells, so the row keeps as many fields as the header.
      for (let i = 0; i < added.length; i++) if (!changes.has(width + i)) changes.set(width + i, '');
      changesOf.set(r, changes);
    }
  }

  let out = '';
  for (const r of rows) {
    const changes = changesOf.get(r);
    out += (changes ? patchRow(lineOf(r), r, delimiter, changes) : lineOf(r)) + r.eol;
  }
  if ((edit.add ?? []).length > 0) {
    // the file's most common row end, as the YAML edits use (src/edit/line-ends.ts)
    const eol = mostCommonEnd(rows.map((r) => r.eol));
    const last = rows[rows.length - 1]!;
    // A file that does not end with a line end gets one before the new rows, and none after them.
    const endsWithEol = last.eol !== '';
    const total = width + added.length;
    const lines = edit.add!.map((fields) => {
      const cells = Array.from({ length: total }, () => '');
      for (const [key, value] of Object.entries(fields)) cells[indexOf(key)] = cellText(value, columnValues(indexOf(key)));
      return cells.join(delimiter);
    });
    out += (endsWithEol ? '' : eol) + lines.join(eol) + (endsWithEol ? eol : '');
  }
  return bom + out;
}

