import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import { buildEnv } from '../../src/plan/context.js';
import type { CohortCtx, Env, PhaseCtx } from '../../src/plan/context.js';
import { construct } from '../../src/plan/construct.js';
import { affectedCost } from '../../src/plan/cost.js';
import { iso } from '../../src/plan/days.js';
import { bestPhase, bookPhase, dpReady, setGroupDays, shiftPhases, unbookPhase } from '../../src/plan/moves.js';
import { phaseChangeOk } from '../../src/plan/phases.js';
import { keysOf } from '../../src/plan/resources.js';
import type { Bookings } from '../../src/plan/resources.js';
import { groupDay } from '../../src/plan/static.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

/** bench/fixtures/weeks.mjs weekFixture(4, 1), cohort yard-01 alone (the benchmark's minimal reproduction). */
function yard01(): PlanInput {
  const programme = aProgramme('yard-1')
    .lasting('11w..22w')
    .seats(40)
    .avoiding('public-holidays', 'good-friday', 'liberation-day', 'school-holidays')
    .schoolRegion('midden')
    .withGroupPhase('sessie', { name: 'Sessie', slot: 'tue 09:30-16:30', sessions: 4, every: '3w..5w' });
  const unavailable: Record<string, string[]> = {
    c1p1: ['2027-07-20', '2027-08-06', '2027-04-19..2027-04-22'],
    c1p2: ['2027-06-19', '2027-05-03..2027-05-07'],
    c1p3: ['2027-05-19', '2027-08-20'],
    c1p5: ['2027-07-26', '2027-07-24', '2027-05-22'],
    c1p7: ['2027-05-31'],
    c1p9: ['2027-07-26..2027-08-01'],
    c1p11: ['2027-05-06', '2027-05-26'],
  };
  const cohort = aCohort('yard-01').of(programme).starting('2027-03-22').facilitatedBy('fac2');
  for (let i = 1; i <= 13; i++) cohort.register(`c1p${i}`, { unavailable: unavailable[`c1p${i}`] ?? [] });
  return planInput([cohort], [aPerson('fac2', { unavailable: ['2027-04-19..2027-04-23', '2027-02-12'] })]);
}

function planned(input: PlanInput): { env: Env; bookings: Bookings } {
  const env = buildEnv(input);
  const built = construct(env);
  expect(built.infeasible).toEqual([]);
  return { env, bookings: built.bookings };
}

/** Every legal series of days for group phase p (others fixed), by brute force, and the cheapest cost. */
function bruteForce(env: Env, bookings: Bookings, c: CohortCtx, p: PhaseCtx): number {
  const before = p.items.map((i) => i.day);
  const item = p.items[0]!;
  const free: number[] = [];
  for (let d = c.h0; d <= c.h1; d++) {
    if (!groupDay(env, c, p, d, { fixed: false })) continue;
    const s = d * 1440 + item.startMin;
    const e = (d + item.endDay - item.day) * 1440 + item.endMin;
    if (keysOf(item).some((k) => bookings.clash(k, s, e))) continue;
    free.push(d);
  }
  let best = Infinity;
  const days: number[] = [];
  const rec = (k: number): void => {
    if (k === p.items.length) {
      setGroupDays(p, days);
      if (phaseChangeOk(c, p)) best = Math.min(best, affectedCost(c, p));
      return;
    }
    for (const d of free) {
      if (k > 0 && (d <= days[k - 1]! || d > days[k - 1]! + 70)) continue;
      days[k] = d;
      rec(k + 1);
    }
  };
  rec(0);
  setGroupDays(p, before);
  return best;
}

describe('best response of a group phase', () => {
  it('moves the whole series of yard-01 to where it costs least (benchmark reproduction)', () => {
    const input = yard01();
    const plan = planCohorts(input);
    expect(checkHardRules(input, plan)).toEqual([]);
    // before: 2027-03-23, 04-13, 05-11, 06-08 at 1.038 (one 3-week gap)
    expect(plan.sessions.map((s) => s.start.slice(0, 10))).toEqual(['2027-04-13', '2027-05-11', '2027-06-08', '2027-07-06']);
    expect(plan.score.soft).toBe(0.064);
  });

  it('finds the same optimum as trying every legal series, with phases before and after it fixed', () => {
    const programme = aProgramme('keten')
      .lasting('20w..30w')
      .withSelfStudy('lezen', { window: '2w' })
      .withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w', after: ['lezen', '0d..2w'] })
      .withSelfStudy('opdracht', { window: '2w', after: ['dag', '1w..3w'] });
    const other = aProgramme('ander').withGroupPhase('middag', { slot: 'wed 13:00-17:00', sessions: 4, every: '1w..3w' });
    const input = planInput(
      [
        aCohort('a')
          .of(programme)
          .starting('2027-02-01')
          .facilitatedBy('f1')
          .register('r1', { unavailable: ['2027-03-03', '2027-03-24'] })
          .register('r2', { unavailable: ['2027-03-10..2027-03-17'] })
          .register('r3'),
        aCohort('b').of(other).starting('2027-02-15').facilitatedBy('f1').registerMany(3),
      ],
      [aPerson('f1', { unavailable: ['2027-04-07'] })],
    );
    const { env, bookings } = planned(input);
    for (const c of env.cohorts)
      for (const p of c.phases) {
        if (!dpReady(p)) continue;
        unbookPhase(bookings, p);
        const dp = bestPhase(env, bookings, c, p);
        const brute = bruteForce(env, bookings, c, p);
        bookPhase(bookings, p);
        expect(dp).toBeDefined();
        expect(dp!.cost).toBeCloseTo(brute, 9);
        // its answer is legal and costs what it says
        const before = p.items.map((i) => i.day);
        setGroupDays(p, dp!.days);
        expect(phaseChangeOk(c, p)).toBe(true);
        expect(affectedCost(c, p)).toBeCloseTo(dp!.cost, 9);
        setGroupDays(p, before);
      }
  });

  it('keeps a fixed session where it is and plans the others around it', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 4, every: '3w..5w' });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2).fix('dag#2', '2027-09-22')]);
    const plan = planCohorts(input);
    expect(checkHardRules(input, plan)).toEqual([]);
    expect(plan.sessions.find((s) => s.session === 'dag#2')).toMatchObject({ start: '2027-09-22T10:00', fixed: true });
  });
});

describe('shifting a tail of the plan', () => {
  it('moves a session, the sessions after it and the phases after them by a week, or refuses', () => {
    const programme = aProgramme('keten')
      .withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w' })
      .withSelfStudy('opdracht', { window: '2w', after: ['dag', '0d..2w'] })
      .withIndividualPhase('gesprek', { window: '3w', after: ['opdracht', '0d..2w'] });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(3)]);
    const { env, bookings } = planned(input);
    const c = env.cohorts[0]!;
    const dag = c.phases[0]!;
    const before = c.phases.flatMap((p) => p.items.map((i) => iso(i.day)));
    const moved = shiftPhases(env, bookings, c, dag, 1, 7);
    expect(moved).toBeDefined();
    const after = c.phases.flatMap((p) => p.items.map((i) => iso(i.day)));
    expect(after[0]).toBe(before[0]);
    for (let k = 1; k < before.length; k++) expect(after[k]).not.toBe(before[k]);
    for (const p of c.phases) expect(phaseChangeOk(c, p)).toBe(true);
    moved!.undo();
    expect(c.phases.flatMap((p) => p.items.map((i) => iso(i.day)))).toEqual(before);
    // a week earlier than the cohort's start is refused and changes nothing
    expect(shiftPhases(env, bookings, c, dag, 0, -7 * 8)).toBeUndefined();
    expect(c.phases.flatMap((p) => p.items.map((i) => iso(i.day)))).toEqual(before);
  });
});

describe('bookings', () => {
  it('removing an appointment that is not booked leaves the day count alone', () => {
    const programme = aProgramme('p').withIndividualPhase('intake', { window: '2w' });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-06').facilitatedBy('f1').registerMany(2)]);
    const { env, bookings } = planned(input);
    const item = env.cohorts[0]!.phases[0]!.items[0]!;
    const count = bookings.appointments('f1', item.day);
    bookings.remove(item);
    bookings.remove(item);
    expect(bookings.appointments('f1', item.day)).toBe(count - 1);
    bookings.add(item);
    expect(bookings.appointments('f1', item.day)).toBe(count);
  });
});
