import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

/** Wednesday sessions every one to two weeks, from `start` to `end` (autumn 2027). */
function weekly(id: string, start: string, end: string, sessions: number, ...people: string[]) {
  const programme = aProgramme(`p-${id}`).withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions, ...(sessions > 1 ? { every: '1w..2w' } : {}) });
  return aCohort(id).of(programme).starting(start).ending(end).facilitatedBy(...people).registerMany(2);
}

describe('ruin and recreate (construct.ts), the last repair of a cohort left out', () => {
  it('c5 is let in by unbooking the cohorts that share its people and planning it first: only c1, which cannot be placed together with c3, is left out', () => {
    // found by a random search over small autumns: the earlier repairs (the blockers planned again,
    // moved, or settled) leave c5 and c1 out; c1 and c3 need the same Wednesdays of Anna
    const cohorts = [
      weekly('c0', '2027-09-08', '2027-09-22', 2, 'bert', 'carla'),
      weekly('c1', '2027-09-29', '2027-10-20', 3, 'anna', 'carla'),
      weekly('c2', '2027-09-29', '2027-10-06', 1, 'anna', 'bert'),
      weekly('c3', '2027-10-13', '2027-10-27', 3, 'anna'),
      weekly('c4', '2027-10-06', '2027-10-20', 1, 'carla'),
      weekly('c5', '2027-09-01', '2027-10-06', 3, 'bert', 'carla'),
    ];
    const input = planInput(cohorts, ['anna', 'bert', 'carla'].map((id) => aPerson(id)));
    const plan = planCohorts(input);
    expect(plan.infeasible.map((f) => f.cohort)).toEqual(['c1']);
    expect(plan.infeasible[0]!.proof).toMatch(/^No plan places c1, c3 together: they share anna, /);
    const days = (c: string) => plan.sessions.filter((s) => s.cohort === c).map((s) => s.start.slice(0, 10));
    expect(days('c5')).toEqual(['2027-09-01', '2027-09-15', '2027-09-29']);
    expect(days('c0')).toEqual(['2027-09-08', '2027-09-22']);
    expect(days('c3')).toEqual(['2027-10-13', '2027-10-20', '2027-10-27']);
    // every hard rule holds for the cohorts planned
    expect(checkHardRules(input, plan).filter((v) => v.cohort !== 'c1')).toEqual([]);
  });

  it('cohorts that share only a guest are unbooked too: four series on the director\'s Fridays, one cohort left out instead of two', () => {
    // found by a random search over small autumns (each cohort its own facilitator, the director d1 a guest
    // of every session): six Fridays, 9 sessions wanted; c3 and c0 each need three of them in a row
    const friday = (id: string, start: string, end: string, sessions: number, facilitator: string) => {
      const programme = aProgramme(`p-${id}`).withGroupPhase('blok', { name: 'Blok', slot: 'fri 10:00-16:00', sessions, ...(sessions > 1 ? { every: '1w..2w' } : {}), guests: ['directeur'] });
      return aCohort(id).of(programme).starting(start).ending(end).facilitatedBy(facilitator).registerMany(2).withGuest('directeur', 'd1');
    };
    const cohorts = [
      friday('c0', '2027-10-08', '2027-10-22', 3, 'f1'),
      friday('c1', '2027-09-24', '2027-10-22', 1, 'f4'),
      friday('c2', '2027-10-01', '2027-10-15', 2, 'f5'),
      friday('c3', '2027-09-17', '2027-10-01', 3, 'f2'),
    ];
    const input = planInput(cohorts, ['f1', 'f2', 'f4', 'f5', 'd1'].map((id) => aPerson(id)));
    const plan = planCohorts(input);
    // before guests counted as shared people, ruin and recreate found no cohort to unbook: c1 and c2 were left out
    expect(plan.infeasible.map((f) => f.cohort)).toEqual(['c0']);
    expect(plan.sessions.map((s) => `${s.cohort} ${s.start.slice(0, 10)}`).sort()).toEqual(['c1 2027-10-22', 'c2 2027-10-08', 'c2 2027-10-15', 'c3 2027-09-17', 'c3 2027-09-24', 'c3 2027-10-01']);
    expect(checkHardRules(input, plan).filter((v) => v.cohort !== 'c0')).toEqual([]);
  });
});
