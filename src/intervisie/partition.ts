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
  /** Search effort: rounds of perturbation (default from n). */
  rounds?: number;
  /** Nodes the exact search may visit before it gives up proving (default: about 4e7 / (n × k) up to 30 members, none above). */
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

/** Mulberry32: a small seeded generator (no Math.random below the shell). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  /** km from member i to the members of group g, at i * k + g. */
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
    this.cost += this.toGroup[i * k + g]!;
    this.group[i] = g;
    this.size[g]! += 1;
    const key = input.place[i]! * k + g;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    for (let j = 0; j < n; j++) this.toGroup[j * k + g]! += input.dist[j * n + i]!;
  }
  remove(i: number): void {
    const { n, k, input } = this;
    const g = this.group[i]!;
    for (let j = 0; j < n; j++) this.toGroup[j * k + g]! -= input.dist[j * n + i]!;
    this.cost -= this.toGroup[i * k + g]!;
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
    return this.toGroup[i * this.k + b]! - this.toGroup[i * this.k + a]!;
  }
  /** Change in cost of swapping i and j (either may be on the reserve list, not both), or undefined. */
  swapDelta(i: number, j: number): number | undefined {
    const a = this.group[i]!;
    const b = this.group[j]!;
    if (a === b || !this.movable(i) || !this.movable(j)) return undefined;
    const { k, input } = this;
    const pi = input.place[i]!;
    const pj = input.place[j]!;
    const dij = input.dist[i * input.n + j]!;
    if (b < 0) {
      if (input.forced[i] || (pi !== pj && this.has(pj, a))) return undefined;
      return this.toGroup[j * k + a]! - dij - this.toGroup[i * k + a]!;
    }
    if (a < 0) return this.swapDelta(j, i);
    if (pi !== pj && (this.has(pi, b) || this.has(pj, a))) return undefined;
    return this.toGroup[i * k + b]! - dij - this.toGroup[i * k + a]! + (this.toGroup[j * k + a]! - dij - this.toGroup[j * k + b]!);
  }
  move(i: number, b: number): void {
    this.remove(i);
    this.add(i, b);
  }
  swap(i: number, j: number): void {
    const a = this.group[i]!;
    const b = this.group[j]!;
    if (a >= 0) this.remove(i);
    if (b >= 0) this.remove(j);
    if (b >= 0) this.add(i, b);
    if (a >= 0) this.add(j, a);
  }
}

const EPS = 1e-9;

/** Each member's nearest others (up to `count`), nearest first, ties by index. */
function neighbours(input: PartitionInput, count: number): Int32Array[] {
  const { n, dist } = input;
  const out: Int32Array[] = [];
  const idx = Array.from({ length: n }, (_, j) => j);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const others = idx.filter((j) => j !== i).sort((a, b) => dist[row + a]! - dist[row + b]! || a - b);
    out.push(Int32Array.from(others.slice(0, count)));
  }
  return out;
}

/** First-improvement descent over moves and swaps with near members and with the reserve list. */
function descend(s: State, near: readonly Int32Array[]): void {
  const { n } = s;
  const reserve = () => {
    const r: number[] = [];
    for (let i = 0; i < n; i++) if (s.group[i]! < 0) r.push(i);
    return r;
  };
  let reserved = reserve();
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < n; i++) {
      for (const j of near[i]!) {
        const b = s.group[j]!;
        if (s.group[i]! >= 0 && b >= 0) {
          const d = s.moveDelta(i, b);
          if (d !== undefined && d < -EPS) {
            s.move(i, b);
            improved = true;
            continue;
          }
        }
        const d = s.swapDelta(i, j);
        if (d !== undefined && d < -EPS) {
          s.swap(i, j);
          improved = true;
          if (s.group[i]! < 0 || s.group[j]! < 0) reserved = reserve();
        }
      }
      if (s.group[i]! >= 0) {
        for (const r of reserved) {
          const d = s.swapDelta(i, r);
          if (d !== undefined && d < -EPS) {
            s.swap(i, r);
            improved = true;
            reserved = reserve();
            break;
          }
        }
      }
    }
  }
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
  // Regional seeds: the farthest-point sequence from the first chosen member.
  const seeds: number[] = [];
  const pinnedSeeds = new Map<number, number>();
  for (const i of chosen) if (fixedAt(i) >= 0 && !pinnedSeeds.has(fixedAt(i))) pinnedSeeds.set(fixedAt(i), i);
  const nearestSeed = new Map<number, number>(chosen.map((i) => [i, Number.POSITIVE_INFINITY]));
  for (let g = 0; g < k; g++) {
    let seed = pinnedSeeds.get(g);
    if (seed === undefined) {
      let far = -1;
      for (const i of chosen) {
        const d = seeds.length === 0 ? 0 : nearestSeed.get(i)!;
        if (d > far) [seed, far] = [i, d];
      }
    }
    seeds.push(seed!);
    for (const i of chosen) nearestSeed.set(i, Math.min(nearestSeed.get(i)!, dist[i * n + seed!]!));
  }
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
    const ds: number[] = [];
    for (let j = 0; j < n; j++) if (j !== i && place[j] !== place[i]) ds.push(dist[i * n + j]!);
    ds.sort((a, b) => a - b);
    own.push(ds.slice(0, Math.max(0, lo - 1)).reduce((s, d) => s + d, 0) / 2);
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
  const rounds = input.rounds ?? Math.max(30, Math.min(400, Math.floor(40000 / n)));
  let current = new State(input, lo, hi, best);
  for (let round = 0; round < rounds; round++) {
    // Perturb: a few random feasible swaps between near members, then descend again.
    const kicks = 2 + Math.floor(random() * 3);
    for (let t = 0, tries = 0; t < kicks && tries < 50; tries++) {
      const i = Math.floor(random() * n);
      const list = near[i]!;
      if (list.length === 0) break;
      const j = list[Math.floor(random() * list.length)]!;
      if (current.swapDelta(i, j) !== undefined) {
        current.swap(i, j);
        t++;
      }
    }
    descend(current, near);
    if (current.cost < bestCost - EPS) {
      best = Int32Array.from(current.group);
      bestCost = current.cost;
    } else if (current.cost > bestCost + EPS) current = new State(input, lo, hi, best);
  }
  // The exact search only where it can finish: each node costs about n × k.
  const budget = input.exactNodes ?? (n <= 30 ? Math.floor(4e7 / (n * k)) : 0);
  const proof = budget > 0 ? exact(input, sizes, best, bestCost, budget) : undefined;
  if (proof) return { group: proof.group, cost: partitionCost(input, proof.group), proven: true, lowerBound: partitionCost(input, proof.group) };
  return { group: best, cost: partitionCost(input, best), proven: false, lowerBound: Math.min(lowerBound(input, lo), bestCost) };
}
