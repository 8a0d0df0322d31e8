import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import { buildEnv } from '../../src/plan/context.js';
import { construct } from '../../src/plan/construct.js';
import { cohortCost, meanOffset, WEIGHT } from '../../src/plan/cost.js';
import { plus } from '../../src/plan/days.js';
import { bestChain, bestPhase, bookPhase, setChain, unbookPhase } from '../../src/plan/moves.js';
import { phaseChangeOk } from '../../src/plan/phases.js';
import { keysOf } from '../../src/plan/resources.js';
import { deadlineDay, groupDay } from '../../src/plan/static.js';
import type { SelfStudyPhase } from '../../src/model/types.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

const pbm = aProgramme('pbm')
  .lasting('14w')
  .withGroupPhase('col', { slot: 'fri 09:30-16:30', sessions: 4, every: '2w..3w' })
  .withSelfStudy('eind', { window: '2w', after: ['col', '0d..1w'] });
const basis = aProgramme('basis')
  .lasting('6w')
  .withSelfStudy('hb', { window: '2w' })
  .withGroupPhase('bij', { slot: 'fri 09:30-16:30', sessions: 2, every: '2w..3w', after: ['hb', '0d..1w'] });

/**
 * Three cohorts on Fridays sharing f1 (a small cut of the national year's wv-pbm-035 case). Construction
 * and its reorder and blocker repairs used to report c0/col#2 infeasible: c0 fits only once both
 * Basisopleiding cohorts move at the same time.
 */
function contended(reverse = false): PlanInput {
  const cohorts = [
    aCohort('c0').of(pbm).starting('2027-03-16').facilitatedBy('f1', 'f2').at('Zaal B').registerMany(2),
    aCohort('c1').of(basis).starting('2027-03-22').facilitatedBy('f1', 'f2').at('Zaal B').registerMany(2),
    aCohort('c2').of(basis).starting('2027-03-10').facilitatedBy('f1').at('Zaal A').registerMany(2),
  ];
  return planInput(reverse ? cohorts.reverse() : cohorts, [aPerson('f1', { unavailable: ['2027-03-26'] }), aPerson('f2')]);
}

describe('repair of a cohort that construction gave up on', () => {
  it('plans every cohort when the blockers have to move together (min-conflicts with breakout)', () => {
    const input = contended();
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
    expect(new Set(plan.sessions.map((s) => s.cohort))).toEqual(new Set(['c0', 'c1', 'c2']));
    // deterministic, whatever the order of the input
    expect(JSON.stringify(planCohorts(contended(true)))).toBe(JSON.stringify(plan));
  });
});

describe('best response of a self-study phase with the group phase after it', () => {
  /** A Basisopleiding cohort next to a cohort that holds f1 on some Fridays (fixed). */
  function chainInput(): PlanInput {
    const busy = aProgramme('busy').withGroupPhase('dag', { slot: 'fri 09:30-16:30', sessions: 3, every: '1w..8w' });
    return planInput(
      [
        aCohort('b').of(basis).starting('2027-03-01').facilitatedBy('f1').at('Zaal A').registerMany(2),
        aCohort('x')
          .of(busy)
          .starting('2027-03-01')
          .facilitatedBy('f1')
          .at('Zaal X')
          .registerMany(1)
          .fix('dag#1', '2027-03-26')
          .fix('dag#2', '2027-04-16')
          .fix('dag#3', '2027-04-23'),
      ],
      [aPerson('f1')],
    );
  }

  it('equals the cheapest of every legal deadline and series (brute force), and is never worse than the phase alone', () => {
    const env = buildEnv(chainInput());
    const built = construct(env);
    expect(built.infeasible).toEqual([]);
    const c = env.cohorts.find((x) => x.cohort.id === 'b')!;
    const [q, p] = c.phases as [(typeof c.phases)[0], (typeof c.phases)[0]];
    const bookings = built.bookings;
    unbookPhase(bookings, p);
    const alone = bestPhase(env, bookings, c, p)!;
    const chain = bestChain(env, bookings, c, p)!;
    expect(chain).toBeDefined();
    // the chain may keep q where it is: never worse than p's own best response plus q's cost as it stands
    expect(chain.cost).toBeLessThanOrEqual(alone.cost + meanOffset(c, q) * WEIGHT.compactness + 1e-9);

    // brute force over q's opening and p's two days
    const window = (q.phase as SelfStudyPhase).window;
    const item = p.items[0]!;
    const free: number[] = [];
    for (let d = c.h0; d <= c.h1; d++) {
      if (!groupDay(env, c, p, d, { fixed: false })) continue;
      if (keysOf(item).some((k) => bookings.clash(k, d * 1440 + item.startMin, d * 1440 + item.endMin))) continue;
      free.push(d);
    }
    const saved = { open: q.open!, days: p.items.map((i) => i.day) };
    let best = Infinity;
    for (let o = c.start; o <= c.h1; o++) {
      if (!deadlineDay(env, c, q, plus(o, window))) continue;
      for (const a of free)
        for (const b of free) {
          if (b <= a) continue;
          setChain(c, p, o, [a, b]);
          if (phaseChangeOk(c, p) && phaseChangeOk(c, q)) best = Math.min(best, cohortCost(c));
        }
    }
    expect(chain.cost).toBeCloseTo(best, 9);
    setChain(c, p, chain.open, chain.days);
    expect(phaseChangeOk(c, p) && phaseChangeOk(c, q)).toBe(true);
    expect(cohortCost(c)).toBeCloseTo(chain.cost, 9);
    setChain(c, p, saved.open, saved.days);
    bookPhase(bookings, p);
  });
});
