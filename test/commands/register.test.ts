/** Second level: cohort register with flags, and with its questions answered from a script (a terminal), in memory. */
import { describe, expect, it } from 'vitest';
import { municipalityChoices } from '../../src/commands/register.js';
import { CTRL_C, memoryIO, runIn, shippedExamples, type Answer, type MemoryIO } from '../support/io.js';

const LP = 'cohorts/loopbaanplus-2027.yaml';
const LP_CSV = 'cohorts/loopbaanplus-2027.registrations.csv';
const POOL = 'cohorts/bestuurderspool-2027.yaml';
const TODAY = ['--today', '2026-11-23', '--no-color'];

function examples(answers: Answer[] = []): MemoryIO {
  return memoryIO(shippedExamples(), { answers });
}

const FLAGS = ['--name', 'Willemijn de Haan', '--municipality', 'Gouda', '--email', 'w.dehaan@example.nl', '--member', '--registered', '2026-11-20T10:00:00+01:00'];

describe('cohort register with every field as a flag', () => {
  it('a full group: the new row goes at the end as waiting, and the outcome is its place on the reserve list', async () => {
    const io = examples();
    const before = io.text(LP_CSV)!;
    const r = await runIn(io, ['register', LP, ...FLAGS, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('loopbaanplus-2027, Mon 23 Nov 2026:\n  r12 Willemijn de Haan: registered, on the reserve list at position 1: no seat left in the group (max 12)\n  seats: 12 of 12 taken, 0 free; binding: the group (max 12)\n');
    expect(io.text(LP_CSV)).toBe(`${before}r12;Willemijn de Haan;burgemeester;Gouda;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;waiting;\r\n`);
    expect(io.text('cohorts/loopbaanplus-2027.history.jsonl')).toBe(
      '{"date":"2026-11-23","command":"cohort register cohorts/loopbaanplus-2027.yaml --id r12","id":"r12","field":"status","to":"waiting","why":{"kind":"asked"}}\n',
    );
  });

  it('a YAML registrations file with a free seat: placed at once; the file keeps every byte before the new entry', async () => {
    const io = examples();
    const file = 'cohorts/bestuurderspool-2027.registrations.yaml';
    const before = io.text(file)!;
    const r = await runIn(io, ['register', POOL, '--name', 'Tom de Wit', '--municipality', 'GM0363', '--email', 't.dewit@example.nl', '--no-member', '--unavailable', '2027-03-01..2027-03-05,2027-04-02', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  b11 Tom de Wit: registered, and has a seat\n');
    const after = io.text(file)!;
    expect(after.slice(0, before.length)).toBe(before);
    expect(after.slice(before.length)).toBe(
      '  - id: b11\n    name: Tom de Wit\n    role: wethouder\n    municipality: GM0363\n    email: t.dewit@example.nl\n    registered: "2026-11-23"\n    member: false\n    unavailable: ["2027-03-01..2027-03-05", "2027-04-02"]\n    status: registered\n',
    );
  });

  it('no terminal and a field missing: the missing flags are named, exit 2, nothing asked or written', async () => {
    const io = examples();
    const before = new Map(io.files);
    const r = await runIn(io, ['register', LP, '--name', 'Noor Kaya', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: no terminal to ask on; give --municipality, --email (e.g. cohort register cohorts/loopbaanplus-2027.yaml --name "Noor Kaya" --municipality Arnhem --email n.kaya@example.nl --member)\n');
    expect(io.transcript).toEqual([]);
    expect(io.files).toEqual(before);
  });

  it.each([
    [['--municipality', 'Goudaa'], "cohort: --municipality: 'Goudaa' is not a Dutch municipality (a CBS code such as GM0344, or its name); did you mean 'Gouda'?\n"],
    [['--email', 'w.dehaan(at)example.nl'], 'cohort: --email: an e-mail address such as a.deboer@example.nl\n'],
    [['--id', 'r01'], 'cohort: --id: r01 is taken in this cohort\n'],
    [['--registered', '2026-13-01'], 'cohort: --registered: a date 2026-11-23 or a time 2026-11-23T10:05:00+01:00 (with its offset)\n'],
    [['--unavailable', '2027-03-05..2027-03-01'], "cohort: --unavailable: '2027-03-05..2027-03-01' is not a date or a range such as 2027-03-01..2027-03-05\n"],
  ])('a wrong flag %j is exit 2 and writes nothing', async (flags, message) => {
    const io = examples();
    const before = new Map(io.files);
    const r = await runIn(io, ['register', LP, ...FLAGS, ...flags, ...TODAY]);
    expect(r).toMatchObject({ code: 2, stderr: message });
    expect(io.files).toEqual(before);
  });

  it('an edit that would make the file invalid is refused with the diagnostics, and the file stays byte-identical', async () => {
    const io = examples();
    const before = new Map(io.files);
    // The address passes the quick check, but not the schema's e-mail format.
    const r = await runIn(io, ['register', LP, ...FLAGS.slice(0, 4), '--email', 'w.dehaan@example..nl', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cohorts\/loopbaanplus-2027\.registrations\.csv:13:\d+: error: .*\[schema\/format\]$/m);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('cohort: the change would make cohorts/loopbaanplus-2027.registrations.csv invalid; nothing was written');
    expect(r.stdout).toBe('');
    expect(io.files).toEqual(before);
  });

  it('--dry-run says the outcome and writes nothing', async () => {
    const io = examples();
    const before = new Map(io.files);
    const r = await runIn(io, ['register', LP, ...FLAGS, '--dry-run', ...TODAY]);
    expect(r.stdout).toContain('registered, on the reserve list at position 1');
    expect(io.files).toEqual(before);
  });
});

describe('cohort register on a terminal', () => {
  it('asks for what is missing, checks each answer, suggests municipalities as they are typed', async () => {
    const io = examples(['', 'Noor Kaya', '', 'arnh', 'n.kaya-at-example.nl', 'n.kaya@example.nl', '2026-11-23T14:05:00+01:00', true, 'Jelle Kaya', false, '2027-13-01', '2027-03-01..2027-03-05', true]);
    const r = await runIn(io, ['register', LP, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(io.transcript).toEqual([
      '? Registration id r12',
      '? Full name Noor Kaya',
      '? Office (role) burgemeester',
      '? Municipality (type to search) arnh\n  Arnhem, Gelderland',
      '? E-mail address n.kaya-at-example.nl\n> an e-mail address such as a.deboer@example.nl',
      '? E-mail address n.kaya@example.nl',
      '? Registered on (date or date-time) 2026-11-23T14:05:00+01:00',
      '? Member of the association? yes',
      '? Partner (name; empty for none) Jelle Kaya',
      '? Does the partner take part? no',
      "? Dates not available (e.g. 2027-03-01..2027-03-05, 2027-04-02; empty for none) 2027-13-01\n> '2027-13-01' is not a date or a range such as 2027-03-01..2027-03-05",
      '? Dates not available (e.g. 2027-03-01..2027-03-05, 2027-04-02; empty for none) 2027-03-01..2027-03-05',
      '? Register Noor Kaya for loopbaanplus-2027? yes',
    ]);
    expect(io.text(LP_CSV)!.split('\r\n').at(-2)).toBe('r12;Noor Kaya;burgemeester;Arnhem;n.kaya@example.nl;2026-11-23T14:05:00+01:00;yes;;Jelle Kaya;no;2027-03-01..2027-03-05;waiting;');
  });

  it('Ctrl-C at a question exits 130 and writes nothing', async () => {
    const io = examples(['', 'Noor Kaya', CTRL_C]);
    const before = new Map(io.files);
    const r = await runIn(io, ['register', LP, ...TODAY]);
    expect(r.code).toBe(130);
    expect(io.files).toEqual(before);
  });

  it('answering no at the end writes nothing', async () => {
    const io = examples(['', 'Noor Kaya', '', 'Arnhem', 'n.kaya@example.nl', '', false, '', '', false]);
    const before = new Map(io.files);
    const r = await runIn(io, ['register', LP, ...TODAY]);
    expect(r).toMatchObject({ code: 0, stderr: 'not registered; nothing was written\n' });
    expect(io.files).toEqual(before);
  });

  it('with every required flag given nothing is asked, terminal or not', async () => {
    const io = examples([true]);
    const r = await runIn(io, ['register', LP, ...FLAGS, ...TODAY]);
    expect(r.code).toBe(0);
    expect(io.transcript).toEqual([]);
  });
});

describe('municipality suggestions', () => {
  it('names that start with what is typed come first, common names too (Den Haag), then names that hold it; a typo gets the nearest names', () => {
    expect(municipalityChoices('den h').map((c) => c.name)).toEqual(["Den Haag ('s-Gravenhage), Zuid-Holland", 'Den Helder, Noord-Holland']);
    expect(municipalityChoices("'s-Herto")[0]).toEqual({ value: "'s-Hertogenbosch", name: "'s-Hertogenbosch, Noord-Brabant" });
    expect(municipalityChoices('Amsterdm').map((c) => c.value)).toEqual(['Amsterdam']);
  });
});
