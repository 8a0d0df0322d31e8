/** The appointment proof (proof.ts appointmentRoom): a cohort that cannot hold its own appointments, whatever else is planned. */
import { describe, expect, it } from 'vitest';
import { planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

// Intakes of 1 h on working days, within one week of the start; the facilitator holds two a day.
const intakes = aProgramme('intakes').onWeekdays('mon', 'tue', 'wed', 'thu', 'fri').withIndividualPhase('intake', { name: 'Intake', duration: '1h', window: '1w' });
const week = (id: string, n: number) => aCohort(id).of(intakes).starting('2027-09-06').ending('2027-09-10').facilitatedBy('f1').registerMany(n);
const f1 = aPerson('f1', { name: 'Femke Jansen', maxPerDay: 2 });

// Feedback talks of 2 × 2 h on one day with both facilitators, within two weeks; Tom is away the second week.
const feedback = aProgramme('fb')
  .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
  .withIndividualPhase('feedback', { name: 'Feedbackgesprek', duration: '2h', sessions: 2, sameDay: true, break: '1h', window: '2w', facilitators: 'all', location: 'online' });
const pair = (n: number) => aCohort('fb-1').of(feedback).starting('2027-09-06').ending('2027-09-17').facilitatedBy('f1', 'f2').registerMany(n);
const both = [aPerson('f1', { name: 'Femke Jansen' }), aPerson('f2', { name: 'Tom de Vries', unavailable: ['2027-09-13..2027-09-17'] })];

describe('a cohort that cannot hold its own appointments (appointmentRoom)', () => {
  it('eleven intakes where five days hold two each: proven, with the count, the window and the daily maximum', () => {
    const plan = planCohorts(planInput([week('a', 11)], [f1]));
    const f = plan.infeasible.find((x) => x.cohort === 'a')!;
    expect(f.proven).toBe(true);
    expect(f.proof).toBe(
      'No plan exists for a: Intake holds 11 appointments with Femke Jansen within 1w of its start, and started from 2027-09-06 to 2027-09-10 no such window holds more than 10 (hours 09:00–17:30, a day at most Femke Jansen: 2). Counted on the days the programme and the facilitators allow, with travel, participants and other cohorts left out. Moving other cohorts cannot help: it needs more days, another facilitator or fewer participants.',
    );
  });

  it('ten intakes fit exactly: planned, and no claim', () => {
    const plan = planCohorts(planInput([week('a', 10)], [f1]));
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.filter((s) => s.cohort === 'a')).toHaveLength(10);
  });

  it('no claim when another cohort takes the room (the proof leaves other cohorts out): left out, not proven', () => {
    const dag = aProgramme('dag').withGroupPhase('dag', { name: 'Studiedag', slot: 'wed 09:00-17:00' });
    const other = aCohort('b').of(dag).starting('2027-09-08').facilitatedBy('f1').registerMany(2).fix('dag', '2027-09-08');
    const plan = planCohorts(planInput([week('a', 10), other], [f1]));
    const f = plan.infeasible.find((x) => x.cohort === 'a')!;
    expect(f).toBeDefined();
    expect(f.proven).toBeFalsy();
    expect(f.proof).toBeUndefined();
  });

  it('same-day pairs with both facilitators: the days one of them is away are named', () => {
    const plan = planCohorts(planInput([pair(6)], both));
    const f = plan.infeasible.find((x) => x.cohort === 'fb-1')!;
    expect(f.proven).toBe(true);
    expect(f.proof).toContain('Feedbackgesprek holds 6 appointment days (2 sessions of one participant on one day) with Femke Jansen + Tom de Vries within 2w of its start');
    expect(f.proof).toContain('no such window holds more than 5');
    expect(f.proof).toContain('Unavailable then: Tom de Vries 2027-09-13..2027-09-17.');
  });

  it('five same-day pairs fit in the week both are in: planned', () => {
    const plan = planCohorts(planInput([pair(5)], both));
    expect(plan.infeasible).toEqual([]);
  });

  // Intakes on Mondays and Tuesdays, then dream talks on Thursdays and Fridays within a week of the intakes;
  // two of each, one a day. The intakes fit only in the first week, the dream talks only in the third:
  // neither phase alone is short of room, both together are (the gap between them).
  it('two phases whose only openings with room do not meet: proven by the gap between them, both phases named', () => {
    const two = aProgramme('twee')
      .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
      .withIndividualPhase('intake', { name: 'Intake', window: '1w', weekdays: ['mon', 'tue'] })
      .withIndividualPhase('droom', { name: 'Droom', window: '1w', weekdays: ['thu', 'fri'], after: ['intake', '0d..1w'] });
    const c = aCohort('d').of(two).starting('2027-09-06').ending('2027-09-24').facilitatedBy('f1').registerMany(2);
    const away = aPerson('f1', { name: 'Femke Jansen', maxPerDay: 1, unavailable: ['2027-09-10', '2027-09-13..2027-09-14', '2027-09-16..2027-09-17', '2027-09-21'] });
    const plan = planCohorts(planInput([c], [away]));
    const f = plan.infeasible.find((x) => x.cohort === 'd')!;
    expect(f.proven).toBe(true);
    expect(f.proof).toContain('Intake holds 2 appointments with Femke Jansen within 1w of its start, and started from 2027-09-07 to 2027-09-20 no such window holds more than 1');
    expect(f.proof).toContain('; Droom holds 2 appointments');
    expect(f.proof).toContain('on every other start its own calendar, span and gaps allow, ');
    // one absence fewer (the Tuesday of the third week): the intakes fit there, and the cohort is planned
    const fewer = aPerson('f1', { name: 'Femke Jansen', maxPerDay: 1, unavailable: ['2027-09-10', '2027-09-13..2027-09-14', '2027-09-16..2027-09-17'] });
    expect(planCohorts(planInput([c], [fewer])).infeasible).toEqual([]);
  });

  // Five intakes within two weeks, one a day, and the return day on the Friday exactly a week after the
  // last intake. The facilitator is away the second week: the intakes end in the first or the third
  // week, never on 17 September, the one end the only Friday left (24 September) allows.
  it('an end the appointments cannot make: proven with the days an individual phase can end on', () => {
    const back = aProgramme('terug')
      .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
      .withIndividualPhase('intake', { name: 'Intake', window: '2w' })
      .withGroupPhase('terug', { name: 'Terugkomdag', slot: 'fri 10:00-16:00', after: ['intake', '1w..1w'] });
    const c = aCohort('e').of(back).starting('2027-09-06').ending('2027-09-24').facilitatedBy('f1').registerMany(5);
    const away = (...more: string[]) => aPerson('f1', { name: 'Femke Jansen', maxPerDay: 1, unavailable: ['2027-09-13..2027-09-17', ...more] });
    const plan = planCohorts(planInput([c], [away('2027-09-23')]));
    const f = plan.infeasible.find((x) => x.cohort === 'e')!;
    expect(f.proven).toBe(true);
    expect(f.proof).toMatch(/^No plan exists for e: Intake holds 5 appointments with Femke Jansen within 2w of its start, and started from 2027-09-10 to 2027-09-1\d no such window holds more than 4/);
    expect(f.proof).toContain('Unavailable then: Femke Jansen 2027-09-13..2027-09-17, Femke Jansen 2027-09-23.');
  });

  it('in Dutch', () => {
    const plan = planCohorts(planInput([week('a', 11)], [f1], 'nl'));
    expect(plan.infeasible[0]!.proof).toMatch(/^Geen planning mogelijk voor a: Intake heeft 11 afspraken met Femke Jansen binnen 1w na de start/);
  });
});
