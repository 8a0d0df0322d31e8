import { describe, expect, it } from 'vitest';
import { planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

describe('when no plan is possible', () => {
  it('a span too short for the gaps names the session, the span rule and every date it tried', () => {
    const programme = aProgramme('kort')
      .lasting('1 month')
      .withGroupPhase('start', { name: 'Startdag', slot: 'thu 10:00-16:00' })
      .withGroupPhase('terug', { name: 'Terugkomdag', slot: 'thu 10:00-16:00', after: ['start', '6w..10w'] });
    const plan = planCohorts(planInput([aCohort('c').of(programme).starting('2027-09-02').facilitatedBy('f1').registerMany(2)]));
    expect(plan.sessions).toEqual([]);
    expect(plan.infeasible).toHaveLength(1);
    const f = plan.infeasible[0]!;
    expect(f).toMatchObject({ cohort: 'c', session: 'terug', rule: 'span' });
    expect(f.message).toContain('Terugkomdag');
    expect(f.tried[0]).toEqual({ date: '2027-10-14', reasons: ["after the programme's span (1 month: last day 2027-10-01)"] });
    expect(f.tried.map((r) => r.date)).toEqual(['2027-10-14', '2027-10-21', '2027-10-28', '2027-11-04', '2027-11-11', '2027-11-18', '2027-11-25']);
    expect(plan.score.hard).toBe(1);
    expect(plan.score.items.find((i) => i.constraint === 'span')).toMatchObject({ level: 'hard', cost: 1, sessions: ['c/terug'] });
  });

  it('all Thursdays blocked: holiday, school holiday and a facilitator away, each named', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'thu 10:00-16:00' }).schoolRegion('midden');
    const plan = planCohorts(
      planInput(
        [aCohort('c').of(programme).starting('2027-04-26').ending('2027-05-16').facilitatedBy('marleen-vos').registerMany(2)],
        [aPerson('marleen-vos', { unavailable: ['2027-05-10..2027-05-14'] })],
      ),
    );
    expect(plan.infeasible).toHaveLength(1);
    const f = plan.infeasible[0]!;
    expect(f).toMatchObject({ cohort: 'c', session: 'dag' });
    expect(f.tried).toEqual([
      { date: '2027-04-29', reasons: ['May holiday (school holiday, region midden)'] },
      { date: '2027-05-06', reasons: ['Ascension Day (public holiday)'] },
      { date: '2027-05-13', reasons: ['facilitator marleen-vos unavailable'] },
    ]);
    expect(['holidays', 'school-holidays', 'facilitator-unavailable']).toContain(f.rule);
  });

  it('explains in Dutch when asked', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'thu 10:00-16:00' });
    const plan = planCohorts(planInput([aCohort('c').of(programme).starting('2027-05-06').ending('2027-05-12').facilitatedBy('f1').registerMany(2)], [], 'nl'));
    expect(plan.infeasible[0]!.tried).toEqual([{ date: '2027-05-06', reasons: ['Hemelvaartsdag (feestdag)'] }]);
    expect(plan.infeasible[0]!.rule).toBe('holidays');
    expect(plan.infeasible[0]!.message).toContain('Geen datum voor Dag');
  });

  it('a fixed session that the gaps cannot reach is reported, not moved', () => {
    const programme = aProgramme('p')
      .withGroupPhase('a', { name: 'A', slot: 'wed 10:00-16:00' })
      .withGroupPhase('b', { name: 'B', slot: 'wed 10:00-16:00', after: ['a', '4w..6w'] });
    const plan = planCohorts(planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2).fix('b', '2027-09-15')]));
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ session: 'b', rule: 'phase-order' });
    expect(plan.infeasible[0]!.tried.map((r) => r.date)).toContain('2027-09-15');
  });

  it('resource clashes are explained with who is busy where', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00' });
    const plan = planCohorts(
      planInput(
        [
          aCohort('a').of(programme).starting('2027-09-01').ending('2027-09-02').facilitatedBy('marleen-vos').registerMany(2),
          aCohort('b').of(programme).starting('2027-09-01').facilitatedBy('marleen-vos').registerMany(2).fix('dag', '2027-09-01'),
        ],
        [aPerson('marleen-vos', { name: 'Marleen Vos' })],
      ),
    );
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'a', session: 'dag', rule: 'double-booking' });
    expect(plan.infeasible[0]!.tried).toEqual([{ date: '2027-09-01', reasons: ['Marleen Vos is at b Dag (2027-09-01 10:00–16:00)'] }]);
    expect(plan.sessions.map((s) => s.cohort)).toEqual(['b']);
  });

  it('a facilitator busy in other cohorts is named as the blocker, not the school holidays that refuse most dates', () => {
    const dag = aProgramme('dag').withGroupPhase('dag', { name: 'Studiedag', slot: 'thu 10:00-16:00' }).schoolRegion('midden');
    const taken = ['2027-07-08', '2027-07-15', '2027-09-02'].map((d, i) => aCohort(`a${i + 1}`).of(dag).starting(d).facilitatedBy('marleen-vos').registerMany(2).fix('dag', d));
    const b = aCohort('b').of(dag).starting('2027-07-05').ending('2027-09-03').facilitatedBy('marleen-vos').registerMany(2);
    const plan = planCohorts(planInput([...taken, b], [aPerson('marleen-vos', { name: 'Marleen Vos' })]));
    expect(plan.infeasible).toHaveLength(1);
    const f = plan.infeasible[0]!;
    expect(f).toMatchObject({ cohort: 'b', session: 'dag', rule: 'double-booking' });
    expect(f.tried.filter((r) => r.reasons[0]!.includes('summer holiday')).length).toBeGreaterThan(3);
    expect(f.tried.find((r) => r.date === '2027-07-15')!.reasons).toEqual(['Marleen Vos is at a2 Studiedag (2027-07-15 10:00–16:00)']);
    expect(f.message).toContain('The 3 dates the calendar allows are taken, for example: Marleen Vos is at a1 Studiedag (2027-07-08 10:00–16:00).');
  });
});
