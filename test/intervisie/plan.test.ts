/** `cohort plan` with intervisie groups: one series of meetings per group, hosted by its members in turn (src/intervisie/plan.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { rosterHosts } from '../../src/intervisie/plan.js';
import type { PlannedSession } from '../../src/model/plan.js';
import type { CohortModel } from '../../src/model/project.js';
import type { Person } from '../../src/model/types.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { memoryIO, runIn, shippedExamples, type MemoryIO } from '../support/io.js';
import { aCohort, intervisie, reg } from '../capacity/builders.js';

const IV = 'cohorts/intervisie-2027.yaml';
const ARGS = ['--today', '2026-12-01', '--no-color'];
const examples = () => memoryIO(shippedExamples());
const rerun = (io: MemoryIO, argv: string[]) => {
  io.stdout = '';
  io.stderr = '';
  return runIn(io, argv);
};

interface JsonSession {
  uid: string;
  session: string;
  kind: string;
  start: string;
  end: string;
  facilitators: string[];
  participants: string[];
  location: { kind: string; name?: string; municipality?: string; host?: string; lat?: number; lon?: number };
}

const meetings = (sessions: readonly JsonSession[], group: string) => sessions.filter((s) => s.session.startsWith(`${group}/bijeenkomst#`));

describe('cohort plan of the shipped intervisie cohort', () => {
  it('plans one series per proposed group, says so on stderr, and puts only i14 on the reserve list', async () => {
    const r = await runIn(examples(), ['plan', IV, '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'intervisie-2027: 1 registration(s) on the reserve list (i14), 0 of 12 seats free in 2 group(s); cohort groups says why\n' +
        'intervisie-2027: no pinned groups; planned with the 2 group(s) cohort groups proposes (g1, g2; cohort groups --pin keeps them)\n',
    );
    const sessions = (JSON.parse(r.stdout) as { sessions: JsonSession[] }).sessions;
    const groups = ['g1', 'g2'].map((g) => meetings(sessions, g));
    expect(groups.map((m) => m.map((s) => s.session).sort())).toEqual(['g1', 'g2'].map((g) => [1, 2, 3, 4, 5, 6].map((n) => `${g}/bijeenkomst#${n}`)));
    for (const m of groups) {
      for (const s of m) expect(s.uid).toBe(`${s.session}.intervisie-2027@cohort`);
      // Six members, each hosting exactly once at their own town hall, the group's one facilitator at every meeting.
      const members = m[0]!.participants;
      expect(members).toHaveLength(6);
      expect(m.every((s) => s.participants.join() === members.join())).toBe(true);
      expect(m.map((s) => s.location.host).sort()).toEqual([...members].sort());
      expect(new Set(m.map((s) => s.facilitators.join())).size).toBe(1);
      expect(m[0]!.facilitators).toHaveLength(1);
    }
    // The two Utrecht aldermen in different groups; the facilitators differ.
    const [g1, g2] = groups as [JsonSession[], JsonSession[]];
    expect([g1[0]!.participants.includes('i01'), g2[0]!.participants.includes('i02')]).toEqual([true, true]);
    expect(g1[0]!.facilitators[0]).not.toBe(g2[0]!.facilitators[0]);
    const utrecht = [...g1, ...g2].find((s) => s.location.host === 'i01')!;
    expect(utrecht.location).toMatchObject({ kind: 'host-rotation', name: 'Gemeentehuis Utrecht', municipality: 'GM0344', lat: findMunicipality('GM0344')!.lat });
    // The intake keeps its id; nobody of the reserve list is planned.
    expect(sessions.filter((s) => s.kind === 'individual').map((s) => s.session).sort()).toEqual(
      ['i01', 'i02', 'i03', 'i04', 'i05', 'i06', 'i07', 'i08', 'i10', 'i11', 'i12', 'i13'].map((id) => `intake@${id}`),
    );
  });

  it('the table names the host and the group', async () => {
    const r = await runIn(examples(), ['plan', IV, '--format', 'csv', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.startsWith('g1/bijeenkomst#1.'))!;
    expect(row).toContain(',g1/bijeenkomst#1,Intervisiebijeenkomst (1/6) · g1,');
    expect(row).toMatch(/,Gemeentehuis [^,]+ \(host: [^,)]+\),/);
  });

  it('with the groups pinned: no note, the same groups; a fixed g1 meeting is kept and validates', async () => {
    const io = examples();
    expect((await rerun(io, ['groups', IV, '--pin', ...ARGS])).code).toBe(0);
    const pinned = await rerun(io, ['plan', IV, '--format', 'json', ...ARGS]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stderr).not.toContain('no pinned groups');
    const yaml = io.text(IV)!.replace('unavailable: ["2027-07-10', 'fixed:\n  - { session: "g1/bijeenkomst#2", date: "2027-04-12" }\nunavailable: ["2027-07-10');
    io.files.set(IV, new TextEncoder().encode(yaml));
    expect((await rerun(io, ['validate', IV, ...ARGS])).code).toBe(0);
    // A group the cohort does not pin is no session of it.
    const unknown = memoryIO(new Map(io.files));
    unknown.files.set(IV, new TextEncoder().encode(yaml.replace('g1/bijeenkomst#2', 'g9/bijeenkomst#2')));
    const refused = await rerun(unknown, ['validate', IV, ...ARGS]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/intervisie-2027\.yaml:\d+:\d+: error: .*g9\/bijeenkomst#2/);
    const fixed = await rerun(io, ['plan', IV, '--format', 'json', ...ARGS]);
    expect(fixed.code, fixed.stderr).toBe(0);
    const s = (JSON.parse(fixed.stdout) as { sessions: (JsonSession & { fixed: boolean })[] }).sessions.find((x) => x.session === 'g1/bijeenkomst#2')!;
    expect([s.start, s.fixed]).toEqual(['2027-04-12T15:00', true]);
  });

  it('--per participant gives each member only their own group', async () => {
    const io = examples();
    const r = await runIn(io, ['plan', IV, '--per', 'participant', '--out', 'cal', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const files = [...io.files.keys()].filter((f) => f.startsWith('cal/'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) {
      const text = io.text(f)!;
      const groups = new Set([...text.matchAll(/UID:(g\d)\/bijeenkomst/g)].map((m) => m[1]));
      expect(groups.size, f).toBe(1);
    }
  });
});

// Sixteen municipalities far enough apart; every registration in a different one.
const TOWNS = ['Utrecht', 'Amersfoort', 'Zeist', 'Arnhem', 'Nijmegen', 'Apeldoorn', 'Zwolle', 'Deventer', 'Tilburg', 'Breda', 'Eindhoven', 'Rotterdam', 'Leiden', 'Delft', 'Groningen', 'Assen'].map((t) => findMunicipality(t)!.code);
const FACILITATORS = new Map<string, Person>([
  ['f1', { id: 'f1', name: 'Facilitator Een', municipality: findMunicipality('Utrecht')!.code, roles: ['facilitator'], unavailable: [], formerRoles: [] }],
  ['f2', { id: 'f2', name: 'Facilitator Twee', municipality: findMunicipality('Zwolle')!.code, roles: ['facilitator'], unavailable: [], formerRoles: [] }],
]);

function overlaps(a: PlannedSession, b: PlannedSession): boolean {
  return a.start < b.end && b.start < a.end;
}

describe('properties of intervisie plans', () => {
  it('every member hosts exactly once, no facilitator in two meetings at once, every hard rule (travel included) kept', () => {
    const cases = fc.record({
      towns: fc.shuffledSubarray(TOWNS, { minLength: 12, maxLength: 14 }),
      // A week away for some members, somewhere in the cohort's months.
      away: fc.array(fc.record({ who: fc.nat(13), month: fc.integer({ min: 2, max: 10 }) }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(cases, ({ towns, away }) => {
        const registrations = towns.map((t, i) => {
          const r = reg(`r${String(i + 1).padStart(2, '0')}`, { municipality: t, registered: `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00+02:00` });
          const month = String(away.find((a) => a.who === i)?.month ?? 0).padStart(2, '0');
          return month === '00' ? r : { ...r, unavailable: [{ start: `2027-${month}-01`, end: `2027-${month}-07` }] };
        });
        const { cohort, programme } = aCohort('iv', intervisie, registrations, { facilitators: ['f1', 'f2'], start: '2027-01-18', end: '2027-11-12' });
        const model: CohortModel = { cohort, programme, file: 'iv.yaml', people: FACILITATORS };
        const a = assemblePlan([model], { lang: 'en', today: '2026-12-01', version: '0.0.0-test' });
        expect(a.plan.infeasible).toEqual([]);
        expect(a.violations).toEqual([]);
        const groups = a.intervisie.get('iv')!.groups;
        expect(groups).toHaveLength(2);
        for (const g of groups) {
          const own = a.plan.sessions.filter((s) => s.session.startsWith(`${g.group.id}/bijeenkomst#`));
          expect(own).toHaveLength(6);
          expect(own.map((s) => s.location.host).sort()).toEqual(g.group.members.map((m) => m.registration.id).sort());
          for (const s of own) {
            expect(s.facilitators).toEqual([g.group.facilitator]);
            expect(s.location.municipality).toBe(g.cohort.registrations.find((r) => r.id === s.location.host)!.municipality);
          }
        }
        const live = a.plan.sessions.filter((s) => s.status !== 'cancelled');
        for (const s of live) for (const t of live) if (s !== t && s.facilitators.some((f) => t.facilitators.includes(f))) expect(overlaps(s, t), `${s.session} / ${t.session}`).toBe(false);
      }),
      { numRuns: 6 },
    );
  });

  it('the roster: each member hosts once, the rest at the venue, and never on a host own unavailable date when an order avoids it', () => {
    const DATES = ['2027-02-08', '2027-03-15', '2027-04-19', '2027-05-24', '2027-07-05', '2027-08-30'];
    const cases = fc.record({
      towns: fc.shuffledSubarray(TOWNS, { minLength: 1, maxLength: 6 }),
      away: fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(cases, ({ towns, away }) => {
        const members = towns.map((t, i) => ({ ...reg(`m${i}`, { municipality: t }), unavailable: DATES.filter((_, d) => away[i]![d]).map((d) => ({ start: d, end: d })) }));
        const order = rosterHosts(members, DATES, findMunicipality('Utrecht')!.code);
        expect(order).toHaveLength(6);
        expect(order.filter((h) => h >= 0).sort()).toEqual(members.map((_, i) => i));
        const conflicts = (o: readonly number[]) => o.filter((h, d) => h >= 0 && away[h]![d]).length;
        // Independent brute force: the fewest conflicts any assignment of members to meetings has.
        const fewest = (m: number, free: readonly number[]): number => (m === members.length ? 0 : Math.min(...free.map((d) => (away[m]![d] ? 1 : 0) + fewest(m + 1, free.filter((x) => x !== d)))));
        expect(conflicts(order)).toBe(fewest(0, [0, 1, 2, 3, 4, 5]));
      }),
      { numRuns: 60 },
    );
  });
});
