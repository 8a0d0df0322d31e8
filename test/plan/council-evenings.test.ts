/**
 * Evenings are council time: a programme that avoids `council-evenings` runs nothing past 18:00 on
 * Monday to Thursday, when councils and committees meet (src/calendar/holidays.ts councilEvening).
 */
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aProgramme, planInput } from './builders.js';

describe('council evenings', () => {
  it('a Wednesday masterclass 16:00–19:30 cannot be planned, and says it runs into the council evening', () => {
    const wed = aProgramme('mc').withGroupPhase('masterclass', { slot: 'wed 16:00-19:30' }).avoiding('public-holidays', 'council-evenings');
    const plan = planCohorts(planInput([aCohort('c').of(wed).starting('2027-09-01').ending('2027-09-30').facilitatedBy('f1').registerMany(3)]));
    expect(plan.sessions).toEqual([]);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'c', session: 'masterclass', rule: 'holidays' });
    expect(plan.infeasible[0]!.tried[0]!.reasons.join(' ')).toMatch(/council or committee evening/);
  });

  it('the same masterclass on a Friday is planned: Friday evenings are free of councils', () => {
    const fri = aProgramme('mc').withGroupPhase('masterclass', { slot: 'fri 16:00-19:30' }).avoiding('public-holidays', 'council-evenings');
    const input = planInput([aCohort('c').of(fri).starting('2027-09-01').facilitatedBy('f1').registerMany(3)]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.map((s) => s.start)).toEqual(['2027-09-03T16:00']);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('a daytime session on a council day is untouched (it ends by 18:00)', () => {
    const tue = aProgramme('kb').withGroupPhase('bezoek', { slot: 'tue 15:00-18:00' }).avoiding('public-holidays', 'council-evenings');
    const plan = planCohorts(planInput([aCohort('c').of(tue).starting('2027-09-06').facilitatedBy('f1').registerMany(3)]));
    expect(plan.sessions.map((s) => s.start)).toEqual(['2027-09-07T15:00']);
  });

  it('an appointment fixed into a Wednesday evening is refused; without council evenings it stands', () => {
    const base = aProgramme('p').hours('09:00', '21:00').withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '2w' });
    const cohort = (p: typeof base) => aCohort('c').of(p).starting('2027-09-06').facilitatedBy('f1').registerMany(2).fix('intake@r01', '2027-09-08', '17:00');
    const strict = planCohorts(planInput([cohort(base.avoiding('public-holidays', 'council-evenings'))]));
    expect(strict.infeasible.map((x) => x.session)).toEqual(['intake@r01']);
    const open = aProgramme('p').hours('09:00', '21:00').withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '2w' });
    const plan = planCohorts(planInput([cohort(open)]));
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.find((x) => x.session === 'intake@r01')!.start).toBe('2027-09-08T17:00');
  });

  it('the independent check finds a session that runs into a council evening', () => {
    const wed = aProgramme('mc').withGroupPhase('masterclass', { slot: 'wed 16:00-19:30' });
    const plan = planCohorts(planInput([aCohort('c').of(wed).starting('2027-09-01').facilitatedBy('f1').registerMany(3)]));
    expect(plan.sessions).toHaveLength(1);
    const strict = planInput([aCohort('c').of(aProgramme('mc').withGroupPhase('masterclass', { slot: 'wed 16:00-19:30' }).avoiding('public-holidays', 'council-evenings')).starting('2027-09-01').facilitatedBy('f1').registerMany(3)]);
    expect(checkHardRules(strict, plan).map((v) => v.rule)).toEqual(['holidays']);
  });
});
