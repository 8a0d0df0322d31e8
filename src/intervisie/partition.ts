/**
 * The optimisation behind `cohort groups`: split members into groups of balanced sizes, never two of
 * one municipality in a group, with the least pairwise travel (a group's travel is the sum of the road
 * km between every two of its members: each member visits every other member's municipality once).
 * Members not forced into a group may go to the reserve list, whose size is fixed by `placed`.
 *
 * Memory is linear in the members: distances come on demand from a table between the members'
 * points (municipalities: at most a few hundred, however many registrations), a group's members are
 * a short list, and each member keeps a bounded list of candidates from the nearest points. No
 * member × member table is built (20,000 members would need 3.2 GB), and a member × group table only
 * for small instances (n × k up to TABLE_CELLS; 20,000 members in 3,333 groups would need 530 MB):
 * there it lets the local search skip the looks that cannot gain, without changing any decision.
 *
 * Small instances are solved exactly (a depth-first branch and bound with symmetry breaking, seeded
 * by the local search's result); larger ones by a seeded local search (regional construction, then
 * moves and swaps between groups and with the reserve list, iterated with small perturbations; from
 * PAIRS_FROM members near pairs of groups re-split exactly instead of the perturbations), with
 * a lower bound reported so the gap to the optimum is known. Deterministic: steps, never a clock.
 */

import { prng } from '../plan/random.js';

export interface PartitionInput {
  /** Number of members. */
  n: number;
  /** Distinct points (municipalities) the members are at. */
  points: number;
  /** Road km between points a and b at a * points + b (symmetric, 0 on the diagonal). */
  km: Float64Array;
  /** Point of each member, in [0, points). */
  point: Int32Array;
  /** Municipality per member: two members with the same number may never share a group (same number, same point). */
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
  /** Search effort: rounds of perturbation (default: 200, or up to 600,000 ÷ n for large n; none with `pairs`). */
  rounds?: number;
  /** Re-split near pairs of groups exactly after the descent (default: from PAIRS_FROM members when all are placed; never above groups of PAIRS_UP_TO). */
  pairs?: boolean;
  /** Nodes the exact search may visit before it gives up proving (default: 2e7 / (n × k) up to 20 members, none above). */
  exactNodes?: number;
  /** false: the local search sums every look in full, without its shortcuts (the same result, slower; for tests). */
  shortcuts?: boolean;
  /** false: no lower bound is computed (0 is reported, trivially one) for callers that never show it; the groups are the same. */
  bound?: boolean;
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

/**
 * Points for members given by a location number each (e.g. the municipality index of
 * src/calendar/travel.ts, -1 for unknown): the distinct numbers in order of first appearance, and the
 * km table between them from `kmOf` (points × points, not members × members).
 */
export function atPoints(locations: readonly number[], kmOf: (a: number, b: number) => number): Pick<PartitionInput, 'points' | 'km' | 'point'> {
  const index = new Map<number, number>();
  const point = Int32Array.from(locations, (x) => {
    let p = index.get(x);
    if (p === undefined) index.set(x, (p = index.size));
    return p;
  });
  const keys = [...index.keys()];
  const points = keys.length;
  const km = new Float64Array(points * points);
  for (let a = 0; a < points; a++) for (let b = a + 1; b < points; b++) km[a * points + b] = km[b * points + a] = kmOf(keys[a]!, keys[b]!);
  return { points, km, point };
}

/** Sizes of the groups for `placed` members in `groups` groups: the first `placed % groups` get one more. */
export function balancedSizes(placed: number, groups: number): number[] {
  const base = Math.floor(placed / groups);
  return Array.from({ length: groups }, (_, g) => base + (g < placed % groups ? 1 : 0));
}

type Km = Pick<PartitionInput, 'points' | 'km' | 'point'>;

/** Road km between members i and j. */
function kmOf(input: Km, i: number, j: number): number {
  return input.km[input.point[i]! * input.points + input.point[j]!]!;
}

export function partitionCost(input: Km & Pick<PartitionInput, 'n'>, group: Int32Array): number {
  const lists = new Map<number, number[]>();
  for (let i = 0; i < input.n; i++) if (group[i]! >= 0) lists.set(group[i]!, [...(lists.get(group[i]!) ?? []), i]);
  let cost = 0;
  for (const list of lists.values()) for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) cost += kmOf(input, list[a]!, list[b]!);
  return cost;
}

/** The mutable state of the local search: each group's members (a short list), sizes, the cost. */
class State {
  readonly n: number;
  readonly k: number;
  readonly group: Int32Array;
  readonly size: Int32Array;
  /** Members of group g at g * hi … g * hi + size[g] - 1; a member's slot in `slot`. */
  readonly members: Int32Array;
  readonly slot: Int32Array;
  /** km from each member in a group to the others of its group (kept up to date by add and remove). */
  readonly own: Float64Array;
  /**
   * Small instances only (n × k up to TABLE_CELLS): km from every member to all of each group at
   * g * n + i (a group's column contiguous, as add, remove and swap update it), kept up to date by add and remove. descend uses it only to skip looks that cannot
   * gain by far more than any rounding; every decision is still taken on the exact sums.
   */
  readonly toGroup: Float64Array | undefined;
  /** With the table: members of each municipality (numbered 0 … in `placeAt`) in each group, at p * k + g. */
  readonly inGroup: Int32Array | undefined;
  readonly placeAt: Int32Array | undefined;
  cost = 0;
  readonly input: PartitionInput;
  readonly lo: number;
  readonly hi: number;
  constructor(input: PartitionInput, lo: number, hi: number, initial: Int32Array, tabled = true) {
    this.input = input;
    this.lo = lo;
    this.hi = hi;
    this.n = input.n;
    this.k = input.groups;
    this.group = new Int32Array(this.n).fill(-1);
    this.size = new Int32Array(this.k);
    this.members = new Int32Array(this.k * hi);
    this.slot = new Int32Array(this.n).fill(-1);
    this.own = new Float64Array(this.n);
    this.toGroup = tabled && input.shortcuts !== false && this.n * this.k <= TABLE_CELLS ? new Float64Array(this.n * this.k) : undefined;
    if (this.toGroup) {
      const number = new Map<number, number>();
      this.placeAt = Int32Array.from(input.place, (x) => {
        let p = number.get(x);
        if (p === undefined) number.set(x, (p = number.size));
        return p;
      });
      this.inGroup = new Int32Array(number.size * this.k);
    }
    for (let i = 0; i < this.n; i++) if (initial[i]! >= 0) this.add(i, initial[i]!);
  }
  /**
   * km from member i to the members of group g other than `skip`, or -1 when one of them (not `skip`)
   * is of i's municipality: the cost of i joining g in `skip`'s place, and whether the rules allow it.
   */
  joinCost(i: number, g: number, skip: number): number {
    const { input, members, hi } = this;
    const row = input.point[i]! * input.points;
    const p = input.place[i]!;
    let sum = 0;
    for (let s = g * hi, end = s + this.size[g]!; s < end; s++) {
      const m = members[s]!;
      if (m === skip) continue;
      if (input.place[m] === p) return -1;
      sum += input.km[row + input.point[m]!]!;
    }
    return sum;
  }
  add(i: number, g: number, tabled = true): void {
    const { input, members, hi } = this;
    const row = input.point[i]! * input.points;
    let sum = 0;
    for (let s = g * hi, end = s + this.size[g]!; s < end; s++) {
      const m = members[s]!;
      const d = input.km[row + input.point[m]!]!;
      this.own[m]! += d;
      sum += d;
    }
    this.own[i] = sum;
    this.cost += sum;
    this.group[i] = g;
    if (tabled) this.table(i, g, 1);
    const s = g * this.hi + this.size[g]!;
    this.members[s] = i;
    this.slot[i] = s;
    this.size[g]! += 1;
  }
  remove(i: number, tabled = true): void {
    const g = this.group[i]!;
    const s = this.slot[i]!;
    const last = g * this.hi + this.size[g]! - 1;
    const moved = this.members[last]!;
    this.members[s] = moved;
    this.slot[moved] = s;
    this.size[g]! -= 1;
    this.slot[i] = -1;
    this.group[i] = -1;
    if (tabled) this.table(i, g, -1);
    const { input, members, hi } = this;
    const row = input.point[i]! * input.points;
    for (let t = g * hi, end = t + this.size[g]!; t < end; t++) {
      const m = members[t]!;
      this.own[m]! -= input.km[row + input.point[m]!]!;
    }
    this.cost -= this.own[i]!;
    this.own[i] = 0;
  }
  /** i joins (sign 1) or leaves (-1) group g: every member's km to g changes by its km to i. */
  private table(i: number, g: number, sign: number): void {
    const t = this.toGroup;
    if (!t) return;
    this.inGroup![this.placeAt![i]! * this.k + g]! += sign;
    const { km, point, points } = this.input;
    const row = point[i]! * points;
    for (let x = 0, at = g * this.n; x < this.n; x++, at++) t[at]! += sign * km[row + point[x]!]!;
  }
  movable(i: number): boolean {
    return !this.input.fixedGroup || this.input.fixedGroup[i]! < 0;
  }
  /** Change in cost of swapping i and j (either may be on the reserve list, not both), or undefined. */
  swapDelta(i: number, j: number): number | undefined {
    const a = this.group[i]!;
    const b = this.group[j]!;
    if (a === b || !this.movable(i) || !this.movable(j)) return undefined;
    const { input } = this;
    if (b < 0) {
      if (input.forced[i]) return undefined;
      const join = this.joinCost(j, a, i);
      return join < 0 ? undefined : join - this.own[i]!;
    }
    if (a < 0) return this.swapDelta(j, i);
    if (input.place[i] === input.place[j]) return 0;
    const ib = this.joinCost(i, b, j);
    if (ib < 0) return undefined;
    const ja = this.joinCost(j, a, i);
    if (ja < 0) return undefined;
    return ib - this.own[i]! + (ja - this.own[j]!);
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
    // Two groups: the table in one pass (the state's exact sums are add's and remove's as ever).
    const both = a >= 0 && b >= 0 && this.toGroup !== undefined;
    if (a >= 0) this.remove(i, !both);
    if (b >= 0) this.remove(j, !both);
    if (b >= 0) this.add(i, b, !both);
    if (a >= 0) this.add(j, a, !both);
    if (both) this.swapTable(i, j, a, b);
  }
  /** i left group a for b and j left b for a: every member's km to a changes by its km to j less its km to i, to b the other way. */
  private swapTable(i: number, j: number, a: number, b: number): void {
    const t = this.toGroup!;
    const { km, point, points } = this.input;
    const rowI = point[i]! * points;
    const rowJ = point[j]! * points;
    const k = this.k;
    const n = this.n;
    for (let x = 0, atA = a * n, atB = b * n; x < n; x++, atA++, atB++) {
      const d = km[rowJ + point[x]!]! - km[rowI + point[x]!]!;
      t[atA]! += d;
      t[atB]! -= d;
    }
    const inGroup = this.inGroup!;
    const pi = this.placeAt![i]! * k;
    const pj = this.placeAt![j]! * k;
    inGroup[pi + a]! -= 1;
    inGroup[pi + b]! += 1;
    inGroup[pj + b]! -= 1;
    inGroup[pj + a]! += 1;
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
/** The largest member × group table State keeps (8 MB); none with `pairs`, where it cost more than it saved. */
const TABLE_CELLS = 1 << 20;
/**
 * Members from which `pairs` replaces the rounds of perturbation. Measured on national rounds (two or
 * three instances at each size, `pairs` alone against the 600,000 ÷ n rounds): at 700 and 1,000 the
 * rounds find 0.8–4.4 % less km; at 1,200 and 1,300 it is even (−3.9 % to +0.8 %); at 1,400 `pairs`
 * finds 0.25–6.8 % less (four instances) in about half the time, and the rounds fall further behind as
 * n grows (5,000: −3.6 %; 20,000: −5 %).
 */
const PAIRS_FROM = 1_300;
/** Near members looked at again after a change. */
const REVISIT = 10;
/** Candidates per member, and at most this many from one point (so they spread over several municipalities). */
const NEAR = 40;
const PER_POINT = 5;

/** For each point, every point nearest first (ties by number): points × points, tiny. */
export function pointOrder(input: Km): Int32Array {
  const { points, km } = input;
  const order = new Int32Array(points * points);
  // Each row's km sorted natively, then each point put at the first free place of its km (points in
  // order, so ties go by number): the order a comparator sort gives, without a call per comparison.
  const sorted = new Float64Array(points);
  const taken = new Uint8Array(points);
  for (let p = 0; p < points; p++) {
    const row = p * points;
    sorted.set(km.subarray(row, row + points));
    sorted.sort();
    taken.fill(0);
    for (let q = 0; q < points; q++) {
      const d = km[row + q]!;
      let lo = 0;
      let hi = points;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      while (taken[lo]) lo++;
      taken[lo] = 1;
      order[row + lo] = q;
    }
  }
  return order;
}

/** Members at each point, in member order. */
function byPoint(input: Km & Pick<PartitionInput, 'n'>): number[][] {
  const at: number[][] = Array.from({ length: input.points }, () => []);
  for (let i = 0; i < input.n; i++) at[input.point[i]!]!.push(i);
  return at;
}

/**
 * Each member's candidates: up to NEAR members of other municipalities at the nearest points, at most
 * PER_POINT from one point (starting at an offset that differs per member, so that members of one
 * municipality look at different members of the next). Linear memory: n × NEAR.
 */
function neighbours(input: PartitionInput, order: Int32Array, at: readonly number[][]): Int32Array[] {
  const { n, points, place, point } = input;
  const out: Int32Array[] = [];
  const buf = new Int32Array(NEAR);
  for (let i = 0; i < n; i++) {
    let count = 0;
    const row = point[i]! * points;
    for (let t = 0; t < points && count < NEAR; t++) {
      const there = at[order[row + t]!]!;
      let taken = 0;
      for (let u = 0; u < there.length && taken < PER_POINT && count < NEAR; u++) {
        const j = there[(u + i) % there.length]!;
        if (j === i || place[j] === place[i]) continue;
        buf[count++] = j;
        taken++;
      }
    }
    out.push(buf.slice(0, count));
  }
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
  // The hot loop reads the state's arrays directly: `joinCost` is State.joinCost on them (the same sums
  // in the same order, so every decision, and the groups, are exactly the method's).
  const { group, size, own, members, hi, lo, input } = s;
  const { km, point, points, place } = input;
  const fixed = input.fixedGroup;
  const joinCost = (i: number, g: number, skip: number): number => {
    const row = point[i]! * points;
    const p = place[i]!;
    let sum = 0;
    for (let t = g * hi, end = t + size[g]!; t < end; t++) {
      const m = members[t]!;
      if (m === skip) continue;
      if (place[m] === p) return -1;
      sum += km[row + point[m]!]!;
    }
    return sum;
  };
  // Per group: i's km to all its members (-1: one is of i's municipality), for the look `seen` says.
  const seen = new Int32Array(s.k);
  const whole = new Float64Array(s.k);
  const { toGroup: table, inGroup, placeAt } = s;
  const k = s.k;
  const shortcuts = input.shortcuts !== false;
  let look = 0;
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    look++;
    queued[i] = 0;
    let improved = false;
    const a = group[i]!;
    const list = near[i]!;
    const movableI = !fixed || fixed[i]! < 0;
    // What stays the same through the look at i (nothing changes before it breaks off).
    const ownI = own[i]!;
    const rowI = point[i]! * points;
    const iPlaceAt = table ? placeAt![i]! * k : 0;
    for (let t = 0; t < list.length; t++) {
      const j = list[t]!;
      const b = group[j]!;
      if (a >= 0 && b >= 0) {
        // Both in groups (j is of another municipality than i): i's km to b without j serves the move and the swap.
        if (a === b || !movableI) continue;
        const moves = size[a]! - 1 >= lo && size[b]! + 1 <= hi;
        // With the table: whether i may join b and j may join a (neither of the other's municipality), as joinCost would find.
        if (table && inGroup![iPlaceAt + b] !== 0) continue;
        const swaps = (!fixed || fixed[j]! < 0) && (!table || inGroup![placeAt![j]! * k + a] === 0);
        if (!moves && !swaps) continue;
        const ownJ = own[j]!;
        const dij = km[rowI + point[j]!]!;
        if (shortcuts) {
          // A shortcut that changes no decision: i's km to all of b (j included; from the table, or summed
          // once per look at i and group, -1 when b has i's municipality, which j has not) and j's km to
          // all of a. Where the move's and the swap's gains, so estimated, are above zero by far more than
          // the rounding of any of these sums, the exact sums below would find no gain either: skip.
          let wholeB: number;
          let wholeA = 0;
          if (table) {
            wholeB = table[b * n + i]!;
            wholeA = table[a * n + j]!;
          } else {
            if (seen[b] !== look) {
              seen[b] = look;
              whole[b] = joinCost(i, b, -1);
            }
            wholeB = whole[b]!;
            if (wholeB < 0) continue;
          }
          const margin = 1e-6 * (1 + wholeB + wholeA + ownI + ownJ);
          if ((!moves || wholeB - ownI >= margin) && (!swaps || (table ? wholeB - dij - ownI + (wholeA - dij - ownJ) : wholeB - dij - ownI - ownJ) >= margin)) continue;
        }
        const ib = joinCost(i, b, j);
        if (ib < 0) continue;
        if (moves && ib + dij - ownI < -EPS) {
          s.move(i, b);
          changed(i, j);
          improved = true;
          break;
        }
        // A swap gains at most what i gains, plus j's km to its own group (j's km to a is not negative).
        if (!swaps || ib - ownI - ownJ >= -EPS) continue;
        const ja = joinCost(j, a, i);
        if (ja >= 0 && ib - ownI + (ja - ownJ) < -EPS) {
          s.swap(i, j);
          changed(i, j);
          improved = true;
          break;
        }
        continue;
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

/** Near members whose groups are a group's partners in `pairs`. */
const PARTNERS = 10;
/** See `promising` in `pairs`. */
const PROMISING = 0.7;
/** The largest group size `pairs` re-splits by default (two groups of 8: at most 2^15 splits to search). */
const PAIRS_UP_TO = 8;

/**
 * Pairs of near groups re-split exactly: the members of both (at most 2 × hi) divided into two groups
 * of sizes in [lo, hi] with the least km, pinned members staying in their group, by a depth-first
 * search from the current split (so only a strict gain changes anything). Every move and swap between
 * the two, and every exchange of several members at once, is one of these splits. A queue of groups:
 * a group is looked at with each group its members' near members are in, and both go back in the
 * queue after a change. Deterministic: the order is the groups' and the near lists'.
 */
function pairs(s: State, near: readonly Int32Array[]): void {
  const { k, hi, lo, size, members, input } = s;
  const { km, point, points, place } = input;
  const fixed = input.fixedGroup;
  const cap = 2 * hi;
  const dist = new Float64Array(cap * cap);
  const clash = new Uint8Array(cap * cap);
  const who = new Int32Array(cap);
  const order = new Int32Array(cap);
  const leaveA = new Int32Array(cap);
  const leaveB = new Int32Array(cap);
  const pin = new Int8Array(cap);
  const side = new Int8Array(cap);
  const bestSide = new Int8Array(cap);
  const count = new Int32Array(2);
  let m = 0;
  let best = 0;
  let found = false;
  // to[x * cap + w]: km from member w to those put on side x so far; clashes[x * cap + w]: how many of them are of w's municipality.
  const to = new Float64Array(2 * cap);
  const clashes = new Int32Array(2 * cap);
  const dfs = (u: number, cost: number): void => {
    if (u === m) {
      if (count[0]! >= lo && count[1]! >= lo && cost < best) {
        best = cost;
        bestSide.set(side);
        found = true;
      }
      return;
    }
    // Members from here on are free (those who stay were placed before the search).
    for (let x = 0; x < 2; x++) {
      if (count[x]! >= hi || clashes[x * cap + u]! > 0) continue;
      const next = cost + to[x * cap + u]!;
      if (next >= best) continue;
      // Put u on side x; everyone after it then adds at least its km to the side it can still go to.
      side[u] = x;
      count[x]! += 1;
      let bound = next;
      const row = x * cap;
      for (let w = u + 1; w < m; w++) {
        to[row + w]! += dist[w * cap + u]!;
        clashes[row + w]! += clash[w * cap + u]!;
      }
      const full0 = count[0]! >= hi;
      const full1 = count[1]! >= hi;
      for (let w = u + 1; w < m && bound < best; w++) {
        const c0 = full0 || clashes[w]! > 0 ? Number.POSITIVE_INFINITY : to[w]!;
        const c1 = full1 || clashes[cap + w]! > 0 ? Number.POSITIVE_INFINITY : to[cap + w]!;
        bound += c0 < c1 ? c0 : c1;
      }
      if (bound < best) dfs(u + 1, next);
      for (let w = u + 1; w < m; w++) {
        to[row + w]! -= dist[w * cap + u]!;
        clashes[row + w]! -= clash[w * cap + u]!;
      }
      count[x]! -= 1;
    }
  };
  /** Re-split groups a and b; true when it gained. */
  const split = (a: number, b: number): boolean => {
    m = 0;
    let pinned = false;
    for (let x = 0; x < 2; x++)
      for (let g = x === 0 ? a : b, t = g * hi, end = t + size[g]!; t < end; t++) {
        const i = members[t]!;
        who[m] = i;
        const f = fixed ? fixed[i]! : -1;
        pin[m] = f >= 0 ? x : -1;
        if (f >= 0) pinned = true;
        side[m] = x;
        m++;
      }
    if (!pinned) {
      // The two groups are alike: the first member stays on its side.
      pin[0] = 0;
    }
    // Two of one municipality (one in each group) are on different sides either way, and trading them
    // changes nothing: both stay (so pairs of near-alike groups, common in large rounds, are quick).
    let free = 0;
    for (let u = 0; u < m; u++) {
      for (let v = 0; v < u; v++)
        if (place[who[u]!] === place[who[v]!] && pin[u]! < 0 && (pin[v]! < 0 || (v === 0 && !pinned))) {
          pin[v] = side[v]!;
          pin[u] = side[u]!;
        }
      if (pin[u]! < 0) free++;
    }
    if (free === 0) return false;
    // Those who stay first (in their order), then the others: the search branches on the others only.
    let at = 0;
    for (let u = 0; u < m; u++) if (pin[u]! >= 0) order[at++] = who[u]!;
    const stay = at;
    for (let u = 0; u < m; u++) if (pin[u]! < 0) order[at++] = who[u]!;
    for (let u = 0; u < m; u++) {
      const i = order[u]!;
      who[u] = i;
      side[u] = s.group[i] === a ? 0 : 1;
      pin[u] = u < stay ? side[u]! : -1;
    }
    let current = 0;
    for (let u = 0; u < m; u++) {
      const row = point[who[u]!]! * points;
      for (let v = 0; v < u; v++) {
        const d = km[row + point[who[v]!]!]!;
        dist[u * cap + v] = d;
        clash[u * cap + v] = place[who[u]!] === place[who[v]!] ? 1 : 0;
        if (side[u] === side[v]) current += d;
      }
    }
    // Below the current split by more than any rounding: a gain.
    best = current - 1e-7 * (1 + current);
    found = false;
    count[0] = 0;
    count[1] = 0;
    to.fill(0);
    clashes.fill(0);
    // Those who stay, on their side, at once.
    let fixedCost = 0;
    for (let u = 0; u < stay; u++) {
      const x = side[u]!;
      fixedCost += to[x * cap + u]!;
      count[x]! += 1;
      for (let w = u + 1; w < m; w++) {
        to[x * cap + w]! += dist[w * cap + u]!;
        clashes[x * cap + w]! += clash[w * cap + u]!;
      }
    }
    dfs(stay, fixedCost);
    if (!found) return false;
    // The members changing sides as swaps, one more as a move where the sizes change (so a round's journal can undo them).
    let fromA = 0;
    let fromB = 0;
    for (let u = 0; u < m; u++) {
      const now = s.group[who[u]!] === a ? 0 : 1;
      if (bestSide[u] === now) continue;
      if (now === 0) leaveA[fromA++] = who[u]!;
      else leaveB[fromB++] = who[u]!;
    }
    for (let t = 0; t < fromA || t < fromB; t++) {
      if (t < fromA && t < fromB) s.swap(leaveA[t]!, leaveB[t]!);
      else if (t < fromA) s.move(leaveA[t]!, b);
      else s.move(leaveB[t]!, a);
    }
    return true;
  };
  /**
   * Whether re-splitting a and b looks worth it: the least a member of each would add by joining the
   * other group whole, less its km to its own, summed, is below PROMISING × the pair's mean km per
   * member (measured on national rounds of 1,400 and 20,000: no split gained above 0.9 of it, 98 % of
   * the gain was below 0.7, and most pairs are above).
   */
  const promising = (a: number, b: number): boolean => {
    let least = 0;
    let owned = 0;
    for (let x = 0; x < 2; x++) {
      const g = x === 0 ? a : b;
      const o = x === 0 ? b : a;
      let lowest = Number.POSITIVE_INFINITY;
      for (let t = g * hi, end = t + size[g]!; t < end; t++) {
        const i = members[t]!;
        owned += s.own[i]!;
        const join = s.joinCost(i, o, -1);
        if (join >= 0 && join - s.own[i]! < lowest) lowest = join - s.own[i]!;
      }
      least += lowest;
    }
    return least < (PROMISING * owned) / (size[a]! + size[b]!);
  };
  const queued = new Uint8Array(k);
  const queue: number[] = [];
  const push = (g: number) => {
    if (queued[g]) return;
    queued[g] = 1;
    queue.push(g);
  };
  for (let g = 0; g < k; g++) push(g);
  // The partners of the group looked at, each once: the groups of its members' nearest, then second nearest, … members.
  const seen = new Int32Array(k).fill(-1);
  const partners: number[] = [];
  const changed = new Int32Array(k);
  // When each pair was last tried (the clock then), in an open-addressing table keyed by the pair.
  let slots = 1 << 12;
  let keys = new Float64Array(slots).fill(-1);
  let stamps = new Int32Array(slots);
  let used = 0;
  const slotOf = (key: number): number => {
    let at = (Math.imul(key | 0, 0x9e3779b1) >>> 0) & (slots - 1);
    while (keys[at] !== -1 && keys[at] !== key) at = (at + 1) & (slots - 1);
    return at;
  };
  const stamp = (key: number, value: number) => {
    let at = slotOf(key);
    if (keys[at] === -1) {
      if (2 * ++used > slots) {
        const [oldKeys, oldStamps] = [keys, stamps];
        slots *= 2;
        keys = new Float64Array(slots).fill(-1);
        stamps = new Int32Array(slots);
        for (let x = 0; x < oldKeys.length; x++) if (oldKeys[x] !== -1) {
          const y = slotOf(oldKeys[x]!);
          keys[y] = oldKeys[x]!;
          stamps[y] = oldStamps[x]!;
        }
        at = slotOf(key);
      }
      keys[at] = key;
    }
    stamps[at] = value;
  };
  let clock = 1;
  let looks = 0;
  for (let head = 0; head < queue.length; head++) {
    const g = queue[head]!;
    queued[g] = 0;
    looks++;
    partners.length = 0;
    for (let r = 0; r < PARTNERS; r++)
      for (let t = g * hi, end = t + size[g]!; t < end; t++) {
        const list = near[members[t]!]!;
        if (r >= list.length) continue;
        const h = s.group[list[r]!]!;
        if (h < 0 || h === g || seen[h] === looks) continue;
        seen[h] = looks;
        partners.push(h);
      }
    for (const h of partners) {
      const key = g < h ? g * k + h : h * k + g;
      const at = slotOf(key);
      if (keys[at] === key && stamps[at]! >= changed[g]! && stamps[at]! >= changed[h]!) continue;
      if (promising(g, h) && split(g, h)) {
        changed[g] = changed[h] = ++clock;
        push(h);
        push(g);
      }
      stamp(key, clock);
    }
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
}

/** Splits `members` into `parts` regions of near-equal size: along the axis of two far-apart members, recursively. */
function bisect(input: PartitionInput, members: readonly number[], parts: number): number[][] {
  if (parts <= 1 || members.length <= 1) return [[...members]];
  // Two far-apart members: the farthest from the first, then the farthest from that one.
  const far = (from: number) => members.reduce((best, i) => (kmOf(input, from, i) > kmOf(input, from, best) ? i : best), members[0]!);
  const a = far(members[0]!);
  const b = far(a);
  const axis = members.map((i) => ({ i, x: kmOf(input, a, i) - kmOf(input, b, i) })).sort((p, q) => p.x - q.x || p.i - q.i);
  const left = Math.floor(parts / 2);
  const cut = Math.round((members.length * left) / parts);
  return [...bisect(input, axis.slice(0, cut).map((p) => p.i), left), ...bisect(input, axis.slice(cut).map((p) => p.i), parts - left)];
}

/** The member with the least km to the others of its region. */
function medoid(input: PartitionInput, region: readonly number[]): number {
  let best = region[0]!;
  let bestSum = Number.POSITIVE_INFINITY;
  for (const i of region) {
    let sum = 0;
    for (const j of region) sum += kmOf(input, i, j);
    if (sum < bestSum) [best, bestSum] = [i, sum];
  }
  return best;
}

/**
 * A first feasible partition: the placed set (forced first, then in the order given while their
 * municipality has a group left), then each member to the nearest of k regional seeds with room and
 * without their municipality; where that fails, members dealt round-robin by municipality (always
 * feasible while no municipality has more members than there are groups), or with pinned members
 * (which the round-robin would move) by augmenting paths. The nearest seeds are
 * found point by point (the seeds at each point, points nearest first), not by measuring all k.
 */
function construct(input: PartitionInput, sizes: readonly number[], order: Int32Array): Int32Array {
  const { n, groups: k, place, points, point } = input;
  const group = new Int32Array(n).fill(-1);
  const chosen: number[] = [];
  const isChosen = new Uint8Array(n);
  const perPlace = new Map<number, number>();
  const take = (i: number) => {
    chosen.push(i);
    isChosen[i] = 1;
    perPlace.set(place[i]!, (perPlace.get(place[i]!) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) if (input.forced[i] || (input.fixedGroup && input.fixedGroup[i]! >= 0)) take(i);
  for (let i = 0; i < n && chosen.length < input.placed; i++) if (!isChosen[i] && (perPlace.get(place[i]!) ?? 0) < k) take(i);
  const fixedAt = (i: number) => (input.fixedGroup ? input.fixedGroup[i]! : -1);
  // Regional seeds: the medoids of a recursive bisection into k regions of the right sizes.
  const pinnedSeeds = new Map<number, number>();
  for (const i of chosen) if (fixedAt(i) >= 0 && !pinnedSeeds.has(fixedAt(i))) pinnedSeeds.set(fixedAt(i), i);
  const regions = bisect(input, chosen, sizes.length);
  const free = [...Array(k).keys()].filter((g) => !pinnedSeeds.has(g));
  const seeds: number[] = new Array<number>(k);
  for (const [g, i] of pinnedSeeds) seeds[g] = i;
  const pinnedSet = new Set(pinnedSeeds.values());
  const medoids = regions.map((region) => medoid(input, region)).filter((m) => !pinnedSet.has(m));
  free.forEach((g, at) => (seeds[g] = medoids[at] ?? chosen[at % chosen.length]!));
  // The groups seeded at each point, in group order.
  const seededAt: number[][] = Array.from({ length: points }, () => []);
  seeds.forEach((s, g) => seededAt[point[s]!]!.push(g));
  const size = new Int32Array(k);
  const seen = new Set<number>();
  const put = (i: number, g: number) => {
    group[i] = g;
    size[g]! += 1;
    seen.add(place[i]! * k + g);
  };
  for (const i of chosen) if (fixedAt(i) >= 0) put(i, fixedAt(i));
  /** The seeds' groups nearest member i first (ties by point, then group), until `want` accepts one. */
  const nearestSeed = (i: number, want: (g: number) => boolean): number => {
    const row = point[i]! * points;
    for (let t = 0; t < points; t++) for (const g of seededAt[order[row + t]!]!) if (want(g)) return g;
    return -1;
  };
  // Members with the clearest nearest seed go first (regret order).
  const rest = chosen.filter((i) => fixedAt(i) < 0);
  const seedKm = (i: number, g: number) => (g < 0 ? 0 : kmOf(input, i, seeds[g]!));
  const regretOf = (i: number) => {
    const first = nearestSeed(i, () => true);
    const second = nearestSeed(i, (g) => g !== first);
    return second < 0 ? 0 : seedKm(i, second) - seedKm(i, first);
  };
  const ordered = rest.map((i) => ({ i, regret: regretOf(i) })).sort((a, b) => b.regret - a.regret || a.i - b.i);
  let ok = true;
  for (const { i } of ordered) {
    const target = nearestSeed(i, (g) => size[g]! < sizes[g]! && !seen.has(place[i]! * k + g));
    if (target < 0) {
      ok = false;
      break;
    }
    put(i, target);
  }
  if (ok) return group;
  // Second try: the most frequent municipalities first, each member to the emptiest group that may take them.
  for (const i of chosen)
    if (fixedAt(i) < 0 && group[i]! >= 0) {
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
  if (ok) return group;
  if (pinnedSeeds.size > 0) {
    // Pinned members fix part of the groups, so the round-robin below does not apply, and the placed
    // set chosen above may not fit around them. Choose it again by augmenting paths: the forced, then
    // everyone in order, each kept when some assignment of those kept so far still keeps the rules
    // (a member who cannot be fitted in waits), until `placed` are in.
    for (const i of chosen)
      if (fixedAt(i) < 0 && group[i]! >= 0) {
        size[group[i]!]! -= 1;
        seen.delete(place[i]! * k + group[i]!);
        group[i] = -1;
      }
    const members: number[][] = Array.from({ length: k }, () => []);
    for (const i of chosen) if (group[i]! >= 0) members[group[i]!]!.push(i);
    const move = (i: number, from: number, to: number) => {
      if (from >= 0) {
        const list = members[from]!;
        list.splice(list.indexOf(i), 1);
        size[from]! -= 1;
        seen.delete(place[i]! * k + from);
      }
      put(i, to);
      members[to]!.push(i);
    };
    /** Member i into a group other than `from` (its own, -1 when none), moving others along a path where needed. */
    const augment = (i: number, from: number, visited: Uint8Array): boolean => {
      for (let g = 0; g < k; g++) {
        if (g === from || visited[g] || seen.has(place[i]! * k + g)) continue;
        visited[g] = 1;
        if (size[g]! < sizes[g]!) return (move(i, from, g), true);
        for (const j of [...members[g]!]) if (fixedAt(j) < 0 && augment(j, g, visited)) return (move(i, from, g), true);
      }
      return false;
    };
    let count = members.reduce((sum, m) => sum + m.length, 0);
    const candidates = [...Array(n).keys()].filter((i) => fixedAt(i) < 0).sort((a, b) => Number(input.forced[b]) - Number(input.forced[a]) || a - b);
    for (const i of candidates) if (count < input.placed && augment(i, -1, new Uint8Array(k))) count++;
    return group;
  }
  // Round-robin by municipality: a municipality's members land in consecutive, hence different, groups.
  group.fill(-1);
  const slots: number[] = [];
  for (let round = 0; slots.length < chosen.length; round++) for (let g = 0; g < k; g++) if (round < sizes[g]!) slots.push(g);
  const byPlace = [...chosen].sort((a, b) => place[a]! - place[b]! || a - b);
  byPlace.forEach((i, at) => (group[i] = slots[at]!));
  return group;
}

/**
 * A lower bound on the optimum. Every group's km can be shared out over its members as half of each
 * member's km to the others; a member in a group of at least `lo` has `lo - 1` others, each of a
 * different municipality than its own and than each other's (one member per municipality in a
 * group), so its share is at least half the km to its `lo - 1` nearest other municipalities among the
 * members (a point shared by members of different municipalities, an unknown one, counts that
 * often). The members placed are at least the forced ones plus the cheapest of the rest. Linear
 * memory: the points nearest first, per point. Then the cheapest groups around each point sharpen
 * it (`cliqueBound`), and the larger of the two is the bound.
 */
export function lowerBound(input: PartitionInput, nearestFirst?: Int32Array): number {
  const { n, points, point, place, groups: k } = input;
  if (k === 0 || n === 0 || input.placed === 0) return 0;
  const sizes = balancedSizes(input.placed, k);
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  const order = nearestFirst ?? pointOrder(input);
  const at = byPoint(input);
  // Municipalities at each point: one for every known municipality.
  const placesAt = at.map((list) => new Set(list.map((i) => place[i]!)));
  const shared = placesAt.some((s) => s.size > 1);
  const star = (i: number, count: number) => {
    const row = point[i]! * points;
    let sum = 0;
    let left = count;
    for (let t = 0; t < points && left > 0; t++) {
      const q = order[row + t]!;
      const usable = placesAt[q]!.size - (placesAt[q]!.has(place[i]!) ? 1 : 0);
      for (let u = 0; u < usable && left > 0; u++, left--) sum += input.km[row + q]!;
    }
    return sum;
  };
  const byStar = Array.from({ length: n }, (_, i) => star(i, lo - 1) / 2);
  const perMember = (share: readonly number[]) => {
    const forced = share.filter((_, i) => input.forced[i]);
    const free = share.filter((_, i) => !input.forced[i]).sort((a, b) => a - b);
    return [...forced, ...free.slice(0, Math.max(0, input.placed - forced.length))].reduce((s, x) => s + x, 0);
  };
  const a = perMember(byStar);
  if (shared || lo < 2) return a;
  const clique = cliqueBound(input, order, at, lo, hi);
  const b = perMember(Array.from({ length: n }, (_, i) => clique[point[i]!]!));
  return Math.max(a, b);
}

/** Search nodes per point for the cheapest group around it; past that, the point's star bound (below) is used. */
const CLIQUE_NODES = 3000;

/**
 * Per point p: the least km of a group of s members at distinct points including p, divided by s (a
 * group's km shared out equally; the least over the sizes lo … hi a group may have). A depth-first
 * branch and bound over the other points nearest first: each point still to add costs at least its
 * km to p and to the points chosen so far. Where the search runs out of nodes, the share is the sum
 * of p's s - 1 nearest km ÷ s (every group through p has those edges at least), still a bound.
 */
function cliqueBound(input: PartitionInput, order: Int32Array, at: readonly number[][], lo: number, hi: number): Float64Array {
  const { points, km } = input;
  const out = new Float64Array(points);
  const occupied = at.map((list) => list.length > 0);
  for (let p = 0; p < points; p++) {
    if (!occupied[p]) continue;
    const row = p * points;
    const cand: number[] = [];
    for (let t = 0; t < points; t++) {
      const q = order[row + t]!;
      if (q !== p && occupied[q]) cand.push(q);
    }
    let share = Number.POSITIVE_INFINITY;
    for (let s = lo; s <= hi; s++) {
      if (cand.length < s - 1) continue;
      // The nearest s - 1 as the first incumbent.
      const chosen: number[] = [p];
      let best = 0;
      for (let t = 0; t < s - 1; t++) {
        for (const c of chosen) best += km[c * points + cand[t]!]!;
        chosen.push(cand[t]!);
      }
      let starSum = 0;
      for (let t = 0; t < s - 1; t++) starSum += km[row + cand[t]!]!;
      // Greedy growth (each step the point that adds least, among the nearest few) often beats the nearest s - 1.
      {
        const pool = cand.slice(0, Math.min(cand.length, 4 * s));
        const grown: number[] = [p];
        let cost = 0;
        const used = new Uint8Array(pool.length);
        while (grown.length < s) {
          let pick = -1;
          let least = Number.POSITIVE_INFINITY;
          pool.forEach((q, t) => {
            if (used[t]) return;
            let x = 0;
            for (const c of grown) x += km[c * points + q]!;
            if (x < least) [pick, least] = [t, x];
          });
          used[pick] = 1;
          grown.push(pool[pick]!);
          cost += least;
        }
        best = Math.min(best, cost);
      }
      /** The sum of q's `count` nearest km to occupied points other than p and `skip` (its row in `order`, nearest first). */
      const nearestOf = (q: number, count: number, skip: number): number => {
        let sum = 0;
        for (let t = 0, left = count; t < points && left > 0; t++) {
          const x = order[q * points + t]!;
          if (x === q || x === p || x === skip || !occupied[x]) continue;
          sum += km[q * points + x]!;
          left--;
        }
        return sum;
      };
      // A point q can be in a cheaper group only if its km to p, p's s - 2 nearest others and q's s - 2
      // nearest others (the group's edges at p and at q, the edge p–q once) stay below the incumbent.
      const near: number[] = [];
      for (const q of cand) {
        if (km[row + q]! + nearestOf(p, s - 2, q) >= best - EPS) break;
        if (km[row + q]! + nearestOf(p, s - 2, q) + nearestOf(q, s - 2, p) < best - EPS) near.push(q);
      }
      if (near.length < s - 1) {
        // No point can join a cheaper group than the incumbent: it is the cheapest.
        share = Math.min(share, best / s);
        continue;
      }
      const inNear = new Uint8Array(points);
      for (const q of near) inNear[q] = 1;
      // The edges among the points still to add: each at least half its r nearest km to the other candidates, r = those left - 1.
      const nn: Float64Array[] = near.map((q) => {
        const sums = new Float64Array(s);
        let r = 1;
        for (let t = 0; t < points && r < s; t++) {
          const x = order[q * points + t]!;
          if (x === q || !inNear[x]) continue;
          sums[r] = sums[r - 1]! + km[q * points + x]! / 2;
          r++;
        }
        for (; r < s; r++) sums[r] = sums[r - 1]!;
        return sums;
      });
      let nodes = 0;
      // The root's bound on the cheapest group through p: what is left when the search runs out of nodes.
      let rootBound = 0;
      const picked: number[] = [p];
      // adds[d][t]: km from near[t] to the d + 1 points picked so far (p first), one row per depth, each from the one before.
      const adds = Array.from({ length: s }, () => new Float64Array(near.length));
      near.forEach((q, t) => (adds[0]![t] = km[row + q]!));
      const least = new Float64Array(s);
      const rests = Array.from({ length: s }, () => new Float64Array(near.length));
      const dfs = (from: number, cost: number): boolean => {
        const left = s - picked.length;
        if (left === 0) {
          if (cost < best) best = cost;
          return true;
        }
        if (++nodes > CLIQUE_NODES) return false;
        if (near.length - from < left) return true;
        const add = adds[picked.length - 1]!;
        if (left > 1) {
          // What each remaining point would add now and half its edges to the others: the `left` smallest bound the rest from below.
          least.fill(Number.POSITIVE_INFINITY);
          for (let t = from; t < near.length; t++) {
            // Every later point adds at least its km to p, which grows along `near`: none can enter then.
            if (km[row + near[t]!]! >= least[left - 1]!) break;
            const v = add[t]! + nn[t]![left - 1]!;
            if (v >= least[left - 1]!) continue;
            let at = left - 1;
            while (at > 0 && least[at - 1]! > v) {
              least[at] = least[at - 1]!;
              at--;
            }
            least[at] = v;
          }
          let lb = cost;
          for (let t = 0; t < left; t++) lb += least[t]!;
          if (picked.length === 1) rootBound = lb;
          if (lb >= best - EPS) return true;
        }
        // rest[t]: the least the other left - 1 points can add when near[t] is the next one (the smallest
        // values add + half their edges among themselves after t), swept from the end with a short sorted buffer.
        const rest = rests[picked.length]!;
        if (left > 1) {
          least.fill(Number.POSITIVE_INFINITY);
          let sum = Number.POSITIVE_INFINITY;
          for (let t = near.length - 1; t >= from; t--) {
            rest[t] = sum;
            const v = add[t]! + nn[t]![left - 2]!;
            if (v < least[left - 2]!) {
              let at = left - 2;
              while (at > 0 && least[at - 1]! > v) {
                least[at] = least[at - 1]!;
                at--;
              }
              least[at] = v;
              sum = 0;
              for (let u = 0; u < left - 1; u++) sum += least[u]!;
            }
          }
        }
        const next = adds[picked.length]!;
        for (let t = from; t <= near.length - left; t++) {
          // Points further along are at least this far from p: stop when even that cannot improve.
          if (cost + left * km[row + near[t]!]! >= best - EPS) break;
          if (cost + add[t]! + (left > 1 ? rest[t]! : 0) >= best - EPS) continue;
          const q = near[t]!;
          if (left > 1) for (let u = t + 1; u < near.length; u++) next[u] = add[u]! + km[q * points + near[u]!]!;
          picked.push(q);
          const ok = dfs(t + 1, cost + add[t]!);
          picked.pop();
          if (!ok) return false;
        }
        return true;
      };
      const exact = dfs(0, 0);
      share = Math.min(share, (exact ? best : Math.min(best, Math.max(starSum, rootBound))) / s);
    }
    out[p] = share === Number.POSITIVE_INFINITY ? 0 : share;
  }
  return out;
}

/** Depth-first branch and bound over every partition, from the best known cost; undefined when it ran out of nodes. */
function exact(input: PartitionInput, sizes: readonly number[], incumbent: Int32Array, bestCost: number, maxNodes: number): { group: Int32Array; cost: number } | undefined {
  const { n, groups: k, place } = input;
  // Small (n <= 20 by default): a dense member × member table is cheap here.
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dist[i * n + j] = kmOf(input, i, j);
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
  const order = pointOrder(input);
  const near = neighbours(input, order, byPoint(input));
  const start = construct(input, sizes, order);
  // Only where everyone in play is placed (policy `order`): with a reserve list to choose, the rounds'
  // swaps with it find 1–2 % less km than `pairs` (1,500 to 1,800 in play for 1,400 seats).
  const split = (input.pairs ?? (n >= PAIRS_FROM && input.placed === n)) && hi <= PAIRS_UP_TO;
  const s = new State(input, lo, hi, start, !split);
  // With `pairs` and nobody to choose for the reserve list, the descent first is not needed: `pairs`
  // alone from the construction found as little km or less (national rounds of 1,400, four instances:
  // −1.2 % to +0.13 %; 5,000: −0.01 %; 20,000: +0.02 %) in less time.
  if (!split || input.placed < n) descend(s, near);
  if (split) pairs(s, near);
  let best = Int32Array.from(s.group);
  let bestCost = s.cost;
  const random = prng(input.seed);
  // Rounds of perturbation: 200 for small cohorts, fewer per member as a round grows; none after `pairs`.
  const rounds = input.rounds ?? (split ? 0 : Math.max(200, Math.min(2 * n, Math.floor(600_000 / n))));
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
  return { group: best, cost: partitionCost(input, best), proven: false, lowerBound: input.bound === false ? 0 : Math.min(lowerBound(input, order), bestCost) };
}
