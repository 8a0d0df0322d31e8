/** The optimiser behind `cohort groups`: the hard rules as properties, and its optimum against brute force. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../src/calendar/municipalities.js';
import { kmAt, placeIndex } from '../../src/calendar/travel.js';
import { atPoints, balancedSizes, lowerBound, partition, partitionCost, pointOrder, type PartitionInput } from '../../src/intervisie/partition.js';

const TOWNS = allMunicipalities().slice(0, 60).map((m) => placeIndex(m.code));

/**
 * A feasible instance by construction: k groups of `placed` members in all, `extra` more for the
 * reserve list, no municipality more often than k (so a partition always exists), some forced.
 */
const instance = (maxMembers: number) =>
  fc
    .record({ k: fc.integer({ min: 1, max: 3 }), size: fc.integer({ min: 2, max: 6 }), uneven: fc.integer({ min: 0, max: 2 }), extra: fc.integer({ min: 0, max: 3 }), seed: fc.nat() })
    .filter(({ k, size, uneven, extra }) => k * size + Math.min(uneven, k - 1) + extra <= maxMembers)
    .chain(({ k, size, uneven, extra, seed }) => {
      const placed = k * size + Math.min(uneven, k - 1);
      const n = placed + extra;
      return fc.record({
        towns: fc.array(fc.integer({ min: 0, max: TOWNS.length - 1 }), { minLength: n, maxLength: n }),
        forced: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      }).map(({ towns, forced }) => {
        const place = atMostPerTown(towns, k);
        // Forced members fit too: no more than `placed`, at most k per town (true already).
        let left = placed;
        const must = forced.map((f) => (f && left > 0 ? (left--, true) : false));
        const input: PartitionInput = { n, ...atPoints(place.map((t) => TOWNS[t]!), kmAt), place: Int32Array.from(place), forced: must, groups: k, placed, seed };
        return input;
      });
    });

/** Every assignment of members to groups or the reserve list that keeps the rules: the true optimum. */
function bruteForce(input: PartitionInput): number {
  const { n, groups: k, placed } = input;
  const sizes = balancedSizes(placed, k).sort((a, b) => a - b).join(',');
  const g = new Int32Array(n);
  let best = Number.POSITIVE_INFINITY;
  const rec = (i: number) => {
    if (i === n) {
      const sz = Array.from({ length: k }, (_, x) => [...g].filter((y) => y === x).length);
      if (sz.sort((a, b) => a - b).join(',') !== sizes) return;
      for (let x = 0; x < k; x++) {
        const places = [...g].flatMap((y, j) => (y === x ? [input.place[j]] : []));
        if (new Set(places).size !== places.length) return;
      }
      best = Math.min(best, partitionCost(input, g));
      return;
    }
    for (let x = input.forced[i] ? 0 : -1; x < k; x++) {
      g[i] = x;
      rec(i + 1);
    }
  };
  rec(0);
  return best;
}

function checkRules(input: PartitionInput, group: Int32Array) {
  const { n, groups: k, placed } = input;
  const sizes = Array.from({ length: k }, (_, x) => [...group].filter((y) => y === x).length).sort((a, b) => a - b);
  expect(sizes).toEqual(balancedSizes(placed, k).sort((a, b) => a - b));
  for (let x = 0; x < k; x++) {
    const places = [...group].flatMap((y, j) => (y === x ? [input.place[j]] : []));
    expect(new Set(places).size, 'two members of one municipality in a group').toBe(places.length);
  }
  for (let i = 0; i < n; i++) if (input.forced[i]) expect(group[i]).toBeGreaterThanOrEqual(0);
  if (input.fixedGroup) for (let i = 0; i < n; i++) if (input.fixedGroup[i]! >= 0) expect(group[i]).toBe(input.fixedGroup[i]);
}

/** At most k members of a town: a town drawn more often is replaced by the next one with room. */
function atMostPerTown(towns: readonly number[], k: number): number[] {
  const count = new Map<number, number>();
  return towns.map((t) => {
    let x = t;
    while ((count.get(x) ?? 0) >= k) x = (x + 1) % TOWNS.length;
    count.set(x, (count.get(x) ?? 0) + 1);
    return x;
  });
}

describe('partition', () => {
  it('keeps every hard rule: balanced sizes, one member per municipality in a group, forced members placed', () => {
    fc.assert(
      fc.property(instance(24), (input) => {
        const r = partition({ ...input, rounds: 20, exactNodes: 20_000 });
        checkRules(input, r.group);
        expect(r.cost).toBeCloseTo(partitionCost(input, r.group), 6);
        expect(r.lowerBound).toBeLessThanOrEqual(r.cost + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('finds the optimum of small instances (checked by brute force) and says it is proven', () => {
    fc.assert(
      fc.property(instance(8), (input) => {
        const r = partition(input);
        expect(r.proven).toBe(true);
        expect(r.cost).toBeCloseTo(bruteForce(input), 6);
      }),
      { numRuns: 60 },
    );
  });

  it('the lower bound never exceeds the optimum', () => {
    fc.assert(
      fc.property(instance(8), (input) => {
        expect(lowerBound(input)).toBeLessThanOrEqual(bruteForce(input) + 1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it('the lower bound never exceeds the proven optimum of instances up to 14 members', () => {
    fc.assert(
      fc.property(instance(14), (input) => {
        const r = partition({ ...input, rounds: 20, exactNodes: 2_000_000 });
        fc.pre(r.proven);
        expect(lowerBound(input)).toBeLessThanOrEqual(r.cost + 1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it('the lower bound counts one member per municipality: two members each of six towns in two groups of six is tight', () => {
    // Each group must take one member of every town, so the optimum is twice the km among the six towns;
    // the old bound (each member's nearest members, the other member of a town counting twice) was far below.
    const towns = TOWNS.slice(0, 6);
    const place = [...towns, ...towns];
    const input: PartitionInput = { n: 12, ...atPoints(place, kmAt), place: Int32Array.from(place), forced: new Array(12).fill(true), groups: 2, placed: 12, seed: 1 };
    let clique = 0;
    for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) clique += kmAt(towns[a]!, towns[b]!);
    expect(lowerBound(input)).toBeCloseTo(2 * clique, 6);
    const r = partition({ ...input, exactNodes: 0 });
    expect(r.cost).toBeCloseTo(2 * clique, 6);
    expect(r.lowerBound).toBeCloseTo(2 * clique, 6);
  });

  it('needs no member × member table: 20,000 members in 3,333 groups keep the rules, with a bound below the cost', () => {
    const all = allMunicipalities().map((m) => placeIndex(m.code));
    const n = 20_000;
    const k = Math.floor(n / 6);
    // Round-robin over the municipalities: at most ⌈20,000 ÷ 342⌉ of each, far fewer than the groups.
    const place = Array.from({ length: n }, (_, i) => all[(i * 7) % all.length]!);
    const input: PartitionInput = { n, ...atPoints(place, kmAt), place: Int32Array.from(place), forced: new Array(n).fill(false), groups: k, placed: k * 6, seed: 3 };
    expect(input.points).toBe(all.length);
    const r = partition({ ...input, rounds: 0 });
    // The rules, checked in linear time: every group of six, one member per municipality.
    const size = new Map<number, number>();
    const seen = new Set<string>();
    r.group.forEach((g, i) => {
      if (g < 0) return;
      size.set(g, (size.get(g) ?? 0) + 1);
      const key = `${g}:${input.place[i]}`;
      expect(seen.has(key), 'two members of one municipality in a group').toBe(false);
      seen.add(key);
    });
    expect(size.size).toBe(k);
    expect([...size.values()].every((x) => x === 6)).toBe(true);
    expect(r.lowerBound).toBeGreaterThan(0.6 * r.cost);
    expect(r.lowerBound).toBeLessThanOrEqual(r.cost);
  });

  it('the lower bound of fixed rounds of 60, 600 and 1,400 is the value it had before its search skipped the points that cannot enter', () => {
    // Round-robin-like spreads over every municipality; the values are the cheapest-group search's
    // (cliqueBound) before its shortcut, to the last bit: the shortcut changes no node and no bound.
    const all = allMunicipalities().map((m) => placeIndex(m.code));
    const bound = (n: number) => {
      const place = Array.from({ length: n }, (_, i) => all[(i * 37 + (i >> 3)) % all.length]!);
      return lowerBound({ n, ...atPoints(place, kmAt), place: Int32Array.from(place), forced: new Array(n).fill(true), groups: Math.floor(n / 6), placed: Math.floor(n / 6) * 6, seed: 1 });
    };
    expect([60, 600, 1400].map(bound)).toEqual([5128.174851194389, 21928.756174176022, 51019.465281871366]);
  });

  it('a national round of 1,398, everyone placed, takes the pairs by default: the rules kept, less km than the rounds without them', () => {
    const all = allMunicipalities().map((m) => placeIndex(m.code));
    const n = 1398;
    const place = Array.from({ length: n }, (_, i) => all[(i * 37 + (i >> 3)) % all.length]!);
    const input: PartitionInput = { n, ...atPoints(place, kmAt), place: Int32Array.from(place), forced: new Array(n).fill(true), groups: n / 6, placed: n, seed: 7, bound: false };
    const shipped = partition(input);
    checkRules(input, shipped.group);
    expect(shipped.cost).toBeCloseTo(partitionCost(input, shipped.group), 6);
    const rounds = partition({ ...input, pairs: false });
    expect(shipped.cost).toBeLessThan(rounds.cost);
  });

  it('members pinned to a group stay there', () => {
    fc.assert(
      fc.property(instance(18), fc.nat(), (input, pick) => {
        // Pin the members of one feasible partition's first group (a pinning that keeps the rules).
        const first = partition({ ...input, rounds: 5, exactNodes: 0 }).group;
        const fixedGroup = Int32Array.from(first, (g, i) => (g === 0 && (i + pick) % 2 === 0 ? 0 : -1));
        const pinned = { ...input, fixedGroup, forced: input.forced.map((f, i) => f || fixedGroup[i]! >= 0) };
        const r = partition({ ...pinned, rounds: 10 });
        checkRules(pinned, r.group);
      }),
      { numRuns: 40 },
    );
  });

  // Larger instances than `instance` makes (up to 8 groups of up to 8), solved by the local search alone
  // with no rounds after it: the exact re-split of pairs of groups (`pairs`) is then its last step.
  const larger = fc
    .record({ k: fc.integer({ min: 2, max: 8 }), size: fc.integer({ min: 3, max: 8 }), uneven: fc.integer({ min: 0, max: 3 }), extra: fc.integer({ min: 0, max: 3 }), seed: fc.nat() })
    .chain(({ k, size, uneven, extra, seed }) => {
      const placed = k * size + Math.min(uneven, k - 1);
      const n = placed + extra;
      return fc.record({ towns: fc.array(fc.integer({ min: 0, max: TOWNS.length - 1 }), { minLength: n, maxLength: n }), pick: fc.nat() }).map(({ towns, pick }) => {
        const place = atMostPerTown(towns, k);
        const input: PartitionInput = { n, ...atPoints(place.map((t) => TOWNS[t]!), kmAt), place: Int32Array.from(place), forced: place.map((_, i) => i < placed - 1), groups: k, placed, seed, exactNodes: 0, rounds: 0, pairs: true };
        return { input, pick };
      });
    });

  it('re-splitting pairs of groups never moves a pinned member and keeps every rule (up to 8 groups of up to 8, local search alone)', () => {
    fc.assert(
      fc.property(larger, ({ input, pick }) => {
        // Pin every third member of a feasible partition, in each group (pins in many groups at once).
        const first = partition(input).group;
        const fixedGroup = Int32Array.from(first, (g, i) => (g >= 0 && (i + pick) % 3 === 0 ? g : -1));
        const pinned = { ...input, fixedGroup, forced: input.forced.map((f, i) => f || fixedGroup[i]! >= 0) };
        const r = partition(pinned);
        checkRules(pinned, r.group);
        expect(r.cost).toBeCloseTo(partitionCost(pinned, r.group), 6);
        const free = partition(input);
        checkRules(input, free.group);
      }),
      { numRuns: 60 },
    );
  });

  it('orders the points of each row nearest first, ties by number, as a comparator sort does (km with many ties)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((points) => fc.tuple(fc.constant(points), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: points * points, maxLength: points * points }))), ([points, cells]) => {
        const km = Float64Array.from(cells, (x) => x / 2);
        const order = pointOrder({ points, km, point: new Int32Array(0) });
        for (let p = 0; p < points; p++) {
          const expected = Array.from({ length: points }, (_, q) => q).sort((a, b) => km[p * points + a]! - km[p * points + b]! || a - b);
          expect([...order.subarray(p * points, (p + 1) * points)]).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('fits the placed set around pinned members: who waits is chosen so that every seat is filled', () => {
    // A counterexample fast-check found: group 0 pinned to three towns, the next in line pairs of two
    // towns each. Choosing the first seven in order leaves two of one town for group 1's three
    // seats, so one seat stayed empty; the last member (of a pinned town, free for group 1) fits.
    const towns = [22, 59, 23, 7, 7, 59, 0, 0].map((t) => TOWNS[t]!);
    const input: PartitionInput = {
      n: 8, ...atPoints(towns, kmAt), place: Int32Array.from([22, 59, 23, 7, 7, 59, 0, 0]),
      forced: [true, true, true, false, true, false, true, false], groups: 2, placed: 7, seed: 302467706,
      fixedGroup: Int32Array.from([0, -1, 0, -1, -1, -1, 0, -1]),
    };
    const r = partition({ ...input, rounds: 10 });
    checkRules(input, r.group);
    expect(r.group[7]).toBe(1);
  });

  it('is deterministic: the same input gives the same groups', () => {
    fc.assert(
      fc.property(instance(24), (input) => {
        expect([...partition({ ...input, rounds: 10 }).group]).toEqual([...partition({ ...input, rounds: 10 }).group]);
      }),
      { numRuns: 20 },
    );
  });

  // The local search skips looks a member × group table shows cannot gain (src/intervisie/partition.ts,
  // descend); `shortcuts: false` sums every look in full. The groups, their km and the bound must not move.
  const outcome = (input: PartitionInput) => {
    const r = partition(input);
    return { group: [...r.group], cost: r.cost, proven: r.proven, lowerBound: r.lowerBound };
  };
  it('its shortcuts change nothing: the same groups as summing every look in full', () => {
    fc.assert(
      fc.property(instance(24), (input) => {
        expect(outcome(input)).toEqual(outcome({ ...input, shortcuts: false }));
      }),
      { numRuns: 40 },
    );
  });

  it('without the lower bound (bound: false, for plan and roster) the groups and their km are the same, and the bound reported is 0', () => {
    fc.assert(
      fc.property(instance(24), (input) => {
        const full = partition(input);
        const quick = partition({ ...input, bound: false });
        expect(Array.from(quick.group)).toEqual(Array.from(full.group));
        expect(quick.cost).toBe(full.cost);
        expect(quick.lowerBound).toBe(full.proven ? full.lowerBound : 0);
      }),
      { numRuns: 20 },
    );
  });

  it('its shortcuts change nothing on a cohort of seven full groups of six from 21 municipalities, with a reserve list', () => {
    const towns = Array.from({ length: 45 }, (_, i) => (i * 5) % 21);
    const input: PartitionInput = { n: 45, ...atPoints(towns.map((t) => TOWNS[t]!), kmAt), place: Int32Array.from(towns), forced: towns.map((_, i) => i < 30), groups: 7, placed: 42, seed: 20261123 };
    const fast = outcome(input);
    expect(fast).toEqual(outcome({ ...input, shortcuts: false }));
    expect(fast.group.filter((g) => g < 0)).toHaveLength(3);
  });
});
