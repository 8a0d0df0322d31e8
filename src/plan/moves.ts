/**
 * Large moves for the local search (search.ts) and the construction's repair (construct.ts):
 *
 * - `bestPhase`: the exact best response of one group phase. With everything else fixed (the cohort's
 *   other phases, every other cohort's bookings), a dynamic programme over (session index, candidate
 *   day) finds the cheapest series of days for the phase's sessions: the participants' clashes and the
 *   compactness of each session, the spacing of every gap (`every`), the gap from the phase it follows
 *   (`after`), the gaps of the phases that follow it, and the span's minimum. Only days that keep every
 *   hard rule are candidates (slot weekday, holidays, closures, facilitators' availability, span, no
 *   person or venue booked twice, the order and gaps to the fixed neighbouring phases), so its answer
 *   is always a legal placement, and never worse than the current one (which is one of the paths).
 * - `bestChain`: the same for a self-study phase and the group phase after it, the deadline chosen
 *   together with the sessions (the DP's first layer gets the cheapest legal deadline for each day).
 * - With a `ClashCost`, both give the least-conflict response instead (days taken by others allowed at
 *   a cost); the construction's last repair (`settle` in construct.ts) uses that.
 * - `shiftPhases`: a session and every session after it in its phase, with every phase that follows,
 *   moved by a whole number of weeks (times, facilitators and order kept), when every hard rule still holds.
 */
import type { GroupPhase, SelfStudyPhase } from '../model/types.js';
import type { CohortCtx, Env, Item, PhaseCtx } from './context.js';
import { affectedCost, clashesOf, edgeCost, meanOffset, spacingCost, WEIGHT } from './cost.js';
import { DAY_MINUTES, plus, weekday } from './days.js';
import { WEEKDAYS } from '../model/types.js';
import { findSlot, shapeOf } from './pack.js';
import { edgeOk, gapWindow, phaseBounds, phaseChangeOk, sameDayOk } from './phases.js';
import type { Bounds } from './phases.js';
import type { Bookings } from './resources.js';
import { absEnd, absStart, keysOf } from './resources.js';
import { addedTravelCost } from './travel.js';
import { appointmentDay, deadlineDay, groupDay, groupTimes } from './static.js';

interface StaticDays {
  days: number[];
  /** Clashes × weight + compactness of one session on that day. */
  unary: number[];
}

/** Cost of a session on day `day` taking person or venue `key` that is booked already. */
export type ClashCost = (key: string, day: number) => number;
/** Cost of the phase's first session on day d from the phase before it, undefined when d is not allowed (replaces the gap to a fixed parent). */
export type FirstDay = (d: number) => number | undefined;

const staticCache = new WeakMap<PhaseCtx, StaticDays>();

/** Days on the slot weekday within the cohort's horizon that pass the static rules, with their own cost. */
function staticDays(env: Env, c: CohortCtx, p: PhaseCtx): StaticDays {
  let s = staticCache.get(p);
  if (s) return s;
  const ph = p.phase as GroupPhase;
  const { days: len } = groupTimes(ph);
  const wd = WEEKDAYS.indexOf(ph.slot.weekday);
  const days: number[] = [];
  const unary: number[] = [];
  let d = c.h0 + ((wd - weekday(c.h0) + 7) % 7);
  for (; d <= c.h1; d += 7) {
    if (!groupDay(env, c, p, d, { fixed: false })) continue;
    const probe = { c, p, day: d, endDay: d + len - 1, kind: 'group' } as Item;
    days.push(d);
    unary.push(clashesOf(c, probe).length * WEIGHT.unavailable + ((d - c.start) / p.n) * WEIGHT.compactness);
  }
  s = { days, unary };
  staticCache.set(p, s);
  return s;
}

/** Whether the phase can be re-placed by `bestPhase`: a group phase with all its sessions, in order. */
export function dpReady(p: PhaseCtx): boolean {
  if (p.phase.mode !== 'group' || p.items.length !== p.n) return false;
  for (let k = 0; k < p.items.length; k++) if (p.items[k]!.n !== k + 1) return false;
  return p.items.some((i) => !i.fixed);
}

/**
 * The cheapest days for the sessions of group phase p, everything else fixed; undefined when no legal
 * placement exists. The phase's own (non-fixed) items must not be in `bookings` while this runs.
 * With `clashCost`, days taken by other bookings are candidates too, at that cost per person or venue
 * taken (the repair's least-conflict response); the answer may then double-book.
 */
export function bestPhase(
  env: Env,
  bookings: Bookings,
  c: CohortCtx,
  p: PhaseCtx,
  clashCost?: ClashCost,
  first?: FirstDay,
): { days: number[]; cost: number } | undefined {
  const ph = p.phase as GroupPhase;
  const items = p.items;
  const n = items.length;
  const template = items.find((i) => !i.fixed)!;
  const times = groupTimes(ph);
  const len = times.days - 1;
  const endMin = times.end - len * DAY_MINUTES;
  const keys = keysOf(template);
  const st = staticDays(env, c, p);

  // candidate days free of other bookings (same for every non-fixed session)
  const freeDays: number[] = [];
  const freeUnary: number[] = [];
  for (let j = 0; j < st.days.length; j++) {
    const d = st.days[j]!;
    const s = d * DAY_MINUTES + times.start;
    const e = (d + len) * DAY_MINUTES + endMin;
    let taken = 0;
    let refused = false;
    for (const k of keys)
      if (bookings.clash(k, s, e, undefined, template)) {
        if (!clashCost) {
          refused = true;
          break;
        }
        taken += clashCost(k, d);
      }
    if (refused) continue;
    freeDays.push(d);
    // the drive it adds to the facilitators' days (constant on days they have nothing else)
    freeUnary.push(st.unary[j]! + taken + addedTravelCost(env, bookings, template.facilitators, s, e, template.at));
  }
  const freeEnds = freeDays.map((d) => d + len);
  const freeEndMins = freeDays.map(() => endMin);

  const parent = p.parent >= 0 && !first ? phaseBounds(c.phases[p.parent]!) : undefined;
  const [lo0, hi0] = parent ? gapWindow(p, parent.end) : [-Infinity, Infinity];
  const parentCost = (d: number): number => {
    if (!parent || !p.gap?.explicit || !p.gap.max) return 0;
    return spacingCost(d - parent.end, lo0 - parent.end, hi0 - parent.end) * WEIGHT.spacing;
  };
  const children = p.children.map((ch) => ({ ch: c.phases[ch]!, b: phaseBounds(c.phases[ch]!) })).filter((x): x is { ch: PhaseCtx; b: Bounds } => x.b !== undefined);
  let othersLast = -Infinity;
  for (const q of c.phases) {
    if (q === p || (first && q.idx === p.parent)) continue;
    const b = phaseBounds(q);
    if (b) othersLast = Math.max(othersLast, b.end);
  }
  /** Cost of the phase ending at (e, eMin), or undefined when a following phase's gap breaks. */
  const endCost = (e: number, eMin: number): number | undefined => {
    let cost = 0;
    for (const { ch, b } of children) {
      const [lo, hi] = gapWindow(ch, e);
      if (b.start < lo || b.start > hi || !sameDayOk({ start: e, end: e, endMin: eMin }, b)) return undefined;
      if (ch.gap?.explicit && ch.gap.max) cost += spacingCost(b.start - e, lo - e, hi - e) * WEIGHT.spacing;
    }
    if (c.spanMinLast !== undefined) {
      const last = Math.max(othersLast, e);
      if (last < c.spanMinLast) cost += ((c.spanMinLast - last) / 7) * WEIGHT.spanMin;
    }
    return cost;
  };

  // layers: candidate days of session k, best cost of sessions 0..k ending there, back pointers; the
  // costs and back pointers of all layers in one scratch buffer each (layer k from offset[k])
  const layerDays: number[][] = [];
  const layerEnd: number[][] = [];
  const layerEndMin: number[][] = [];
  const offset: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    offset.push(total);
    total += items[k]!.fixed ? 1 : freeDays.length;
  }
  const { cost: costAll, back: backAll, lo: plo, hi: phi } = scratch(total, freeDays.length + 1);
  costAll.fill(Infinity, 0, total);
  backAll.fill(-1, 0, total);
  for (let k = 0; k < n; k++) {
    const it = items[k]!;
    let days: number[];
    let unary: number[];
    let ends: number[];
    let endMins: number[];
    if (it.fixed) {
      days = [it.day];
      unary = [clashesOf(c, it).length * WEIGHT.unavailable + ((it.day - c.start) / p.n) * WEIGHT.compactness];
      ends = [it.endDay];
      endMins = [it.endMin];
    } else {
      days = freeDays;
      unary = freeUnary;
      ends = freeEnds;
      endMins = freeEndMins;
    }
    const startMin = it.fixed ? it.startMin : times.start;
    const m = days.length;
    const at = offset[k]!;
    // the predecessors' `every` windows, once per layer (monotone in the predecessor's day)
    const pd = k > 0 ? layerDays[k - 1]! : NO_DAYS;
    const pat = k > 0 ? offset[k - 1]! : 0;
    const pe = k > 0 ? layerEnd[k - 1]! : NO_DAYS;
    for (let i = 0; i < pd.length; i++) {
      plo[i] = plus(pd[i]!, p.every!.min);
      phi[i] = plus(pd[i]!, p.every!.max);
    }
    let from = 0;
    for (let j = 0; j < m; j++) {
      const d = days[j]!;
      let base = unary[j]!;
      if (k === 0 && first) {
        const f = first(d);
        if (f === undefined) continue;
        base += f;
      } else if (k === 0) {
        if (d < lo0 || d > hi0) continue;
        if (parent && !sameDayOk(parent, { start: d, startMin, end: ends[j]! })) continue;
        base += parentCost(d);
      }
      if (k === n - 1) {
        const ec = endCost(ends[j]!, endMins[j]!);
        if (ec === undefined) continue;
        base += ec;
      }
      if (k === 0) {
        costAll[at + j] = base;
        continue;
      }
      // predecessors: earlier candidates whose `every` window holds d
      while (from < pd.length && phi[from]! < d) from++;
      let best = Infinity;
      let arg = -1;
      for (let i = from; i < pd.length; i++) {
        const a = pd[i]!;
        if (a >= d || plo[i]! > d) break;
        const pci = costAll[pat + i]!;
        if (pci === Infinity || pe[i]! >= d || phi[i]! < d) continue;
        const x = pci + spacingCost(d - a, plo[i]! - a, phi[i]! - a) * WEIGHT.spacing;
        if (x < best - 1e-12) {
          best = x;
          arg = i;
        }
      }
      if (arg < 0) continue;
      costAll[at + j] = best + base;
      backAll[at + j] = arg;
    }
    layerDays.push(days);
    layerEnd.push(ends);
    layerEndMin.push(endMins);
  }
  const lastAt = offset[n - 1]!;
  const lastLen = layerDays[n - 1]!.length;
  let arg = -1;
  for (let j = 0; j < lastLen; j++) {
    const x = costAll[lastAt + j]!;
    if (x < Infinity && (arg < 0 || x < costAll[lastAt + arg]! - 1e-12)) arg = j;
  }
  if (arg < 0) return undefined;
  const best = costAll[lastAt + arg]!;
  const out = new Array<number>(n);
  let j = arg;
  for (let k = n - 1; k >= 0; k--) {
    out[k] = layerDays[k]![j]!;
    j = backAll[offset[k]! + j]!;
  }
  return { days: out, cost: best };
}

const NO_DAYS: readonly number[] = [];
let scratchCost = new Float64Array(256);
let scratchBack = new Int32Array(256);
let scratchLo = new Float64Array(64);
let scratchHi = new Float64Array(64);
/**
 * bestPhase's working memory, reused between calls (it calls nothing that calls it again): typed arrays
 * are costly to allocate, and a kick or a sweep asks for thousands of best responses.
 */
function scratch(cells: number, layer: number): { cost: Float64Array; back: Int32Array; lo: Float64Array; hi: Float64Array } {
  if (scratchCost.length < cells) {
    scratchCost = new Float64Array(cells * 2);
    scratchBack = new Int32Array(cells * 2);
  }
  if (scratchLo.length < layer) {
    scratchLo = new Float64Array(layer * 2);
    scratchHi = new Float64Array(layer * 2);
  }
  return { cost: scratchCost, back: scratchBack, lo: scratchLo, hi: scratchHi };
}

/**
 * The exact best response of a chain: group phase p together with the self-study phase q it follows
 * (`after`), everything else fixed. Every opening day of q whose deadline keeps the day rules and q's
 * own gap to its parent is tried, and for each the best response of p (`bestPhase`) after that
 * deadline; the cheapest pair wins (q's compactness and gap cost included). A self-study phase books
 * nobody, so moving its deadline frees or takes no resource. p's non-fixed items must be unbooked.
 * Undefined when p has no such parent or no legal pair exists; q is left as it was either way.
 */
export function bestChain(env: Env, bookings: Bookings, c: CohortCtx, p: PhaseCtx, clashCost?: ClashCost): { open: number; days: number[]; cost: number } | undefined {
  if (!dpReady(p) || p.parent < 0 || !p.gap) return undefined;
  const q = c.phases[p.parent]!;
  if (q.phase.mode !== 'self-study' || q.items.length !== 1 || q.items[0]!.fixed || q.open === undefined) return undefined;
  const window = (q.phase as SelfStudyPhase).window;
  const siblings = q.children.filter((ch) => ch !== p.idx).map((ch) => c.phases[ch]!);
  const grand = q.parent >= 0 ? phaseBounds(c.phases[q.parent]!) : undefined;
  let lo = Math.max(c.start, c.h0);
  let hi = c.h1;
  if (grand) {
    const [a, b] = gapWindow(q, grand.end);
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  }
  // every legal opening of q, with its own cost: compactness of the deadline and its gap to its parent
  const deadline = q.items[0]!;
  const was = { open: q.open, day: deadline.day };
  const opens: { o: number; d: number; cost: number }[] = [];
  for (let o = lo; o <= hi; o++) {
    const d = plus(o, window);
    if (d > c.h1) break;
    if (!deadlineDay(env, c, q, d)) continue;
    q.open = o;
    deadline.day = d;
    deadline.endDay = d;
    if (!siblings.every((x) => edgeOk(c, x))) continue;
    opens.push({ o, d, cost: meanOffset(c, q) * WEIGHT.compactness + edgeCost(c, q) + siblings.reduce((x, y) => x + edgeCost(c, y), 0) });
  }
  q.open = was.open;
  deadline.day = was.day;
  deadline.endDay = was.day;
  if (opens.length === 0) return undefined;
  const gap = p.gap;
  /** The cheapest opening of q for p's first session on day x, with p's gap cost after it. */
  const pick = (x: number): { o: number; cost: number } | undefined => {
    let best: { o: number; cost: number } | undefined;
    for (const op of opens) {
      const [a, b] = gapWindow(p, op.d);
      if (x < a) break;
      if (x > b) continue;
      const spacing = gap.explicit && gap.max ? spacingCost(x - op.d, a - op.d, b - op.d) * WEIGHT.spacing : 0;
      const cost = op.cost + spacing;
      if (!best || cost < best.cost - 1e-12) best = { o: op.o, cost };
    }
    return best;
  };
  const r = bestPhase(env, bookings, c, p, clashCost, (x) => pick(x)?.cost);
  if (!r) return undefined;
  return { open: pick(r.days[0]!)!.o, days: r.days, cost: r.cost };
}

/** Puts chain (q, p) of `bestChain` on its answer: q opens on `open`, p's (unbooked) sessions on `days`. */
export function setChain(c: CohortCtx, p: PhaseCtx, open: number, days: readonly number[]): void {
  const q = c.phases[p.parent]!;
  const deadline = q.items[0]!;
  q.open = open;
  deadline.day = plus(open, (q.phase as SelfStudyPhase).window);
  deadline.endDay = deadline.day;
  setGroupDays(p, days);
}

/** A self-study phase after p that nothing follows: a repair may open it again after p's new end. */
export function looseLeaves(c: CohortCtx, p: PhaseCtx): PhaseCtx[] {
  return p.children
    .map((ch) => c.phases[ch]!)
    .filter((q) => q.phase.mode === 'self-study' && q.children.length === 0 && q.items.length === 1 && !q.items[0]!.fixed && q.open !== undefined && q.gap?.max !== undefined);
}

/**
 * Opens self-study phase q (a loose leaf) on its cheapest day after its parent's end: the gap, the
 * deadline's day rules and the span hold. False, with q unchanged, when no day does.
 */
export function reopenLeaf(env: Env, c: CohortCtx, q: PhaseCtx): boolean {
  const parent = phaseBounds(c.phases[q.parent]!);
  if (!parent) return false;
  const [lo, hi] = gapWindow(q, parent.end);
  const window = (q.phase as SelfStudyPhase).window;
  let best: { o: number; cost: number } | undefined;
  for (let o = Math.max(lo, c.start); o <= hi; o++) {
    const d = plus(o, window);
    if (d > c.h1) break;
    if (!deadlineDay(env, c, q, d)) continue;
    const spacing = q.gap?.explicit ? spacingCost(o - parent.end, lo - parent.end, hi - parent.end) * WEIGHT.spacing : 0;
    const cost = spacing + (d - c.start) * WEIGHT.compactness;
    if (!best || cost < best.cost - 1e-12) best = { o, cost };
  }
  if (!best) return false;
  const deadline = q.items[0]!;
  q.open = best.o;
  deadline.day = plus(best.o, window);
  deadline.endDay = deadline.day;
  return true;
}

/** Takes the phase's non-fixed items out of the bookings. */
export function unbookPhase(bookings: Bookings, p: PhaseCtx): void {
  for (const i of p.items) if (!i.fixed) bookings.remove(i);
}

export function bookPhase(bookings: Bookings, p: PhaseCtx): void {
  for (const i of p.items) if (!i.fixed) bookings.add(i);
}

/** Puts the (unbooked) non-fixed group items of p on `days`, keeping their times. */
export function setGroupDays(p: PhaseCtx, days: readonly number[]): void {
  p.items.forEach((i, k) => {
    if (i.fixed) return;
    const len = i.endDay - i.day;
    i.day = days[k]!;
    i.endDay = i.day + len;
  });
}

/**
 * Re-places group phase p by its best response when that is cheaper than where it is; returns whether
 * anything changed. The phase stays booked either way.
 */
export function improvePhase(env: Env, bookings: Bookings, c: CohortCtx, p: PhaseCtx): boolean {
  if (!dpReady(p)) return false;
  let current = affectedCost(c, p);
  unbookPhase(bookings, p);
  // the best response counts the drive each session adds: so does the placement it is compared with
  for (const i of p.items) if (!i.fixed) current += addedTravelCost(env, bookings, i.facilitators, absStart(i), absEnd(i), i.at);
  const before = p.items.map((i) => i.day);
  const best = bestPhase(env, bookings, c, p);
  if (!best || best.cost >= current - 1e-9 || best.days.every((d, k) => d === before[k])) {
    bookPhase(bookings, p);
    return false;
  }
  setGroupDays(p, best.days);
  if (!phaseChangeOk(c, p)) {
    setGroupDays(p, before);
    bookPhase(bookings, p);
    return false;
  }
  bookPhase(bookings, p);
  return true;
}

const descendantsOf = new WeakMap<PhaseCtx, readonly PhaseCtx[]>();
/** The phases that follow p in the phase tree (p's descendants), in index order (the tree never changes: worked out once). */
export function descendants(c: CohortCtx, p: PhaseCtx): readonly PhaseCtx[] {
  const known = descendantsOf.get(p);
  if (known) return known;
  const found = treeBelow(c, p);
  descendantsOf.set(p, found);
  return found;
}

function treeBelow(c: CohortCtx, p: PhaseCtx): PhaseCtx[] {
  const out = new Set<number>();
  const walk = (q: PhaseCtx): void => {
    for (const ch of q.children)
      if (!out.has(ch)) {
        out.add(ch);
        walk(c.phases[ch]!);
      }
  };
  walk(p);
  return [...out].sort((a, b) => a - b).map((i) => c.phases[i]!);
}

/**
 * Moves session k of phase p (or the whole phase for other modes: k = 0) with every later session
 * of p and every phase after p by `by` days. Every item's day rules, the bookings and the order and
 * gap rules are checked; on failure nothing changes and false is returned. On success the moved items
 * are booked at their new days and `undo` puts them back. `beforeBooking` runs (on the plan as it was)
 * once the rules that need no bookings hold.
 */
export function shiftPhases(
  env: Env,
  bookings: Bookings,
  c: CohortCtx,
  p: PhaseCtx,
  k: number,
  by: number,
  beforeBooking?: () => void,
): { undo: () => void; phases: PhaseCtx[] } | undefined {
  const phases = [p, ...descendants(c, p)];
  // the day rules of every item at its new day first: they need no bookings, and most shifts fail on them
  for (const q of phases)
    for (let j = q === p && q.phase.mode === 'group' ? k : 0; j < q.items.length; j++) {
      const i = q.items[j]!;
      if (i.fixed || !itemStaticOk(env, c, i, i.day + by, i.endDay + by)) return undefined;
    }
  const moved: Item[] = [];
  for (const q of phases) {
    const from = q === p && q.phase.mode === 'group' ? k : 0;
    for (let j = from; j < q.items.length; j++) moved.push(q.items[j]!);
  }
  if (moved.length === 0) return undefined;
  const opens = phases.map((q) => q.open);
  const days = moved.map((i) => i.day);
  const ends = moved.map((i) => i.endDay);
  /** Every moved item and phase opening `x` days from where it was. */
  const at = (x: number): void => {
    moved.forEach((i, j) => {
      i.day = days[j]! + x;
      i.endDay = ends[j]! + x;
    });
    phases.forEach((q, j) => (q.open = opens[j] === undefined ? undefined : opens[j]! + x));
  };
  // the order and gap rules next: they need no bookings either
  at(by);
  if (!phases.every((q) => phaseChangeOk(c, q))) {
    at(0);
    return undefined;
  }
  at(0);
  beforeBooking?.();
  for (const i of moved) bookings.remove(i);
  at(by);
  const added: Item[] = [];
  const revert = (): void => {
    for (const i of added) bookings.remove(i);
    at(0);
    for (const i of moved) bookings.add(i);
  };
  for (const i of moved) {
    if (!itemFree(env, bookings, c, i)) {
      revert();
      return undefined;
    }
    bookings.add(i);
    added.push(i);
  }
  return { undo: revert, phases };
}

/** Whether item i moved to days [day, endDay] keeps the rules of its day that do not depend on other bookings. */
function itemStaticOk(env: Env, c: CohortCtx, i: Item, day: number, endDay: number): boolean {
  if (day < c.h0 || endDay > c.h1) return false;
  if (i.kind === 'deadline') return deadlineDay(env, c, i.p, day);
  if (i.kind === 'group') return groupDay(env, c, i.p, day, { fixed: false });
  return appointmentDay(env, c, i.p, day, i.facilitators, true);
}

/** Whether a moved (unbooked) item's people and venue are free, and its time still fits the day. */
function itemFree(env: Env, bookings: Bookings, c: CohortCtx, i: Item): boolean {
  if (i.kind === 'deadline') return true;
  if (i.kind === 'group') {
    for (const key of keysOf(i)) if (bookings.clash(key, i.day * DAY_MINUTES + i.startMin, i.endDay * DAY_MINUTES + i.endMin, undefined, i)) return false;
    return true;
  }
  return findSlot(env, c, bookings, i.facilitators, i.day, shapeOf(i.p, 1), i, 0, i.startMin) === i.startMin;
}
