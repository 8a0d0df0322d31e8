/** Coach matching (seed 001, the Bestuurderspool): optimal against exhaustive search, the hard rules, pinned pairs kept, re-match stability, capacity across cohorts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { assignCoaches } from '../../src/coaching/assign.js';
import { matchCohort, pairTable, type CoachingCohort, type MatchResult } from '../../src/coaching/match.js';
import type { CoachPair, Cohort, Person, Registration } from '../../src/model/types.js';
import { aProgramme, aRegistration, dates } from '../plan/builders.js';

// Real municipalities from the north to the south: Groningen–Maastricht is too far for one working day.
const PLACES = ['GM0014', 'GM0080', 'GM0193', 'GM0363', 'GM0307', 'GM0344', 'GM0599', 'GM0518', 'GM0202', 'GM0772', 'GM0935'];
const code = (m: string | undefined) => (m === undefined ? undefined : findMunicipality(m)?.code);

const programme = aProgramme('pool')
  .lasting('12 months')
  .hours('08:30', '18:00')
  .withIndividualPhase('intake', { duration: '90m', window: '6w', facilitators: 'all' })
  .withCoaching('gesprek', { sessions: '5..8', every: '4w..8w', duration: '90m', location: 'participant-municipality' })
  .build();

function coach(id: string, o: { municipality: string; capacity?: number; formerRoles?: string[]; party?: string; unavailable?: string[] }): Person {
  return {
    id,
    name: `Coach ${id}`,
    municipality: o.municipality,
    roles: ['coach'],
    unavailable: (o.unavailable ?? []).map(dates),
    formerRoles: o.formerRoles ?? ['wethouder'],
    ...(o.party ? { party: o.party } : {}),
    ...(o.capacity !== undefined ? { capacity: o.capacity } : {}),
  };
}

function coachee(id: string, municipality: string, role = 'wethouder', party?: string): Registration {
  return { ...aRegistration(id, { municipality }), role, ...(party ? { party } : {}) };
}

function cohort(id: string, registrations: Registration[], pool: string[], o: Partial<Cohort> = {}): CoachingCohort {
  return { cohort: { id, programme: 'pool', title: id, start: '2027-01-11', end: '2027-12-17', facilitators: [], pool, fixed: [], unavailable: [], registrations, ...o }, programme };
}

interface Case {
  target: CoachingCohort;
  people: Map<string, Person>;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    coachees: fc.array(fc.record({ place: fc.constantFrom(...PLACES), role: fc.constantFrom('wethouder', 'burgemeester'), party: fc.constantFrom('VVD', 'CDA', undefined) }), { minLength: 1, maxLength: 6 }),
    coaches: fc.array(
      fc.record({
        place: fc.constantFrom(...PLACES),
        capacity: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        roles: fc.subarray(['wethouder', 'burgemeester', 'raadslid']),
        party: fc.constantFrom('VVD', 'CDA', undefined),
        away: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    excluded: fc.array(fc.tuple(fc.nat(5), fc.nat(3)), { maxLength: 3 }),
    intaker: fc.boolean(),
    party: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ coachees, coaches, excluded, intaker, party }) => {
    const people = new Map<string, Person>();
    coaches.forEach((c, j) =>
      people.set(`k${j}`, coach(`k${j}`, { municipality: c.place, ...(c.capacity !== undefined ? { capacity: c.capacity } : {}), formerRoles: c.roles, ...(c.party ? { party: c.party } : {}), ...(c.away ? { unavailable: ['2027-03-01..2027-03-12'] } : {}) })),
    );
    const regs = coachees.map((c, i) => coachee(`b${i}`, c.place, c.role, c.party));
    const pool = coaches.map((_, j) => `k${j}`);
    const ex: CoachPair[] = excluded.filter(([i, j]) => i < regs.length && j < pool.length).map(([i, j]) => ({ coachee: regs[i]!.id, coach: pool[j]! }));
    const target = cohort('c', regs, pool, { excluded: ex, facilitators: intaker ? ['k0'] : [] });
    return { target: { ...target, programme: { ...programme, matching: { party } } }, people };
  });

/** Exhaustive search over every assignment within the capacities: the most coachees, then the least cost. */
function bruteForce(c: Case): { count: number; total: number } {
  const t = pairTable(c.target, c.people, c.target.cohort.excluded ?? []);
  const m = t.coaches.length;
  const cap = t.coaches.map((k) => c.people.get(k)?.capacity ?? t.coachees.length);
  const load = new Array<number>(m).fill(0);
  let best = { count: -1, total: Infinity };
  const go = (i: number, count: number, total: number) => {
    if (i === t.coachees.length) {
      if (count > best.count || (count === best.count && total < best.total)) best = { count, total };
      return;
    }
    go(i + 1, count, total);
    for (let j = 0; j < m; j++) {
      const cost = t.cost(i, j);
      if (!cost || load[j]! >= cap[j]!) continue;
      expect(t.total[i * m + j]).toBe(cost.total);
      load[j]!++;
      go(i + 1, count + 1, total + cost.total);
      load[j]!--;
    }
  };
  go(0, 0, 0);
  return best;
}

function samePeople(a: readonly string[], b: readonly string[]): boolean {
  return new Set(a).size === new Set(b).size && b.every((x) => a.includes(x));
}

/** The hard rules, checked from the files' facts rather than from the pair table. */
function expectHardRules(r: MatchResult, c: Case, elsewhere: Map<string, number> = new Map()): void {
  const load = new Map<string, number>();
  const excluded = new Set([...(c.target.cohort.excluded ?? []), ...r.newlyExcluded].map((e) => `${e.coachee}:${e.coach}`));
  for (const p of r.pairs) {
    expect(code(c.people.get(p.coach)?.municipality)).not.toBe(code(p.coachee.municipality));
    expect(excluded.has(`${p.coachee.id}:${p.coach}`)).toBe(false);
    // the intaker (a facilitator of the intake, when the pool is more than the facilitators) never coaches
    if (!samePeople(c.target.cohort.pool, c.target.cohort.facilitators)) expect(c.target.cohort.facilitators).not.toContain(p.coach);
    load.set(p.coach, (load.get(p.coach) ?? 0) + 1);
  }
  for (const [k, n] of load) {
    const cap = c.people.get(k)?.capacity;
    if (cap !== undefined) expect(n + (elsewhere.get(k) ?? 0)).toBeLessThanOrEqual(cap);
  }
}

describe('matchCohort', () => {
  it('is optimal: as many coachees with a coach and the same least total as exhaustive search, within every hard rule', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = matchCohort(c.target, [], c.people);
        const best = bruteForce(c);
        expect(r.pairs.length).toBe(best.count);
        expect(r.total).toBe(best.total);
        expect(r.total).toBe(r.pairs.reduce((s, p) => s + p.cost.total, 0));
        expect(r.pairs.length + r.unmatched.length).toBe(c.target.cohort.registrations.length);
        expectHardRules(r, c);
      }),
      { numRuns: 300 },
    );
  });

  it('re-matches only the excluded coachee; every other pair stays', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const first = matchCohort(c.target, [], c.people);
        fc.pre(first.pairs.length > 0);
        const failed = first.pairs[pick % first.pairs.length]!;
        const again = matchCohort(c.target, [], c.people, { exclude: [{ coachee: failed.coachee.id, coach: failed.coach }], today: '2027-03-02' });
        const coachOf = new Map(again.pairs.map((p) => [p.coachee.id, p.coach]));
        for (const p of first.pairs) if (p.coachee.id !== failed.coachee.id) expect(coachOf.get(p.coachee.id)).toBe(p.coach);
        expect(coachOf.get(failed.coachee.id)).not.toBe(failed.coach);
        expect(again.newlyExcluded).toEqual([{ coachee: failed.coachee.id, coach: failed.coach, date: '2027-03-02' }]);
        expectHardRules(again, c);
        // --all may do better, never worse, and says by how much
        const all = matchCohort(c.target, [], c.people, { exclude: [{ coachee: failed.coachee.id, coach: failed.coach }], all: true });
        if (all.pairs.length === again.pairs.length) expect(all.reoptimised!.gained).toBe(again.total - all.total);
        expect(all.pairs.length).toBeGreaterThanOrEqual(again.pairs.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every pinned pair that the hard rules allow, even when another match would cost less', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, seed) => {
        const t = pairTable(c.target, c.people, c.target.cohort.excluded ?? []);
        const m = t.coaches.length;
        // a feasible but arbitrary set of pairs, within capacity
        const load = new Map<string, number>();
        const pins: CoachPair[] = [];
        t.coachees.forEach((r, i) => {
          const j = (seed + i) % m;
          const k = t.coaches[j]!;
          const cap = c.people.get(k)?.capacity ?? Infinity;
          if (t.cost(i, j) && (load.get(k) ?? 0) < cap) {
            pins.push({ coachee: r.id, coach: k });
            load.set(k, (load.get(k) ?? 0) + 1);
          }
        });
        const pinned = { ...c.target, cohort: { ...c.target.cohort, matches: pins } };
        const r = matchCohort(pinned, [], c.people);
        const coachOf = new Map(r.pairs.map((p) => [p.coachee.id, p]));
        for (const p of pins) {
          expect(coachOf.get(p.coachee)?.coach).toBe(p.coach);
          expect(coachOf.get(p.coachee)?.kept).toBe(true);
        }
        expectHardRules(r, c);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a coach’s coachees in another cohort while the tracks overlap, and not after', () => {
    const people = new Map([
      ['near', coach('near', { municipality: 'GM0344', capacity: 1 })],
      ['far', coach('far', { municipality: 'GM0014', capacity: 1 })],
    ]);
    const first = cohort('a-2027', [coachee('a1', 'GM0307')], ['near', 'far'], { matches: [{ coachee: 'a1', coach: 'near' }] });
    const overlapping = cohort('b-2027', [coachee('b1', 'GM0307')], ['near', 'far']);
    const later = cohort('c-2028', [coachee('c1', 'GM0307')], ['near', 'far'], { start: '2028-01-10', end: '2028-12-15' });
    const r = matchCohort(overlapping, [first], people);
    expect(r.pairs.map((p) => p.coach)).toEqual(['far']);
    expect(r.loads.find((l) => l.coach === 'near')).toEqual({ coach: 'near', capacity: 1, here: 0, elsewhere: [{ cohort: 'a-2027', n: 1 }] });
    expect(matchCohort(later, [first], people).pairs.map((p) => p.coach)).toEqual(['near']);
    // the planner's assignment counts the same way, cohort by cohort in id order
    expect(assignCoaches([overlapping, first], people)).toEqual(
      new Map([
        ['a-2027', new Map([['a1', 'near']])],
        ['b-2027', new Map([['b1', 'far']])],
      ]),
    );
  });

  it('says plainly when the pool has no coach left, and what would help', () => {
    const people = new Map([
      ['k1', coach('k1', { municipality: 'GM0344', capacity: 1 })],
      ['k2', coach('k2', { municipality: 'GM0307', capacity: 2 })],
      ['spare', coach('spare', { municipality: 'GM0202', capacity: 2 })],
    ]);
    // b2 lives in Amersfoort (k2's own municipality) and excluded k1 earlier
    const c = cohort('c', [coachee('b1', 'GM0363'), coachee('b2', 'GM0307')], ['k1', 'k2'], { excluded: [{ coachee: 'b2', coach: 'k1', date: '2027-02-01' }] });
    const r = matchCohort(c, [], people);
    expect(r.pairs.map((p) => [p.coachee.id, p.coach])).toEqual([['b1', 'k1']]);
    expect(r.unmatched).toHaveLength(1);
    expect(r.unmatched[0]!.coachee.id).toBe('b2');
    expect(r.unmatched[0]!.blocked.map((b) => [b.coach, b.reason])).toEqual([
      ['k1', 'excluded'],
      ['k2', 'own-municipality'],
    ]);
    expect(r.unmatched[0]!.help).toEqual([{ kind: 'outside-pool', coach: 'spare', cost: expect.any(Number) }]);
    // full coaches: raising the cheapest one's capacity by one would do
    const full = matchCohort(cohort('d', [coachee('b1', 'GM0363'), coachee('b2', 'GM0599')], ['k1']), [], people);
    expect(full.unmatched.map((u) => u.coachee.id)).toHaveLength(1);
    expect(full.unmatched[0]!.help[0]).toMatchObject({ kind: 'raise-capacity', coach: 'k1', capacity: 2 });
  });

  it('never makes the intaker the coach: a pool coach who held every intake (facilitators: all) coaches nobody', () => {
    const people = new Map([
      ['intaker', coach('intaker', { municipality: 'GM0344' })],
      ['other', coach('other', { municipality: 'GM0014' })],
    ]);
    const c = cohort('c', [coachee('b1', 'GM0307'), coachee('b2', 'GM0307')], ['intaker', 'other'], { facilitators: ['intaker', 'secretary'] });
    const r = matchCohort(c, [], people);
    expect(r.pairs.map((p) => p.coach)).toEqual(['other', 'other']);
    expect(r.alternatives.get('b1')).toEqual([]);
    // a cohort whose facilitators are its coaches (no separate pool) coaches with them
    expect(matchCohort(cohort('d', [coachee('b1', 'GM0307')], ['intaker'], { facilitators: ['intaker'] }), [], people).pairs.map((p) => p.coach)).toEqual(['intaker']);
  });

  it('never pairs a coachee with a coach who cannot drive there and back within the working day', () => {
    const people = new Map([['south', coach('south', { municipality: 'GM0935' })]]);
    const r = matchCohort(cohort('c', [coachee('b1', 'GM0014')], ['south']), [], people);
    expect(r.pairs).toEqual([]);
    expect(r.unmatched[0]!.blocked).toEqual([{ coach: 'south', reason: 'too-far', trip: expect.any(Number), day: 570 }]);
    expect(r.unmatched[0]!.blocked[0]!.trip! + 90).toBeGreaterThan(570);
  });

  it('weighs travel, former office, availability and (only when weighted) party', () => {
    const people = new Map([
      ['a', coach('a', { municipality: 'GM0344', formerRoles: ['wethouder'], party: 'VVD', unavailable: ['2027-03-01..2027-03-05'] })],
      ['b', coach('b', { municipality: 'GM0344', formerRoles: ['burgemeester'], party: 'CDA' })],
    ]);
    const c = cohort('c', [coachee('b1', 'GM0307', 'wethouder', 'CDA')], ['a', 'b']);
    const weighted = { ...c, programme: { ...programme, matching: { party: 7 } } };
    const t = pairTable(weighted, people, []);
    const [a, b] = [t.cost(0, 0), t.cost(0, 1)];
    expect(a!.travel).toEqual(b!.travel);
    expect(a!.travel.minutes).toBeGreaterThan(0);
    expect(a!.role).toEqual({ office: 'wethouder', fits: true, cost: 0 });
    expect(b!.role).toEqual({ office: 'wethouder', fits: false, cost: 60 });
    expect(a!.availability).toEqual({ days: 5, coachDays: 5, coacheeDays: 0, cost: 10 });
    expect(a!.party).toEqual({ same: false, cost: 7 });
    expect(b!.party).toEqual({ same: true, cost: 0 });
    expect(a!.total).toBe(a!.travel.minutes + 10 + 7);
    // by default party is not weighed at all
    expect(pairTable(c, people, []).cost(0, 0)!.party).toEqual({ same: undefined, cost: 0 });
  });
});
