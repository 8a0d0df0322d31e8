import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../src/plan/context.js';
import { buildVars, propagate } from '../../src/plan/domains.js';
import type { Var } from '../../src/plan/domains.js';
import { iso } from '../../src/plan/days.js';
import { jointDating, jointlyDatable } from '../../src/plan/proof.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

// Two Wednesdays exactly two weeks apart, between 1 and 22 September 2027: only (1, 15) or (8, 22).
const twoWeeks = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 2, every: '2w..2w' });
const cohort = (id: string, ...people: string[]) => aCohort(id).of(twoWeeks).starting('2027-09-01').ending('2027-09-22').facilitatedBy(...people).registerMany(2);

function varsOf(...cohorts: ReturnType<typeof cohort>[]) {
  const env = buildEnv(planInput(cohorts, ['anna', 'bert', 'carla'].map((id) => aPerson(id))));
  const ids = { n: 0 };
  const vars = env.cohorts.flatMap((c) => {
    const vs = buildVars(env, c, ids);
    propagate(vs);
    return vs;
  });
  return { env, vars };
}
const days = (dating: Map<Var, number>, id: string) => [...dating].filter(([v]) => v.c.cohort.id === id).map(([, d]) => iso(d));

describe('jointDating (proof.ts), the witness of the joint proofs\' model', () => {
  it('dates two cohorts that share Anna on the two date pairs, and finds none exactly where jointlyDatable finds none', () => {
    const { env, vars } = varsOf(cohort('a', 'anna'), cohort('b', 'anna', 'bert'), cohort('c', 'anna'));
    const [a, b, c] = env.cohorts;
    const dating = jointDating(vars, [a!, b!]);
    expect(dating).toBeInstanceOf(Map);
    const got = [days(dating as Map<Var, number>, 'a'), days(dating as Map<Var, number>, 'b')].map((x) => x.join(' ')).sort();
    expect(got).toEqual(['2027-09-01 2027-09-15', '2027-09-08 2027-09-22']);
    expect(jointlyDatable(vars, [a!, b!])).toBe(true);
    // three series of Anna's where two date pairs exist: no dating, and no proof claimed otherwise
    expect(jointDating(vars, [a!, b!, c!])).toBe(false);
    expect(jointlyDatable(vars, [a!, b!, c!])).toBe(false);
  });

  it('with a rank, takes the cheapest dating within the limit, and none when the limit leaves none', () => {
    const { env, vars } = varsOf(cohort('a', 'anna'), cohort('b', 'anna'));
    const [a, b] = env.cohorts;
    // a's first of September costs 1 (as if another cohort held Anna then)
    const rank = (v: Var, d: number): number => (v.c === a && iso(d) === '2027-09-01' ? 1 : 0);
    const free = jointDating(vars, [a!, b!], undefined, rank, 0) as Map<Var, number>;
    expect(days(free, 'a')).toEqual(['2027-09-08', '2027-09-22']);
    expect(days(free, 'b')).toEqual(['2027-09-01', '2027-09-15']);
    // when both of a's first days cost 1, a limit of 0 leaves no dating; a limit of 1 does
    const dear = (v: Var, d: number): number => (v.c === a && (iso(d) === '2027-09-01' || iso(d) === '2027-09-08') ? 1 : 0);
    expect(jointDating(vars, [a!, b!], undefined, dear, 0)).toBe(false);
    expect(jointDating(vars, [a!, b!], undefined, dear, 1)).toBeInstanceOf(Map);
  });
});
