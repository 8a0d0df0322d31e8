/**
 * Who coaches whom: an input to the planner, never its decision. `cohort plan` plans with the
 * pinned pairs (`matches`, written by `cohort match --pin`) and, for a coachee without one, with the
 * optimal match `cohort match` would propose (src/coaching/match.ts; plan says so in a notice).
 */
import type { Person } from '../model/types.js';
import { isCoaching, matchCohort, type CoachingCohort } from './match.js';

/** Cohort id → registration id → coach id. A coachee missing from the map has no coach with room. */
export type CoachAssignment = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Who coaches whom for the planner (plan uses this, never a round-robin): cohort id → coachee id →
 * coach id. Cohorts in id order; each keeps its pinned pairs and gets the optimal match for the
 * rest, with the coaches' capacity taken by the pairs of the cohorts before it (and the pinned pairs
 * of those after it) while their tracks overlap. A coachee missing from the map has no coach.
 */
export function assignCoaches(cohorts: readonly CoachingCohort[], people: ReadonlyMap<string, Person>): CoachAssignment {
  const out = new Map<string, Map<string, string>>();
  const done = new Map<string, CoachingCohort>();
  const sorted = [...cohorts].filter((c) => isCoaching(c.programme)).sort((a, b) => (a.cohort.id < b.cohort.id ? -1 : a.cohort.id > b.cohort.id ? 1 : 0));
  for (const c of sorted) {
    const others = sorted.filter((o) => o !== c).map((o) => done.get(o.cohort.id) ?? o);
    const r = matchCohort(c, others, people, { alternatives: 0 });
    const map = new Map(r.pairs.map((p) => [p.coachee.id, p.coach]));
    out.set(c.cohort.id, map);
    done.set(c.cohort.id, { ...c, cohort: { ...c.cohort, matches: [...map].map(([coachee, coach]) => ({ coachee, coach })) } });
  }
  return out;
}
