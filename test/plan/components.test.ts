import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../src/plan/context.js';
import { componentsOf } from '../../src/plan/components.js';
import { construct } from '../../src/plan/construct.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aProgramme, planInput } from './builders.js';

const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w' });
const guested = aProgramme('g').withGroupPhase('dag', { name: 'Dag', slot: 'thu 10:00-16:00', sessions: 3, every: '2w..4w', guests: ['spreker'] });

/** a–b share a venue, a–c a facilitator; d and e share only a guest; f is on its own. */
function cohorts() {
  return [
    aCohort('f').of(programme).starting('2027-02-03').facilitatedBy('fenna').at('Zaal F').registerMany(4),
    aCohort('c').of(programme).starting('2027-02-03').facilitatedBy('anna').at('Zaal C').registerMany(4),
    aCohort('a').of(programme).starting('2027-02-03').facilitatedBy('anna').at('Zaal A').registerMany(4),
    aCohort('b').of(programme).starting('2027-02-03').facilitatedBy('bram').at('Zaal A').registerMany(4),
    aCohort('d').of(guested).starting('2027-02-04').facilitatedBy('dirk').at('Zaal D').withGuest('spreker', 'sanne').registerMany(4),
    aCohort('e').of(guested).starting('2027-02-04').facilitatedBy('eva').at('Zaal E').withGuest('spreker', 'sanne').registerMany(4),
  ];
}

describe('independent components of the local search', () => {
  it('join cohorts that share a facilitator, a venue or a guest, even through another cohort, in id order', () => {
    const env = buildEnv(planInput(cohorts()));
    const built = construct(env);
    const planned = env.cohorts.filter((c) => !built.failed.has(c));
    expect(planned.map((c) => c.cohort.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(componentsOf(planned).map((xs) => xs.map((c) => c.cohort.id))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    // whatever the order the cohorts were given in
    const again = buildEnv(planInput([...cohorts()].reverse()));
    construct(again);
    expect(componentsOf(again.cohorts).map((xs) => xs.map((c) => c.cohort.id))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
  });

  it('plans them all, keeping every hard rule, the same in any order of the input', () => {
    const input = planInput(cohorts());
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
    expect(JSON.stringify(planCohorts({ ...input, cohorts: [...input.cohorts].reverse() }))).toBe(JSON.stringify(plan));
  });
});
