/**
 * Proofs that no plan places a set of cohorts together (issue 12, scale), for a cohort the planner
 * left out: an exhaustive search over the dates of the group sessions of the cohort and of cohorts
 * that share a facilitator or its venue with it.
 *
 * The model is a relaxation of the planner's hard rules, so "no dates" there means no plan at all:
 * each group session on a day of its domain after arc consistency over its own cohort (domains.ts;
 * those remove only days that no plan of that cohort can use, whatever else is planned), consecutive
 * sessions within their gap (`every`, and `after` between group phases), and no two sessions that
 * share a person or the venue at overlapping times (a double booking). Everything else (appointments,
 * travel, self-study deadlines, gaps through other phases, fixed sessions) is left out: leaving rules
 * out only leaves more plans. The search is complete within a node budget; when the budget runs out
 * nothing is claimed.
 */
import type { GroupPhase } from '../model/types.js';
import type { CohortCtx } from './context.js';
import type { Var } from './domains.js';
import { edgeWindow } from './domains.js';
import { groupTimes } from './static.js';
import { DAY_MINUTES } from './days.js';
import { personKey } from './resources.js';

function atVenue(v: Var): boolean {
  return v.p.phase.mode === 'group' && v.p.phase.location === 'venue' && v.c.venueKey !== undefined;
}

/** Nodes the exhaustive search may visit per set of cohorts; past it, no claim is made. */
export const JOINT_BUDGET = 20_000;

interface JointVar {
  v: Var;
  /** Candidate start days, ascending, with each one's [start, end) in absolute minutes. */
  days: number[];
  from: number[];
  to: number[];
  /** Index of the parent var in the same search (an `every` or `after` edge), or -1. */
  parent: number;
  keys: string[];
}

/**
 * Whether the group sessions of `cohorts` can be dated together at all, by an exhaustive search: each
 * session on a day of its propagated domain, consecutive sessions within their gap (`every`, `after`
 * between group phases), and no two sessions that share a person or the venue at overlapping times.
 * Every other rule (appointments, travel, self-study phases, other phases' gaps) is left out, which
 * only leaves more plans, so `false` proves that no plan places all of these cohorts.
 * `undefined` when the search ran out of its node budget (no claim either way).
 */
export function jointlyDatable(vars: readonly Var[], cohorts: readonly CohortCtx[], budget = JOINT_BUDGET): boolean | undefined {
  const set = new Set(cohorts);
  const chosen = vars.filter((v) => set.has(v.c) && v.p.phase.mode === 'group' && v.fixedDay === undefined);
  const index = new Map(chosen.map((v, x) => [v, x]));
  const js: JointVar[] = chosen.map((v) => {
    const { start, end } = groupTimes(v.p.phase as GroupPhase);
    const days: number[] = [];
    for (let x = 0; x < v.dom.length; x++) if (v.dom[x] === 1) days.push(v.c.h0 + x);
    const keys = v.c.facilitators.map(personKey);
    if (atVenue(v)) keys.push(`v:${v.c.venueKey!}`);
    return { v, days, from: days.map((d) => d * DAY_MINUTES + start), to: days.map((d) => d * DAY_MINUTES + end), parent: v.parent ? (index.get(v.parent) ?? -1) : -1, keys };
  });
  const n = js.length;
  if (n === 0) return true;
  if (js.some((j) => j.days.length === 0)) return false;
  // per var, the others it can conflict with (a shared person or venue) and its children in the search
  const shares = js.map((a) => js.map((b) => a !== b && a.keys.some((k) => b.keys.includes(k))));
  const near = js.map((_, x) => js.map((_, y) => y).filter((y) => shares[x]![y] || js[y]!.parent === x));
  const value = new Int32Array(n).fill(-1);
  let nodes = 0;
  const ok = (x: number, k: number): boolean => {
    const j = js[x]!;
    const d = j.days[k]!;
    if (j.parent >= 0 && value[j.parent]! >= 0) {
      const [lo, hi] = edgeWindow(j.v, js[j.parent]!.days[value[j.parent]!]!);
      if (d < lo || d > hi) return false;
    }
    for (const y of near[x]!) {
      const w = value[y]!;
      if (w < 0) continue;
      const o = js[y]!;
      // a child already dated constrains this var as its parent
      if (o.parent === x) {
        const [lo, hi] = edgeWindow(o.v, d);
        if (o.days[w]! < lo || o.days[w]! > hi) return false;
      }
      if (shares[x]![y] && j.from[k]! < o.to[w]! && o.from[w]! < j.to[k]!) return false;
    }
    return true;
  };
  const search = (depth: number): boolean | undefined => {
    if (depth === n) return true;
    if (++nodes > budget) return undefined;
    // the undated var with the fewest values left (first in order among equals)
    let pick = -1;
    let fewest = Infinity;
    for (let x = 0; x < n; x++) {
      if (value[x]! >= 0) continue;
      let count = 0;
      for (let k = 0; k < js[x]!.days.length && count < fewest; k++) if (ok(x, k)) count++;
      if (count < fewest) {
        fewest = count;
        pick = x;
        if (count === 0) return false;
      }
    }
    for (let k = 0; k < js[pick]!.days.length; k++) {
      if (!ok(pick, k)) continue;
      value[pick] = k;
      const r = search(depth + 1);
      value[pick] = -1;
      if (r !== false) return r;
    }
    return false;
  };
  return search(0);
}

/** What a proof shows: these cohorts cannot all be placed; what they share pair by pair. */
export interface JointProof {
  cohorts: CohortCtx[];
  /** `p:<person>` and `v:<venue>` keys that cohorts of the set share, sorted. */
  shared: string[];
}

/** Node budgets: a pair, the whole neighbourhood, and each step that makes a proven set smaller. */
const PAIR_BUDGET = 2_000;
const SET_BUDGET = 20_000;
const SHRINK_BUDGET = 5_000;
/** At most this many neighbours join the failed cohort in one search. */
const MAX_NEAR = 12;

function groupKeys(c: CohortCtx): Set<string> {
  const keys = new Set(c.facilitators.map(personKey));
  if (c.venueKey !== undefined && c.phases.some((p) => p.phase.mode === 'group' && p.phase.location === 'venue')) keys.add(`v:${c.venueKey}`);
  return keys;
}

/**
 * For each left-out cohort, a set of cohorts (itself included) that no plan places together, when the
 * search proves one: first the cohort with one other cohort that shares a person or its venue in its
 * window, then with all of those (at most MAX_NEAR, nearest in id order first), made smaller by
 * dropping every cohort the proof does not need. Deterministic (fixed orders, node budgets).
 */
export function proveLeftOut(vars: readonly Var[], failed: readonly CohortCtx[], all: readonly CohortCtx[]): Map<CohortCtx, JointProof> {
  const out = new Map<CohortCtx, JointProof>();
  const keysOf = new Map(all.map((c) => [c, groupKeys(c)]));
  const proof = (set: CohortCtx[]): JointProof => {
    const shared = new Set<string>();
    for (const a of set) for (const b of set) if (a.idx < b.idx) for (const k of keysOf.get(a)!) if (keysOf.get(b)!.has(k)) shared.add(k);
    return { cohorts: [...set].sort((a, b) => a.idx - b.idx), shared: [...shared].sort() };
  };
  for (const x of failed) {
    const mine = keysOf.get(x)!;
    const near = all.filter((o) => o !== x && o.h1 >= x.h0 && o.h0 <= x.h1 && [...keysOf.get(o)!].some((k) => mine.has(k)));
    const pair = near.find((o) => jointlyDatable(vars, [x, o], PAIR_BUDGET) === false);
    if (pair) {
      out.set(x, proof([x, pair]));
      continue;
    }
    // three that share pair by pair (the smallest sets after pairs)
    const linked = (a: CohortCtx, b: CohortCtx): boolean => [...keysOf.get(a)!].some((k) => keysOf.get(b)!.has(k));
    let triangle: CohortCtx[] | undefined;
    for (let i = 0; i < near.length && !triangle; i++)
      for (let j = i + 1; j < near.length && !triangle; j++)
        if (linked(near[i]!, near[j]!) && jointlyDatable(vars, [x, near[i]!, near[j]!], PAIR_BUDGET) === false) triangle = [x, near[i]!, near[j]!];
    if (triangle) {
      out.set(x, proof(triangle));
      continue;
    }
    let set = [x, ...near.slice(0, MAX_NEAR)];
    if (set.length < 3 || jointlyDatable(vars, set, SET_BUDGET) !== false) continue;
    for (const o of [...set].reverse()) {
      if (o === x) continue;
      const smaller = set.filter((y) => y !== o);
      if (jointlyDatable(vars, smaller, SHRINK_BUDGET) === false) set = smaller;
    }
    out.set(x, proof(set));
  }
  return out;
}
