import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { Plan, PlannedSession } from '../../src/model/plan.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

function only(plan: Plan, phase: string): PlannedSession[] {
  return plan.sessions.filter((s) => s.phase === phase);
}

function dates(plan: Plan, phase: string): string[] {
  return only(plan, phase).map((s) => s.start.slice(0, 10));
}

describe('group sessions', () => {
  it('a Thursday programme across Ascension Day 2027-05-06 steps over it', () => {
    const programme = aProgramme('donderdag').withGroupPhase('middag', { name: 'Middag', slot: 'thu 13:00-17:00', sessions: 3, every: '1w..2w' });
    const input = planInput([aCohort('c').of(programme).starting('2027-04-29').facilitatedBy('f1').registerMany(4)]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(dates(plan, 'middag')).not.toContain('2027-05-06');
    expect(dates(plan, 'middag')[0]).toBe('2027-04-29');
    expect(dates(plan, 'middag')[1]).toBe('2027-05-13');
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('a block Thursday 18:30 → Friday 17:00 is one session and never lands when the Friday is blocked', () => {
    const programme = aProgramme('droom')
      .withGroupPhase('blok', { name: 'Groepsblok', slot: 'thu 18:30 → fri 17:00', sessions: 2, every: '1w..2w', dagdelen: 3 })
      .blackout('2027-03-05', '2027-03-12');
    const input = planInput([aCohort('c').of(programme).starting('2027-03-01').facilitatedBy('f1').registerMany(4)]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const blocks = only(plan, 'blok');
    expect(blocks).toHaveLength(2);
    // Thursdays 03-04 and 03-11 have a blocked Friday
    expect(blocks[0]).toMatchObject({ start: '2027-03-18T18:30', end: '2027-03-19T17:00', title: 'Groepsblok (1/2)', dagdelen: 3 });
    expect(blocks[1]!.start.slice(0, 10)).toBe('2027-03-25');
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('avoids the school holidays of the programme region', () => {
    const programme = aProgramme('p')
      .withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 3, every: '1w..3w' })
      .schoolRegion('midden');
    // midden meivakantie 2027-04-24..05-02
    const input = planInput([aCohort('c').of(programme).starting('2027-04-21').facilitatedBy('f1').registerMany(2)]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(dates(plan, 'dag')).not.toContain('2027-04-28');
    expect(dates(plan, 'dag')[0]).toBe('2027-04-21');
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('keeps a fixed session where it is and plans the rest around it', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 3, every: '2w..4w' });
    const input = planInput([aCohort('c').of(programme).starting('2027-09-01').facilitatedBy('f1').registerMany(2).fix('dag#2', '2027-10-06')]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const s2 = only(plan, 'dag').find((s) => s.session === 'dag#2')!;
    expect(s2).toMatchObject({ start: '2027-10-06T10:00', fixed: true });
    expect(only(plan, 'dag').filter((s) => s.fixed)).toHaveLength(1);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('reports a fixed session on a holiday instead of moving it', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'thu 10:00-16:00' });
    const input = planInput([aCohort('c').of(programme).starting('2027-04-01').facilitatedBy('f1').registerMany(2).fix('dag', '2027-05-06')]);
    const plan = planCohorts(input);
    expect(plan.sessions[0]).toMatchObject({ session: 'dag', start: '2027-05-06T10:00', fixed: true });
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'c', session: 'dag', rule: 'holidays' });
    expect(plan.infeasible[0]!.tried).toEqual([{ date: '2027-05-06', reasons: ['Ascension Day (public holiday)'] }]);
    expect(checkHardRules(input, plan).map((v) => v.rule)).toEqual(['holidays']);
  });

  it('a remembrance evening blocks only sessions that run after 18:00', () => {
    // 2027-05-04 is a Tuesday
    const evening = aProgramme('avond').withGroupPhase('avond', { slot: 'tue 19:00-21:30' }).avoiding('public-holidays', 'remembrance-evening');
    const daytime = aProgramme('dag').withGroupPhase('dag', { slot: 'tue 10:00-16:00' }).avoiding('public-holidays', 'remembrance-evening');
    const input = planInput([
      aCohort('a').of(evening).starting('2027-05-04').facilitatedBy('f1').registerMany(2),
      aCohort('b').of(daytime).starting('2027-05-04').facilitatedBy('f2').registerMany(2),
    ]);
    const plan = planCohorts(input);
    expect(plan.sessions.find((s) => s.cohort === 'a')!.start).toBe('2027-05-11T19:00');
    expect(plan.sessions.find((s) => s.cohort === 'b')!.start).toBe('2027-05-04T10:00');
  });

  it('a facilitator shared by two cohorts planned together is never double-booked', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'thu 10:00-16:00', sessions: 3, every: '1w..3w' });
    const input = planInput([
      aCohort('a').of(programme).starting('2027-09-02').facilitatedBy('marleen-vos').registerMany(3),
      aCohort('b').of(programme).starting('2027-09-02').facilitatedBy('marleen-vos', 'joost').registerMany(3),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const a = new Set(dates(plan, 'dag').slice(0, 0));
    for (const s of plan.sessions) if (s.cohort === 'a') a.add(s.start);
    for (const s of plan.sessions) if (s.cohort === 'b') expect(a.has(s.start)).toBe(false);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('two cohorts at the same venue are never there at once', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'thu 10:00-16:00', sessions: 2, every: '1w..3w' });
    const input = planInput([
      aCohort('a').of(programme).starting('2027-09-02').at('Kasteel Duurstede').facilitatedBy('f1').registerMany(3),
      aCohort('b').of(programme).starting('2027-09-02').at('Kasteel Duurstede').facilitatedBy('f2').registerMany(3),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const starts = plan.sessions.map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it("steps over a facilitator's unavailable days", () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'mon 10:00-16:00' });
    const input = planInput(
      [aCohort('c').of(programme).starting('2027-04-12').facilitatedBy('marleen-vos').registerMany(2)],
      [aPerson('marleen-vos', { unavailable: ['2027-04-12..2027-04-16'] })],
    );
    const plan = planCohorts(input);
    expect(plan.sessions[0]!.start).toBe('2027-04-19T10:00');
  });

  it('avoids participants’ unavailable days when the rules leave a choice', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { slot: 'tue 10:00-16:00', sessions: 2, every: '1w..4w' });
    const input = planInput([
      aCohort('c').of(programme).starting('2027-09-07').facilitatedBy('f1').register('r01', { unavailable: ['2027-09-07'] }).register('r02'),
    ]);
    const plan = planCohorts(input);
    expect(dates(plan, 'dag')[0]).not.toBe('2027-09-07');
    const unavailable = plan.score.items.find((i) => i.constraint === 'unavailable')!;
    expect(unavailable.cost).toBe(0);
  });

  it('never starts or ends a session at a time that does not exist (DST)', () => {
    // 2027-03-28 is the last Sunday of March: 02:00–03:00 does not exist
    const programme = aProgramme('p').onWeekdays('sun').withGroupPhase('nacht', { slot: 'sun 02:30-04:00' });
    const input = planInput([aCohort('c').of(programme).starting('2027-03-28').facilitatedBy('f1').registerMany(2)]);
    const plan = planCohorts(input);
    expect(plan.sessions[0]!.start).toBe('2027-04-04T02:30');
  });

  it('a multi-day block and another cohort’s day on its Friday never share a facilitator', () => {
    const droom = aProgramme('droom').withGroupPhase('blok', { name: 'Blok', slot: 'thu 18:30 → fri 17:00' });
    const dag = aProgramme('dag').withGroupPhase('dag', { name: 'Dag', slot: 'fri 09:30-16:30' });
    const input = planInput([
      aCohort('a').of(droom).starting('2027-09-02').facilitatedBy('marleen-vos').registerMany(2),
      aCohort('b').of(dag).starting('2027-09-03').facilitatedBy('marleen-vos').registerMany(2),
    ]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const a = plan.sessions.find((s) => s.cohort === 'a')!;
    const b = plan.sessions.find((s) => s.cohort === 'b')!;
    expect(b.start >= a.end || b.end <= a.start).toBe(true);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('reports an unavoidable participant clash as a soft cost with the fact', () => {
    const programme = aProgramme('p').withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00' });
    const input = planInput([
      aCohort('c').of(programme).starting('2027-09-08').ending('2027-09-08').facilitatedBy('f1').register('r07', { unavailable: ['2027-09-01..2027-09-30'] }),
    ]);
    const plan = planCohorts(input);
    const item = plan.score.items.find((i) => i.constraint === 'unavailable')!;
    expect(item).toMatchObject({ level: 'soft', cost: 10, sessions: ['c/dag'], facts: ['r07 unavailable 2027-09-08 (Dag)'] });
    expect(plan.score.hard).toBe(0);
  });
});
