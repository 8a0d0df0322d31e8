import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCsv, REGISTRATION_COLUMNS, type CsvSpec } from '../../src/load/csv.js';
import { decodeText } from '../../src/load/text.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const load = (text: string, spec: CsvSpec = REGISTRATION_COLUMNS) => loadCsv('r.csv', text, 'en', spec);
const at = (d: Diagnostic) => `${d.rule} ${d.line}:${d.column}`;
const HEADER = 'id,name,municipality,email';

describe('Excel and web-form exports', () => {
  test('a ; file with BOM, CRLF, quoted ; and a multi-line quoted field', () => {
    const bytes = readFileSync(new URL('./fixtures/excel-semicolon.csv', import.meta.url));
    const decoded = decodeText('excel.csv', bytes, 'en');
    const { loaded, diagnostics } = loadCsv('excel.csv', decoded.text!, 'en', REGISTRATION_COLUMNS);
    expect(diagnostics).toEqual([]);
    expect(loaded.format).toBe('csv');
    const rows = loaded.data as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      id: 'r01',
      name: 'Anneke de Boer',
      role: 'burgemeester',
      municipality: 'GM0014',
      email: 'a.deboer@example.nl',
      registered: '2026-10-02T09:14:00+02:00',
      member: true,
      partner: 'Peter de Boer',
      'partner-joins': true,
      unavailable: ['2027-03-01..2027-03-05', '2027-04-01'],
      status: 'confirmed',
    });
    expect(rows[1]).toMatchObject({ name: 'Wijnbergen; Hans', member: false, priority: 2 });
    expect(rows[2]).toMatchObject({ name: 'Karin "KV" Veldhuis', status: 'confirmed' });
    // A value that is not an integer stays text, so the schema reports it at the cell.
    expect(rows[3]).toMatchObject({ id: 'r04', name: 'Maarten\nZijlstra', unavailable: ['2027-06-04', '2027-06-11'], priority: 'x' });
    expect(Object.getPrototypeOf(rows[0])).toBeNull();

    // Row 4 (line 5) starts a field spanning two lines; row 4's later cells are on line 6.
    expect(loaded.locations.get('/3')?.value).toMatchObject({ line: 5, column: 1, endLine: 6 });
    expect(loaded.locations.get('/3/name')?.value).toMatchObject({ line: 5, column: 7 });
    expect(loaded.locations.get('/3/role')?.value).toMatchObject({ line: 6, column: 11 });
    expect(loaded.locations.get('/3/unavailable/1')?.value).toEqual({ line: 6, column: 99, endLine: 6, endColumn: 109 });
    // The BOM is not a column.
    expect(loaded.locations.get('/0/id')).toEqual({
      key: { line: 2, column: 1, endLine: 2, endColumn: 4 },
      value: { line: 2, column: 1, endLine: 2, endColumn: 4 },
    });
    expect(loaded.locations.get('/0/unavailable/1')?.value).toMatchObject({ line: 2, column: 131 });
  });

  test('a , file with a BOM, a quoted , and a multi-line field', () => {
    const text = '\uFEFFID, Name ,Municipality,E-mail,Partner_Joins,Unavailable\n' +
      'r1,"Boer, Anneke de",GM0014,a@example.nl,nee,"2027-03-01..2027-03-05,2027-04-01"\n' +
      'r2,"Hans\nWijnbergen",Zwolle,h@example.nl,J,\n';
    const { loaded, diagnostics } = load(text);
    // Header names match ignoring case, spaces, - and _: `E-mail` is `email`, `Partner_Joins` is `partner-joins`.
    expect(diagnostics).toEqual([]);
    expect(loaded.data).toEqual([
      {
        id: 'r1',
        name: 'Boer, Anneke de',
        municipality: 'GM0014',
        email: 'a@example.nl',
        'partner-joins': false,
        unavailable: ['2027-03-01..2027-03-05', '2027-04-01'],
      },
      { id: 'r2', name: 'Hans\nWijnbergen', municipality: 'Zwolle', email: 'h@example.nl', 'partner-joins': true },
    ]);
    expect(loaded.locations.get('/1/municipality')?.value).toMatchObject({ line: 4, column: 13 });
  });

  test('the delimiter is taken from the header, outside quotes; a tie means ,', () => {
    expect(load('"id;x",name,municipality;email\n1,2,3;4\n').diagnostics.map((d) => d.rule)).toContain('csv/unknown-column');
    expect(load('id;name;municipality;email\n1;a,b;c;d\n').loaded.data).toEqual([{ id: '1', name: 'a,b', municipality: 'c', email: 'd' }]);
  });

  test('CR-only line ends, trailing delimiters and trailing empty lines are accepted', () => {
    const { loaded, diagnostics } = load('id;name;municipality;email;\r1;A;GM1;a@x;\r2;B;GM2;b@x;;\r\r\n\n');
    expect(diagnostics).toEqual([]);
    expect(loaded.data).toHaveLength(2);
    expect(loaded.locations.get('/1')?.value).toMatchObject({ line: 3, column: 1 });
  });

  test('empty cells are left out; rows of only delimiters are skipped', () => {
    const { loaded } = load(`${HEADER},party\nr1,,GM1,a@x,\n,,,\n,,,,\n`);
    expect(loaded.data).toEqual([{ id: 'r1', municipality: 'GM1', email: 'a@x' }]);
  });

  test('booleans, integers and date ranges', () => {
    const spec: CsvSpec = { columns: [{ name: 'b', type: 'boolean' }, { name: 'i', type: 'integer' }, { name: 'd', type: 'date-ranges' }] };
    const { loaded } = load('b,i,d\nJA,-3,2027-01-01 | 2027-02-01..2027-02-03\nn,007,\nmaybe,1.5,"a;b"\n', spec);
    expect(loaded.data).toEqual([
      { b: true, i: -3, d: ['2027-01-01', '2027-02-01..2027-02-03'] },
      { b: false, i: 7 },
      { b: 'maybe', i: '1.5', d: ['a', 'b'] },
    ]);
    expect(loaded.locations.get('/0/d/1')?.value).toMatchObject({ line: 2, column: 20 });
    expect(loaded.locations.get('/2/d/1')?.value).toMatchObject({ line: 4, column: 14 });
  });
});

describe('bad input', () => {
  test('a row with the wrong number of fields is reported at the row', () => {
    const { diagnostics } = load('id;name;municipality;email\nr1;Boer; Anneke de;GM1;a@x\nr2;B;GM2\n');
    expect(diagnostics.map(at)).toEqual(['csv/column-count 2:1', 'csv/column-count 3:1']);
    expect(diagnostics[0]!.message).toBe('this row has 5 fields, but the header has 4');
    expect(diagnostics[0]!.pointer).toBe('/0');
    expect(diagnostics[0]!.hint).toContain('double quotes');
    expect(diagnostics[1]!.message).toContain('3 fields');
  });

  test('an unknown column with a "did you mean"', () => {
    const { loaded, diagnostics } = load('id,name,emial,municipality\nr1,A,a@x,GM1\n');
    expect(diagnostics.map(at)).toEqual(['csv/missing-column 1:1', 'csv/unknown-column 1:9']);
    const unknown = diagnostics[1]!;
    expect(unknown.message).toContain('"emial"');
    expect(unknown.message).toContain('3 (C)');
    expect(unknown.suggestion).toBe('email');
    expect(diagnostics[0]!.message).toContain('"email"');
    // Unknown columns are reported, never added to the data.
    expect(loaded.data).toEqual([{ id: 'r1', name: 'A', municipality: 'GM1' }]);
  });

  test('a column far from any known name gets no suggestion', () => {
    const [d] = load(`${HEADER},shoe-size\nr1,A,GM1,a@x,44\n`).diagnostics;
    expect(at(d!)).toBe('csv/unknown-column 1:28');
    expect(d!.suggestion).toBeUndefined();
  });

  test('a duplicate column', () => {
    const { loaded, diagnostics } = load(`${HEADER},Email\nr1,A,GM1,a@x,b@x\n`);
    expect(diagnostics.map(at)).toEqual(['csv/duplicate-column 1:28']);
    expect(diagnostics[0]!.message).toContain('4 (D) and 5 (E)');
    expect(loaded.data).toEqual([{ id: 'r1', name: 'A', municipality: 'GM1', email: 'a@x' }]);
  });

  test('a column without a name is ignored unless it has values', () => {
    expect(load(`id,,name,municipality,email\nr1,,A,GM1,a@x\n`).diagnostics).toEqual([]);
    expect(load(`id,,name,municipality,email\nr1,x,A,GM1,a@x\n`).diagnostics.map(at)).toEqual(['csv/unknown-column 1:4']);
  });

  test('an unclosed quote is reported at the quote; rows before it are kept', () => {
    const { loaded, diagnostics } = load(`${HEADER}\nr1,A,GM1,a@x\nr2,"B,GM2,b@x\nr3,C,GM3,c@x\n`);
    expect(diagnostics.map(at)).toEqual(['csv/unclosed-quote 3:4']);
    expect(diagnostics[0]!.hint).toContain('""');
    expect(loaded.data).toEqual([{ id: 'r1', name: 'A', municipality: 'GM1', email: 'a@x' }]);
  });

  test.each([
    ['an empty file', ''],
    ['whitespace and blank lines', '\n \r\n\t\n'],
    ['a BOM only', '\uFEFF'],
  ])('%s is file/empty', (_name, text) => {
    const { loaded, diagnostics } = load(text);
    expect(diagnostics.map(at)).toEqual(['file/empty 1:1']);
    expect(loaded.data).toBeUndefined();
  });

  test('a header without rows is an empty list', () => {
    expect(load(`${HEADER}\n`)).toMatchObject({ diagnostics: [], loaded: { data: [] } });
  });

  test('columns count UTF-16 units, as the code frames and SARIF do', () => {
    const { loaded } = load(`${HEADER}\nr1,😀 Anneke,GM1,a@x\n`);
    expect(loaded.locations.get('/0/municipality')?.value).toMatchObject({ line: 2, column: 14 });
  });

  test('messages in Dutch', () => {
    const [d] = loadCsv('r.csv', 'id;name;gemeente;email\n', 'nl', REGISTRATION_COLUMNS).diagnostics;
    expect(d!.message).toBe('de verplichte kolom "municipality" ontbreekt in de kopregel');
  });
});
