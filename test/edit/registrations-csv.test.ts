/** Editing the shipped registrations CSVs: only the cells an edit names change, every other byte stays. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRegistrationsCsv } from '../../src/edit/registrations-csv.js';
import { EditError } from '../../src/edit/fields.js';
import { loadCsv, REGISTRATION_COLUMNS } from '../../src/load/csv.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** Excel's export: BOM, `;`, CRLF. */
const LOOPBAANPLUS = read('cohorts/loopbaanplus-2027.registrations.csv');
/** A web form's export: `,`, LF, quoted cells with commas. */
const INTERVISIE = read('cohorts/intervisie-2027.registrations.csv');

function lines(text: string, eol = '\r\n'): string[] {
  return text.split(eol);
}

describe('a changed cell', () => {
  it('Excel CSV (BOM, ;, CRLF): r05 cancels; only the status cell of that row changes', () => {
    const out = editRegistrationsCsv(LOOPBAANPLUS, { set: new Map([['r05', { status: 'cancelled' }]]) });
    expect(out.startsWith('\uFEFFid;name;')).toBe(true);
    const before = lines(LOOPBAANPLUS);
    const after = lines(out);
    // the new column offer-expires is not needed: nothing else moves
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(['r05;Sandra Koopmans;burgemeester;GM0796;s.koopmans@example.nl;2026-10-14T20:47:00+02:00;yes;;Rob Koopmans;no;;cancelled;']);
  });

  it('a quoted cell elsewhere in the row keeps its quotes and bytes', () => {
    const out = editRegistrationsCsv(LOOPBAANPLUS, { set: new Map([['r04', { status: 'withdrawn' }]]) });
    expect(lines(out)[4]).toBe('r04;Maarten Zijlstra;burgemeester;Heerenveen;m.zijlstra@example.nl;2026-10-09T08:03:00+02:00;yes;;Ellen Zijlstra;yes;"2027-04-12..2027-04-16;2027-06-04";withdrawn;');
  });

  it('a column the file lacks (offer-expires) is added at the end: the one edit that gives every row a cell', () => {
    const out = editRegistrationsCsv(INTERVISIE, { set: new Map([['i11', { status: 'offered', 'offer-expires': '2027-01-22' }]]) });
    const before = lines(INTERVISIE, '\n');
    const after = lines(out, '\n');
    expect(after[0]).toBe(`${before[0]},offer-expires`);
    expect(after[11]).toBe('i11,Inge de Wit,wethouder,Enschede,i.dewit@example.nl,2026-10-13T14:25:00+02:00,no,SP,,,,offered,,2027-01-22');
    expect(after[14]).toBe(`${before[14]},`);
    expect(after[15]).toBe('');
  });

  it('several columns the file lacks are added in the order asked, each row gaining one empty cell per column', () => {
    const out = editRegistrationsCsv(INTERVISIE, {
      set: new Map([
        ['i04', { status: 'withdrawn', decision: 'no-go', decided: '2027-01-25' }],
        ['i11', { status: 'offered', 'offer-expires': '2027-02-01' }],
      ]),
    });
    const before = lines(INTERVISIE, '\n');
    const after = lines(out, '\n');
    expect(after[0]).toBe(`${before[0]},decision,decided,offer-expires`);
    expect(after[11]).toBe('i11,Inge de Wit,wethouder,Enschede,i.dewit@example.nl,2026-10-13T14:25:00+02:00,no,SP,,,,offered,,,,2027-02-01');
    expect(after[14]).toBe(`${before[14]},,,`);
    const rows = loadCsv('r.csv', out, 'en', REGISTRATION_COLUMNS).loaded.data as Record<string, unknown>[];
    expect(rows.find((r) => r.id === 'i04')).toMatchObject({ status: 'withdrawn', decision: 'no-go', decided: '2027-01-25' });
  });

  it('clearing a cell leaves it empty, the delimiters in place', () => {
    const withOffer = editRegistrationsCsv(INTERVISIE, { set: new Map([['i11', { status: 'offered', 'offer-expires': '2027-01-22' }]]) });
    const accepted = editRegistrationsCsv(withOffer, { set: new Map([['i11', { status: 'confirmed', 'offer-expires': undefined }]]) });
    expect(lines(accepted, '\n')[11]).toBe('i11,Inge de Wit,wethouder,Enschede,i.dewit@example.nl,2026-10-13T14:25:00+02:00,no,SP,,,,confirmed,,');
  });

  it('an unknown id is refused', () => {
    expect(() => editRegistrationsCsv(INTERVISIE, { set: new Map([['i99', { status: 'cancelled' }]]) })).toThrow(EditError);
  });
});

describe('a new row', () => {
  const fields = {
    id: 'r12',
    name: 'Willemijn "Wil" de Haan',
    role: 'burgemeester',
    municipality: 'GM0363',
    email: 'w.dehaan@example.nl',
    registered: '2026-11-23T10:00:00+01:00',
    member: true,
    partner: 'Joris de Haan',
    'partner-joins': false,
    unavailable: ['2027-03-01..2027-03-05', '2027-04-02'],
    status: 'waiting',
  };

  it('goes after the last row with the file own delimiter, line end and yes/no; cells that need it are quoted', () => {
    const out = editRegistrationsCsv(LOOPBAANPLUS, { add: [fields] });
    expect(out.slice(0, LOOPBAANPLUS.length)).toBe(LOOPBAANPLUS);
    expect(out.slice(LOOPBAANPLUS.length)).toBe('r12;"Willemijn ""Wil"" de Haan";burgemeester;GM0363;w.dehaan@example.nl;2026-11-23T10:00:00+01:00;yes;;Joris de Haan;no;"2027-03-01..2027-03-05;2027-04-02";waiting;\r\n');
  });

  it('reads back as the registration that was written', () => {
    const out = editRegistrationsCsv(LOOPBAANPLUS, { add: [fields] });
    const { loaded, diagnostics } = loadCsv('r.csv', out, 'en', REGISTRATION_COLUMNS);
    expect(diagnostics).toEqual([]);
    expect((loaded.data as Record<string, unknown>[]).at(-1)).toEqual({ ...fields, registered: fields.registered });
  });

  it('a file without a final line end gets one before the new row, and none after it', () => {
    const bare = INTERVISIE.trimEnd();
    const out = editRegistrationsCsv(bare, { add: [{ id: 'i15', name: 'Noor Kaya', municipality: 'Arnhem', email: 'n.kaya@example.nl', member: false }] });
    expect(out).toBe(`${bare}\ni15,Noor Kaya,,Arnhem,n.kaya@example.nl,,no,,,,,,`);
  });

  it('a column that writes ja/nee gets ja/nee', () => {
    const dutch = 'id;name;municipality;email;member\r\na1;An;Utrecht;a@example.nl;ja\r\n';
    expect(editRegistrationsCsv(dutch, { add: [{ id: 'a2', name: 'Bo', municipality: 'Zwolle', email: 'b@example.nl', member: false }] })).toBe(`${dutch}a2;Bo;Zwolle;b@example.nl;nee\r\n`);
  });
});

describe('untouched rows are kept byte for byte, whatever they hold', () => {
  // Cells with the other delimiter, quotes, line breaks, spaces and empty cells; LF or CRLF; with or without a BOM.
  const cell = fc.oneof(fc.constantFrom('', 'a;b', 'a,b', 'say "hi"', 'two\nlines', ' padded ', 'Ayşe', "'s-Gravenhage"), fc.string({ maxLength: 6 }));
  const fileArb = fc.record({
    delimiter: fc.constantFrom(',', ';'),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    rows: fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
    target: fc.nat(),
    value: cell,
  });
  const q = (v: string) => (/[",;\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);

  it('only the target row differs, and it differs only in the status cell', () => {
    fc.assert(
      fc.property(fileArb, ({ delimiter, eol, bom, rows, target, value }) => {
        const header = ['id', 'name', 'status'].join(delimiter);
        const body = rows.map(([name, status], i) => [`r${i}`, q(name), q(status)].join(delimiter));
        const text = `${bom ? '\uFEFF' : ''}${[header, ...body].join(eol)}${eol}`;
        const k = target % rows.length;
        const out = editRegistrationsCsv(text, { set: new Map([[`r${k}`, { status: value }]]) });
        const expected = [header, ...body.map((b, i) => (i === k ? [`r${i}`, q(rows[i]![0]), q(value)].join(delimiter) : b))];
        expect(out).toBe(`${bom ? '\uFEFF' : ''}${expected.join(eol)}${eol}`);
        const back = loadCsv('f.csv', out, 'en', REGISTRATION_COLUMNS).loaded.data as Record<string, unknown>[];
        if (value.trim() !== '') expect(String(back[k]!.status)).toBe(value.trim().replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

describe('a new row in a file with mixed line ends', () => {
  it('gets the most common row end, not the header’s', () => {
    const text = 'id,name,municipality,email\r\na1,An,Utrecht,a@example.nl\nb2,Bo,Zwolle,b@example.nl\n';
    const out = editRegistrationsCsv(text, { add: [{ id: 'c3', name: 'Cas', municipality: 'Ede', email: 'c@example.nl' }] });
    expect(out).toBe(`${text}c3,Cas,Ede,c@example.nl\n`);
  });
});
