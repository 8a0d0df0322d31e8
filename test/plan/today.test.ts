/**
 * A plan made on a later day (PlanInput.today): what is fixed stays, and every session that is not
 * fixed starts on today or later. The inputs are feasible by construction: each world is planned
 * first without a today, then every session of that plan before today is fixed, so the first plan
 * itself keeps the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import { pinnedEntries } from '../../src/plan/pinned.js';
import type { IsoDate } from '../../src/model/types.js';
import { runs } from '../support/runs.js';
import { toPlanInput, worldArb } from './feasible.js';

const day = (start: string): string => start.slice(0, 10);

describe('planning on a later day', () => {
  it('keeps the sessions held (fixed) and places every other session on or after today, keeping every hard rule', () => {
    let cases = 0;
    let planned = 0;
    let after = 0;
    fc.assert(
      fc.property(worldArb, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (world, at) => {
        const input = toPlanInput(world);
        const first = planCohorts(input);
        fc.pre(first.infeasible.length === 0);
        const days = first.sessions.map((s) => day(s.start)).sort();
        const today = days[Math.floor(at * (days.length - 1))]! as IsoDate;
        const held = first.sessions.filter((s) => day(s.start) < today);
        const later: PlanInput = {
          ...input,
          today,
          cohorts: input.cohorts.map(({ cohort, programme }) => {
            const pins = pinnedEntries(held.filter((s) => s.cohort === cohort.id && !cohort.fixed.some((f) => f.session === s.session)));
            return { programme, cohort: { ...cohort, fixed: [...cohort.fixed, ...pins] } };
          }),
        };
        const plan = planCohorts(later);
        cases++;
        if (plan.infeasible.length > 0) return;
        planned++;
        expect(checkHardRules(later, plan).map((v) => `${v.cohort} ${v.rule}: ${v.message}`)).toEqual([]);
        const byId = new Map(plan.sessions.map((s) => [`${s.cohort} ${s.session}`, s]));
        // the sessions held are where they were
        for (const s of held) expect(byId.get(`${s.cohort} ${s.session}`)?.start).toBe(s.start);
        for (const s of plan.sessions) {
          if (s.fixed) continue;
          after++;
          expect(day(s.start) >= today, `${s.cohort} ${s.session} ${s.start} before ${today}`).toBe(true);
        }
      }),
      { numRuns: runs(24), seed: 20270125 },
    );
    expect(cases).toBeGreaterThan(runs(24) / 2);
    expect(planned / cases).toBeGreaterThanOrEqual(0.9);
    // the rule was exercised: sessions that were not fixed were placed around today
    expect(after).toBeGreaterThan(0);
  }, 300_000);

  it('the independent check names a session that is not fixed but lies before today', () => {
    const input = toPlanInput(fc.sample(worldArb, { numRuns: 1, seed: 7 })[0]!);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const last = plan.sessions.map((s) => day(s.start)).sort().at(-1)! as IsoDate;
    const violations = checkHardRules({ ...input, today: last }, plan).filter((v) => v.rule === 'span');
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]!.message).toMatch(/is not fixed but before today \d{4}-\d{2}-\d{2}/);
  });
});
