/**
 * Independent parts of a plan for the local search (search.ts). Two cohorts interact only through the
 * people and venues their sessions book: a clash, a travel conflict and the driving (travel.ts) are all
 * per person (or venue) and day, and every other cost is the cohort's own (cost.ts). So cohorts that
 * share no person and no venue, not even through a chain of other cohorts, cannot change each other's
 * cost or hard rules, and each connected component of the "books the same person or venue" graph can
 * be searched on its own: its own acceptance history, its own random numbers, its own stopping point.
 */
import type { CohortCtx } from './context.js';
import { keysOf, personKey } from './resources.js';

/** A cohort's people (facilitators, coaches and the guests its group phases book) and venue, as resource keys. */
export function cohortKeys(c: CohortCtx): Set<string> {
  const keys = new Set([...c.facilitators, ...c.coaches.values(), ...c.phases.flatMap((p) => p.guests)].map(personKey));
  if (c.venueKey) keys.add(`v:${c.venueKey}`);
  return keys;
}

/**
 * Every person and venue a cohort's sessions book or may come to book in the search: its cohortKeys
 * (every facilitator: an appointment of a `facilitators: one` phase can go to any), and the keys of
 * every item (fixed ones too: they stay booked, and travel around them depends on who else comes).
 */
export function resourcesOf(c: CohortCtx): Set<string> {
  const keys = cohortKeys(c);
  for (const p of c.phases) {
    for (const f of p.people) keys.add(personKey(f));
    for (const i of p.items) for (const k of keysOf(i)) keys.add(k);
  }
  return keys;
}

/**
 * The cohorts split into connected components of shared resources (union-find). Each component lists
 * its cohorts in the order given, and the components come in the order of their first cohort: with the
 * cohorts in id order (construct.ts), the same input gives the same components in the same order,
 * whatever the order of the input files.
 */
export function componentsOf(cohorts: readonly CohortCtx[]): CohortCtx[][] {
  const parent = cohorts.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const owner = new Map<string, number>();
  cohorts.forEach((c, ci) => {
    for (const k of resourcesOf(c)) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, ci);
      else {
        const [a, b] = [find(o), find(ci)];
        // the smaller index stays the root: a component is named by its first cohort
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const byRoot = new Map<number, CohortCtx[]>();
  const out: CohortCtx[][] = [];
  cohorts.forEach((c, ci) => {
    const r = find(ci);
    let list = byRoot.get(r);
    if (!list) {
      byRoot.set(r, (list = []));
      out.push(list);
    }
    list.push(c);
  });
  return out;
}
