/**
 * The planner: a pure function from programmes, cohorts, people and calendar facts to a Plan
 * (src/model/plan.ts). Same input ⇒ the same plan, whatever the order of the cohorts in the input.
 *
 * 1. domains: candidate dates per decision with the reason for each refused date (domains.ts);
 * 2. construction: fixed sessions first, then cohorts most-constrained first, depth-first with
 *    propagated domains (construct.ts);
 * 3. local search: Late Acceptance over change moves with a fixed step budget and a PRNG seeded from
 *    the cohort ids (search.ts);
 * 4. output and score analysis (output.ts, score.ts).
 */
import type { Infeasibility, Plan } from '../model/plan.js';
import { buildEnv } from './context.js';
import { construct } from './construct.js';
import type { PlanInput } from './input.js';
import { compareSessions } from '../model/plan.js';
import { toSession } from './output.js';
import { analyse } from './score.js';
import { improve } from './search.js';
import { legsBefore } from './travel.js';

export type { HolidayFact, PlanInput, SchoolHolidayFact } from './input.js';
export { checkHardRules } from './check.js';
export type { HardRuleViolation } from './check.js';
export { DEFAULT_EVERY, DEFAULT_MAX_PER_DAY, COACHING_START_WINDOW, HARD_RULES } from './context.js';
export { WEIGHT } from './cost.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function planCohorts(input: PlanInput): Plan {
  const env = buildEnv(input);
  const built = construct(env);
  const planned = env.cohorts.filter((c) => !built.failed.has(c));
  improve(env, planned, built.bookings);
  const legs = legsBefore(env, built.bookings);
  const sessions = planned.flatMap((c) => c.phases.flatMap((p) => p.items.map((i) => toSession(i, legs.get(i)))));
  const all = sessions.sort(compareSessions);
  const infeasible: Infeasibility[] = [...built.infeasible].sort(
    (a, b) => cmp(a.cohort, b.cohort) || cmp(a.session, b.session) || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
  return { sessions: all, score: analyse(env, planned, infeasible, built.bookings), infeasible };
}
