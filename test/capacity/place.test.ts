/** Who gets a seat and who waits on the reserve list (reservelijst), as the brochures promise it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_WRITTEN, placeCohorts, placeRegistrations, type Placement } from '../../src/capacity/place.js';
import type { Programme, Registration, RegistrationStatus } from '../../src/model/types.js';
import { aCohort, basisopleiding, ids, sixSeats, loopbaanPlus, queue, reg, singles } from './builders.js';

const seats = (max: number, p: Programme = sixSeats): Programme => ({ ...p, capacity: { ...p.capacity, min: 1, max } });

describe('the seed programmes', () => {
  it('are read as the brochures describe them', () => {
    expect(loopbaanPlus).toMatchObject({ capacity: { max: 12 }, partners: 'optional', partnerSeat: true });
    expect(sixSeats).toMatchObject({ capacity: { max: 6 }, partners: 'none' });
    // no shipped programme is members-only (docs/brochures.md); membersOnly below makes one so
    expect(basisopleiding).toMatchObject({ membersOnly: false, capacity: { max: 20 } });
  });
});

describe('the order of the queue', () => {
  it('the first six to register are placed and the rest wait, in order of registration', () => {
    const late = reg('a-late', { registered: '2026-11-20T16:00:00+01:00' });
    const early = reg('z-early', { registered: '2026-09-01T08:00:00+02:00' });
    const p = placeRegistrations([late, ...queue(...singles(6)), early], sixSeats);
    expect(ids(p.placed)).toEqual(['z-early', 'r01', 'r02', 'r03', 'r04', 'r05']);
    expect(ids(p.reserve)).toEqual(['r06', 'a-late']);
    expect(p.waiting.map((w) => w.position)).toEqual([1, 2]);
    expect(p).toMatchObject({ seats: 6, seatsUsed: 6, free: 0 });
  });

  it('a lower priority number goes first, however late it registered', () => {
    const p = placeRegistrations(queue({}, {}, {}, { priority: 2 }, {}, { priority: 1 }, {}), sixSeats);
    expect(ids(p.placed)).toEqual(['r06', 'r04', 'r01', 'r02', 'r03', 'r05']);
    expect(ids(p.reserve)).toEqual(['r07']);
  });

  it('times are compared as instants: 10:30 in winter time comes before 09:45 UTC', () => {
    const winter = reg('winter', { registered: '2026-11-02T10:30:00+01:00' });
    const utc = reg('utc', { registered: '2026-11-02T09:45:00Z' });
    const summer = reg('summer', { registered: '2026-11-02T11:40:00+02:00' });
    const p = placeRegistrations([summer, utc, winter], seats(1));
    expect(ids(p.placed)).toEqual(['winter']);
    expect(ids(p.reserve)).toEqual(['summer', 'utc']);
  });

  it('a date without a time is midnight in the programme\'s zone, not UTC midnight', () => {
    const before = reg('before', { registered: '2027-01-04T22:59:00Z' });
    const date = reg('date', { registered: '2027-01-05' });
    const after = reg('after', { registered: '2027-01-04T23:30:00Z' });
    expect(ids(placeRegistrations([after, date, before], seats(3)).placed)).toEqual(['before', 'date', 'after']);
    // In a programme on UTC the same date is later than both.
    const utc: Programme = { ...seats(3), calendar: { ...sixSeats.calendar, timezone: 'UTC' } };
    expect(ids(placeRegistrations([date, after, before], utc).placed)).toEqual(['before', 'after', 'date']);
  });

  it('the same instant written with another offset is a tie, and the id decides', () => {
    const p = placeRegistrations([reg('b', { registered: '2026-10-01T09:00:00+02:00' }), reg('a', { registered: '2026-10-01T07:00:00Z' })], seats(1));
    expect(ids(p.placed)).toEqual(['a']);
  });

  it('a registration without a registration time waits behind every dated one', () => {
    const p = placeRegistrations([reg('r00', { registered: '' }), ...queue(...singles(6))], sixSeats);
    expect(ids(p.reserve)).toEqual(['r00']);
  });

  it('a confirmed registration keeps its seat when a registration with priority comes in; a registered one does not', () => {
    const rs = [...queue({ status: 'confirmed' }, ...singles(5)), reg('late-vip', { registered: '2026-12-01T09:00:00+01:00', priority: 1 })];
    const p = placeRegistrations(rs, sixSeats);
    expect(ids(p.placed)).toEqual(['late-vip', 'r01', 'r02', 'r03', 'r04', 'r05']);
    expect(ids(p.reserve)).toEqual(['r06']);
    expect(p.seated.find((s) => s.registration.id === 'r01')?.via).toBe('confirmed');
  });
});

describe('a couple at the head of the reserve list (capacity 12, 11 taken, a couple next)', () => {
  const line = queue(...singles(11, { status: 'confirmed' }), { partnerJoins: true }, {}, {});

  it('skip-ahead: false (the default): the couple waits for two seats, the single behind them waits too, one seat stays free', () => {
    const p = placeRegistrations(line, loopbaanPlus);
    expect(p).toMatchObject({ seatsUsed: 11, free: 1 });
    expect(p.waiting.map((w) => [w.registration.id, w.position, w.reason])).toEqual([
      ['r12', 1, { kind: 'full', layer: { kind: 'group', cohort: '', max: 12 } }],
      ['r13', 2, { kind: 'behind', id: 'r12' }],
      ['r14', 3, { kind: 'behind', id: 'r12' }],
    ]);
  });

  it('skip-ahead: true: the single behind the couple takes the seat, and the couple stays first in line', () => {
    const p = placeRegistrations(line, { ...loopbaanPlus, capacity: { ...loopbaanPlus.capacity, skipAhead: true } });
    expect(p).toMatchObject({ seatsUsed: 12, free: 0 });
    expect(ids(p.placed)).toContain('r13');
    expect(p.waiting.map((w) => [w.registration.id, w.position, w.reason.kind])).toEqual([
      ['r12', 1, 'full'],
      ['r14', 2, 'full'],
    ]);
  });

  it('is placed, both seats, when exactly two are left', () => {
    const p = placeRegistrations(queue(...singles(10, { status: 'confirmed' }), { partnerJoins: true }, {}), loopbaanPlus);
    expect(p.seatsUsed).toBe(12);
    expect(p.seated.find((s) => s.registration.id === 'r11')).toMatchObject({ seats: 2, via: 'queue' });
    expect(ids(p.reserve)).toEqual(['r12']);
  });

  it('a partner takes no seat when the programme says partners do not (partner-seat: false)', () => {
    const p = placeRegistrations(queue(...singles(12, { partnerJoins: true })), { ...loopbaanPlus, partnerSeat: false });
    expect(p).toMatchObject({ seatsUsed: 12, reserve: [] });
  });

  it('partner-joins takes no seat in a programme without partners', () => {
    expect(placeRegistrations(queue(...singles(6, { partnerJoins: true })), sixSeats).seatsUsed).toBe(6);
  });
});

describe('capacity in layers: availability is the smallest that applies, and the report names it', () => {
  it('a programme total of 3 over two groups of 2 seats lets 3 in, in one queue across the cohorts', () => {
    const p = { ...sixSeats, capacity: { min: 1, max: 2, total: 3 } };
    const a = aCohort('a', p, [reg('a1', { registered: '2026-10-01T09:00:00+02:00' }), reg('a2', { registered: '2026-10-01T09:03:00+02:00' })]);
    const b = aCohort('b', p, [reg('b1', { registered: '2026-10-01T09:01:00+02:00' }), reg('b2', { registered: '2026-10-01T09:02:00+02:00' })]);
    const placed = placeCohorts([a, b], AS_WRITTEN);
    expect(ids(placed.get('a')!.placed)).toEqual(['a1']);
    expect(ids(placed.get('b')!.placed)).toEqual(['b1', 'b2']);
    expect(placed.get('a')!.waiting[0]!.reason).toEqual({ kind: 'full', layer: { kind: 'total', programme: 'six-seats', max: 3 } });
    // a has a free group seat, but the total binds
    expect(placed.get('a')).toMatchObject({ free: 0, binding: { kind: 'total' } });
    expect(placed.get('b')).toMatchObject({ free: 0, binding: { kind: 'group' } });
  });

  it('as in pretix: quotas of 2 and 1 give an availability of 1', () => {
    const p = { ...sixSeats, capacity: { min: 1, max: 2, total: 1 } };
    const only = placeCohorts([aCohort('a', p, queue(...singles(2)))], AS_WRITTEN).get('a')!;
    expect(only).toMatchObject({ seatsUsed: 1, binding: { kind: 'total', max: 1 } });
  });

  it('a province quota holds back only that province: a third Frisian waits, the Groninger behind them is placed', () => {
    const p = { ...sixSeats, capacity: { min: 1, max: 6, quotas: [{ on: 'province' as const, value: 'Fryslân', max: 2 }] } };
    // GM0074 Heerenveen, GM0080 Leeuwarden, GM0072 Harlingen (Fryslân); GM0014 Groningen
    const rs = queue({ municipality: 'GM0074' }, { municipality: 'GM0080' }, { municipality: 'GM0072' }, { municipality: 'GM0014' });
    const x = placeRegistrations(rs, p);
    expect(ids(x.placed)).toEqual(['r01', 'r02', 'r04']);
    expect(x.waiting).toEqual([expect.objectContaining({ position: 1, reason: { kind: 'quota', layer: { kind: 'quota', cohort: '', on: 'province', value: 'Fryslân', max: 2 } } })]);
    expect(x.layers.find((l) => l.layer.kind === 'quota')).toMatchObject({ used: 2, free: 0 });
  });

  it('a role quota counts the participant, not the partner', () => {
    const p = { ...loopbaanPlus, capacity: { min: 1, max: 12, quotas: [{ on: 'role' as const, value: 'oud-burgemeester', max: 1 }] } };
    const rs = queue({ role: 'oud-burgemeester', partnerJoins: true }, { role: 'oud-burgemeester' }, {});
    const x = placeRegistrations(rs, p);
    expect(ids(x.placed)).toEqual(['r01', 'r03']);
    expect(x.seatsUsed).toBe(3);
    expect(x.waiting[0]!.reason.kind).toBe('quota');
  });
});

describe('members only', () => {
  const membersOnly: Programme = { ...basisopleiding, membersOnly: true };
  it('a non-member is never placed: they wait with the reason and no position, and hold up nobody', () => {
    const p = placeRegistrations(queue({ member: false }, {}, {}), { ...membersOnly, capacity: { min: 1, max: 2 } });
    expect(ids(p.placed)).toEqual(['r02', 'r03']);
    expect(p.waiting).toEqual([expect.objectContaining({ reason: { kind: 'not-member' } })]);
    expect(p.waiting[0]!.position).toBeUndefined();
  });

  it('once member: yes, they take their place in the queue again', () => {
    const p = placeRegistrations(queue({ member: true }, {}, {}), { ...membersOnly, capacity: { min: 1, max: 2 } });
    expect(ids(p.placed)).toEqual(['r01', 'r02']);
  });

  it('a confirmed non-member is not placed either', () => {
    expect(placeRegistrations(queue({ member: false, status: 'confirmed' }), membersOnly).placed).toEqual([]);
  });
});

describe('statuses', () => {
  it('cancelled, withdrawn, declined and expired registrations take no seat and leave it to the next in line', () => {
    const rs = queue({ status: 'withdrawn' }, {}, { status: 'cancelled' }, { status: 'declined' }, { status: 'expired' }, ...singles(6));
    const p = placeRegistrations(rs, sixSeats);
    expect(ids(p.placed)).toEqual(['r02', 'r06', 'r07', 'r08', 'r09', 'r10']);
    expect(ids(p.reserve)).toEqual(['r11']);
    expect(p.left.map((l) => [l.registration.id, l.why])).toEqual([['r01', 'withdrawn'], ['r03', 'cancelled'], ['r04', 'declined'], ['r05', 'expired']]);
  });

  it('an open offer holds its seat ahead of the queue until its last day', () => {
    const rs = [...queue(...singles(6)), reg('late', { status: 'offered', offerExpires: '2027-01-22', registered: '2026-12-01T09:00:00+01:00' })];
    const onTheLastDay = placeRegistrations(rs, sixSeats, { today: '2027-01-22' });
    expect(onTheLastDay.seated.find((s) => s.registration.id === 'late')?.via).toBe('offered');
    expect(ids(onTheLastDay.reserve)).toEqual(['r06']);
  });

  it('the day after, the offer holds nothing and the seat goes to the queue', () => {
    const rs = [...queue(...singles(6)), reg('late', { status: 'offered', offerExpires: '2027-01-22', registered: '2026-12-01T09:00:00+01:00' })];
    const after = placeRegistrations(rs, sixSeats, { today: '2027-01-23' });
    expect(ids(after.placed)).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06']);
    expect(after.left).toEqual([{ registration: expect.objectContaining({ id: 'late' }), why: 'offer-expired' }]);
  });

  it('a waiting registration moves up only through an offer: a free seat is held for it, and nobody behind takes it', () => {
    const rs = queue(...singles(5, { status: 'confirmed' }), { status: 'waiting' }, {});
    const p = placeRegistrations(rs, sixSeats);
    expect(ids(p.placed)).toHaveLength(5);
    expect(ids(p.due)).toEqual(['r06']);
    expect(p.waiting.map((w) => [w.registration.id, w.reason.kind])).toEqual([['r06', 'offer-due'], ['r07', 'full']]);
    expect(p.free).toBe(0);
  });

  it('more confirmed than seats (the capacity was lowered): the last confirmed waits first in line, over capacity', () => {
    const p = placeRegistrations(queue(...singles(3, { status: 'confirmed' }), {}), seats(2));
    expect(ids(p.placed)).toEqual(['r01', 'r02']);
    expect(p.waiting.map((w) => [w.registration.id, w.position, w.reason.kind])).toEqual([['r03', 1, 'over-capacity'], ['r04', 2, 'full']]);
  });
});

// Properties over random queues. The generator is feasible by construction: confirmed registrations and
// open offers together fit every layer, as `cohort validate` would have it (capacity/over).

const OFFSETS = ['Z', '+01:00', '+02:00'];
/** Frisian, Groningen, Utrecht municipalities. */
const PLACES = ['GM0074', 'GM0080', 'GM0014', 'GM0344'];

function iso(minutes: number, offset: string): string {
  const shift = offset === 'Z' ? 0 : Number(offset.slice(1, 3)) * 60;
  const wall = new Date(Date.UTC(2026, 8, 1) + (minutes + shift) * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset}`;
}

const rowArb = fc.record({
  // a narrow range of minutes makes ties in time (and then the id) common
  at: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined, freq: 8 }),
  offset: fc.constantFrom(...OFFSETS),
  priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  status: fc.constantFrom<RegistrationStatus>('registered', 'registered', 'waiting', 'confirmed', 'offered', 'cancelled', 'withdrawn', 'declined', 'expired'),
  partnerJoins: fc.boolean(),
  member: fc.boolean(),
  place: fc.constantFrom(...PLACES),
  role: fc.constantFrom('burgemeester', 'oud-burgemeester'),
  expires: fc.constantFrom('2027-01-20', '2027-01-25'),
});

interface Case {
  programme: Programme;
  cohorts: { id: string; registrations: Registration[] }[];
  today: string;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    base: fc.constantFrom(loopbaanPlus, sixSeats),
    partnerSeat: fc.boolean(),
    membersOnly: fc.boolean(),
    skipAhead: fc.boolean(),
    max: fc.integer({ min: 1, max: 8 }),
    total: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    frisian: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    formers: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    cohorts: fc.array(fc.array(rowArb, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
    today: fc.constantFrom('2027-01-18', '2027-01-22'),
  })
  .map((c) => {
    const quotas = [
      ...(c.frisian !== undefined ? [{ on: 'province' as const, value: 'Fryslân', max: c.frisian }] : []),
      ...(c.formers !== undefined ? [{ on: 'role' as const, value: 'oud-burgemeester', max: c.formers }] : []),
    ];
    const programme: Programme = {
      ...c.base,
      partnerSeat: c.partnerSeat,
      membersOnly: c.membersOnly,
      capacity: { min: 1, max: c.max, ...(c.total !== undefined ? { total: c.total } : {}), ...(quotas.length ? { quotas } : {}), skipAhead: c.skipAhead },
    };
    const cohorts = c.cohorts.map((rows, k) => ({
      id: `c${k}`,
      registrations: rows.map((r, i) =>
        reg(`r${String(i + 1).padStart(2, '0')}`, {
          registered: r.at === undefined ? '' : iso(r.at, r.offset),
          status: r.status,
          partnerJoins: r.partnerJoins,
          member: r.member,
          municipality: r.place,
          role: r.role,
          ...(r.status === 'offered' ? { offerExpires: r.expires } : {}),
          ...(r.priority !== undefined ? { priority: r.priority } : {}),
        }),
      ),
    }));
    return { programme, cohorts: makeFeasible(programme, cohorts, c.today), today: c.today };
  });

/** Written from the rules, not from place.ts: the seats a registration takes and the quotas it counts in. */
function seatsOf(r: Registration, p: Programme): number {
  return r.partnerJoins && p.partners !== 'none' && p.partnerSeat ? 2 : 1;
}
const PROVINCE: Record<string, string> = { GM0074: 'Fryslân', GM0080: 'Fryslân', GM0014: 'Groningen', GM0344: 'Utrecht' };
function quotaOf(r: Registration, q: { on: string; value: string }): boolean {
  return q.on === 'role' ? r.role === q.value : PROVINCE[r.municipality] === q.value;
}
const holds = (r: Registration, today: string) => r.status === 'confirmed' || (r.status === 'offered' && r.offerExpires! >= today);

/** Turns holders that would not fit into plain registrations, so confirmed seats and open offers always fit. */
function makeFeasible(p: Programme, cohorts: Case['cohorts'], today: string): Case['cohorts'] {
  let total = 0;
  return cohorts.map((c) => {
    let group = 0;
    const quota = (p.capacity.quotas ?? []).map(() => 0);
    return {
      id: c.id,
      registrations: c.registrations.map((r) => {
        if (!holds(r, today) || (p.membersOnly && !r.member)) return r;
        const need = seatsOf(r, p);
        const qs = (p.capacity.quotas ?? []).map((q, k) => (quotaOf(r, q) ? k : -1)).filter((k) => k >= 0);
        const fits = group + need <= p.capacity.max && (p.capacity.total === undefined || total + need <= p.capacity.total) && qs.every((k) => quota[k]! + 1 <= p.capacity.quotas![k]!.max);
        if (!fits) {
          const { offerExpires: _drop, ...rest } = r;
          return { ...rest, status: 'registered' as const };
        }
        group += need;
        total += need;
        for (const k of qs) quota[k]!++;
        return r;
      }),
    };
  });
}

function place(c: Case): Map<string, Placement> {
  return placeCohorts(
    c.cohorts.map((x) => aCohort(x.id, c.programme, x.registrations)),
    { today: c.today },
  );
}

/** Whether a is ahead of b in the queue: lower priority, else an earlier instant (undated last), else the id. */
function ahead(a: Registration, b: Registration): boolean {
  const pa = a.priority ?? Infinity;
  const pb = b.priority ?? Infinity;
  if (pa !== pb) return pa < pb;
  const ta = a.registered === '' ? Infinity : new Date(a.registered).getTime();
  const tb = b.registered === '' ? Infinity : new Date(b.registered).getTime();
  return ta !== tb ? ta < tb : a.id < b.id;
}

const RUNS = { numRuns: 400 };

describe('placement properties', () => {
  it('never over any capacity: the group, the programme total and every quota, counted from the rules', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const placed = place(c);
        let total = 0;
        for (const x of c.cohorts) {
          const p = placed.get(x.id)!;
          // seats held for a due offer count as taken: nobody else may have them
          const holding = [...p.placed, ...p.due];
          const used = holding.reduce((n, r) => n + seatsOf(r, c.programme), 0);
          total += used;
          expect(used).toBeLessThanOrEqual(c.programme.capacity.max);
          for (const q of c.programme.capacity.quotas ?? []) expect(holding.filter((r) => quotaOf(r, q)).length).toBeLessThanOrEqual(q.max);
          expect(p.seatsUsed).toBe(p.placed.reduce((n, r) => n + seatsOf(r, c.programme), 0));
        }
        if (c.programme.capacity.total !== undefined) expect(total).toBeLessThanOrEqual(c.programme.capacity.total);
      }),
      { ...RUNS, seed: 20261001 },
    );
  });

  it('units are never split: every registration is seated with all its seats or waits whole, and each appears once', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const placed = place(c);
        for (const x of c.cohorts) {
          const p = placed.get(x.id)!;
          for (const s of p.seated) expect(s.seats).toBe(seatsOf(s.registration, c.programme));
          for (const w of p.waiting) expect(w.seats).toBe(seatsOf(w.registration, c.programme));
          const all = [...ids(p.placed), ...ids(p.reserve), ...ids(p.left.map((l) => l.registration))];
          expect([...all].sort()).toEqual(ids(x.registrations).sort());
        }
      }),
      { ...RUNS, seed: 20261002 },
    );
  });

  it('feasible files: every confirmed registration and open offer keeps its seat', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const placed = place(c);
        for (const x of c.cohorts) {
          const p = placed.get(x.id)!;
          for (const r of x.registrations) if (holds(r, c.today) && !(c.programme.membersOnly && !r.member)) expect(ids(p.placed)).toContain(r.id);
          expect(p.waiting.filter((w) => w.reason.kind === 'over-capacity')).toEqual([]);
        }
      }),
      { ...RUNS, seed: 20261003 },
    );
  });

  it('order is respected: in strict order nobody in the queue is seated behind someone who waits for a seat; with skip-ahead only a unit too big for the seats left is passed', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const placed = place(c);
        const quotas = (c.programme.capacity.quotas ?? []).length > 0;
        for (const x of c.cohorts) {
          const p = placed.get(x.id)!;
          const inQueue = (r: Registration) => r.status === 'registered' || r.status === 'waiting';
          const up = [...p.placed.filter(inQueue), ...p.due];
          const passed = p.waiting.filter((w) => w.reason.kind === 'full' || w.reason.kind === 'behind').map((w) => w.registration);
          // positions follow the queue
          const numbered = p.waiting.filter((w) => w.position !== undefined && w.reason.kind !== 'over-capacity');
          for (let k = 1; k < numbered.length; k++) expect(ahead(numbered[k - 1]!.registration, numbered[k]!.registration)).toBe(true);
          if (c.programme.capacity.total !== undefined || quotas) continue;
          if (!c.programme.capacity.skipAhead) {
            for (const u of up) for (const w of passed) expect(ahead(u, w), `${u.id} seated ahead of waiting ${w.id}`).toBe(true);
          } else {
            for (const w of passed) expect(seatsOf(w, c.programme)).toBeGreaterThan(p.free);
          }
        }
      }),
      { ...RUNS, seed: 20261004 },
    );
  });

  it('shuffling the rows of the files changes nothing', () => {
    const shuffled = caseArb.chain((c) =>
      fc.record({ c: fc.constant(c), orders: fc.tuple(...c.cohorts.map((x) => fc.shuffledSubarray(x.registrations, { minLength: x.registrations.length }))) }),
    );
    const summary = (m: Map<string, Placement>) => [...m.values()].map((p) => ({ placed: ids(p.placed), waiting: p.waiting.map((w) => [w.registration.id, w.position, w.reason]), free: p.free }));
    fc.assert(
      fc.property(shuffled, ({ c, orders }) => {
        const again = { ...c, cohorts: c.cohorts.map((x, k) => ({ ...x, registrations: orders[k]! })) };
        expect(summary(place(again))).toEqual(summary(place(c)));
      }),
      { ...RUNS, seed: 20261005 },
    );
  });

  it('members only: no non-member is ever seated or offered a seat', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (!c.programme.membersOnly) return;
        for (const p of place(c).values()) {
          expect([...p.placed, ...p.due].filter((r) => !r.member)).toEqual([]);
          for (const w of p.waiting.filter((x) => !x.registration.member)) expect([w.reason.kind, w.position]).toEqual(['not-member', undefined]);
        }
      }),
      { ...RUNS, seed: 20261006 },
    );
  });
});
