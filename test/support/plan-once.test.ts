import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import type { PlanInput } from '../../src/plan/index.js';
import { inputKey, PLAN_ONCE, planOnce } from './plan-once.js';

/** A stand-in planner that counts its searches; its plan names the input's first cohort. */
function counting() {
  const searched: string[] = [];
  const planCohorts = (input: PlanInput): Plan => {
    const id = (input.cohorts[0] as { id: string } | undefined)?.id ?? '';
    searched.push(id);
    return { sessions: [], infeasible: [{ cohort: id }] } as unknown as Plan;
  };
  return { searched, planCohorts };
}
const input = (id: string, extra: Record<string, unknown> = {}) => ({ cohorts: [{ id }], ...extra }) as unknown as PlanInput;

describe('planOnce', () => {
  it('searches each distinct input once, also across two mocks of the module (two files of one worker)', () => {
    const real = counting();
    const first = planOnce(real).planCohorts;
    const second = planOnce(real).planCohorts;
    expect(first(input('once-a'))).toEqual(second(input('once-a')));
    second(input('once-b'));
    first(input('once-b'));
    expect(real.searched).toEqual(['once-a', 'once-b']);
    expect(Object.getOwnPropertySymbols(first)).toEqual([PLAN_ONCE]);
  });

  it('gives every caller its own copy: a change to one plan is not in the next', () => {
    const { planCohorts } = planOnce(counting());
    const a = planCohorts(input('copy'));
    a.infeasible.length = 0;
    expect(planCohorts(input('copy')).infeasible).toHaveLength(1);
  });

  it('tells inputs apart by Map and Set entries, undefined, NaN and Infinity', () => {
    const keys = [
      input('k'),
      input('k', { m: new Map([['a', 1]]) }),
      input('k', { m: new Map([['a', 2]]) }),
      input('k', { s: new Set(['a']) }),
      input('k', { u: undefined }),
      input('k', { n: Number.NaN }),
      input('k', { n: Number.POSITIVE_INFINITY }),
      input('k', { n: null }),
    ].map(inputKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
