/**
 * Properties of the placement of an intervisie cohort (src/capacity/place.ts seats it in the groups
 * formGroups forms or pins): never more than the groups' seats, never two of one municipality in a
 * group, the same seats and reserve list as `cohort groups`, and shuffling the rows changes nothing.
 * Generated cohorts are feasible by construction: pinned groups are a proposal of formGroups itself,
 * after which some members cancel and others register.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCohorts, type Placement } from '../../src/capacity/place.js';
import { formGroups, seatGroups } from '../../src/intervisie/groups.js';
import type { Cohort, PinnedGroup, Programme, Registration, RegistrationStatus } from '../../src/model/types.js';
import { aCohort, intervisie, reg } from './builders.js';

const PLACES = ['Utrecht', 'Zwolle', 'Arnhem', 'Groningen', 'Leeuwarden', 'Breda', 'Tilburg', 'Gouda', 'Delft', 'Haarlem'];
const RUNS = { numRuns: 60 };

const rowOf = (places: readonly string[]) =>
  fc.record({
    minutes: fc.integer({ min: 0, max: 400 }),
    priority: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined, freq: 5 }),
    status: fc.constantFrom<RegistrationStatus>('registered', 'registered', 'registered', 'waiting', 'confirmed', 'offered', 'cancelled', 'withdrawn'),
    place: fc.constantFrom(...places),
  });
const rowArb = rowOf(PLACES);

interface Case {
  programme: Programme;
  cohort: Cohort;
  today: string;
}

type Row = { minutes: number; priority: number | undefined; status: RegistrationStatus; place: string };

function registrations(rows: readonly Row[], from: number): Registration[] {
  return rows.map((r, i) => {
    const at = new Date(Date.UTC(2026, 8, 1) + r.minutes * 60_000).toISOString().slice(0, 19);
    return reg(`r${String(from + i).padStart(2, '0')}`, {
      status: r.status,
      registered: `${at}Z`,
      municipality: r.place,
      ...(r.priority !== undefined ? { priority: r.priority } : {}),
      ...(r.status === 'offered' ? { offerExpires: '2027-01-08' } : {}),
    });
  });
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    min: fc.integer({ min: 2, max: 6 }),
    first: fc.array(rowArb, { maxLength: 20 }),
    later: fc.array(rowArb, { maxLength: 6 }),
    pin: fc.boolean(),
    leave: fc.array(fc.nat(), { maxLength: 4 }),
    today: fc.constantFrom('2027-01-05', '2027-01-11'),
  })
  .map((c) => {
    const programme: Programme = { ...intervisie, capacity: { ...intervisie.capacity, min: c.min, max: 6 } };
    const first = registrations(c.first, 0);
    let cohort = aCohort('iv', programme, first).cohort;
    if (c.pin) {
      // Pinned as cohort groups proposes them; then some members leave and others register.
      const groups: PinnedGroup[] = formGroups(cohort, programme, new Map(), { today: c.today }).groups.map((g) => ({ id: g.id, members: g.members.map((m) => m.registration.id) }));
      const leaving = new Set(c.leave.map((n) => first[n % Math.max(1, first.length)]?.id));
      const regs = [...first.map((r): Registration => (leaving.has(r.id) ? { ...r, status: 'cancelled' } : r)), ...registrations(c.later, first.length)];
      cohort = { ...cohort, registrations: regs, ...(groups.length > 0 ? { groups } : {}) };
    }
    return { programme, cohort, today: c.today };
  });

const place = (c: Case): Placement => placeCohorts([{ cohort: c.cohort, programme: c.programme }], { today: c.today }).get(c.cohort.id)!;

describe('placement of an intervisie cohort: the groups’ seats', () => {
  it('never more than the groups’ seats, every seat in a group of at most max without two of one municipality', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = place(c);
        const formed = formGroups(c.cohort, c.programme, new Map(), { today: c.today });
        expect(p.binding).toEqual({ kind: 'groups', cohort: 'iv', groups: formed.groups.length, max: 6, min: c.programme.capacity.min });
        expect(p.seats).toBe(formed.groups.length * 6);
        expect(p.seatsUsed + p.due.length + p.free).toBeLessThanOrEqual(p.seats);
        expect(p.free).toBeGreaterThanOrEqual(0);
        for (const g of formed.groups) {
          expect(g.members.length).toBeLessThanOrEqual(6);
          const places = g.members.map((m) => m.municipality);
          expect(new Set(places).size).toBe(places.length);
        }
      }),
      { ...RUNS, seed: 20261201 },
    );
  });

  it('the seats and the reserve list are those of cohort groups: the same people, order and reasons', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = place(c);
        const formed = formGroups(c.cohort, c.programme, new Map(), { today: c.today });
        const inGroups = formed.groups.flatMap((g) => g.members.map((m) => m.registration.id));
        expect([...p.placed, ...p.due].map((r) => r.id).sort()).toEqual([...inGroups].sort());
        // A waiting member of a group is an offer due; nobody else is.
        expect(p.due.every((r) => r.status === 'waiting')).toBe(true);
        expect(p.placed.every((r) => r.status !== 'waiting')).toBe(true);
        const groupsReserve = formed.reserve.map((e) => [e.member.registration.id, e.reason.kind === 'placement' ? e.reason.reason : { kind: 'group', reason: e.reason }]);
        expect(p.waiting.filter((w) => w.reason.kind !== 'offer-due').map((w) => [w.registration.id, w.reason])).toEqual(groupsReserve);
        // Positions count everyone in line, offers due first.
        expect(p.waiting.filter((w) => w.position !== undefined).map((w) => w.position)).toEqual(p.waiting.filter((w) => w.position !== undefined).map((_, i) => i + 1));
      }),
      { ...RUNS, seed: 20261202 },
    );
  });

  it('carries the groups it seats: with `facilitators` and the cohort’s people, those of cohort groups, facilitators assigned (plan forms them once)', () => {
    const people = new Map(
      ['Nijkerk', 'Breda'].map((m, i) => [`f${i + 1}`, { id: `f${i + 1}`, name: `F. ${m}`, municipality: m, roles: ['facilitator' as const], unavailable: [], formerRoles: [] }]),
    );
    const ids = (r: { groups: { id: string; facilitator?: string; members: { registration: Registration }[] }[] }) => r.groups.map((g) => [g.id, g.facilitator, g.members.map((m) => m.registration.id)]);
    fc.assert(
      fc.property(caseArb, (c) => {
        const cohort = { ...c.cohort, facilitators: ['f1', 'f2'] };
        const withPeople = placeCohorts([{ cohort, programme: c.programme, people }], { today: c.today, facilitators: true }).get('iv')!;
        expect(ids(withPeople.groups!)).toEqual(ids(formGroups(cohort, c.programme, people, { today: c.today })));
        // Without the option the seats are the same and no groups are formed (commands that only count seats).
        const seatsOnly = placeCohorts([{ cohort, programme: c.programme, people }], { today: c.today }).get('iv')!;
        expect(seatsOnly.groups).toBeUndefined();
        expect(seatsOnly.placed).toEqual(withPeople.placed);
      }),
      { numRuns: 30, seed: 20261204 },
    );
  });

  it('the seats alone (seatGroups, no least-travel search) are those of the groups formGroups forms, in rounds of several groups', () => {
    const many = ['Amersfoort', 'Apeldoorn', 'Nijmegen', 'Enschede', 'Deventer', 'Almere', 'Lelystad', 'Assen', 'Emmen', 'Maastricht', 'Venlo', 'Eindhoven', 'Middelburg', 'Alkmaar'];
    const big = fc
      .record({ rows: fc.array(rowOf([...PLACES, ...many]), { minLength: 20, maxLength: 60 }), min: fc.integer({ min: 3, max: 6 }), pin: fc.boolean(), later: fc.array(rowArb, { maxLength: 12 }) })
      .map(({ rows, min, pin, later }) => {
        const programme: Programme = { ...intervisie, capacity: { ...intervisie.capacity, min, max: 6 } };
        const first = registrations(rows, 0);
        let cohort = aCohort('iv', programme, first).cohort;
        if (pin) {
          const groups = formGroups(cohort, programme, new Map(), { today: '2027-01-05' }).groups.map((g) => ({ id: g.id, members: g.members.map((m) => m.registration.id) }));
          cohort = { ...cohort, registrations: [...first, ...registrations(later, first.length)], ...(groups.length > 0 ? { groups } : {}) };
        }
        return { programme, cohort };
      });
    fc.assert(
      fc.property(big, ({ programme, cohort }) => {
        const seats = seatGroups(cohort, programme, { today: '2027-01-05' });
        const formed = formGroups(cohort, programme, new Map(), { today: '2027-01-05' });
        expect(seats.groups).toBe(formed.groups.length);
        expect(seats.placed.map((r) => r.id).sort()).toEqual(formed.groups.flatMap((g) => g.members.map((m) => m.registration.id)).sort());
        expect(seats.reserve).toEqual(formed.reserve);
        expect(seats.opening).toEqual(formed.opening);
      }),
      { numRuns: 15, seed: 20261204 },
    );
  });

  it('shuffling the rows of the file changes nothing', () => {
    const shuffled = caseArb.chain((c) => fc.record({ c: fc.constant(c), order: fc.shuffledSubarray(c.cohort.registrations, { minLength: c.cohort.registrations.length }) }));
    const summary = (p: Placement) => ({ placed: p.placed.map((r) => r.id), waiting: p.waiting.map((w) => [w.registration.id, w.position, w.reason]), seats: p.seats, free: p.free });
    fc.assert(
      fc.property(shuffled, ({ c, order }) => {
        expect(summary(place({ ...c, cohort: { ...c.cohort, registrations: order } }))).toEqual(summary(place(c)));
      }),
      { ...RUNS, seed: 20261203 },
    );
  });
});
