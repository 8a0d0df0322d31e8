/**
 * Soft costs (SPEC §5), one figure per cohort so a local-search move only re-scores its own cohort:
 * - unavailable: 10 per participant per session held on a day they said they cannot come;
 * - spacing: (deviation from the middle of the `every` / `after` range, in weeks)² per gap;
 * - compactness: 0.001 per day between the cohort's start and the average day of each phase's sessions
 *   (a tie-breaker: earlier plans, and a phase's appointments on few days rather than spread out);
 * - span-min: 1 per week the plan ends before the span's minimum (only when the span is a range);
 * - travel: 0.01 per road km that facilitators and coaches drive (travel.ts: per person and day, from
 *   home to the first session at a known place, between sessions, and back), so 100 km cost as much as
 *   a tenth of one participant's clash. Not per cohort: a person's day spans cohorts.
 * - bunching: 0.5 per coaching pair beyond the first on one coach's day (travel.ts pairsOn: conversations
 *   and observations of different coachees with the same coach on one date). A track's conversations
 *   are spread over the span and a coach's days over their calendar, so two pairs share a day only
 *   when that saves the coach more than 50 road km (0.5 / WEIGHT.travel) of separate round trips. Kept
 *   with travel in the same per-person-day ledger, so the search's moves and the score use one figure.
 */
import type { CohortCtx, Item, PhaseCtx } from './context.js';
import { plus } from './days.js';
import { gapWindow, phaseBounds, phaseEnd } from './phases.js';

export const WEIGHT = { unavailable: 10, spacing: 1, compactness: 0.001, spanMin: 1, travel: 0.01, bunching: 0.5 } as const;

/** Participants of an item who are unavailable on a day it touches. */
export function clashesOf(c: CohortCtx, i: Item): string[] {
  if (i.kind === 'deadline') return [];
  if (i.reg !== undefined) {
    for (let n = i.day; n <= i.endDay; n++) if (c.partUnavail.get(n)?.includes(i.reg)) return [i.reg];
    return [];
  }
  if (i.day === i.endDay) return c.partUnavail.get(i.day) ?? [];
  const who = new Set<string>();
  for (let n = i.day; n <= i.endDay; n++) for (const r of c.partUnavail.get(n) ?? []) who.add(r);
  return [...who].sort();
}

/** (deviation from the middle of [lo, hi], in weeks)²; no cost without an upper bound. */
export function spacingCost(gap: number, lo: number, hi: number): number {
  if (!Number.isFinite(hi)) return 0;
  const twice = 2 * gap - lo - hi;
  return (twice * twice) / 196;
}

export interface SpacingTerm {
  /** The later session or phase. */
  item?: Item;
  phase: PhaseCtx;
  parent?: PhaseCtx;
  gap: number;
  lo: number;
  hi: number;
  cost: number;
}

/**
 * Consecutive sessions of a group phase, or consecutive conversations of one coachee: items are kept in
 * that order (by number, per registration) while planning.
 */
function forEachEveryGap(p: PhaseCtx, f: (prev: Item, next: Item) => void): void {
  if (!p.every || (p.phase.mode !== 'group' && p.phase.mode !== 'coaching')) return;
  for (let k = 1; k < p.items.length; k++) {
    const prev = p.items[k - 1]!;
    const next = p.items[k]!;
    if (prev.reg === next.reg && next.n === prev.n + 1) f(prev, next);
  }
}

function everyTerm(p: PhaseCtx, prev: Item, next: Item): { gap: number; lo: number; hi: number; cost: number } {
  const lo = plus(prev.day, p.every!.min) - prev.day;
  const hi = plus(prev.day, p.every!.max) - prev.day;
  const gap = next.day - prev.day;
  return { gap, lo, hi, cost: spacingCost(gap, lo, hi) };
}

function afterTerm(c: CohortCtx, p: PhaseCtx): SpacingTerm | undefined {
  // An optional phase with no sessions (nobody to observe) has no gap to keep even.
  if (p.parent < 0 || !p.gap?.explicit || !p.gap.max || p.items.length === 0) return undefined;
  const parent = c.phases[p.parent]!;
  const pb = phaseBounds(parent);
  const b = phaseBounds(p);
  if (!pb || !b) return undefined;
  const [lo, hi] = gapWindow(p, pb.end);
  const gap = b.start - pb.end;
  return { phase: p, parent, gap, lo: lo - pb.end, hi: hi - pb.end, cost: spacingCost(gap, lo - pb.end, hi - pb.end) };
}

/** Every gap that has a spacing cost: sessions of a group phase, conversations of a series, phases after phases. */
export function spacingTerms(c: CohortCtx): SpacingTerm[] {
  const out: SpacingTerm[] = [];
  for (const p of c.phases) {
    forEachEveryGap(p, (prev, next) => out.push({ item: next, phase: p, ...everyTerm(p, prev, next) }));
    const a = afterTerm(c, p);
    if (a) out.push(a);
  }
  return out;
}

/** A phase's own costs: its participants' clashes, the spacing of its sessions, its compactness. */
export function phaseCost(c: CohortCtx, p: PhaseCtx): number {
  let unavailable = 0;
  for (const i of p.items) unavailable += clashesOf(c, i).length;
  let spacing = 0;
  forEachEveryGap(p, (prev, next) => (spacing += everyTerm(p, prev, next).cost));
  return unavailable * WEIGHT.unavailable + spacing * WEIGHT.spacing + meanOffset(c, p) * WEIGHT.compactness;
}

export function edgeCost(c: CohortCtx, p: PhaseCtx): number {
  return (afterTerm(c, p)?.cost ?? 0) * WEIGHT.spacing;
}

export function spanMinCost(c: CohortCtx): number {
  const last = lastDay(c);
  if (c.spanMinLast === undefined || last === undefined || last >= c.spanMinLast) return 0;
  return ((c.spanMinLast - last) / 7) * WEIGHT.spanMin;
}

/** The part of the cohort's cost that a change inside phase p can move. */
export function affectedCost(c: CohortCtx, p: PhaseCtx): number {
  let x = phaseCost(c, p) + edgeCost(c, p) + spanMinCost(c);
  for (const ch of p.children) x += edgeCost(c, c.phases[ch]!);
  return x;
}

/** Average day of a phase's sessions, counted from the cohort's start (0 for an unplanned phase). */
export function meanOffset(c: CohortCtx, p: PhaseCtx): number {
  if (p.items.length === 0) return 0;
  let sum = 0;
  for (const i of p.items) sum += i.day - c.start;
  return sum / p.items.length;
}

export function lastDay(c: CohortCtx): number | undefined {
  let last: number | undefined;
  for (const p of c.phases) {
    // A phase with no sessions is not the plan's last session.
    if (p.items.length === 0) continue;
    const end = phaseEnd(p);
    last = Math.max(last ?? end, end);
  }
  return last;
}

export interface CostParts {
  unavailable: number;
  spacing: number;
  compactness: number;
  spanMin: number;
}

export function costParts(c: CohortCtx): CostParts {
  let unavailable = 0;
  for (const p of c.phases) for (const i of p.items) unavailable += clashesOf(c, i).length;
  let spacing = 0;
  for (const s of spacingTerms(c)) spacing += s.cost;
  let early = 0;
  for (const p of c.phases) early += meanOffset(c, p);
  let short = 0;
  const last = lastDay(c);
  if (c.spanMinLast !== undefined && last !== undefined && last < c.spanMinLast) short = (c.spanMinLast - last) / 7;
  return {
    unavailable: unavailable * WEIGHT.unavailable,
    spacing: spacing * WEIGHT.spacing,
    compactness: early * WEIGHT.compactness,
    spanMin: short * WEIGHT.spanMin,
  };
}

export function cohortCost(c: CohortCtx): number {
  let x = spanMinCost(c);
  for (const p of c.phases) x += phaseCost(c, p) + edgeCost(c, p);
  return x;
}

/**
 * Construction leans early: a plan that uses the first good dates leaves the most room for the phases
 * after it and for other cohorts; the local search then evens out the spacing.
 */
const CONSTRUCTION_SPACING = 0.02;

/** Cost of putting the first session of phase p (or the var) on day d, given its predecessor: for ordering candidates. */
export function candidateCost(c: CohortCtx, p: PhaseCtx, d: number, prev: { day: number; every: boolean } | undefined, clash: number): number {
  let cost = clash * WEIGHT.unavailable + (d - c.start) * WEIGHT.compactness;
  if (prev) {
    if (prev.every && p.every) {
      const lo = plus(prev.day, p.every.min) - prev.day;
      const hi = plus(prev.day, p.every.max) - prev.day;
      cost += spacingCost(d - prev.day, lo, hi) * CONSTRUCTION_SPACING;
    } else if (!prev.every && p.gap?.explicit && p.gap.max) {
      const [lo, hi] = gapWindow(p, prev.day);
      cost += spacingCost(d - prev.day, lo - prev.day, hi - prev.day) * CONSTRUCTION_SPACING;
    }
  }
  return cost;
}
