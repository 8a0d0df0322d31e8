/** Every step of a registration's life cycle, with today given: offers, answers, expiry across holidays, the cutoff. */
import { describe, expect, it } from 'vitest';
import { transition, type Action, type Outcome } from '../../src/capacity/lifecycle.js';
import { addWorkingDays, offerCutoff, offerExpiry } from '../../src/capacity/offers.js';
import { dutchHolidays } from '../../src/calendar/holidays.js';
import type { Programme, Registration } from '../../src/model/types.js';
import { aCohort, ids, sixSeats, loopbaanPlus, queue, reg, singles } from './builders.js';

const HOLIDAYS = new Set(dutchHolidays(2026, 2028, ['public-holidays']).keys());
/** Monday 23 November 2026. */
const TODAY = '2026-11-23';

/** Six seats, six confirmed, two waiting behind them. */
function full(programme: Programme = sixSeats, extra: Registration[] = []) {
  return aCohort('c', programme, [...queue(...singles(6, { status: 'confirmed' }), {}, {}), ...extra], { start: '2027-01-18' });
}

function run(action: Action, c = full(), today = TODAY): Outcome {
  const o = transition([c], 'c', action, { today, holidays: HOLIDAYS });
  if (!o.ok) throw new Error(`refused: ${JSON.stringify(o.refusal)}`);
  return o;
}

const status = (o: Outcome, id: string) => o.registrations.find((r) => r.id === id)!;

describe('working days to answer', () => {
  it('5 working days from Monday 23 November 2026 is Monday 30 November', () => {
    expect(addWorkingDays('2026-11-23', 5, HOLIDAYS)).toBe('2026-11-30');
  });

  it('Christmas and New Year do not count: an offer made on Thursday 24 December 2026 runs to Monday 4 January 2027', () => {
    // Fri 25 Dec Christmas, Sat 26 Boxing Day, Fri 1 Jan New Year: working days 28, 29, 30, 31 Dec and 4 Jan.
    expect(addWorkingDays('2026-12-24', 5, HOLIDAYS)).toBe('2027-01-04');
  });

  it("King's Day (Tuesday 27 April 2027) does not count either", () => {
    expect(addWorkingDays('2027-04-23', 2, HOLIDAYS)).toBe('2027-04-28');
  });

  it('an offer never runs into the cutoff: it ends the day before, and none is made on or after it', () => {
    const c = full().cohort;
    expect(offerExpiry('2027-01-13', c, sixSeats, HOLIDAYS)).toBe('2027-01-17');
    expect(offerExpiry('2027-01-18', c, sixSeats, HOLIDAYS)).toBeUndefined();
  });

  it('the cutoff is the first session of the phase the programme names, as the cohort fixed it; else the start', () => {
    const p = { ...loopbaanPlus, offers: { days: 5, until: 'groepsblok-1' } };
    const c = aCohort('c', p, [], { start: '2027-01-11', fixed: [{ session: 'groepsblok-1', date: '2027-04-02' }] }).cohort;
    expect(offerCutoff(c, p)).toBe('2027-04-02');
    expect(offerCutoff({ ...c, fixed: [] }, p)).toBe('2027-01-11');
  });
});

describe('cancel', () => {
  it('a placed registration cancels: the first on the reserve list is offered the seat for 5 working days', () => {
    const o = run({ kind: 'cancel', id: 'r03' });
    expect(o.changes).toEqual([
      { id: 'r03', field: 'status', from: 'confirmed', to: 'cancelled', why: { kind: 'asked' } },
      { id: 'r07', field: 'status', from: 'registered', to: 'offered', why: { kind: 'next-in-line', after: ['r03'] } },
      { id: 'r07', field: 'offer-expires', to: '2026-11-30', why: { kind: 'next-in-line', after: ['r03'] } },
    ]);
    expect(o.offers).toEqual([{ id: 'r07', expires: '2026-11-30' }]);
    // the offer holds the seat: r08 stays first in line
    expect(o.after.waiting.map((w) => [w.registration.id, w.position])).toEqual([['r08', 1]]);
  });

  it('someone on the reserve list cancels: nobody moves up, the one behind moves to position 1', () => {
    const o = run({ kind: 'cancel', id: 'r07' });
    expect(o.changes.map((c) => [c.id, c.to])).toEqual([['r07', 'cancelled']]);
    expect(o.after.waiting.map((w) => [w.registration.id, w.position])).toEqual([['r08', 1]]);
  });

  it('a couple cancels in a programme where partners take a seat: two seats, two offers', () => {
    const c = aCohort('c', loopbaanPlus, [...queue({ status: 'confirmed', partnerJoins: true }, ...singles(10, { status: 'confirmed' }), {}, {}, {})], { start: '2027-01-11' });
    const o = run({ kind: 'cancel', id: 'r01' }, c);
    expect(o.offers.map((x) => x.id)).toEqual(['r12', 'r13']);
    expect(ids(o.after.reserve)).toEqual(['r14']);
  });

  it('a couple first in line is offered nothing while one seat is free (skip-ahead: false)', () => {
    const c = aCohort('c', loopbaanPlus, queue(...singles(12, { status: 'confirmed' }), { partnerJoins: true }, {}), { start: '2027-01-11' });
    const o = run({ kind: 'cancel', id: 'r05' }, c);
    expect(o.offers).toEqual([]);
    expect(o.after.free).toBe(1);
    expect(o.after.waiting[0]).toMatchObject({ position: 1, reason: { kind: 'full' } });
  });

  it('with skip-ahead: true the single behind the couple is offered the seat', () => {
    const p = { ...loopbaanPlus, capacity: { ...loopbaanPlus.capacity, skipAhead: true } };
    const c = aCohort('c', p, queue(...singles(12, { status: 'confirmed' }), { partnerJoins: true }, {}), { start: '2027-01-11' });
    expect(run({ kind: 'cancel', id: 'r05' }, c).offers.map((x) => x.id)).toEqual(['r14']);
  });

  it('a cancellation is refused for who already left', () => {
    const o = transition([full(sixSeats, [reg('x1', { status: 'withdrawn' })])], 'c', { kind: 'cancel', id: 'x1' }, { today: TODAY, holidays: HOLIDAYS });
    expect(o).toEqual({ ok: false, refusal: { kind: 'already-out', id: 'x1', status: 'withdrawn' } });
    expect(transition([full()], 'c', { kind: 'cancel', id: 'nobody' }, { today: TODAY, holidays: HOLIDAYS })).toEqual({ ok: false, refusal: { kind: 'unknown-id', id: 'nobody' } });
  });

  it('after the cutoff no offer is made: the next in line is recorded as waiting, and the seat stays free', () => {
    const o = run({ kind: 'cancel', id: 'r03' }, full(), '2027-01-18');
    expect(o.offers).toEqual([]);
    expect(o.held).toEqual(['r07']);
    expect(o.changes.slice(1)).toEqual([{ id: 'r07', field: 'status', from: 'registered', to: 'waiting', why: { kind: 'no-offers-from', cutoff: '2027-01-18' } }]);
    expect(o.after.free).toBe(0);
    expect(o.after.due.map((r) => r.id)).toEqual(['r07']);
  });
});

describe('answers to an offer', () => {
  const offered = () => full(sixSeats, [reg('o1', { status: 'offered', offerExpires: '2026-11-30', registered: '2026-11-01T09:00:00+01:00' })]);
  const five = () => {
    const c = offered();
    // five confirmed and the offer fill the six seats
    c.cohort.registrations = c.cohort.registrations.map((r) => (r.id === 'r06' ? { ...r, status: 'cancelled' as const } : r));
    return c;
  };

  it('accept: the offer becomes a confirmed seat and the expiry is cleared', () => {
    const o = run({ kind: 'accept', id: 'o1' }, five());
    expect(o.changes).toEqual([
      { id: 'o1', field: 'status', from: 'offered', to: 'confirmed', why: { kind: 'asked' } },
      { id: 'o1', field: 'offer-expires', from: '2026-11-30', why: { kind: 'asked' } },
    ]);
    expect(o.offers).toEqual([]);
  });

  it('accept on the last day still counts', () => {
    expect(run({ kind: 'accept', id: 'o1' }, five(), '2026-11-30').changes[0]!.to).toBe('confirmed');
  });

  it('decline: the seat goes to the next in line, and the decliner is never offered one again', () => {
    const o = run({ kind: 'decline', id: 'o1' }, five());
    expect(o.changes.map((c) => [c.id, c.field, c.to])).toEqual([
      ['o1', 'status', 'declined'],
      ['r07', 'status', 'offered'],
      ['r07', 'offer-expires', '2026-11-30'],
    ]);
    expect(status(o, 'o1').offerExpires).toBe('2026-11-30');
    // r03 cancels later: r08 is next, not o1
    const later = transition([{ ...five(), cohort: { ...five().cohort, registrations: o.registrations } }], 'c', { kind: 'cancel', id: 'r03' }, { today: '2026-11-25', holidays: HOLIDAYS });
    expect(later.ok && later.offers.map((x) => x.id)).toEqual(['r08']);
  });

  it('an answer after the last day is refused: the offer has expired', () => {
    const o = transition([five()], 'c', { kind: 'accept', id: 'o1' }, { today: '2026-12-01', holidays: HOLIDAYS });
    expect(o).toEqual({ ok: false, refusal: { kind: 'offer-expired', id: 'o1', on: '2026-11-30' } });
  });

  it('an answer from someone without an offer is refused', () => {
    expect(transition([five()], 'c', { kind: 'decline', id: 'r07' }, { today: TODAY, holidays: HOLIDAYS })).toEqual({ ok: false, refusal: { kind: 'not-offered', id: 'r07', status: 'registered' } });
  });
});

describe('expiry by --today', () => {
  const chain = () => {
    const c = full();
    return run({ kind: 'cancel', id: 'r03' }, c, '2026-12-23');
  };

  it('an offer made on 23 December 2026 runs over Christmas to Thursday 31 December', () => {
    expect(chain().offers).toEqual([{ id: 'r07', expires: '2026-12-31' }]);
  });

  it('on its last day it still holds the seat; the next day it is recorded as expired and the next in line is offered the seat', () => {
    const first = chain();
    const c = full();
    const then = { ...c, cohort: { ...c.cohort, registrations: first.registrations } };
    expect(run({ kind: 'update' }, then, '2026-12-31').changes).toEqual([]);
    const next = run({ kind: 'update' }, then, '2027-01-01');
    expect(next.changes).toEqual([
      { id: 'r07', field: 'status', from: 'offered', to: 'expired', why: { kind: 'offer-expired', on: '2026-12-31' } },
      { id: 'r08', field: 'status', from: 'registered', to: 'offered', why: { kind: 'next-in-line', after: ['r07'] } },
      // New Year's Day is a holiday: 4, 5, 6, 7, 8 January
      { id: 'r08', field: 'offer-expires', to: '2027-01-08', why: { kind: 'next-in-line', after: ['r07'] } },
    ]);
    // r07 keeps the date of the offer that ran out, as a record
    expect(status(next, 'r07')).toMatchObject({ status: 'expired', offerExpires: '2026-12-31' });
  });

  it('an offer that would run past the cutoff ends the day before it', () => {
    const last = run({ kind: 'cancel', id: 'r03' }, full(), '2027-01-14');
    expect(last.offers).toEqual([{ id: 'r07', expires: '2027-01-17' }]);
  });
});

describe('register', () => {
  const newcomer = (o: Parameters<typeof reg>[1] = {}) => reg('n1', { registered: '2026-11-23T10:00:00+01:00', ...o });

  it('with a free seat and nobody waiting: placed at once, as registered', () => {
    const c = aCohort('c', sixSeats, queue(...singles(5)), { start: '2027-01-18' });
    const o = run({ kind: 'register', registration: newcomer() }, c);
    expect(o.changes).toEqual([{ id: 'n1', field: 'status', to: 'registered', why: { kind: 'asked' } }]);
    expect(ids(o.after.placed)).toContain('n1');
  });

  it('when full: on the reserve list from the start (waiting), at the end of the line', () => {
    const o = run({ kind: 'register', registration: newcomer() });
    expect(o.changes).toEqual([{ id: 'n1', field: 'status', to: 'waiting', why: { kind: 'asked' } }]);
    expect(o.after.waiting.map((w) => [w.registration.id, w.position])).toEqual([
      ['r07', 1],
      ['r08', 2],
      ['n1', 3],
    ]);
  });

  it('a seat freed by a hand edit went to the next registered one unasked (cohort cancel would have offered it); the newcomer queues behind', () => {
    const c = full();
    c.cohort.registrations[0] = { ...c.cohort.registrations[0]!, status: 'cancelled' };
    const o = run({ kind: 'register', registration: newcomer() }, c);
    expect(o.offers).toEqual([]);
    expect(o.after.waiting.map((w) => w.registration.id)).toEqual(['r08', 'n1']);
  });

  it('a duplicate id is refused', () => {
    expect(transition([full()], 'c', { kind: 'register', registration: reg('r01') }, { today: TODAY, holidays: HOLIDAYS })).toEqual({ ok: false, refusal: { kind: 'duplicate-id', id: 'r01' } });
  });
});
