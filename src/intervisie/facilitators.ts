/**
 * A facilitator for every group: balanced (nobody gets more than ⌈groups ÷ facilitators⌉ groups)
 * and travel-aware (the least total km, a facilitator driving from home to every meeting and back;
 * with host rotation every member's municipality is one meeting). A minimum-cost assignment, exact
 * either way: up to DENSE_CELLS on the matrix of groups × facilitator places by the Hungarian
 * algorithm (cubic time, a cell per group and place); above it on groups × homes, since facilitators
 * who live in one municipality cost a group the same (a national round of 20,000 has 3,334 groups
 * and facilitators but at most a few hundred homes): a transportation problem with each home's
 * places as its capacity, solved by the coach matching's capacitated assignment (src/coaching/solve.ts).
 */
import { solveAssignment } from '../coaching/solve.js';

/** Row → column of the least total cost; rows ≤ columns. Ties go to the lowest column index. */
export function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  if (n === 0) return [];
  const m = cost[0]!.length;
  // Jonker–Volgenant style potentials (1-based; column 0 is the virtual start).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}

/** The cost that keeps a pinned facilitator with their group. */
export const KEPT = 1e12;

/** Above this many cells of groups × facilitator places the assignment runs on groups × homes. */
const DENSE_CELLS = 250_000;

/**
 * Facilitator index for each group (or -1 when there are none). `km(g, f)` is facilitator f's
 * travel for group g, the same for every f of one `home` (an unknown one counts on its own); a group
 * with `pinned[g]` >= 0 keeps that facilitator. Each facilitator takes at most ⌈groups ÷
 * facilitators⌉ groups. `denseCells` moves the switch to the homes (tests: both ways give the least km).
 */
export function assignFacilitators(km: (g: number, f: number) => number, groups: number, home: readonly number[], pinned: readonly number[], denseCells = DENSE_CELLS): number[] {
  const facilitators = home.length;
  if (facilitators === 0) return new Array<number>(groups).fill(-1);
  const each = Math.ceil(groups / facilitators);
  const cost = (g: number, f: number) => (pinned[g]! < 0 ? km(g, f) : f === pinned[g] ? 0 : KEPT);
  if (groups * facilitators * each <= denseCells) {
    // Column f * each + s is facilitator f's s-th group; a later slot costs a hair more, so a facilitator's groups fill in order.
    // Plain loops (a national round has 233 × 234 cells; callbacks per cell were a third of formGroups' rest).
    const matrix: number[][] = [];
    for (let g = 0; g < groups; g++) {
      const cells = new Array<number>(facilitators * each);
      for (let f = 0; f < facilitators; f++) {
        const x = cost(g, f);
        for (let slot = 0; slot < each; slot++) cells[f * each + slot] = x + slot * 1e-6;
      }
      matrix.push(cells);
    }
    return minCostAssignment(matrix).map((c) => Math.floor(c / each));
  }
  // Pinned groups keep their facilitator and take one of their places; the rest go by home.
  const out = new Array<number>(groups).fill(-1);
  const left = new Array<number>(facilitators).fill(each);
  for (let g = 0; g < groups; g++)
    if (pinned[g]! >= 0) {
      out[g] = pinned[g]!;
      left[pinned[g]!]!--;
    }
  const homes = new Map<number, number[]>();
  home.forEach((h, f) => void homes.set(h, [...(homes.get(h) ?? []), f]));
  const byHome = [...homes.values()];
  const free = out.flatMap((f, g) => (f < 0 ? [g] : []));
  const table = new Float64Array(free.length * byHome.length);
  free.forEach((g, r) => byHome.forEach((fs, c) => (table[r * byHome.length + c] = km(g, fs[0]!))));
  // The capacitated assignment the coach matching solves too (exact; every group fits: the places hold them all).
  const at = solveAssignment({
    rows: free.length,
    cols: byHome.length,
    cost: table,
    capacity: Int32Array.from(byHome.map((fs) => fs.reduce((s, f) => s + Math.max(0, left[f]!), 0))),
  }).colOf;
  // Within a home, its groups in order go round its facilitators with a place left (the balance).
  const turn = new Array<number>(byHome.length).fill(0);
  free.forEach((g, r) => {
    const fs = byHome[at[r]!]!;
    let f = fs[turn[at[r]!]! % fs.length]!;
    while (left[f]! <= 0) f = fs[++turn[at[r]!]! % fs.length]!;
    turn[at[r]!]!++;
    left[f]!--;
    out[g] = f;
  });
  return out;
}
