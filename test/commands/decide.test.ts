/**
 * Go/no-go after the intake (issue 19), through the CLI with an in-memory IO holding the shipped
 * LoopbaanPlus 2027: the plan is pinned first, then a mayor decides no-go after her intake. Her
 * seat goes to the reserve list as an offer, the pinned group sessions stay where they are, her
 * intake stays as it was held, and only her later appointments come back cancelled.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const LP = 'cohorts/loopbaanplus-2027.yaml';
const LP_CSV = 'cohorts/loopbaanplus-2027.registrations.csv';
const LP_HISTORY = 'cohorts/loopbaanplus-2027.history.jsonl';
const RESERVE = [
  'r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;registered;',
  'r13;Pieter Bos;burgemeester;Leeuwarden;p.bos@example.nl;2026-11-21T11:30:00+01:00;yes;;;;;registered;',
];

function examples(): MemoryIO {
  const files = shippedExamples();
  const csv = new TextDecoder().decode(files.get(LP_CSV)!);
  files.set(LP_CSV, new TextEncoder().encode(`${csv}${RESERVE.join('\r\n')}\r\n`));
  return memoryIO(files);
}

async function at(io: MemoryIO, today: string, argv: string[]) {
  io.stdout = '';
  io.stderr = '';
  return runIn(io, [...argv, '--today', today, '--no-color']);
}

interface JsonSession {
  session: string;
  start: string;
  status: string;
  sequence: number;
  fixed: boolean;
  kind: string;
}
async function planned(io: MemoryIO, today: string): Promise<JsonSession[]> {
  const r = await at(io, today, ['plan', LP, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { sessions: JsonSession[] }).sessions;
}

/** The shipped cohort with its plan pinned as sent out on 23 November 2026. */
async function pinned(): Promise<MemoryIO> {
  const io = examples();
  const r = await at(io, '2026-11-23', ['plan', LP, '--pin']);
  expect(r.code, r.stderr).toBe(0);
  return io;
}

describe('cohort decide', () => {
  it('no-go after the intake: withdrawn, the seat offered to the first in line, the decision and its day in the file and the history', async () => {
    const io = await pinned();
    const before = io.text(LP_CSV)!.split('\r\n');
    const r = await at(io, '2027-01-25', ['decide', LP, 'r03', 'no-go']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'loopbaanplus-2027, Mon 25 Jan 2027:',
        '  r03 Karin Veldhuis: no-go after the intake or introductory talk, withdrawn (had a seat)',
        '  r12 Willemijn de Haan: offered the seat until Mon 1 Feb 2027 (5 working days; 1st on the reserve list)',
        '  r13 Pieter Bos: moves up the reserve list from 2 to 1',
        '  seats: 12 of 12 taken (1 held by an open offer), 0 free; binding: the group (max 12)',
        '',
      ].join('\n'),
    );
    const lines = io.text(LP_CSV)!.split('\r\n');
    // three new columns at the end; every other row gains three empty cells and nothing else
    expect(lines[0]).toBe(`${before[0]};decision;decided;offer-expires`);
    expect(lines[3]).toBe('r03;Karin Veldhuis;burgemeester;GM0228;k.veldhuis@example.nl;2026-10-05T14:22:00+02:00;yes;;;;2027-05-24..2027-05-28;withdrawn;;no-go;2027-01-25;');
    expect(lines[12]).toBe('r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;offered;;;;2027-02-01');
    for (const k of [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13]) expect(lines[k]).toBe(`${before[k]};;;`);
    expect(io.text(LP_HISTORY)!.split('\n').map((l) => (l ? (JSON.parse(l) as { id: string; field: string; to?: string }) : undefined)).map((e) => e && `${e.id} ${e.field} ${e.to ?? ''}`)).toEqual([
      'r03 status withdrawn',
      'r03 decision no-go',
      'r03 decided 2027-01-25',
      'r12 status offered',
      'r12 offer-expires 2027-02-01',
      undefined,
    ]);
    const v = await at(io, '2027-01-25', ['validate']);
    expect(v.code, v.stdout).toBe(0);
    const cap = await at(io, '2027-01-25', ['capacity', LP, '--format', 'json']);
    const json = JSON.parse(cap.stdout) as { cohorts: { offers: unknown; reserve: { id: string }[]; placed: number }[] };
    expect(json.cohorts[0]!.offers).toEqual([{ id: 'r12', seats: 1, expires: '2027-02-01' }]);
    expect(json.cohorts[0]!.reserve.map((w) => w.id)).toEqual(['r13']);
    const why = await at(io, '2027-01-25', ['explain', LP, 'r03']);
    expect(why.stdout).toContain('withdrawn');
  });

  it('plan keeps every pinned group session and the intake she had, and cancels only her later appointments', async () => {
    const io = await pinned();
    const was = await planned(io, '2027-01-25');
    expect((await at(io, '2027-01-25', ['decide', LP, 'r03', 'no-go'])).code).toBe(0);
    const now = await planned(io, '2027-01-25');
    const key = (s: JsonSession) => `${s.session} ${s.start} ${s.status} ${s.sequence}`;
    const groups = (list: JsonSession[]) => list.filter((s) => s.kind === 'group' || s.kind === 'deadline').map(key);
    expect(groups(now)).toEqual(groups(was));
    expect(now.filter((s) => s.kind === 'group').every((s) => s.fixed)).toBe(true);
    expect(now.filter((s) => s.session.endsWith('@r03')).map(key)).toEqual([
      'intake@r03 2027-01-13T09:00 confirmed 0',
      'droom@r03 2027-02-05T13:45 cancelled 1',
      'feedback#1@r03 2027-05-19T09:00 cancelled 1',
      'feedback#2@r03 2027-05-19T12:00 cancelled 1',
    ]);
    // everyone else's pinned appointments are untouched; the offered r12 gets her own
    const others = (list: JsonSession[]) => list.filter((s) => s.kind === 'individual' && !s.session.endsWith('@r03') && !s.session.endsWith('@r12')).map(key);
    expect(others(now)).toEqual(others(was));
    expect(now.filter((s) => s.session.endsWith('@r12')).map((s) => s.session)).toEqual(['intake@r12', 'droom@r12', 'feedback#1@r12', 'feedback#2@r12']);
    // her appointments are new, so none lies before the day she got the seat (the others' intakes were on 12–20 January)
    expect(now.filter((s) => s.session.endsWith('@r12')).map((s) => `${s.session} ${s.start}`)).toEqual([
      'intake@r12 2027-01-25T09:00',
      'droom@r12 2027-02-09T09:00',
      'feedback#1@r12 2027-05-19T09:00',
      'feedback#2@r12 2027-05-19T12:00',
    ]);
  });

  it('a history that cannot be written leaves the registrations untouched: the decision is recorded in both or neither', async () => {
    const io = memoryIO((await pinned()).files, { readOnly: [LP_HISTORY] });
    const before = new Map(io.files);
    const r = await at(io, '2027-01-25', ['decide', LP, 'r03', 'no-go']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(LP_HISTORY);
    expect(io.files).toEqual(before);
  });

  it('go confirms the seat and records the decision; nobody else moves', async () => {
    const io = examples();
    const r = await at(io, '2027-01-25', ['decide', LP, 'r08', 'go']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(1, 2)).toEqual(['  r08 Mohamed El Idrissi: go after the intake or introductory talk; the seat is confirmed']);
    expect(io.text(LP_CSV)!.split('\r\n')[8]).toBe('r08;Mohamed El Idrissi;burgemeester;Vlaardingen;m.elidrissi@example.nl;2026-11-02T12:10:00+01:00;no;;;;2027-03-19;confirmed;;go;2027-01-25');
  });

  it('says it in Dutch with --lang nl', async () => {
    const r = await at(examples(), '2027-01-25', ['--lang', 'nl', 'decide', LP, 'r03', 'no-go', '--dry-run']);
    expect(r.stdout).toContain('r03 Karin Veldhuis: besloot niet door te gaan na de intake of het kennismakingsgesprek, teruggetrokken');
  });

  it('refuses a go from the reserve list, a decision of someone who already left, and an unknown id', async () => {
    const io = examples();
    const before = new Map(io.files);
    const waiting = await at(io, '2027-01-25', ['decide', LP, 'r13', 'go']);
    expect([waiting.code, waiting.stderr]).toEqual([1, 'cohort: r13 has no seat (status registered), so there is nothing to go on with; nothing was changed (an open offer is answered with cohort offer accept)\n']);
    const out = await at(io, '2027-01-25', ['decide', LP, 'r07', 'no-go']);
    expect([out.code, out.stderr]).toEqual([1, 'cohort: r07 is already withdrawn; nothing was changed\n']);
    const unknown = await at(io, '2027-01-25', ['decide', LP, 'r99', 'no-go']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no registration 'r99' in cohort loopbaanplus-2027/);
    expect(io.files).toEqual(before);
  });

  it('--dry-run shows the same and writes nothing', async () => {
    const io = examples();
    const before = new Map(io.files);
    const r = await at(io, '2027-01-25', ['decide', LP, 'r03', 'no-go', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('r12 Willemijn de Haan: offered the seat until Mon 1 Feb 2027');
    expect(r.stderr).toBe(`dry run: nothing written (would change ${LP_CSV}, ${LP_HISTORY})\n`);
    expect(io.files).toEqual(before);
  });
});
