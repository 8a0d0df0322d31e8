/**
 * A guest who must be there (issue 19): a group phase names guest roles (`guests: [directeur]`), the
 * cohort names the person for each (`guests: { directeur: ruth-mulder }`), and the planner books that
 * person like a facilitator: never on their unavailable days, never in two places at once across the
 * cohorts planned together, with time to travel; the independent check agrees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../src/calendar/date.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { runs } from '../support/runs.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

const talk = (o: { sessions?: number; every?: string } = {}) =>
  aProgramme('lp').lasting('3 months').withGroupPhase('blok', { slot: 'thu 13:00-17:00', guests: ['directeur'], ...o });

describe('a required guest', () => {
  it('is booked with the facilitators and listed apart, and the session avoids the guest’s unavailable days', () => {
    const dir = aPerson('dir', { name: 'Ruth Mulder', unavailable: ['2027-09-02', '2027-09-09'] });
    const input = planInput([aCohort('c').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3)], [dir]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.map((s) => [s.session, s.start, s.facilitators, s.guests])).toEqual([['blok', '2027-09-16T13:00', ['f1'], [{ role: 'directeur', person: 'dir' }]]]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('without the guest the same session takes the first Thursday', () => {
    const plain = aProgramme('lp').lasting('3 months').withGroupPhase('blok', { slot: 'thu 13:00-17:00' });
    const plan = planCohorts(planInput([aCohort('c').of(plain).starting('2027-09-01').at('Huis A').facilitatedBy('f1').registerMany(3)], [aPerson('dir', { unavailable: ['2027-09-02'] })]));
    expect(plan.sessions.map((s) => [s.start, s.guests])).toEqual([['2027-09-02T13:00', undefined]]);
  });

  it('is never double-booked: a second cohort with the same guest moves off the first one’s fixed Thursday', () => {
    const input = planInput([
      aCohort('a').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3).fix('blok', '2027-09-02'),
      aCohort('b').of(talk()).starting('2027-09-01').at('Huis B').facilitatedBy('f2').withGuest('directeur', 'dir').registerMany(3),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.map((s) => `${s.cohort} ${s.start}`)).toEqual(['a 2027-09-02T13:00', 'b 2027-09-09T13:00']);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('needs time to travel: a morning talk in Groningen and an afternoon one in Maastricht are not on one day', () => {
    const morning = aProgramme('m').lasting('3 months').withGroupPhase('blok', { slot: 'thu 09:00-12:00', guests: ['directeur'] });
    const afternoon = aProgramme('n').lasting('3 months').withGroupPhase('blok', { slot: 'thu 13:00-16:00', guests: ['directeur'] });
    const input = planInput(
      [
        aCohort('a').of(morning).starting('2027-09-01').at('Martiniplaza', 'Leonard Springerlaan 2', 'GM0014').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3).fix('blok', '2027-09-02'),
        aCohort('b').of(afternoon).starting('2027-09-01').at('MECC', 'Forum 100', 'GM0935').facilitatedBy('f2').withGuest('directeur', 'dir').registerMany(3),
      ],
      [aPerson('dir', { municipality: "'s-Gravenhage" })],
    );
    const plan = planCohorts(input);
    expect(plan.sessions.map((s) => `${s.cohort} ${s.start}`)).toEqual(['a 2027-09-02T09:00', 'b 2027-09-09T13:00']);
    expect(checkHardRules(input, plan)).toEqual([]);
    // the same afternoon talk an hour's drive away fits on the same day
    const near = planInput(
      [
        aCohort('a').of(morning).starting('2027-09-01').at('Martiniplaza', 'Leonard Springerlaan 2', 'GM0014').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3).fix('blok', '2027-09-02'),
        aCohort('b').of(afternoon).starting('2027-09-01').at('Huis B', 'Dorpsstraat 1', 'GM0014').facilitatedBy('f2').withGuest('directeur', 'dir').registerMany(3),
      ],
      [aPerson('dir', { municipality: "'s-Gravenhage" })],
    );
    expect(planCohorts(near).sessions.map((s) => `${s.cohort} ${s.start}`)).toEqual(['a 2027-09-02T09:00', 'b 2027-09-02T13:00']);
  });

  it('unavailable on every candidate day: no plan, and every refused date names the guest', () => {
    const dir = aPerson('dir', { unavailable: ['2027-09-01..2027-11-30'] });
    const plan = planCohorts(planInput([aCohort('c').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3)], [dir]));
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'c', session: 'blok', rule: 'facilitator-unavailable' });
    const tried = plan.infeasible[0]!.tried;
    expect(tried.length).toBeGreaterThan(0);
    for (const r of tried) expect(r.reasons).toContain('guest dir (directeur, required at blok) unavailable');
  });

  it('the refusal is in Dutch with --lang nl', () => {
    const dir = aPerson('dir', { unavailable: ['2027-09-01..2027-11-30'] });
    const plan = planCohorts(planInput([aCohort('c').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3)], [dir], 'nl'));
    expect(plan.infeasible[0]!.tried[0]!.reasons).toContain('gast dir (directeur, nodig bij blok) niet beschikbaar');
  });

  it('the independent check finds a guest on an unavailable day, a guest left out and a guest double-booked', () => {
    const dir = aPerson('dir', { unavailable: ['2027-09-02'] });
    const input = planInput([aCohort('c').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3)], [dir]);
    const plan = planCohorts(input);
    const moved = { ...plan, sessions: plan.sessions.map((s) => ({ ...s, start: '2027-09-02T13:00', end: '2027-09-02T17:00' })) };
    expect(checkHardRules(input, moved).map((v) => v.rule)).toEqual(['facilitator-unavailable']);
    const without = { ...plan, sessions: plan.sessions.map(({ guests: _, ...s }) => s) };
    expect(checkHardRules(input, without).map((v) => v.rule)).toEqual(['guests']);
    const two = planInput([
      aCohort('a').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'dir').registerMany(3),
      aCohort('b').of(talk()).starting('2027-09-01').at('Huis B').facilitatedBy('f2').withGuest('directeur', 'dir').registerMany(3),
    ]);
    const both = planCohorts(two);
    const same = { ...both, sessions: both.sessions.map((s) => ({ ...s, start: '2027-09-09T13:00', end: '2027-09-09T17:00' })) };
    expect(checkHardRules(two, same).map((v) => `${v.rule} ${v.message}`)).toEqual(['double-booking person dir is in two places at once']);
  });

  it('a guest who is also a facilitator stays a facilitator and is booked once', () => {
    const input = planInput([aCohort('c').of(talk()).starting('2027-09-01').at('Huis A').facilitatedBy('f1').withGuest('directeur', 'f1').registerMany(3)]);
    const plan = planCohorts(input);
    expect(plan.sessions.map((s) => [s.facilitators, s.guests])).toEqual([[['f1'], [{ role: 'directeur', person: 'f1' }]]]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });
});

describe('property: a required guest', () => {
  const THURSDAYS = Array.from({ length: 26 }, (_, k) => addDays('2027-09-02', 7 * k));
  it('is never planned on an unavailable day nor in two places at once, and every hard rule holds', () => {
    fc.assert(
      fc.property(
        // 1–3 cohorts sharing the guest, each with 1–3 sessions 2–5 weeks apart, starting in the first month
        fc.array(fc.record({ sessions: fc.integer({ min: 1, max: 3 }), start: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 3 }),
        // at most 8 of the 26 Thursdays, or a few single days, on which the guest is away
        fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 180 }), { maxLength: 6 }),
        (cohorts, awayThursdays, awayDays) => {
          const away = [...awayThursdays.map((k) => THURSDAYS[k]!), ...awayDays.map((d) => addDays('2027-09-01', d))];
          const dir = aPerson('dir', { unavailable: away });
          const input = planInput(
            cohorts.map((c, i) =>
              aCohort(`c${i}`)
                .of(aProgramme(`p${i}`).lasting('6 months').withGroupPhase('blok', { slot: 'thu 13:00-17:00', sessions: c.sessions, every: '2w..5w', guests: ['directeur'] }))
                .starting(addDays('2027-09-01', 7 * c.start))
                .at(`Huis ${i}`)
                .facilitatedBy(`f${i}`)
                .withGuest('directeur', 'dir')
                .registerMany(3),
            ),
            [dir],
          );
          const plan = planCohorts(input);
          expect(plan.infeasible).toEqual([]);
          const guestDays = plan.sessions.filter((s) => s.guests?.some((g) => g.person === 'dir')).map((s) => s.start.slice(0, 10));
          expect(guestDays).toHaveLength(cohorts.reduce((n, c) => n + c.sessions, 0));
          for (const d of guestDays) {
            expect(away).not.toContain(d);
            expect(weekdayOf(d)).toBe('thu');
          }
          expect(new Set(guestDays).size).toBe(guestDays.length);
          expect(checkHardRules(input, plan)).toEqual([]);
        },
      ),
      { numRuns: runs(25), seed: 190019 },
    );
  });
});
