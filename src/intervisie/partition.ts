/**
 * The optimisation behind `cohort groups`: split members into groups of balanced sizes, never two of
 * one municipality in a group, with the least pairwise travel (a group's travel is the sum of the road
 * km between every two of its members: each member visits every other member's municipality once).
 * Members not forced into a group may go to the reserve list, whose size is fixed by `placed`.
 *
 * Small instances are solved exactly (a depth-first branch and bound with symmetry breaking, seeded
 * by the local search's result); larger ones by a seeded local search (regional construction, then
 * moves and swaps between groups and with the reserve list, iterated with small perturbations), with
 * a lower bound reported so the gap to the optimum is known. Deterministic: steps, never a clock.
 */

import { prng } from '../plan/random.js';

export interface PartitionInput {
  /** Number of members. */
  n: number;
  /** Road km between members i and j at i * n + j (symmetric, 0 on the diagonal). */
  dist: Float64Array;
  /** Municipality per member: two members with the same number may never share a group. */
  place: Int32Array;
  /** Members that must have a group (confirmed, pinned, or chosen by registration order). */
  forced: readonly boolean[];
  /** Fixed group of a member (pinned), or -1. */
  fixedGroup?: Int32Array;
  /** Number of groups. */
  groups: number;
  /** Members placed in all; the others are on the reserve list. */
  placed: number;
  /** Seeds the perturbations; derive it from the input. */
  seed: number;
  /** Search effort: rounds of perturbation (default: 200, or up to 600,000 ÷ n for large n). */
  rounds?: number;
  /** Nodes the exact search may visit before it gives up proving (default: 2e7 / (n × k) up to 20 members, none above). */
  exactNodes?: number;
}

export interface PartitionResult {
  /** Group of each member, -1 for the reserve list. */
  group: Int32Array;
  /** Total pairwise km of the groups. */
  cost: number;
  /** The exact search finished: `cost` is the optimum. */
  proven: boolean;
  /** A proven lower bound on the optimum (equal to cost when proven). */
  lowerBound: number;
}

/** Sizes of the groups for `placed` members in `groups` groups: the first `placed % groups` get one more. */
export function balancedSizes(placed: number, groups: number): number[] {
  const base = Math.floor(placed / groups);
  return Array.from({ length: groups }, (_, g) => base + (g < placed % groups ? 1 : 0));
}

export function partitionCost(input: Pick<PartitionInput, 'n' | 'dist'>, group: Int32Array): number {
  const { n, dist } = input;
  let cost = 0;
  for (let i = 0; i < n; i++) {
    if (group[i]! < 0) continue;
    for (let j = i + 1; j < n; j++) if (group[j] === group[i]) cost += dist[i * n + j]!;
  }
  return cost;
}

/** The mutable state of the local search: bins, sizes, municipality counts and each member's km to each group. */
class State {
  readonly n: number;
  readonly k: number;
  readonly group: Int32Array;
  readonly size: Int32Array;
  /** km from member i to the members of group g, at g * n + i (group-major: an update walks one row). */
  readonly toGroup: Float64Array;
  /** Members of each municipality in each group: key place * k + g. */
  readonly seen: Map<number, number>;
  cost = 0;
  readonly input: PartitionInput;
  readonly lo: number;
  readonly hi: number;
  constructor(input: PartitionInput, lo: number, hi: number, initial: Int32Array) {
    this.input = input;
    this.lo = lo;
    this.hi = hi;
    this.n = input.n;
    this.k = input.groups;
    this.group = new Int32Array(this.n).fill(-1);
    this.size = new Int32Array(this.k);
    this.toGroup = new Float64Array(this.n * this.k);
    this.seen = new Map();
    for (let i = 0; i < this.n; i++) if (initial[i]! >= 0) this.add(i, initial[i]!);
  }
  has(p: number, g: number): boolean {
    return (this.seen.get(p * this.k + g) ?? 0) > 0;
  }
  add(i: number, g: number): void {
    const { n, k, input } = this;
    this.cost += this.toGroup[g * n + i]!;
    this.group[i] = g;
    this.size[g]! += 1;
    const key = input.place[i]! * k + g;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    const row = g * n;
    const from = i * n;
    for (let j = 0; j < n; j++) this.toGroup[row + j]! += input.dist[from + j]!;
  }
  remove(i: number): void {
    const { n, k, input } = this;
    const g = this.group[i]!;
    const row = g * n;
    const from = i * n;
    for (let j = 0; j < n; j++) this.toGroup[row + j]! -= input.dist[from + j]!;
    this.cost -= this.toGroup[row + i]!;
    this.group[i] = -1;
    this.size[g]! -= 1;
    const key = input.place[i]! * k + g;
    this.seen.set(key, this.seen.get(key)! - 1);
  }
  movable(i: number): boolean {
    return !this.input.fixedGroup || this.input.fixedGroup[i]! < 0;
  }
  /** Change in cost of moving i (in a group) to group b, or undefined when a rule forbids it. */
  moveDelta(i: number, b: number): number | undefined {
    const a = this.group[i]!;
    if (a === b || a < 0 || !this.movable(i)) return undefined;
    if (this.size[a]! - 1 < this.lo || this.size[b]! + 1 > this.hi || this.has(this.input.place[i]!, b)) return undefined;
    return this.toGroup[b * this.n + i]! - this.toGroup[a * this.n + i]!;
  }
  /** Change in cost of swapping i and j (either may be on the reserve list, not both), or undefined. */
  swapDelta(i: number, j: number): number | undefined {
    const a = this.group[i]!;
    const b = this.group[j]!;
    if (a === b || !this.movable(i) || !this.movable(j)) return undefined;
    const { n, input } = this;
    const t = this.toGroup;
    const pi = input.place[i]!;
    const pj = input.place[j]!;
    const dij = input.dist[i * input.n + j]!;
    if (b < 0) {
      if (input.forced[i] || (pi !== pj && this.has(pj, a))) return undefined;
      return t[a * n + j]! - dij - t[a * n + i]!;
    }
    if (a < 0) return this.swapDelta(j, i);
    if (pi !== pj && (this.has(pi, b) || this.has(pj, a))) return undefined;
    return t[b * n + i]! - dij - t[a * n + i]! + (t[a * n + j]! - dij - t[b * n + j]!);
  }
  /** Changes since the journal was started (member, its group before; a swap's second member and its group, or -1): for undo. */
  journal: number[] | undefined;
  move(i: number, b: number): void {
    this.journal?.push(i, this.group[i]!, -1, -1);
    this.remove(i);
    this.add(i, b);
  }
  swap(i: number, j: number): void {
    const a = this.group[i]!;
    const b = this.group[j]!;
    this.journal?.push(i, a, j, b);
    if (a >= 0) this.remove(i);
    if (b >= 0) this.remove(j);
    if (b >= 0) this.add(i, b);
    if (a >= 0) this.add(j, a);
  }
  /** Reverts every change in the journal, newest first, and stops journaling. */
  undo(): void {
    const log = this.journal ?? [];
    this.journal = undefined;
    for (let at = log.length - 4; at >= 0; at -= 4) {
      const [i, a, j] = [log[at]!, log[at + 1]!, log[at + 2]!];
      if (j < 0) this.move(i, a);
      else this.swap(i, j);
    }
  }
}

const EPS = 1e-9;
/** Near members looked at again after a change. */
const REVISIT = 10;

/** The `count` smallest of `values` (by index j ≠ skip), ascending, ties by index: a bounded insertion, O(n × count). */
function smallest(values: Float64Array, offset: number, n: number, skip: (j: number) => boolean, count: number): number[] {
  const idx: number[] = [];
  for (let j = 0; j < n; j++) {
    if (skip(j)) continue;
    const v = values[offset + j]!;
    if (idx.length === count && v >= values[offset + idx[count - 1]!]!) continue;
    let at = idx.length === count ? count - 1 : idx.length;
    if (idx.length < count) idx.push(j);
    while (at > 0 && values[offset + idx[at - 1]!]! > v) {
      idx[at] = idx[at - 1]!;
      at--;
    }
    idx[at] = j;
  }
  return idx;
}

/** Each member's nearest others (up to `count`), nearest first, ties by index. */
function neighbours(input: PartitionInput, count: number): Int32Array[] {
  const { n, dist } = input;
  const out: Int32Array[] = [];
  for (let i = 0; i < n; i++) out.push(Int32Array.from(smallest(dist, i * n, n, (j) => j === i, count)));
  return out;
}

/**
 * First-improvement descent over moves and swaps with near members and with the reserve list. A work
 * queue holds the members worth another look: everyone at first, then after each change the two
 * members and their near members (so a descent after a small perturbation stays local).
 */
function descend(s: State, near: readonly Int32Array[], start?: readonly number[]): void {
  const { n } = s;
  const reserved: number[] = [];
  for (let i = 0; i < n; i++) if (s.group[i]! < 0) reserved.push(i);
  const queued = new Uint8Array(n);
  const queue: number[] = [];
  const push = (i: number) => {
    if (!queued[i]) {
      queued[i] = 1;
      queue.push(i);
    }
  };
  for (const i of start ?? Array.from({ length: n }, (_, x) => x)) push(i);
  // After a change, the two members and their nearest few: whoever else gained a move is found by its own look.
  const changed = (i: number, j: number) => {
    push(i);
    push(j);
    for (let t = 0; t < REVISIT && t < near[i]!.length; t++) push(near[i]![t]!);
    for (let t = 0; t < REVISIT && t < near[j]!.length; t++) push(near[j]![t]!);
  };
  const swapReserve = (i: number, r: number) => {
    s.swap(i, r);
    reserved[reserved.indexOf(r)] = i;
    changed(i, r);
  };
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    queued[i] = 0;
    let improved = false;
    for (const j of near[i]!) {
      const b = s.group[j]!;
      if (s.group[i]! >= 0 && b >= 0) {
        const d = s.moveDelta(i, b);
        if (d !== undefined && d < -EPS) {
          s.move(i, b);
          changed(i, j);
          improved = true;
          break;
        }
      }
      const d = s.swapDelta(i, j);
      if (d !== undefined && d < -EPS) {
        if (s.group[i]! < 0) swapReserve(j, i);
        else if (b < 0) swapReserve(i, j);
        else {
          s.swap(i, j);
          changed(i, j);
        }
        improved = true;
        break;
      }
    }
    if (!improved && s.group[i]! >= 0) {
      for (const r of reserved) {
        const d = s.swapDelta(i, r);
        if (d !== undefined && d < -EPS) {
          swapReserve(i, r);
          break;
        }
      }
    }
    // Keep the queue's memory bounded: drop what has been handled.
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
}

/** Splits `members` into `parts` regions of near-equal size: along the axis of two far-apart members, recursively. */
function bisect(input: PartitionInput, members: readonly number[], parts: number): number[][] {
  if (parts <= 1 || members.length <= 1) return [[...members]];
  const { n, dist } = input;
  // Two far-apart members: the farthest from the first, then the farthest from that one.
  const far = (from: number) => members.reduce((best, i) => (dist[from * n + i]! > dist[from * n + best]! ? i : best), members[0]!);
  const a = far(members[0]!);
  const b = far(a);
  const axis = members.map((i) => ({ i, x: dist[a * n + i]! - dist[b * n + i]! })).sort((p, q) => p.x - q.x || p.i - q.i);
  const left = Math.floor(parts / 2);
  const cut = Math.round((members.length * left) / parts);
  return [...bisect(input, axis.slice(0, cut).map((p) => p.i), left), ...bisect(input, axis.slice(cut).map((p) => p.i), parts - left)];
}

/** The member with the least km to the others of its region. */
function medoid(input: PartitionInput, region: readonly number[]): number {
  const { n, dist } = input;
  let best = region[0]!;
  let bestSum = Number.POSITIVE_INFINITY;
  for (const i of region) {
    let sum = 0;
    for (const j of region) sum += dist[i * n + j]!;
    if (sum < bestSum) [best, bestSum] = [i, sum];
  }
  return best;
}

/**
 * A first feasible partition: the placed set (forced first, then in the order given while their
 * municipality has a group left), then each member to the nearest of k regional seeds with room and
 * without their municipality; where that fails, members dealt round-robin by municipality (always
 * feasible while no municipality has more members than there are groups).
 */
function construct(input: PartitionInput, sizes: readonly number[]): Int32Array {
  const { n, groups: k, dist, place } = input;
  const group = new Int32Array(n).fill(-1);
  const chosen: number[] = [];
  const perPlace = new Map<number, number>();
  const take = (i: number) => {
    chosen.push(i);
    perPlace.set(place[i]!, (perPlace.get(place[i]!) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) if (input.forced[i] || (input.fixedGroup && input.fixedGroup[i]! >= 0)) take(i);
  for (let i = 0; i < n && chosen.length < input.placed; i++) if (!chosen.includes(i) && (perPlace.get(place[i]!) ?? 0) < k) take(i);
  const fixedAt = (i: number) => (input.fixedGroup ? input.fixedGroup[i]! : -1);
  // Regional seeds: the medoids of a recursive bisection into k regions of the right sizes.
  const pinnedSeeds = new Map<number, number>();
  for (const i of chosen) if (fixedAt(i) >= 0 && !pinnedSeeds.has(fixedAt(i))) pinnedSeeds.set(fixedAt(i), i);
  const regions = bisect(input, chosen, sizes.length);
  const free = [...Array(k).keys()].filter((g) => !pinnedSeeds.has(g));
  const seeds: number[] = new Array<number>(k);
  for (const [g, i] of pinnedSeeds) seeds[g] = i;
  const medoids = regions.map((region) => medoid(input, region)).filter((m) => ![...pinnedSeeds.values()].includes(m));
  free.forEach((g, at) => (seeds[g] = medoids[at] ?? chosen[at % chosen.length]!));
  const size = new Int32Array(k);
  const seen = new Set<number>();
  const put = (i: number, g: number) => {
    group[i] = g;
    size[g]! += 1;
    seen.add(place[i]! * k + g);
  };
  for (const i of chosen) if (fixedAt(i) >= 0) put(i, fixedAt(i));
  // Members with the clearest nearest seed go first (regret order).
  const rest = chosen.filter((i) => fixedAt(i) < 0);
  const order = rest
    .map((i) => {
      const ds = seeds.map((s) => dist[i * n + s]!).sort((a, b) => a - b);
      return { i, regret: (ds[1] ?? 0) - (ds[0] ?? 0) };
    })
    .sort((a, b) => b.regret - a.regret || a.i - b.i);
  let ok = true;
  for (const { i } of order) {
    const byDistance = seeds.map((s, g) => ({ g, d: dist[i * n + s]! })).sort((a, b) => a.d - b.d || a.g - b.g);
    const target = byDistance.find(({ g }) => size[g]! < sizes[g]! && !seen.has(place[i]! * k + g));
    if (!target) {
      ok = false;
      break;
    }
    put(i, target.g);
  }
  if (ok) return group;
  // Second try: the most frequent municipalities first, each member to the emptiest group that may take them.
  for (const i of chosen) if (fixedAt(i) < 0 && group[i]! >= 0) {
    size[group[i]!]! -= 1;
    seen.delete(place[i]! * k + group[i]!);
    group[i] = -1;
  }
  const frequency = new Map<number, number>();
  for (const i of rest) frequency.set(place[i]!, (frequency.get(place[i]!) ?? 0) + 1);
  const byFrequency = [...rest].sort((a, b) => frequency.get(place[b]!)! - frequency.get(place[a]!)! || place[a]! - place[b]! || a - b);
  ok = true;
  for (const i of byFrequency) {
    let target = -1;
    for (let g = 0; g < k; g++) if (size[g]! < sizes[g]! && !seen.has(place[i]! * k + g) && (target < 0 || sizes[g]! - size[g]! > sizes[target]! - size[target]!)) target = g;
    if (target < 0) {
      ok = false;
      break;
    }
    put(i, target);
  }
  if (ok || pinnedSeeds.size > 0) return group;
  // Round-robin by municipality: a municipality's members land in consecutive, hence different, groups.
  group.fill(-1);
  const slots: number[] = [];
  for (let round = 0; slots.length < chosen.length; round++) for (let g = 0; g < k; g++) if (round < sizes[g]!) slots.push(g);
  const byPlace = [...chosen].sort((a, b) => place[a]! - place[b]! || a - b);
  byPlace.forEach((i, at) => (group[i] = slots[at]!));
  return group;
}

/**
 * A lower bound on the optimum: each placed member i shares a group with at least `lo - 1` others
 * of other municipalities, so it adds at least half the sum of its `lo - 1` nearest such members;
 * the members placed are at least the forced ones plus the cheapest of the rest.
 */
export function lowerBound(input: PartitionInput, lo: number): number {
  const { n, dist, place } = input;
  const own: number[] = [];
  for (let i = 0; i < n; i++) {
    const near = smallest(dist, i * n, n, (j) => j === i || place[j] === place[i], Math.max(0, lo - 1));
    own.push(near.reduce((sum, j) => sum + dist[i * n + j]!, 0) / 2);
  }
  const forced = own.filter((_, i) => input.forced[i]);
  const free = own.filter((_, i) => !input.forced[i]).sort((a, b) => a - b);
  return [...forced, ...free.slice(0, Math.max(0, input.placed - forced.length))].reduce((s, x) => s + x, 0);
}

/** Depth-first branch and bound over every partition, from the best known cost; undefined when it ran out of nodes. */
function exact(input: PartitionInput, sizes: readonly number[], incumbent: Int32Array, bestCost: number, maxNodes: number): { group: Int32Array; cost: number } | undefined {
  const { n, groups: k, dist, place } = input;
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  const atHi = sizes.filter((s) => s === hi).length;
  const reserveRoom = n - input.placed;
  const group = new Int32Array(n).fill(-1);
  const size = new Int32Array(k);
  const toGroup = new Float64Array(n * k);
  const seen = new Set<number>();
  let best = Int32Array.from(incumbent);
  let bestValue = bestCost;
  let nodes = 0;
  let reserved = 0;
  let full = 0;
  const fixedAt = (i: number) => (input.fixedGroup ? input.fixedGroup[i]! : -1);
  const pinnedGroups = input.fixedGroup ? new Set([...input.fixedGroup].filter((g) => g >= 0)) : new Set<number>();
  const dfs = (i: number, cost: number): boolean => {
    if (++nodes > maxNodes) return false;
    if (i === n) {
      if (cost < bestValue - EPS) {
        bestValue = cost;
        best = Int32Array.from(group);
      }
      return true;
    }
    // Members still to come must fill every group to at least `lo`.
    let missing = 0;
    for (let g = 0; g < k; g++) missing += Math.max(0, lo - size[g]!);
    if (missing > n - i) return true;
    // Every member still to come that must have a group adds at least its km to the nearest group so far.
    let bound = cost;
    for (let j = i; j < n && bound < bestValue; j++) {
      if (!input.forced[j] && reserveRoom - reserved > 0) continue;
      let m = Number.POSITIVE_INFINITY;
      for (let g = 0; g < k; g++) if (size[g]! < hi && !seen.has(place[j]! * k + g)) m = Math.min(m, toGroup[j * k + g]!);
      if (m === Number.POSITIVE_INFINITY) return true;
      bound += m;
    }
    if (bound >= bestValue - EPS) return true;
    const options: number[] = [];
    const fixed = fixedAt(i);
    if (fixed >= 0) options.push(fixed);
    else {
      // Symmetry: an unpinned member opens at most the next empty unpinned group.
      let openedNew = false;
      for (let g = 0; g < k; g++) {
        const empty = size[g] === 0 && !pinnedGroups.has(g);
        if (empty && openedNew) continue;
        if (empty) openedNew = true;
        options.push(g);
      }
      if (!input.forced[i] && reserved < reserveRoom) options.push(-1);
    }
    for (const g of options) {
      if (g < 0) {
        reserved++;
        const ok = dfs(i + 1, cost);
        reserved--;
        if (!ok) return false;
        continue;
      }
      if (size[g]! >= hi || seen.has(place[i]! * k + g)) continue;
      if (size[g] === hi - 1 && hi > lo && full >= atHi) continue;
      const add = toGroup[i * k + g]!;
      group[i] = g;
      size[g]! += 1;
      if (size[g] === hi && hi > lo) full++;
      seen.add(place[i]! * k + g);
      for (let j = i + 1; j < n; j++) toGroup[j * k + g]! += dist[j * n + i]!;
      const ok = dfs(i + 1, cost + add);
      for (let j = i + 1; j < n; j++) toGroup[j * k + g]! -= dist[j * n + i]!;
      seen.delete(place[i]! * k + g);
      if (size[g] === hi && hi > lo) full--;
      size[g]! -= 1;
      group[i] = -1;
      if (!ok) return false;
    }
    return true;
  };
  return dfs(0, 0) ? { group: best, cost: bestValue } : undefined;
}

/** The best partition found; `proven` when the exact search confirmed it. Assumes a feasible input (see `construct`). */
export function partition(input: PartitionInput): PartitionResult {
  const { n, groups: k } = input;
  if (k === 0 || n === 0) return { group: new Int32Array(n).fill(-1), cost: 0, proven: true, lowerBound: 0 };
  const sizes = balancedSizes(input.placed, k);
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  const near = neighbours(input, Math.min(n - 1, 40));
  const start = construct(input, sizes);
  const s = new State(input, lo, hi, start);
  descend(s, near);
  let best = Int32Array.from(s.group);
  let bestCost = s.cost;
  const random = prng(input.seed);
  // Rounds of perturbation: 200 for small cohorts, fewer per member as a round grows (about 2 s of CPU at 1,400 here).
  const rounds = input.rounds ?? Math.max(200, Math.min(2 * n, Math.floor(600_000 / n)));
  const current = s;
  for (let round = 0; round < rounds; round++) {
    current.journal = [];
    // Perturb: a few random feasible swaps between near members, then descend again from there.
    const kicks = 2 + Math.floor(random() * 3);
    const touched: number[] = [];
    for (let t = 0, tries = 0; t < kicks && tries < 50; tries++) {
      const i = Math.floor(random() * n);
      const list = near[i]!;
      if (list.length === 0) break;
      const j = list[Math.floor(random() * list.length)]!;
      if (current.swapDelta(i, j) !== undefined) {
        current.swap(i, j);
        touched.push(i, j, ...list.subarray(0, REVISIT), ...near[j]!.subarray(0, REVISIT));
        t++;
      }
    }
    descend(current, near, touched);
    // Keep a result at least as good (plateaus are crossed); otherwise go back.
    if (current.cost < bestCost + EPS) {
      current.journal = undefined;
      if (current.cost < bestCost - EPS) {
        best = Int32Array.from(current.group);
        bestCost = current.cost;
      }
    } else current.undo();
  }
  // The exact search only where it can finish: each node costs about n × k.
  const budget = input.exactNodes ?? (n <= 20 ? Math.floor(2e7 / (n * k)) : 0);
  const proof = budget > 0 ? exact(input, sizes, best, bestCost, budget) : undefined;
  if (proof) return { group: proof.group, cost: partitionCost(input, proof.group), proven: true, lowerBound: partitionCost(input, proof.group) };
  return { group: best, cost: partitionCost(input, best), proven: false, lowerBound: Math.min(lowerBound(input, lo), bestCost) };
}
