/**
 * The travel proof (proof.ts travelReach): a participant whom no one who may take the appointment can
 * visit from home and be back within their working day. Schiermonnikoog by the estimate (ferry
 * included): 2h00 from Groningen, 3h45 from Amsterdam, 6h15 from Maastricht. Each proven case has a
 * planned twin one change away, so the bound is not claimed where a plan exists.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

const intake = (facilitators: 'one' | 'all' = 'one', location: 'participant-municipality' | 'online' = 'participant-municipality') =>
  aProgramme('visits').hours('09:00', '17:00').onWeekdays('mon', 'tue', 'wed', 'thu', 'fri').withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '2w', facilitators, location });
const cohort = (p: ReturnType<typeof intake>, ...who: string[]) =>
  aCohort('v').of(p).starting('2027-09-06').facilitatedBy(...who).register('r01', { municipality: 'GM0344' }).register('r02', { municipality: 'GM0088' });
const maastricht = aPerson('f1', { name: 'Femke Jansen', municipality: 'GM0935', hours: ['08:00', '18:00'] });
const groningen = aPerson('f2', { name: 'Tom de Vries', municipality: 'GM0014', hours: ['08:00', '18:00'] });
const amsterdam = (end: string) => aPerson('f3', { name: 'Sara Bakker', municipality: 'GM0363', hours: ['08:00', end] });

function proofOf(plan: ReturnType<typeof planCohorts>) {
  return plan.infeasible.find((x) => x.cohort === 'v');
}

describe('a participant no one can visit within a working day (travelReach)', () => {
  it('one facilitator, 6h15 each way from Maastricht: proven, with the drive, the working day and the time there', () => {
    const plan = planCohorts(planInput([cohort(intake(), 'f1')], [maastricht]));
    const f = proofOf(plan)!;
    expect(f.proven).toBe(true);
    expect(f.proof).toBe(
      'No plan exists for v: Intake with r02 in Schiermonnikoog lasts 2h00 within 09:00–17:00, and no one who may take it is there that long (Femke Jansen 6h15 each way from Maastricht, working day 08:00–18:00: there from 14:15, gone by 11:45). Counted as the drive from home and back within each one\'s working day and the appointment alone, with other sessions, days and cohorts left out. Moving other cohorts cannot help: it needs another facilitator, another place or an online appointment.',
    );
  });

  it('a second facilitator 2h00 away who may take it alone: planned, and no claim', () => {
    const input = planInput([cohort(intake(), 'f1', 'f2')], [maastricht, groningen]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(plan.sessions.find((s) => s.session === 'intake@r02')!.facilitators).toEqual(['f2']);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('both must attend (facilitators: all): proven by the one from Maastricht, the common time there named', () => {
    const plan = planCohorts(planInput([cohort(intake('all'), 'f1', 'f2')], [maastricht, groningen]));
    const f = proofOf(plan)!;
    expect(f.proven).toBe(true);
    expect(f.proof).toContain('with all its facilitators there it can start at 14:15 at the earliest and must end by 11:45 (Femke Jansen 6h15 each way from Maastricht, working day 08:00–18:00; Tom de Vries 2h00 each way from Groningen, working day 08:00–18:00)');
  });

  it('online: nobody drives, planned', () => {
    expect(planCohorts(planInput([cohort(intake('one', 'online'), 'f1')], [maastricht])).infeasible).toEqual([]);
  });

  // 3h45 there, 2h, 3h45 back: 9h30 from 08:00 is 17:30, the appointment at 11:45–13:45
  it('a working day exactly long enough is planned; a quarter of an hour shorter is proven', () => {
    const exact = planInput([cohort(intake(), 'f3')], [amsterdam('17:30')]);
    const plan = planCohorts(exact);
    expect(plan.infeasible).toEqual([]);
    const s = plan.sessions.find((x) => x.session === 'intake@r02')!;
    expect(s.start.slice(11)).toBe('11:45');
    expect(checkHardRules(exact, plan)).toEqual([]);
    const f = proofOf(planCohorts(planInput([cohort(intake(), 'f3')], [amsterdam('17:15')])))!;
    expect(f.proven).toBe(true);
    expect(f.proof).toContain('Sara Bakker 3h45 each way from Amsterdam, working day 08:00–17:15: there from 11:45, gone by 13:30');
  });

  // With one participant and one appointment on otherwise empty weeks, the planner's slot search is
  // exact, so the proof must fire exactly when the cohort is left out: never a claim where a plan
  // exists, and no travel failure it misses.
  const codes = readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((r) => r.split(',')[0]!);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  it('one participant, random homes, places, working days and lengths: proven exactly when left out', () => {
    const seen = { proven: 0, planned: 0 };
    fc.assert(
      fc.property(
        fc.record({
          home: fc.integer({ min: 0, max: codes.length - 1 }),
          place: fc.integer({ min: 0, max: codes.length - 1 }),
          from: fc.integer({ min: 24, max: 40 }),
          len: fc.integer({ min: 16, max: 48 }),
          minutes: fc.constantFrom('30m', '1h', '2h', '3h', '4h'),
          all: fc.boolean(),
          second: fc.option(fc.integer({ min: 0, max: codes.length - 1 }), { nil: undefined }),
        }),
        (w) => {
          const p = aProgramme('visits').hours('08:00', '18:00').onWeekdays('mon', 'tue', 'wed', 'thu', 'fri').withIndividualPhase('intake', { name: 'Intake', duration: w.minutes, window: '2w', facilitators: w.all ? 'all' : 'one' });
          const people = [aPerson('f1', { municipality: codes[w.home]!, hours: [hhmm(w.from * 15), hhmm(Math.min(w.from + w.len, 95) * 15)] })];
          if (w.second !== undefined) people.push(aPerson('f2', { municipality: codes[w.second]!, hours: ['07:30', '18:30'] }));
          const c = aCohort('v').of(p).starting('2027-09-06').facilitatedBy(...people.map((x) => x.id)).register('r01', { municipality: codes[w.place]! });
          const plan = planCohorts(planInput([c], people));
          const f = proofOf(plan);
          expect(f?.proven ?? false).toBe(f !== undefined);
          // (the travel proof, or the appointment proof where the hours alone are too short)
          if (f) expect(f.proof).toMatch(/^No plan exists for v: Intake (with r01 in|holds 1 appointments)/);
          seen[f ? 'proven' : 'planned']++;
        },
      ),
      { numRuns: 150, seed: 12 },
    );
    // the generator reaches both sides of the bound
    expect(seen.proven).toBeGreaterThan(20);
    expect(seen.planned).toBeGreaterThan(20);
  });
});
