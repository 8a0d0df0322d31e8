import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/date.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, planInput } from './builders.js';
import { droom, loopbaanPlus } from './programmes.js';

describe('joint repair (construct.ts), for a cohort the other repairs leave out', () => {
  it('six cohorts over four facilitators: the joint dating places every one', () => {
    // found by a random search over small springs of LoopbaanPlus and residential cohorts: the earlier
    // repairs (blockers planned again, moved, settled, ruin and recreate, a second round) leave one out
    const spec: [programme: 'lp' | 'droom', offset: number, a: string, b: string, venue: number, size: number][] = [
      ['droom', 44, 'f2', 'f1', 1, 9],
      ['lp', 31, 'f3', 'f2', 1, 6],
      ['lp', 34, 'f0', 'f2', 1, 8],
      ['droom', 43, 'f0', 'f2', 1, 7],
      ['droom', 4, 'f2', 'f1', 0, 8],
      ['lp', 5, 'f2', 'f1', 1, 9],
    ];
    const cohorts = spec.map(([kind, offset, a, b, venue, size], i) => {
      const c = aCohort(`c${i}`)
        .of(kind === 'droom' ? droom : loopbaanPlus())
        .starting(addDays('2027-01-04', offset))
        .at(`Venue ${venue}`)
        .facilitatedBy(a, b);
      for (let r = 1; r <= size; r++) c.register(`r${r}`);
      return c;
    });
    const input = planInput(cohorts, ['f0', 'f1', 'f2', 'f3'].map((id) => aPerson(id, { maxPerDay: 2 })));
    const plan = planCohorts(input);
    const left = [...new Set(plan.infeasible.map((f) => f.cohort))];
    expect(left).toEqual([]);
    expect(checkHardRules(input, plan).filter((v) => !left.includes(v.cohort))).toEqual([]);
  });
});
