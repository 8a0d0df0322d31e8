/**
 * The facilitator assignment is exact both ways: the Hungarian algorithm on groups × facilitator
 * places (small rounds, the shipped example) and the capacitated assignment of src/coaching/solve.ts on groups × homes (a
 * national round): the same least km, every facilitator within ⌈groups ÷ facilitators⌉ groups, a
 * pinned facilitator kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../src/coaching/solve.js';
import { assignFacilitators, minCostAssignment } from '../../src/intervisie/facilitators.js';

describe('solveAssignment on groups × homes (the national rounds)', () => {
  it('gives the least total cost, as the Hungarian algorithm on every place of every column, within the capacities', () => {
    const arb = fc
      .record({ rows: fc.integer({ min: 1, max: 10 }), columns: fc.integer({ min: 1, max: 5 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          rows: fc.constant(rows),
          columns: fc.constant(columns),
          // Small integers: many ties.
          cost: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: rows * columns, maxLength: rows * columns }),
          extra: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
          spread: fc.array(fc.nat({ max: columns - 1 }), { minLength: rows, maxLength: rows }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ rows, columns, cost, extra, spread }) => {
        // Capacities that hold every row: each row counts in one column, plus some spare.
        const capacity = extra.map((x, c) => x + spread.filter((s) => s === c).length);
        const at = solveAssignment({ rows, cols: columns, cost: Float64Array.from(cost), capacity: Int32Array.from(capacity) }).colOf;
        const places = capacity.flatMap((n, c) => new Array<number>(n).fill(c));
        const hungarian = minCostAssignment(Array.from({ length: rows }, (_, r) => places.map((c) => cost[r * columns + c]!)));
        const total = (cols: readonly number[]) => cols.reduce((s, c, r) => s + cost[r * columns + c]!, 0);
        expect(total(Array.from(at))).toBe(total(hungarian.map((p) => places[p]!)));
        for (let c = 0; c < columns; c++) expect(Array.from(at).filter((x) => x === c).length).toBeLessThanOrEqual(capacity[c]!);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

describe('assignFacilitators', () => {
  const arb = fc.record({
    groups: fc.integer({ min: 1, max: 14 }),
    homes: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 9 }),
    seed: fc.integer({ min: 1, max: 1000 }),
    pins: fc.array(fc.integer({ min: -3, max: 8 }), { maxLength: 14 }),
  });
  it('by homes gives the same least km as by facilitator places, balanced, pinned facilitators kept', () => {
    fc.assert(
      fc.property(arb, ({ groups, homes, seed, pins }) => {
        // A group's km to a home: any numbers, the same for every facilitator there.
        const km = (g: number, f: number) => ((g * 7 + homes[f]! * 13 + seed) % 23) * 10;
        const pinned = Array.from({ length: groups }, (_, g) => (pins[g] !== undefined && pins[g]! >= 0 && pins[g]! < homes.length ? pins[g]! : -1));
        const dense = assignFacilitators(km, groups, homes, pinned);
        const byHome = assignFacilitators(km, groups, homes, pinned, 0);
        const each = Math.ceil(groups / homes.length);
        const total = (a: readonly number[]) => a.reduce((s, f, g) => s + (pinned[g]! >= 0 ? 0 : km(g, f)), 0);
        expect(total(byHome)).toBe(total(dense));
        pinned.forEach((f, g) => f >= 0 && expect(byHome[g]).toBe(f));
        // The balance, where the pins allow it.
        const over = homes.some((_, f) => pinned.filter((p) => p === f).length > each);
        if (!over) for (let f = 0; f < homes.length; f++) expect(byHome.filter((x) => x === f).length).toBeLessThanOrEqual(each);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
