/**
 * A facilitator for every group: balanced (nobody gets more than ⌈groups ÷ facilitators⌉ groups)
 * and travel-aware (the least total km, a facilitator driving from home to every meeting and back;
 * with host rotation every member's municipality is one meeting). A minimum-cost assignment, exact
 * either way: up to DENSE_CELLS on the matrix of groups × facilitator places by the Hungarian
 * algorithm (cubic time, a cell per group and place); above it on groups × homes, since facilitators
 * who live in one municipality cost a group the same (a national round of 20,000 has 3,334 groups
 * and facilitators but at most a few hundred homes): a transportation problem with each home's
 * places as its capacity, solved by shortest augmenting paths over the homes.
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

/** The cost that keeps a pinned facilitator with their group. */
export const KEPT = 1e12;

/** Above this many cells of groups × facilitator places the assignment runs on groups × homes. */
const DENSE_CELLS = 250_000;

/**
 * Row → column of the least total cost where column c takes at most capacity[c] rows (their sum at
 * least the rows); `cost` is rows × columns, row-major. Successive shortest augmenting paths
 * (Dijkstra over the columns with potentials, a row settled through its column): exact, each
 * augmentation at most rows × columns. Ties go to the lowest column index.
 */
export function minCostTransport(cost: Float64Array, rows: number, columns: number, capacity: readonly number[]): Int32Array {
  const at = new Int32Array(rows).fill(-1);
  const potential = new Float64Array(columns);
  const load = new Int32Array(columns);
  // Rows of each column (swap-removal keeps it a short list).
  const members: number[][] = Array.from({ length: columns }, () => []);
  const dist = new Float64Array(columns);
  const via = new Int32Array(columns);
  const settled = new Uint8Array(columns);
  // key(r, c) = cost - potential: a row sits where its key is least, so every reduced cost stays >= 0.
  const key = (r: number, c: number) => cost[r * columns + c]! - potential[c]!;
  for (let i = 0; i < rows; i++) {
    let least = Number.POSITIVE_INFINITY;
    for (let c = 0; c < columns; c++) least = Math.min(least, key(i, c));
    for (let c = 0; c < columns; c++) {
      dist[c] = key(i, c) - least;
      via[c] = i;
    }
    settled.fill(0);
    let end: number;
    for (;;) {
      let c = -1;
      for (let x = 0; x < columns; x++) if (!settled[x] && (c < 0 || dist[x]! < dist[c]!)) c = x;
      if (c < 0) throw new Error('minCostTransport: not enough capacity');
      settled[c] = 1;
      if (load[c]! < capacity[c]!) {
        end = c;
        break;
      }
      // Through a row of this column to every other column.
      for (const r of members[c]!) {
        const here = dist[c]! - key(r, c);
        for (let x = 0; x < columns; x++) {
          if (settled[x]) continue;
          const d = here + key(r, x);
          if (d < dist[x]!) {
            dist[x] = d;
            via[x] = r;
          }
        }
      }
    }
    const reach = dist[end]!;
    for (let c = 0; c < columns; c++) potential[c]! += Math.min(dist[c]!, reach);
    load[end]!++;
    // Along the path: each row moves to the column it was reached at; the new row ends it.
    for (let c = end; ; ) {
      const r = via[c]!;
      const from = at[r]!;
      if (from >= 0) {
        const list = members[from]!;
        const k = list.indexOf(r);
        list[k] = list[list.length - 1]!;
        list.pop();
      }
      at[r] = c;
      members[c]!.push(r);
      if (r === i) break;
      c = from;
    }
  }
  return at;
}

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
    const matrix = Array.from({ length: groups }, (_, g) => {
      const row = Array.from({ length: facilitators }, (_, f) => cost(g, f));
      return Array.from({ length: facilitators * each }, (_, c) => row[Math.floor(c / each)]! + (c % each) * 1e-6);
    });
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
  const at = minCostTransport(
    table,
    free.length,
    byHome.length,
    byHome.map((fs) => fs.reduce((s, f) => s + Math.max(0, left[f]!), 0)),
  );
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
