import { describe, expect, it } from 'vitest';
import { planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

// Intervisie-like series over a long summer holiday (10 July – 5 September 2027): six Monday meetings
// every 4 to 10 weeks. A cohort from 1 March to 31 December cannot keep all six before or all six after
// the summer, so one of its meetings is on 28 June or 5 July (the only Mondays within 10 weeks of 6
// September): two series fit with one facilitator, a third never. Too many datings for the exhaustive
// search's budget: before the counting proof the third was left out unproven.
const series = aProgramme('iv')
  .blackout('2027-07-10..2027-09-05')
  .withGroupPhase('bijeenkomst', { name: 'Bijeenkomst', slot: 'mon 15:00-18:00', sessions: 6, every: '4w..10w' });
const group = (id: string) => aCohort(id).of(series).starting('2027-03-01').ending('2027-12-31').facilitatedBy('karin').registerMany(2);
const people = [aPerson('karin', { name: 'Karin Peters' })];
const crossing = (plan: ReturnType<typeof planCohorts>, id: string): string[] => {
  const days = plan.sessions.filter((s) => s.cohort === id).map((s) => s.start.slice(0, 10));
  return days.filter((d, i) => d < '2027-07-10' && (days[i + 1] ?? '') > '2027-09-05');
};

describe('a counting proof over a long holiday (proof.ts bottleneck)', () => {
  it('two series that share a facilitator both cross the summer, on the two Mondays that allow it', () => {
    const plan = planCohorts(planInput([group('a'), group('b')], people));
    expect(plan.infeasible).toEqual([]);
    expect([...crossing(plan, 'a'), ...crossing(plan, 'b')].sort()).toEqual(['2027-06-28', '2027-07-05']);
  });

  it('a third cannot: proven, naming the three cohorts, the person, the two Mondays and the count', () => {
    const plan = planCohorts(planInput([group('a'), group('b'), group('c')], people));
    expect(plan.infeasible).toHaveLength(1);
    const f = plan.infeasible[0]!;
    expect(f.proven).toBe(true);
    expect(f.proof).toBe(
      'No plan places a, b, c together: they share Karin Peters, and from 2027-06-28 to 2027-07-05 their group sessions need 3 dates (each cohort the fewest that any dating its own calendar, span and gaps allow has there) where only 2 fit without two that share a person or venue at the same time (every other rule left out). Moving dates cannot help: one of them needs other dates, another facilitator or another venue.',
    );
    // the two others are planned, crossing on those Mondays
    const others = ['a', 'b', 'c'].filter((id) => id !== f.cohort);
    expect(others.flatMap((id) => crossing(plan, id)).sort()).toEqual(['2027-06-28', '2027-07-05']);
  });

  it('in Dutch', () => {
    const plan = planCohorts(planInput([group('a'), group('b'), group('c')], people, 'nl'));
    expect(plan.infeasible[0]!.proof).toMatch(/^Geen planning plaatst a, b, c samen: ze delen Karin Peters, en van 2027-06-28 tot en met 2027-07-05 hebben hun groepsbijeenkomsten 3 data nodig/);
  });

  it('no claim when a third series may keep all its meetings after the summer (a later end): all three planned', () => {
    const late = aCohort('c').of(series).starting('2027-03-01').ending('2028-03-31').facilitatedBy('karin').registerMany(2);
    const plan = planCohorts(planInput([group('a'), group('b'), late], people));
    expect(plan.infeasible).toEqual([]);
  });
});
