/**
 * Min-cost assignment with capacities (a transportation problem, whose LP is integral): every row
 * (coachee) gets at most one column (coach), a column takes at most its capacity, the total cost of
 * the pairs is the least possible. Rows are added one at a time by a shortest augmenting path over
 * the columns with reduced costs (the Hungarian method on the capacity-expanded matrix, without
 * expanding it: a column's copies share one potential). Exact, never greedy: after row i the rows
 * 0..i hold a cheapest assignment. A virtual column "none" with room for every row costs more than
 * all real pairs together, so the optimum assigns as many rows as possible first and then costs the
 * least; which rows go without is decided by cost too (ties: the later row).
 */

export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** Row-major rows × cols; Infinity forbids a pair. Integers keep the optimum exact. */
  cost: Float64Array;
  /** Per column. */
  capacity: Int32Array;
  /** Pairs decided before (pinned): their rows are not re-assigned and take capacity first. */
  fixed?: readonly { row: number; col: number }[];
}

export interface Assignment {
  /** Per row: the column, or -1 when no column with room can take it. */
  colOf: Int32Array;
  /** Sum of the assigned pairs' costs (fixed pairs included). */
  total: number;
  /** Rows without a column, in row order. */
  unassigned: number[];
}

/** Solves `p` exactly; ties go to the lower column index on a path, so the result is deterministic. */
export function solveAssignment(p: AssignmentProblem): Assignment {
  const { rows: n, cols: real } = p;
  // Column `real` is "none": dearer than every finite pair of every row together.
  let big = 1;
  for (let i = 0; i < n; i++) {
    let worst = 0;
    for (let j = 0; j < real; j++) {
      const c = p.cost[i * real + j]!;
      if (c !== Infinity && c > worst) worst = c;
    }
    big += worst;
  }
  const m = real + 1;
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    cost.set(p.cost.subarray(i * real, (i + 1) * real), i * m);
    cost[i * m + real] = big;
  }
  const capacity = new Int32Array(m);
  capacity.set(p.capacity);
  capacity[real] = n;
  const colOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  // rowsAt[j]: the free (not fixed) rows assigned to column j; a fixed row never moves.
  const rowsAt: number[][] = Array.from({ length: m }, () => []);
  const free = new Int32Array(m);
  for (let j = 0; j < m; j++) free[j] = capacity[j]!;
  const isFixed = new Uint8Array(n);
  for (const f of p.fixed ?? []) {
    colOf[f.row] = f.col;
    isFixed[f.row] = 1;
    load[f.col]!++;
    free[f.col]!--;
  }
  // Potentials of the columns and of the sink: reduced costs of every residual edge stay >= 0.
  const pot = new Float64Array(m);
  const dist = new Float64Array(m);
  const settled = new Uint8Array(m);
  const prevCol = new Int32Array(m); // the column a path came from (-1: from the new row)
  const prevRow = new Int32Array(m); // the row moved along that edge
  const touched: number[] = [];
  const unassigned: number[] = [];

  for (let s = 0; s < n; s++) {
    if (isFixed[s]) continue;
    dist.fill(Infinity);
    settled.fill(0);
    touched.length = 0;
    const base = s * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j]!;
      if (c === Infinity) continue;
      dist[j] = c - pot[j]!;
      prevCol[j] = -1;
      prevRow[j] = s;
    }
    let sinkDist = Infinity;
    let sinkVia = -1;
    for (;;) {
      // The unsettled column nearest the new row (lowest index on ties).
      let j = -1;
      let dj = Infinity;
      for (let k = 0; k < m; k++) {
        if (!settled[k] && dist[k]! < dj) {
          dj = dist[k]!;
          j = k;
        }
      }
      if (j < 0 || dj >= sinkDist) break;
      settled[j] = 1;
      touched.push(j);
      if (free[j]! > 0) {
        const viaSink = dj + pot[j]!; // the sink's potential stays 0
        if (viaSink < sinkDist) {
          sinkDist = viaSink;
          sinkVia = j;
        }
      }
      // Move one of j's rows to another column k: cost[w,k] - cost[w,j], reduced.
      for (const w of rowsAt[j]!) {
        const wb = w * m;
        const back = cost[wb + j]! - pot[j]!;
        for (let k = 0; k < m; k++) {
          if (settled[k]) continue;
          const c = cost[wb + k]!;
          if (c === Infinity) continue;
          const d = dj + c - pot[k]! - back;
          if (d < dist[k]!) {
            dist[k] = d;
            prevCol[k] = j;
            prevRow[k] = w;
          }
        }
      }
    }
    // New potentials: + min(distance, distance to the sink), all shifted by - that distance (a
    // constant keeps every reduced cost), so only the settled columns change and the sink's stays.
    for (const j of touched) pot[j]! += Math.min(dist[j]!, sinkDist) - sinkDist;
    // Augment: walk back from the column with room.
    let k = sinkVia;
    free[k]!--;
    for (;;) {
      const w = prevRow[k]!;
      const from = prevCol[k]!;
      colOf[w] = k;
      rowsAt[k]!.push(w);
      if (from < 0) break;
      const list = rowsAt[from]!;
      list.splice(list.indexOf(w), 1);
      k = from;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (colOf[i] === real) colOf[i] = -1;
    if (colOf[i]! >= 0) total += cost[i * m + colOf[i]!]!;
    else unassigned.push(i);
  }
  return { colOf, total, unassigned };
}
