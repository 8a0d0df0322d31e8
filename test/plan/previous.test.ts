import { describe, expect, it } from 'vitest';
import { planCohorts } from '../../src/plan/index.js';
import { aCohort, aProgramme, planInput } from './builders.js';
import { PEOPLE, loopbaanPlusCohort } from './programmes.js';

describe('against the pinned plan', () => {
  const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w' });
  const first = planCohorts(planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2)]));

  it('keeps the sequence of unchanged sessions and raises it for moved ones', () => {
    const pinned = first.sessions.map((s) => ({ ...s, sequence: 2 }));
    const input = planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2).fix('dag#1', '2027-09-08')]);
    const plan = planCohorts({ ...input, previous: pinned });
    const moved = plan.sessions.find((s) => s.session === 'dag#1')!;
    expect(moved.start).toBe('2027-09-08T10:00');
    expect(moved.sequence).toBe(3);
    for (const s of plan.sessions) {
      const before = pinned.find((p) => p.uid === s.uid)!;
      expect(s.sequence).toBe(before.start === s.start ? 2 : 3);
    }
  });

  it('brings back a session that is gone as cancelled, one sequence up', () => {
    const pinned = [...first.sessions, { ...first.sessions[0]!, session: 'dag#4', uid: 'dag#4.c@cohort', start: '2027-12-01T10:00', end: '2027-12-01T16:00' }];
    const plan = planCohorts({ ...planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2)]), previous: pinned });
    const gone = plan.sessions.find((s) => s.uid === 'dag#4.c@cohort')!;
    expect(gone).toMatchObject({ status: 'cancelled', sequence: 1, start: '2027-12-01T10:00' });
    expect(plan.sessions.filter((s) => s.status === 'confirmed')).toHaveLength(3);
  });

  it('is identical when computed twice and when the cohorts come in another order', () => {
    const input = planInput(
      [
        loopbaanPlusCohort('lp-a'),
        loopbaanPlusCohort('lp-b'),
        aCohort('dag').of(programme).starting('2027-02-03').facilitatedBy('marleen-vos').registerMany(5),
      ],
      PEOPLE,
    );
    const a = planCohorts(input);
    expect(a.infeasible).toEqual([]);
    expect(planCohorts(input)).toEqual(a);
    expect(JSON.stringify(planCohorts({ ...input, cohorts: [...input.cohorts].reverse() }))).toBe(JSON.stringify(a));
  });
});
