import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { Plan } from '../../src/model/plan.js';
import { aCohort, aProgramme, calendarFacts, planInput } from './builders.js';
import { runs } from '../support/runs.js';

// 2027 voorjaarsvakantie: zuid 02-13..02-21, noord and midden 02-20..02-28.
const GRONINGEN = 'GM0014'; // noord
const ARNHEM = 'GM0202'; // zuid
const UTRECHT = 'GM0344'; // midden

function weekly(region: 'midden' | 'participants') {
  return aProgramme('landelijk')
    .withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 3, every: '1w..3w' })
    .avoiding('public-holidays', 'school-holidays')
    .schoolRegion(region);
}

function days(plan: Plan): string[] {
  return plan.sessions.filter((s) => s.phase === 'dag').map((s) => s.start.slice(0, 10));
}

describe('school-region: participants (a national audience)', () => {
  it('avoids the school holidays of every region a participant lives in, not one region', () => {
    const cohort = (p: ReturnType<typeof weekly>) =>
      aCohort('c').of(p).starting('2027-02-10').facilitatedBy('f1').register('noord1', { municipality: GRONINGEN }).register('zuid1', { municipality: ARNHEM });
    const national = planInput([cohort(weekly('participants'))]);
    const plan = planCohorts(national);
    expect(plan.infeasible).toEqual([]);
    // 02-17 is zuid's holiday, 02-24 noord's: the half-terms of both are kept free
    expect(days(plan)).toHaveLength(3);
    expect(days(plan).filter((d) => d >= '2027-02-13' && d <= '2027-02-28')).toEqual([]);
    expect(checkHardRules(national, plan)).toEqual([]);
    // one region picked for the venue lets 02-17 through, which the national check rejects
    const venueInput = planInput([cohort(weekly('midden')).fix('dag#2', '2027-02-17')]);
    const venue = planCohorts(venueInput);
    expect(venue.infeasible).toEqual([]);
    expect(checkHardRules(venueInput, venue)).toEqual([]);
    expect(checkHardRules(national, venue).map((v) => [v.rule, v.sessions])).toEqual([['school-holidays', ['dag#2']]]);
  });

  it('only the regions of active participants count: without anyone from the south, 02-17 is free', () => {
    const input = planInput([
      aCohort('c').of(weekly('participants')).starting('2027-02-10').facilitatedBy('f1').register('noord1', { municipality: GRONINGEN }).register('weg', { municipality: ARNHEM, status: 'withdrawn' }).fix('dag#2', '2027-02-17'),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(days(plan)).not.toContain('2027-02-24');
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('a fixed session in a participant\'s holiday is reported with who lives in that region', () => {
    const input = planInput([
      aCohort('c').of(weekly('participants')).starting('2027-02-10').facilitatedBy('f1').register('noord1', { municipality: GRONINGEN }).register('zuid1', { municipality: ARNHEM }).register('zuid2', { municipality: ARNHEM }).fix('dag#2', '2027-02-17'),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ session: 'dag#2', rule: 'school-holidays' });
    expect(plan.infeasible[0]!.tried).toEqual([{ date: '2027-02-17', reasons: ['spring half-term (school holiday of 2 participants, region zuid: zuid1, zuid2)'] }]);
    expect(checkHardRules(input, plan).map((v) => v.rule)).toEqual(['school-holidays']);
  });

  it('property: no group session touches a school holiday of any active participant\'s region, and the check agrees', () => {
    const facts = calendarFacts().schoolHolidays;
    const region = { [GRONINGEN]: 'noord', [ARNHEM]: 'zuid', [UTRECHT]: 'midden' } as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(GRONINGEN, ARNHEM, UTRECHT), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('2027-01-13', '2027-02-10', '2027-04-14', '2027-05-26', '2027-10-06'),
        (places, start) => {
          let c = aCohort('c').of(weekly('participants')).starting(start).facilitatedBy('f1');
          places.forEach((m, i) => (c = c.register(`r${i + 1}`, { municipality: m })));
          const input = planInput([c]);
          const plan = planCohorts(input);
          const regions = new Set(places.map((m) => region[m]));
          for (const d of days(plan)) expect(facts.some((s) => regions.has(s.region) && d >= s.start && d <= s.end)).toBe(false);
          expect(plan.infeasible).toEqual([]);
          expect(checkHardRules(input, plan)).toEqual([]);
        },
      ),
      { numRuns: runs(12), seed: 20270217 },
    );
  });
});
