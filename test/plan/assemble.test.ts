/** The planning use case every command calls: seats once, coaches before planning, the pinned plan applied, the plan checked. */
import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/plan/assemble.js';
import { aCohort, aPerson, aProgramme, loaded } from './builders.js';

const OPTIONS = { lang: 'en' as const, today: '2026-11-23', version: '0.0.0-test' };
const day = aProgramme('dag').seats(3).withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00' });

describe('assemblePlan', () => {
  it('seats registrations once: a couple that does not fit waits, and the plan is for the seated only', () => {
    const c = aCohort('c').of(day).starting('2027-09-01').facilitatedBy('f1').registerMany(2).register('r03', { partnerJoins: true });
    const a = assemblePlan(loaded([c]), OPTIONS);
    const placement = a.placements.get('c')!;
    expect(placement.placed.map((r) => r.id)).toEqual(['r01', 'r02']);
    expect(placement.reserve.map((r) => r.id)).toEqual(['r03']);
    expect(a.plan.infeasible).toEqual([]);
    expect(a.plan.sessions.map((s) => [s.session, s.start, s.participants])).toEqual([['dag', '2027-09-01T10:00', ['r01', 'r02']]]);
    expect(a.violations).toEqual([]);
  });

  it('a pinned appointment of a registration that moved to the reserve list comes back cancelled, one sequence up', () => {
    const intake = aProgramme('intake').seats(1).withIndividualPhase('intake', { name: 'Intake', duration: '1h', window: '4w' });
    // Both registered at the same time: the id decides, so r01 takes the one seat.
    const c = aCohort('c').of(intake).starting('2027-09-06').facilitatedBy('f1').register('r01').register('r02').fix('intake@r02', '2027-09-07', '10:00');
    const a = assemblePlan(loaded([c]), OPTIONS);
    const gone = a.plan.sessions.find((s) => s.session === 'intake@r02')!;
    expect(gone).toMatchObject({ status: 'cancelled', sequence: 1, start: '2027-09-07T10:00' });
    expect(a.pinDiffs.get('c')).toMatchObject({ cancelled: [{ session: 'intake@r02', from: { date: '2027-09-07', start: '10:00' } }] });
  });

  it('assigns coaches before planning, within their capacity across cohorts', () => {
    const pool = aProgramme('pool').lasting('12 months').withCoaching('gesprek', { sessions: '2', every: '4w..6w' });
    const cs = [aCohort('a').of(pool).starting('2027-09-06').coachPool('coach-a', 'coach-b').registerMany(1), aCohort('b').of(pool).starting('2027-09-06').coachPool('coach-a', 'coach-b').registerMany(1)];
    const a = assemblePlan(loaded(cs, [aPerson('coach-a', { capacity: 1 }), aPerson('coach-b', { capacity: 1 })]), OPTIONS);
    expect(a.input.coaches?.get('a')?.get('r01')).toBe('coach-a');
    expect(a.input.coaches?.get('b')?.get('r01')).toBe('coach-b');
    expect(a.plan.sessions.filter((s) => s.cohort === 'b').every((s) => s.facilitators.join() === 'coach-b')).toBe(true);
  });

  it('gives sessions in a municipality its coordinates, and the exports the names they show', () => {
    const intake = aProgramme('intake').withIndividualPhase('intake', { name: 'Intake', duration: '1h', window: '4w' });
    const c = aCohort('c').of(intake).starting('2027-09-06').facilitatedBy('f1').register('r01', { municipality: 'GM0983' });
    const a = assemblePlan(loaded([c]), OPTIONS);
    const s = a.plan.sessions[0]!;
    expect(s.location).toMatchObject({ kind: 'participant-municipality', municipality: 'GM0983' });
    expect(s.location.lat).toBeCloseTo(51.37, 1);
    expect(a.exportContext.municipalities?.get('GM0983')).toEqual({ name: 'Venlo' });
    expect(a.exportContext.registrations.get('r01')?.name).toBe('Participant r01');
    expect(a.exportContext).toMatchObject({ today: '2026-11-23', version: '0.0.0-test', calendarName: 'Cohort c' });
  });
});
