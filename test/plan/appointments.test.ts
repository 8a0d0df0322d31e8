import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/calendar/date.js';
import type { PlannedSession } from '../../src/model/plan.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

function minutes(s: string): number {
  return Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16));
}

function perFacilitatorDay(sessions: readonly PlannedSession[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sessions) for (const f of s.facilitators) m.set(`${f} ${s.start.slice(0, 10)}`, (m.get(`${f} ${s.start.slice(0, 10)}`) ?? 0) + 1);
  return m;
}

describe('individual appointments', () => {
  const programme = aProgramme('p').hours('09:00', '17:00').withIndividualPhase('intake', { name: 'Intake', duration: '2h..3h', window: '2w' });

  it('respect working hours, at most max-per-day per facilitator, no overlaps, and the window', () => {
    const input = planInput(
      [aCohort('c').of(programme).starting('2027-09-06').facilitatedBy('anna', 'bert').registerMany(12)],
      [aPerson('anna', { hours: ['10:00', '16:00'], maxPerDay: 2 }), aPerson('bert')],
    );
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions).toHaveLength(12);
    for (const s of plan.sessions) {
      expect(minutes(s.end) - minutes(s.start)).toBe(180); // the range's longer end (src/plan/booked.ts)
      expect(s.facilitators).toHaveLength(1);
      const [from, to] = s.facilitators[0] === 'anna' ? [600, 960] : [540, 1020];
      expect(minutes(s.start)).toBeGreaterThanOrEqual(from);
      expect(minutes(s.end)).toBeLessThanOrEqual(to);
      expect(s.title).toBe('Intake');
      expect(s.start >= '2027-09-06' && s.start < '2027-09-20').toBe(true);
      expect(['sat', 'sun']).not.toContain(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${s.start.slice(0, 10)}T12:00:00Z`).getUTCDay()]);
    }
    for (const [key, n] of perFacilitatorDay(plan.sessions)) expect(n).toBeLessThanOrEqual(key.startsWith('anna') ? 2 : 3);
    // both facilitators get work (spread evenly)
    const anna = plan.sessions.filter((s) => s.facilitators[0] === 'anna').length;
    expect(anna).toBeGreaterThanOrEqual(4);
    expect(anna).toBeLessThanOrEqual(8);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('does not plan cancelled or withdrawn registrations', () => {
    const input = planInput([
      aCohort('c').of(programme).starting('2027-09-06').facilitatedBy('f1').register('r01').register('r02', { status: 'cancelled' }).register('r03', { status: 'withdrawn' }).register('r04', { status: 'registered' }),
    ]);
    const plan = planCohorts(input);
    expect(plan.sessions.map((s) => s.session).sort()).toEqual(['intake@r01', 'intake@r04']);
  });

  it('a window too small for everyone is reported with the registration that does not fit', () => {
    const tight = aProgramme('p').seats(20).withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '1w' });
    const input = planInput([aCohort('c').of(tight).starting('2027-09-06').facilitatedBy('f1').registerMany(16)], [aPerson('f1', { maxPerDay: 3 })]);
    const plan = planCohorts(input);
    expect(plan.sessions).toEqual([]);
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'c', session: 'intake', rule: 'hours' });
    expect(plan.infeasible[0]!.tried.some((r) => r.reasons.some((x) => x.includes('no room for r16')))).toBe(true);
  });

  it('a fixed appointment stays at its date and time', () => {
    const input = planInput([aCohort('c').of(programme).starting('2027-09-06').facilitatedBy('f1').registerMany(3).fix('intake@r02', '2027-09-15', '14:00')]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.find((s) => s.session === 'intake@r02')).toMatchObject({ start: '2027-09-15T14:00', end: '2027-09-15T17:00', fixed: true });
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('a shared facilitator is never in two appointments at once across cohorts', () => {
    const input = planInput([
      aCohort('a').of(programme).starting('2027-09-06').facilitatedBy('f1').registerMany(5),
      aCohort('b').of(programme).starting('2027-09-06').facilitatedBy('f1').registerMany(5),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
    for (const [, n] of perFacilitatorDay(plan.sessions)) expect(n).toBeLessThanOrEqual(3);
  });
});

describe('self-study', () => {
  it('has an all-day deadline the window after the phase opens, and the next phase follows the deadline', () => {
    const programme = aProgramme('p')
      .withGroupPhase('start', { slot: 'fri 10:00-16:00' })
      .withSelfStudy('scan', { name: 'MindSonar-scan', window: '3w', after: ['start', '0d..1w'] })
      .withGroupPhase('terug', { slot: 'fri 10:00-16:00', after: ['scan', '1w..2w'] });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-03').facilitatedBy('f1').registerMany(2)]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const [start, scan, terug] = plan.sessions;
    expect(scan).toMatchObject({ kind: 'deadline', allDay: true, title: 'MindSonar-scan', facilitators: [] });
    const opens = dayNumber(scan!.start) - 21;
    expect(opens - dayNumber(start!.start.slice(0, 10))).toBeGreaterThanOrEqual(0);
    expect(opens - dayNumber(start!.start.slice(0, 10))).toBeLessThanOrEqual(7);
    expect(dayNumber(terug!.start.slice(0, 10)) - dayNumber(scan!.start)).toBeGreaterThanOrEqual(7);
    expect(checkHardRules(input, plan)).toEqual([]);
  });
});

describe('coaching', () => {
  it('plans sessions.min conversations per coachee with their coach, every 4w..8w apart', () => {
    const programme = aProgramme('pool').lasting('12 months').withCoaching('gesprek', { name: 'Coachgesprek', sessions: '5..8', every: '4w..8w', duration: '90m' });
    const input = planInput(
      [aCohort('c').of(programme).starting('2027-09-06').coachPool('coach-a', 'coach-b').registerMany(4)],
      [aPerson('coach-a', { capacity: 3 }), aPerson('coach-b', { capacity: 3 })],
    );
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions).toHaveLength(20);
    for (const r of ['r01', 'r02', 'r03', 'r04']) {
      const mine = plan.sessions.filter((s) => s.participants[0] === r).sort((a, b) => (a.start < b.start ? -1 : 1));
      expect(mine.map((s) => s.session)).toEqual([1, 2, 3, 4, 5].map((k) => `gesprek#${k}@${r}`));
      expect(new Set(mine.map((s) => s.facilitators[0])).size).toBe(1);
      expect(mine[1]!.title).toBe('Coachgesprek (2/5)');
      for (let k = 1; k < mine.length; k++) {
        const gap = dayNumber(mine[k]!.start.slice(0, 10)) - dayNumber(mine[k - 1]!.start.slice(0, 10));
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(56);
      }
    }
    // the optimal match (src/coaching/match.ts): equal costs, so coach-a to capacity, then coach-b
    const coachOf = (r: string) => plan.sessions.find((s) => s.session === `gesprek#1@${r}`)!.facilitators;
    expect(['r01', 'r02', 'r03', 'r04'].map(coachOf)).toEqual([['coach-a'], ['coach-a'], ['coach-a'], ['coach-b']]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('plans more conversations when the spread needs them, and reports coaches at capacity', () => {
    const programme = aProgramme('pool').lasting('12 months').withCoaching('gesprek', { sessions: '2..6', every: '4w..6w', spread: '5 months..7 months' });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-06').coachPool('coach-a').registerMany(2)], [aPerson('coach-a', { capacity: 1 })]);
    const plan = planCohorts(input);
    const series = plan.sessions.filter((s) => s.participants[0] === 'r01');
    expect(series.length).toBeGreaterThanOrEqual(5);
    expect(plan.infeasible).toEqual([expect.objectContaining({ session: 'gesprek#1@r02', rule: 'coach-capacity' })]);
    expect(checkHardRules(input, plan).filter((v) => !v.sessions.some((s) => s.includes('r02')))).toEqual([]);
  });
});
