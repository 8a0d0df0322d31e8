/**
 * Planner properties over random cohorts that have a plan by construction (feasible.ts): the planner
 * must find it for nearly all of them, and every plan it returns must keep every hard rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import { runs } from '../support/runs.js';
import { toPlanInput, worldArb } from './feasible.js';
import { travelProblems } from './travel-oracle.js';

/** A violation is acceptable only for a cohort the plan itself reports as infeasible. */
function unexplained(plan: Plan, input: PlanInput): string[] {
  const infeasible = new Set(plan.infeasible.map((f) => f.cohort));
  return checkHardRules(input, plan)
    .filter((v) => !infeasible.has(v.cohort) && !v.sessions.some((s) => infeasible.has(s.split('/')[0]!)))
    .map((v) => `${v.cohort} ${v.rule}: ${v.message}`);
}

describe('planner properties', () => {
  it('run the real planner, not the memo of test/support/plan-once.ts', () => {
    expect(Object.getOwnPropertySymbols(planCohorts)).toEqual([]);
  });

  it('plans at least 90 % of plannable inputs completely, and every plan keeps every hard rule', () => {
    let cases = 0;
    let planned = 0;
    fc.assert(
      fc.property(worldArb, (world) => {
        const input = toPlanInput(world);
        const plan = planCohorts(input);
        cases++;
        // the travel estimate recomputed on its own: nobody's consecutive sessions are closer than the drive, every itinerary within hours
        expect(travelProblems(input, plan)).toEqual([]);
        if (plan.infeasible.length === 0) {
          planned++;
          // checkHardRules also reports any session the programme asks for that the plan lacks
          expect(checkHardRules(input, plan).map((v) => `${v.cohort} ${v.rule}: ${v.message}`)).toEqual([]);
        } else {
          expect(unexplained(plan, input)).toEqual([]);
          for (const f of plan.infeasible) expect(f.rule).toMatch(/^[a-z-]+$/);
        }
      }),
      { numRuns: runs(32), seed: 20270513 },
    );
    // A planner that gave up on everything would check no hard rule at all.
    expect(planned / cases).toBeGreaterThanOrEqual(0.9);
    // A bound against a hang, not a speed target: about 5 s of CPU, far longer on a machine others share.
  }, 300_000);

  it('the same input gives the same plan, in any order of the cohorts', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const input = toPlanInput(world);
        const a = planCohorts(input);
        const b = planCohorts(input);
        const reversed = planCohorts({ ...input, cohorts: [...input.cohorts].reverse() });
        expect(a.sessions.length).toBeGreaterThan(0);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(JSON.stringify(reversed)).toBe(JSON.stringify(a));
      }),
      { numRuns: runs(6), seed: 42 },
    );
  }, 300_000);
});
