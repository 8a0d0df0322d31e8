import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilEvening } from '../../src/calendar/holidays.js';
import { avoidedSchoolRegions, participantsByRegion } from '../../src/calendar/school.js';
import { isActive } from '../../src/capacity/place.js';
import { buildEnv, type CohortCtx } from '../../src/plan/context.js';
import { day, weekday } from '../../src/plan/days.js';
import type { PlanInput } from '../../src/plan/index.js';
import type { AvoidKind } from '../../src/model/types.js';
import { runs } from '../support/runs.js';
import { aCohort, aProgramme, planInput } from './builders.js';

// The holidays and school holiday days of a cohort, worked out for that cohort alone, as buildEnv once did
// for every cohort (it now parses the input's dates once and shares the maps between cohorts).
function plainHolidays(input: PlanInput, c: CohortCtx): Map<number, unknown> {
  const avoid = new Set(c.programme.calendar.avoid);
  const out = new Map<number, unknown>();
  for (const [date, h] of input.holidays) {
    const n = day(date);
    if (avoid.has(h.kind) && n >= c.h0 - 7 && n <= c.h1 + 400) out.set(n, h);
  }
  if (avoid.has('council-evenings'))
    for (let n = c.h0 - 7; n <= c.h1 + 400; n++) {
      const e = out.has(n) ? undefined : councilEvening(weekday(n));
      if (e) out.set(n, e);
    }
  return out;
}

function plainSchool(input: PlanInput, c: CohortCtx): CohortCtx['school'] {
  const school: CohortCtx['school'] = new Map();
  if (!c.programme.calendar.avoid.includes('school-holidays')) return school;
  const setting = c.programme.calendar.schoolRegion;
  const active = c.cohort.registrations.filter(isActive).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const regions = new Set(avoidedSchoolRegions(setting, active.map((r) => r.municipality)));
  const who = setting === 'participants' ? participantsByRegion(active) : undefined;
  for (const s of input.schoolHolidays) {
    if (!regions.has(s.region)) continue;
    const entry = { region: s.region, who: who?.get(s.region) ?? [] };
    // (only the days the holidays cover too: no rule asks about the others)
    for (let n = Math.max(day(s.start), c.h0 - 7); n <= Math.min(day(s.end), c.h1 + 400); n++) {
      const at = school.get(n);
      if (!at) school.set(n, { name: s.name, regions: [entry] });
      else if (!at.regions.some((e) => e.region === s.region)) at.regions.push(entry);
    }
  }
  return school;
}

const KINDS: AvoidKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening', 'council-evenings', 'school-holidays'];
const TOWNS = ['GM0014', 'GM0202', 'GM0344', 'GM0363', 'GM0599'];

const cohortArb = fc.record({
  // few starts and programmes, so that cohorts share maps and others do not
  start: fc.constantFrom('2027-01-04', '2027-03-01', '2027-08-30', '2028-02-07'),
  avoid: fc.subarray(KINDS),
  region: fc.constantFrom('noord', 'midden', 'zuid', 'participants') as fc.Arbitrary<'noord' | 'midden' | 'zuid' | 'participants'>,
  towns: fc.array(fc.constantFrom(...TOWNS), { minLength: 1, maxLength: 4 }),
  fixedAt: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
});

describe('buildEnv: holidays and school holidays shared between cohorts', () => {
  it('gives every cohort the days it would get on its own (random cohorts)', () => {
    fc.assert(
      fc.property(fc.array(cohortArb, { minLength: 1, maxLength: 6 }), (specs) => {
        const cohorts = specs.map((s, i) => {
          let p = aProgramme(`p${i % 3}`).withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 2, every: '1w..3w' });
          const avoid = s.avoid.filter((k) => k !== 'school-holidays');
          p = p.avoiding(...avoid);
          if (s.avoid.includes('school-holidays')) p = p.schoolRegion(s.region);
          let c = aCohort(`c${i}`).of(p).starting(s.start).facilitatedBy('f1');
          s.towns.forEach((m, j) => (c = c.register(`r${j}`, { municipality: m })));
          if (s.fixedAt !== undefined) c = c.fix('dag#1', new Date(Date.UTC(2027, 0, 6 + 7 * Math.floor(s.fixedAt / 7))).toISOString().slice(0, 10));
          return c;
        });
        const input = planInput(cohorts);
        const env = buildEnv(input);
        for (const c of env.cohorts) {
          expect(new Map(c.holidays)).toEqual(plainHolidays(input, c));
          expect(new Map(c.school)).toEqual(plainSchool(input, c));
        }
      }),
      { numRuns: runs(40), seed: 1512 },
    );
  });
});
