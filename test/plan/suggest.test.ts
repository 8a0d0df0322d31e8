/** An infeasible cohort gets the smallest change that would make it plannable (src/plan/suggest.ts). */
import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/plan/assemble.js';
import { aCohort, aPerson, aProgramme, loaded } from './builders.js';

const OPTIONS = { lang: 'en' as const, today: '2026-11-23', version: '0.0.0-test' };
const dag = aProgramme('dag').withGroupPhase('dag', { name: 'Studiedag', slot: 'thu 10:00-16:00' });

describe('the smallest change that makes a cohort plannable', () => {
  it('one blackout fewer: the cohort is unavailable on the only Thursday it has', () => {
    const c = aCohort('c').of(dag).starting('2027-09-06').ending('2027-09-10').facilitatedBy('f1').registerMany(2).unavailable('2027-09-09');
    const a = assemblePlan(loaded([c]), OPTIONS);
    expect(a.plan.infeasible).toHaveLength(1);
    expect(a.plan.infeasible[0]!.suggestion).toBe('Plannable when the cohort is available on 2027-09-09 after all (one blackout fewer).');
  });

  it('a later end: the only Thursday is taken by another cohort, the next week is free', () => {
    const other = aCohort('a').of(dag).starting('2027-09-09').facilitatedBy('marleen-vos').registerMany(2).fix('dag', '2027-09-09');
    const c = aCohort('c').of(dag).starting('2027-09-06').ending('2027-09-10').facilitatedBy('marleen-vos').registerMany(2);
    const a = assemblePlan(loaded([other, c], [aPerson('marleen-vos')]), OPTIONS);
    expect(a.plan.infeasible.map((f) => f.cohort)).toEqual(['c']);
    expect(a.plan.infeasible[0]!.suggestion).toBe('Plannable when the cohort ends on 2027-09-17 instead of 2027-09-10 (1 week later).');
  });

  it('a second facilitator: six intakes in one week for a facilitator who holds one a day', () => {
    const intakes = aProgramme('intakes').onWeekdays('mon', 'tue', 'wed', 'thu', 'fri').withIndividualPhase('intake', { name: 'Intake', duration: '1h', window: '1w' });
    const c = aCohort('c').of(intakes).starting('2027-09-06').ending('2027-09-10').facilitatedBy('f1').registerMany(6);
    const a = assemblePlan(loaded([c], [aPerson('f1', { maxPerDay: 1 })]), OPTIONS);
    expect(a.plan.infeasible).toHaveLength(1);
    expect(a.plan.infeasible[0]!.suggestion).toBe('Plannable with a second facilitator for the appointments.');
  });

  it('a later start: six meetings four weeks apart, asked for in May of a cohort that started in January and was never pinned', () => {
    const reeks = aProgramme('reeks').lasting('6 months').withGroupPhase('bijeenkomst', { name: 'Bijeenkomst', slot: 'thu 15:00-18:00', sessions: 6, every: '4w..5w' });
    const c = aCohort('c').of(reeks).starting('2027-01-11').facilitatedBy('f1').registerMany(4);
    const late = assemblePlan(loaded([c]), { ...OPTIONS, today: '2027-05-03' });
    expect(late.plan.infeasible.map((f) => f.cohort)).toEqual(['c']);
    expect(late.plan.infeasible[0]!.suggestion).toBe('Plannable when the cohort starts on 2027-05-03 instead of 2027-01-11 (it started before today and nothing of it is pinned).');
    // what it proposes plans: the same cohort starting that day
    expect(assemblePlan(loaded([aCohort('c').of(reeks).starting('2027-05-03').facilitatedBy('f1').registerMany(4)]), { ...OPTIONS, today: '2027-05-03' }).plan.infeasible).toEqual([]);
    // a pinned meeting was held: the cohort cannot start anew, so no later start is proposed
    const held = aCohort('c').of(reeks).starting('2027-01-11').facilitatedBy('f1').registerMany(4).fix('bijeenkomst#1', '2027-01-14');
    const pinned = assemblePlan(loaded([held]), { ...OPTIONS, today: '2027-05-03' });
    expect(pinned.plan.infeasible.map((f) => f.cohort)).toEqual(['c']);
    expect(pinned.plan.infeasible[0]!.suggestion ?? '').not.toContain('starts on');
  });

  it('proposes nothing when none of the changes it searches helps', () => {
    const c = aCohort('c').of(aProgramme('kort').lasting('1 week').withGroupPhase('dag', { name: 'Dag', slot: 'thu 10:00-16:00' }).withGroupPhase('terug', { name: 'Terug', slot: 'thu 10:00-16:00', after: ['dag', '4w..6w'] }))
      .starting('2027-09-06')
      .facilitatedBy('f1')
      .registerMany(2);
    const a = assemblePlan(loaded([c]), OPTIONS);
    expect(a.plan.infeasible).toHaveLength(1);
    expect(a.plan.infeasible[0]!.suggestion).toBeUndefined();
  });
});
