/** `cohort plan` with intervisie groups: one series of meetings per group, hosted by its members in turn (src/intervisie/plan.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { kmAt, placeIndex } from '../../src/calendar/travel.js';
import { rosterHosts, rosterRows } from '../../src/intervisie/plan.js';
import type { PlannedSession } from '../../src/model/plan.js';
import type { CohortModel } from '../../src/model/project.js';
import type { Person } from '../../src/model/types.js';
import { say } from '../../src/commands/messages.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';
import { runs } from '../support/runs.js';
import { aCohort, intervisie, reg } from '../capacity/builders.js';

const IV = 'cohorts/intervisie-2027.yaml';
const ARGS = ['--today', '2026-12-01', '--no-color'];
const examples = () => memoryIO(shippedExamples());

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

describe('the note on proposed groups', () => {
  it('names a few of the 233 groups of the 1,400 round and counts the rest, so a CI log gets a short line', () => {
    const ids = Array.from({ length: 233 }, (_, i) => `g${i + 1}`);
    expect(say('en', 'plan/unpinned-groups', { cohort: 'iv', n: ids.length, ids })).toBe(
      'iv: no pinned groups; planned with the 233 group(s) cohort groups proposes (g1, g2, g3, g4, g5 … and 228 more; cohort groups --pin keeps them)',
    );
    expect(say('nl', 'plan/unpinned-groups', { cohort: 'iv', n: ids.length, ids })).toBe(
      'iv: geen vastgelegde groepen; gepland met de 233 groep(en) die cohort groups voorstelt (g1, g2, g3, g4, g5 … en nog 228; cohort groups --pin legt ze vast)',
    );
  });
});

describe('cohort plan of the shipped intervisie cohort', () => {
  it('plans one series per proposed group, says so on stderr, and puts only i14 on the reserve list', async () => {
    const r = await runIn(examples(), ['plan', IV, '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'intervisie-2027: 1 registration(s) on the reserve list (i14), 0 of 12 seats free; cohort capacity cohorts/intervisie-2027.yaml says why\n' +
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
    expect((await runIn(io, ['groups', IV, '--pin', ...ARGS])).code).toBe(0);
    const pinned = await runIn(io, ['plan', IV, '--format', 'json', ...ARGS]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stderr).not.toContain('no pinned groups');
    const yaml = io.text(IV)!.replace('unavailable: ["2027-07-10', 'fixed:\n  - { session: "g1/bijeenkomst#2", date: "2027-04-12" }\nunavailable: ["2027-07-10');
    io.files.set(IV, new TextEncoder().encode(yaml));
    expect((await runIn(io, ['validate', IV, ...ARGS])).code).toBe(0);
    // A group the cohort does not pin is no session of it.
    const unknown = memoryIO(new Map(io.files));
    unknown.files.set(IV, new TextEncoder().encode(yaml.replace('g1/bijeenkomst#2', 'g9/bijeenkomst#2')));
    const refused = await runIn(unknown, ['validate', IV, ...ARGS]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/intervisie-2027\.yaml:\d+:\d+: error: .*g9\/bijeenkomst#2/);
    const fixed = await runIn(io, ['plan', IV, '--format', 'json', ...ARGS]);
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
    const DATES = ['2027-02-08', '2027-03-15', '2027-04-19', '2027-05-24', '2027-07-05', '2027-09-06'];
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

  it('the roster is the first order, in enumeration order, of the least cost over every order (the search skips only prefixes that cannot win)', () => {
    const DATES = ['2027-02-08', '2027-03-15', '2027-04-19', '2027-05-24', '2027-07-05', '2027-09-06', '2027-10-11'];
    const cases = fc.record({
      towns: fc.shuffledSubarray(TOWNS, { minLength: 1, maxLength: 7 }),
      slots: fc.integer({ min: 1, max: 7 }),
      away: fc.array(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), { minLength: 7, maxLength: 7 }),
      pins: fc.array(fc.option(fc.nat(7), { nil: undefined }), { minLength: 7, maxLength: 7 }),
      home: fc.option(fc.constantFrom(...TOWNS), { nil: undefined }),
    });
    fc.assert(
      fc.property(cases, ({ towns, slots, away, pins, home }) => {
        const dates = DATES.slice(0, slots);
        const members = towns.map((t, i) => ({ ...reg(`m${i}`, { municipality: t }), unavailable: dates.filter((_, d) => away[i]![d]).map((d) => ({ start: d, end: d })) }));
        const fixed = dates.map((_, d) => (pins[d] === undefined ? undefined : `m${pins[d]}`));
        const order = rosterHosts(members, dates, home && findMunicipality(home)!.code, fixed);
        // Every order, members first then the venue (-1) at each meeting, scored as the roster's rule says.
        const at = members.map((r) => placeIndex(r.municipality));
        const h = placeIndex(home && findMunicipality(home)!.code);
        const trip = at.map((a, i) => at.reduce((s, b, j) => (j === i ? s : s + kmAt(a, b)), 0) + (h >= 0 ? kmAt(h, a) : 0));
        const seen = new Set<number>();
        const pinned = fixed.map((id) => {
          const i = members.findIndex((r) => r.id === id);
          if (id === undefined || i < 0 || seen.has(i)) return -1;
          seen.add(i);
          return i;
        });
        let best: number[] = [];
        let bestCost = Number.POSITIVE_INFINITY;
        const walk = (cur: number[], venues: number) => {
          if (cur.length === slots) {
            let cost = 0;
            for (let d = 0; d < slots; d++) {
              const x = cur[d]!;
              if (x >= 0 && away[x]![d]) cost += 1e12;
            }
            let spread = 0;
            for (let d = 1; d < slots; d++) spread += (cur[d - 1]! < 0 ? 0 : trip[cur[d - 1]!]!) * (cur[d]! < 0 ? 0 : trip[cur[d]!]!);
            const total = (cost / 1e12) * 1e12 + spread;
            if (total < bestCost) [best, bestCost] = [[...cur], total];
            return;
          }
          const want = pinned[cur.length]!;
          for (const x of [...members.keys(), -1]) {
            if (x >= 0 ? cur.includes(x) : venues === 0) continue;
            if (want >= 0 ? x !== want : x >= 0 && pinned.includes(x)) continue;
            walk([...cur, x], x < 0 ? venues - 1 : venues);
          }
        };
        walk([], Math.max(0, slots - members.length));
        expect(order).toEqual(best);
      }),
      { numRuns: runs(150), seed: 12 },
    );
  });

  it('the roster keeps a pinned host on their meeting (fixed with host), every member once, and the fewest host conflicts the pins allow', () => {
    const DATES = ['2027-02-08', '2027-03-15', '2027-04-19', '2027-05-24', '2027-07-05', '2027-09-06'];
    const cases = fc.record({
      towns: fc.shuffledSubarray(TOWNS, { minLength: 6, maxLength: 6 }),
      away: fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }),
      // Pinned meetings: a permutation's first k entries (member i on meeting perm[i]).
      perm: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
      k: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(cases, ({ towns, away, perm, k }) => {
        const members = towns.map((t, i) => ({ ...reg(`m${i}`, { municipality: t }), unavailable: DATES.filter((_, d) => away[i]![d]).map((d) => ({ start: d, end: d })) }));
        const fixed: (string | undefined)[] = DATES.map(() => undefined);
        for (let i = 0; i < k; i++) fixed[perm[i]!] = `m${i}`;
        const order = rosterHosts(members, DATES, findMunicipality('Utrecht')!.code, fixed);
        expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
        for (let i = 0; i < k; i++) expect(order[perm[i]!]).toBe(i);
        const conflicts = (o: readonly number[]) => o.filter((h, d) => away[h]![d]).length;
        // Independent brute force over the members not pinned and the meetings left.
        const freeSlots = DATES.map((_, d) => d).filter((d) => fixed[d] === undefined);
        const fewest = (m: number, free: readonly number[]): number => (m === 6 ? 0 : Math.min(...free.map((d) => (away[m]![d] ? 1 : 0) + fewest(m + 1, free.filter((x) => x !== d)))));
        const pinnedConflicts = Array.from({ length: k }, (_, i) => (away[i]![perm[i]!] ? 1 : 0)).reduce((a: number, b: number) => a + b, 0);
        expect(conflicts(order)).toBe(pinnedConflicts + (k === 6 ? 0 : fewest(k, freeSlots)));
      }),
      { numRuns: runs(60), seed: 15 },
    );
  });

  it('with some meetings fixed (dates and hosts): the fixed dates and hosts kept, each member hosts once, no host away, no meeting on an avoided day', () => {
    // Agreed dates that keep the programme's gaps (4–8 weeks) for a group of six: a subset is fixed.
    const AGREED = ['2027-02-08', '2027-03-15', '2027-04-19', '2027-05-31', '2027-07-05', '2027-09-06'];
    const cases = fc.record({
      which: fc.subarray([0, 1, 2, 3, 4, 5]),
      hosts: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
      withHost: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      // A day away for some members, never on their own agreed meeting.
      away: fc.array(fc.record({ who: fc.nat(5), week: fc.integer({ min: 0, max: 40 }) }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(cases, ({ which, hosts, withHost, away }) => {
        const hostOf = (k: number) => `r0${hosts[k]! + 1}`;
        const pinnedHost = (k: number) => which.includes(k) && withHost[k]!;
        const registrations = TOWNS.slice(0, 6).map((t, i) => {
          const id = `r0${i + 1}`;
          const own = AGREED.filter((_, k) => pinnedHost(k) && hostOf(k) === id);
          const days = away.filter((a) => a.who === i).map((a) => new Date(Date.UTC(2027, 0, 18 + a.week * 7)).toISOString().slice(0, 10)).filter((d) => !own.includes(d));
          return { ...reg(id, { municipality: t, registered: `2026-10-0${i + 1}T09:00:00+02:00` }), unavailable: days.map((d) => ({ start: d, end: d })) };
        });
        const fixed = which.map((k) => ({ session: `bijeenkomst#${k + 1}`, date: AGREED[k]!, ...(pinnedHost(k) ? { host: hostOf(k) } : {}) }));
        const { cohort, programme } = aCohort('iv', intervisie, registrations, { facilitators: ['f1'], start: '2027-01-18', end: '2027-11-12', fixed });
        const a = assemblePlan([{ cohort, programme, file: 'iv.yaml', people: FACILITATORS }], { lang: 'en', today: '2026-12-01', version: '0.0.0-test' });
        // Every pinned host's own date is kept free and the rest can host around the days away: a full plan.
        expect(a.plan.infeasible).toEqual([]);
        expect(a.violations).toEqual([]);
        const rows = rosterRows(a.plan.sessions, a.intervisie.get('iv')!, programme);
        expect(rows.map((r) => r.host).sort()).toEqual(registrations.map((r) => r.id));
        for (const [k, r] of rows.entries()) {
          const date = r.start.slice(0, 10);
          if (which.includes(k)) expect(date).toBe(AGREED[k]);
          if (pinnedHost(k)) expect(r.host).toBe(hostOf(k));
          expect(registrations.find((x) => x.id === r.host)!.unavailable.some((u) => u.start === date)).toBe(false);
          expect(r.absent).not.toContain(r.host);
        }
        // Avoided days (holidays, council evenings, the slot weekday) are the independent check's: it passed above.
      }),
      { numRuns: runs(10), seed: 15 },
    );
  });

  it('a host never on their own unavailable date: when no host order avoids it, the plan is infeasible (rule host-unavailable)', () => {
    // Two members away the whole year: each must host once, so two meetings have an absent host.
    const registrations = TOWNS.slice(0, 6).map((t, i) => {
      const r = reg(`r0${i + 1}`, { municipality: t, registered: `2026-10-0${i + 1}T09:00:00+02:00` });
      return i < 2 ? { ...r, unavailable: [{ start: '2027-01-01', end: '2027-12-31' }] } : r;
    });
    const { cohort, programme } = aCohort('iv', intervisie, registrations, { facilitators: ['f1'], start: '2027-01-18', end: '2027-11-12' });
    const a = assemblePlan([{ cohort, programme, file: 'iv.yaml', people: FACILITATORS }], { lang: 'en', today: '2026-12-01', version: '0.0.0-test' });
    const hostless = a.plan.infeasible.filter((f) => f.rule === 'host-unavailable');
    expect(hostless.map((f) => f.message.split(' ')[0]).sort()).toEqual(['r01', 'r02']);
    expect(hostless[0]!.message).toMatch(/^r0[12] hosts this meeting but is unavailable on 2027-\d\d-\d\d, and no host order of g1 avoids it \(every member hosts once\)$/);
    expect(hostless.every((f) => f.cohort === 'iv' && /^bijeenkomst#[1-6]$/.test(f.session))).toBe(true);
  });

  it("other members' unavailable dates are a soft cost: the roster says who cannot come to which meeting, and the host is never among them", () => {
    // r01 is away until mid-June, r02 from then on: both host where they can come, and miss the other half.
    const registrations = TOWNS.slice(0, 6).map((t, i) => {
      const r = reg(`r0${i + 1}`, { municipality: t, registered: `2026-10-0${i + 1}T09:00:00+02:00` });
      return i === 0 ? { ...r, unavailable: [{ start: '2027-01-01', end: '2027-06-15' }] } : i === 1 ? { ...r, unavailable: [{ start: '2027-06-16', end: '2027-12-31' }] } : r;
    });
    const { cohort, programme } = aCohort('iv', intervisie, registrations, { facilitators: ['f1'], start: '2027-01-18', end: '2027-11-12' });
    const a = assemblePlan([{ cohort, programme, file: 'iv.yaml', people: FACILITATORS }], { lang: 'en', today: '2026-12-01', version: '0.0.0-test' });
    expect(a.plan.infeasible).toEqual([]);
    const rows = rosterRows(a.plan.sessions, a.intervisie.get('iv')!, programme);
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const date = r.start.slice(0, 10);
      expect(r.absent).toEqual(date <= '2027-06-15' ? ['r01'] : ['r02']);
      expect(r.absent).not.toContain(r.host);
    }
    const unavailable = a.plan.score.items.find((i) => i.constraint === 'unavailable')!;
    // The score says it too: one fact per meeting (and r01's intake, in January, is the seventh).
    const meetingFacts = unavailable.facts.filter((f) => f.includes('Intervisiebijeenkomst'));
    expect(meetingFacts).toHaveLength(6);
    for (const r of rows) expect(meetingFacts.filter((f) => f.startsWith(`${r.absent[0]} unavailable ${r.start.slice(0, 10)} `))).toHaveLength(1);
  });
});
