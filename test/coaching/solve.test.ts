import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment, type AssignmentProblem } from '../../src/coaching/solve.js';

/** Every assignment of rows to a column or none within the capacities: the most rows, then the least cost. */
function bruteForce(p: AssignmentProblem): { count: number; total: number } {
  const fixedRow = new Map((p.fixed ?? []).map((f) => [f.row, f.col]));
  const load = new Array<number>(p.cols).fill(0);
  for (const f of p.fixed ?? []) load[f.col]!++;
  let best = { count: -1, total: Infinity };
  const go = (i: number, count: number, total: number) => {
    if (i === p.rows) {
      if (count > best.count || (count === best.count && total < best.total)) best = { count, total };
      return;
    }
    const f = fixedRow.get(i);
    if (f !== undefined) return go(i + 1, count + 1, total + p.cost[i * p.cols + f]!);
    go(i + 1, count, total);
    for (let j = 0; j < p.cols; j++) {
      const c = p.cost[i * p.cols + j]!;
      if (c === Infinity || load[j]! >= p.capacity[j]!) continue;
      load[j]!++;
      go(i + 1, count + 1, total + c);
      load[j]!--;
    }
  };
  go(0, 0, 0);
  return best;
}

const problem = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      cost: fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }), { minLength: rows * cols, maxLength: rows * cols }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      fixedRows: fc.subarray([...Array(rows).keys()], { maxLength: Math.min(2, rows) }),
    }),
  )
  .map(({ rows, cols, cost, capacity, fixedRows }): AssignmentProblem => {
    const c = Float64Array.from(cost);
    // A pinned pair is an allowed pair (the planner drops a pinned pair a hard rule forbids before solving).
    const fixed = fixedRows.flatMap((row) => {
      const col = [...Array(cols).keys()].find((j) => c[row * cols + j] !== Infinity);
      return col === undefined ? [] : [{ row, col }];
    });
    return { rows, cols, cost: c, capacity: Int32Array.from(capacity), fixed };
  });

describe('solveAssignment', () => {
  it('assigns as many coachees as brute force can, at the same least total cost', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const got = solveAssignment(p);
        const best = bruteForce(p);
        const count = got.colOf.filter((c) => c >= 0).length;
        expect(count).toBe(best.count);
        expect(got.total).toBe(best.total);
        // hard rules: no forbidden pair, no column over its capacity, pinned rows keep their column
        const load = new Array<number>(p.cols).fill(0);
        got.colOf.forEach((j, i) => {
          if (j < 0) return;
          expect(p.cost[i * p.cols + j]).not.toBe(Infinity);
          load[j]!++;
        });
        load.forEach((l, j) => expect(l).toBeLessThanOrEqual(Math.max(p.capacity[j]!, (p.fixed ?? []).filter((f) => f.col === j).length)));
        for (const f of p.fixed ?? []) expect(got.colOf[f.row]).toBe(f.col);
        expect(got.unassigned).toEqual([...got.colOf.keys()].filter((i) => got.colOf[i]! < 0));
      }),
      { numRuns: 400 },
    );
  });

  it('moves an earlier coachee when that makes the total smaller', () => {
    // Row 0 prefers column 0 a little, row 1 needs column 0 a lot; column 0 has room for one.
    const p: AssignmentProblem = { rows: 2, cols: 2, cost: Float64Array.from([1, 2, 1, 100]), capacity: Int32Array.from([1, 1]) };
    const got = solveAssignment(p);
    expect([...got.colOf]).toEqual([1, 0]);
    expect(got.total).toBe(3);
  });
});
