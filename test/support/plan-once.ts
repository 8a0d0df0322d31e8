/**
 * Test-only: the planner search run once per distinct input in a test worker. Files that run the
 * same command on the same shipped cohort many times (one run per format, language, option and
 * command) mock src/plan/index.js with this, so each distinct PlanInput is searched once and every
 * later run gets a deep copy of that plan. The memo is shared by the files of one worker (the suite
 * runs with `isolate: false`), so `plan`, `roster`, `report` and `capacity` files that plan the same
 * shipped cohort as of the same day search it once between them. Everything around the search still
 * runs for real on every call: reading the files, validation, seats, coaches, the calendar facts,
 * the pinned plan, the independent hard-rule check, the render and the writes. It is transparent
 * because the planner is deterministic (test/plan/deterministic.test.ts and
 * test/plan/property.test.ts check that the same input gives the same plan, in any order of the
 * cohorts, and those files use the real planner).
 *
 *   vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
 */
import type { Plan } from '../../src/model/plan.js';
import type { PlanInput } from '../../src/plan/index.js';

/** A key that tells PlanInputs apart: Maps and Sets by their entries in order, undefined, NaN and Infinity kept. */
export function inputKey(input: PlanInput): string {
  return JSON.stringify(input, (_k, v: unknown) => {
    if (v instanceof Map) return { '<Map>': [...v] };
    if (v instanceof Set) return { '<Set>': [...v] };
    if (v === undefined) return '<undefined>';
    if (typeof v === 'number' && !Number.isFinite(v)) return `<${v}>`;
    return v;
  });
}

/** The mark of the memoised planCohorts. */
export const PLAN_ONCE = Symbol.for('cohort.test.planOnce');

/** Every plan searched in this worker, by inputKey; each a copy the callers never see. */
const plans = new Map<string, Plan>();

export function planOnce<M extends { planCohorts: (input: PlanInput) => Plan }>(module: M): M {
  const planCohorts = (input: PlanInput): Plan => {
    const key = inputKey(input);
    let plan = plans.get(key);
    if (!plan) {
      // Kept as a copy: neither the first caller's changes to its plan nor to its input reach a later one.
      plan = structuredClone(module.planCohorts(input));
      plans.set(key, plan);
    }
    return structuredClone(plan);
  };
  // Marked, so the files that test the planner itself can assert they have the real one (also when files share a worker).
  return { ...module, planCohorts: Object.assign(planCohorts, { [PLAN_ONCE]: true }) };
}
