import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/date.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import { aCohort, aPerson, planInput } from './builders.js';
import type { CohortBuilder } from './builders.js';
import { droom, intervisie, loopbaanPlus } from './programmes.js';

/** A national year: `n` cohorts over three programme kinds sharing `people` facilitators. */
export function nationalYear(n: number, people: number): PlanInput {
  const persons = Array.from({ length: people }, (_, i) => aPerson(`f${String(i + 1).padStart(2, '0')}`, { maxPerDay: 3 }));
  const cohorts: CohortBuilder[] = [];
  let regs = 0;
  for (let i = 0; i < n; i++) {
    const kind = i % 3;
    const programme = kind === 0 ? loopbaanPlus() : kind === 1 ? droom : intervisie;
    const size = kind === 0 ? 12 : kind === 1 ? 10 : 13;
    const c = aCohort(`c${String(i + 1).padStart(2, '0')}`)
      .of(programme)
      // LoopbaanPlus and intervisie start in January or September, the residential programme any month
      // but summer; 20 venues, each shared by three cohorts
      .starting(kind === 1 ? addDays('2027-01-11', ((i * 11) % 150) + (i % 2) * 230) : addDays(i % 2 ? '2027-01-04' : '2027-09-01', (i * 3) % 30))
      .at(`Venue ${i % 20}`)
      .facilitatedBy(persons[i % people]!.id, persons[(i * 7 + 3) % people]!.id);
    for (let r = 1; r <= size; r++) c.register(`r${String(r).padStart(2, '0')}`, r % 4 === 0 ? { unavailable: [`${addDays('2027-02-01', (i * 11 + r * 13) % 200)}..${addDays('2027-02-01', ((i * 11 + r * 13) % 200) + 2)}`] } : {});
    regs += size;
    cohorts.push(c);
  }
  void regs;
  return planInput(cohorts, persons);
}

describe('a national year planned together', () => {
  it('60 cohorts, 25 shared facilitators, about 700 registrations: complete, every hard rule kept', () => {
    const input = nationalYear(60, 25);
    const registrations = input.cohorts.reduce((n, c) => n + c.cohort.registrations.length, 0);
    expect(registrations).toBeGreaterThanOrEqual(690);
    const t0 = performance.now();
    const plan = planCohorts(input);
    const ms = performance.now() - t0;
    console.log(`planned ${input.cohorts.length} cohorts, ${registrations} registrations, ${plan.sessions.length} sessions in ${ms.toFixed(0)} ms; soft ${plan.score.soft}`);
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });
});
