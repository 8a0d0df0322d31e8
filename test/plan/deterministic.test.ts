import { describe, expect, it } from 'vitest';
import { planCohorts } from '../../src/plan/index.js';
import { aCohort, aProgramme, planInput } from './builders.js';
import { PEOPLE, loopbaanPlusCohort } from './programmes.js';

// Sequences against the pinned plan are src/plan/pinned.ts (test/edit/pin.test.ts); the planner itself is deterministic.
describe('the same input', () => {
  it('is planned by the real planner here, not the memo of test/support/plan-once.ts', () => {
    expect(Object.getOwnPropertySymbols(planCohorts)).toEqual([]);
  });

  const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w' });

  it('is identical when computed twice and when the cohorts come in another order', () => {
    const input = planInput(
      [
        loopbaanPlusCohort('lp-a'),
        loopbaanPlusCohort('lp-b'),
        aCohort('dag').of(programme).starting('2027-02-03').facilitatedBy('marleen-vos').registerMany(5),
      ],
      PEOPLE,
    );
    const a = planCohorts(input);
    expect(a.infeasible).toEqual([]);
    expect(planCohorts(input)).toEqual(a);
    expect(JSON.stringify(planCohorts({ ...input, cohorts: [...input.cohorts].reverse() }))).toBe(JSON.stringify(a));
  });
});
