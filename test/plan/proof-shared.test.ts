/** The shared-appointment proof (proof.ts sharedRoom): two cohorts whose appointments with one person do not fit together. */
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

// Feedback talks of 2 × 2 h with a 1 h lunch on one day with both facilitators, within two weeks (ten
// working days): one talk a day per facilitator (two take 10 h, the day has 8 h 30). Two cohorts share
// Femke: each alone fits, together they need a day of hers more than the two weeks have.
const feedback = aProgramme('fb')
  .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
  .withIndividualPhase('feedback', { name: 'Feedbackgesprek', duration: '2h', sessions: 2, sameDay: true, break: '1h', window: '2w', facilitators: 'all', location: 'online' });
const fortnight = (id: string, other: string, n: number) =>
  aCohort(id).of(feedback).starting('2027-09-06').ending('2027-09-17').facilitatedBy('f1', other).registerMany(n);
const people = [aPerson('f1', { name: 'Femke Jansen' }), aPerson('f2', { name: 'Tom de Vries' }), aPerson('f3', { name: 'Ilse Bos' })];

describe('two cohorts whose appointments with one person do not fit together (sharedRoom)', () => {
  it('six and five talks where ten days of Femke hold one each: one left out, proven with both phases and the count', () => {
    const input = planInput([fortnight('a', 'f2', 6), fortnight('b', 'f3', 5)], people);
    const plan = planCohorts(input);
    const left = [...new Set(plan.infeasible.map((f) => f.cohort))];
    expect(left).toHaveLength(1);
    const f = plan.infeasible.find((x) => x.cohort === left[0])!;
    expect(f.proven).toBe(true);
    expect(f.proof).toBe(
      "No plan places a, b together: Femke Jansen takes every appointment of a's Feedbackgesprek (6 appointment days of 2 sessions within 2w of its start, started from 2027-09-06 to 2027-09-10); b's Feedbackgesprek (5 appointment days of 2 sessions within 2w of its start, started from 2027-09-06 to 2027-09-13), and on every pair of starts their own calendars, spans and gaps allow the days of their windows hold at most 10 of those 11 (a day at most 1 of them, hours 09:00–17:30, no two at the same time). Counted on the days the programmes and the facilitators allow, with travel, participants, group sessions and other cohorts left out. Moving dates cannot help: one of them needs more days, another facilitator or fewer participants.",
    );
    // the cohort that is placed keeps every hard rule
    expect(checkHardRules(input, plan).filter((v) => !left.includes(v.cohort))).toEqual([]);
  });

  it('five and five fit exactly: both planned, and no claim', () => {
    const plan = planCohorts(planInput([fortnight('a', 'f2', 5), fortnight('b', 'f3', 5)], people));
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.filter((s) => s.cohort === 'a' || s.cohort === 'b')).toHaveLength(20);
  });

  it('the end the next phase allows: the return day a week after the last talk, so the talks end in the first week', () => {
    // Each cohort's return day (a Friday, its own time) comes exactly a week after its last talk and by
    // 17 September: the talks end on 10 September, five days of Femke's for six talks.
    const back = (slot: string) =>
      aProgramme(`terug-${slot.slice(4, 6)}`)
        .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
        .withIndividualPhase('feedback', { name: 'Feedbackgesprek', duration: '2h', sessions: 2, sameDay: true, break: '1h', window: '2w', facilitators: 'all', location: 'online' })
        .withGroupPhase('terug', { name: 'Terugkomdag', slot, location: 'online', after: ['feedback', '1w..1w'] });
    const c = (id: string, other: string, slot: string) => aCohort(id).of(back(slot)).starting('2027-09-06').ending('2027-09-17').facilitatedBy('f1', other).registerMany(3);
    const plan = planCohorts(planInput([c('a', 'f2', 'fri 09:00-10:00'), c('b', 'f3', 'fri 11:00-12:00')], people));
    const f = plan.infeasible.find((x) => x.proven);
    expect(f?.proof).toMatch(/^No plan places a, b together: Femke Jansen takes every appointment of a's Feedbackgesprek \(3 appointment days/);
    expect(f?.proof).toContain('hold at most 5 of those 6');
    // a day more for the talks (the return day may be two weeks later): both planned
    const later = (id: string, other: string, slot: string) => aCohort(id).of(back(slot)).starting('2027-09-06').ending('2027-09-24').facilitatedBy('f1', other).registerMany(3);
    expect(planCohorts(planInput([later('a', 'f2', 'fri 09:00-10:00'), later('b', 'f3', 'fri 11:00-12:00')], people)).infeasible).toEqual([]);
  });

  describe('1 h talks with a 2 h break: a talk of another unit fits in the break', () => {
    // so a day holds more units than its hours divided by a unit's span (9:00, 10:00 and 11:00, back at
    // 12:00, 13:00 and 14:00: three in six hours); the proofs count the sessions' own minutes instead
    const long = aProgramme('lang')
      .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri')
      .withIndividualPhase('feedback', { name: 'Feedbackgesprek', duration: '1h', sessions: 2, sameDay: true, break: '2h', window: '1w', facilitators: 'all', location: 'online' });
    const c = (id: string, other: string, n: number) => aCohort(id).of(long).starting('2027-09-06').ending('2027-09-10').facilitatedBy('f1', other).registerMany(n);
    const busy = [aPerson('f1', { name: 'Femke Jansen', maxPerDay: 8 }), aPerson('f2', { maxPerDay: 8 }), aPerson('f3', { maxPerDay: 8 })];

    it('twelve units in five days: planned (more than two a day, alternating)', () => {
      const input = planInput([c('a', 'f2', 12)], busy);
      const plan = planCohorts(input);
      expect(plan.infeasible).toEqual([]);
      expect(plan.sessions).toHaveLength(24);
      expect(checkHardRules(input, plan)).toEqual([]);
    });

    it('eight and eight: no claim from the spans (ten would be their bound, twenty the sessions\' minutes)', () => {
      const plan = planCohorts(planInput([c('a', 'f2', 8), c('b', 'f3', 8)], busy));
      for (const f of plan.infeasible) expect(f.proven).toBeFalsy();
    });

    it('eleven and eleven: the one left out is not claimed to have no plan alone (it holds twelve and more)', () => {
      const plan = planCohorts(planInput([c('a', 'f2', 11), c('b', 'f3', 11)], busy));
      const f = plan.infeasible[0]!;
      expect(f.proof ?? '').not.toMatch(/^No plan exists for/);
      // 22 units where Femke's days hold four each by her minutes and her daily maximum: 20
      expect(f.proof).toContain('hold at most 20 of those 22 (a day at most 4 of them');
    });
  });

  it('in Dutch', () => {
    const plan = planCohorts(planInput([fortnight('a', 'f2', 6), fortnight('b', 'f3', 5)], people, 'nl'));
    expect(plan.infeasible.find((x) => x.proven)!.proof).toMatch(/^Geen planning plaatst a, b samen: Femke Jansen voert elke afspraak van Feedbackgesprek van a \(6 afspraakdagen/);
  });
});
