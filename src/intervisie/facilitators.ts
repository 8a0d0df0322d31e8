/**
 * A facilitator for every group: balanced (nobody gets more than ⌈groups ÷ facilitators⌉ groups)
 * and travel-aware (the least total km, a facilitator driving from home to every meeting and back;
 * with host rotation every member's municipality is one meeting). A minimum-cost assignment on the
 * matrix of groups × facilitator places, solved exactly by the Hungarian algorithm.
 */

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

/**
 * Facilitator index for each group (or -1 when there are none). `km[g][f]` is facilitator f's
 * travel for group g. Each facilitator takes at most ⌈groups ÷ facilitators⌉ groups.
 */
export function assignFacilitators(km: readonly (readonly number[])[], facilitators: number): number[] {
  const groups = km.length;
  if (facilitators === 0) return new Array<number>(groups).fill(-1);
  const each = Math.ceil(groups / facilitators);
  // Column f * each + s is facilitator f's s-th group; a later slot costs a hair more, so a facilitator's groups fill in order.
  const matrix = km.map((row) => Array.from({ length: facilitators * each }, (_, c) => row[Math.floor(c / each)]! + (c % each) * 1e-6));
  return minCostAssignment(matrix).map((c) => Math.floor(c / each));
}
