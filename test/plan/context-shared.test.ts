import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilEvening } from '../../src/calendar/holidays.js';
import { avoidedSchoolRegions, participantsByRegion } from '../../src/calendar/school.js';
import { isActive } from '../../src/capacity/place.js';
import { buildEnv, type CohortCtx } from '../../src/plan/context.js';
import { day, weekday } from '../../src/plan/days.js';
import { baseDay } from '../../src/plan/static.js';
import type { PlanInput } from '../../src/plan/index.js';
import type { AvoidKind, Programme } from '../../src/model/types.js';
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
  region: fc.constantFrom('midden', 'participants', 'noord', 'zuid') as fc.Arbitrary<'noord' | 'midden' | 'zuid' | 'participants'>,
  towns: fc.array(fc.constantFrom(...TOWNS), { minLength: 1, maxLength: 4 }),
  fixedAt: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  blackout: fc.boolean(),
  // one of three programmes that cohorts share (0–2), or one of the cohort's own (3)
  programme: fc.integer({ min: 0, max: 3 }),
  own: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

type Spec = typeof cohortArb extends fc.Arbitrary<infer T> ? T : never;

// the blackouts and the cohort's own closed days, as buildEnv once listed them for each cohort
function plainClosures(c: CohortCtx): CohortCtx['closures'] {
  const out: CohortCtx['closures'] = new Map();
  const close = (r: { start: string; end: string }, own: boolean) => {
    for (let n = day(r.start); n <= day(r.end); n++) out.set(n, [...(out.get(n) ?? []), { own, range: r.start === r.end ? r.start : `${r.start}..${r.end}` }]);
  };
  for (const r of c.programme.calendar.blackout) close(r, false);
  for (const r of c.cohort.unavailable) close(r, true);
  return out;
}

function isoAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const SHARED: { avoid: AvoidKind[]; region?: 'midden' | 'participants'; blackout: boolean }[] = [
  { avoid: ['public-holidays', 'council-evenings'], blackout: true },
  { avoid: KINDS, region: 'participants', blackout: false },
  { avoid: ['public-holidays', 'school-holidays'], region: 'midden', blackout: true },
];

function cohortsOf(specs: Spec[]) {
  // the builders copy the programme for every cohort; the loader gives the cohorts of a programme one object
  const shared = new Map<number, Programme>();
  return specs.map((s, i) => {
    const o = s.programme < SHARED.length ? SHARED[s.programme]! : { avoid: s.avoid, region: s.region, blackout: s.blackout };
    let p = aProgramme(`p${s.programme}-${i}`).withGroupPhase('dag', { slot: 'wed 10:00-16:00', sessions: 2, every: '1w..3w' });
    p = p.avoiding(...o.avoid.filter((k) => k !== 'school-holidays'));
    if (o.avoid.includes('school-holidays')) p = p.schoolRegion(o.region ?? 'noord');
    if (o.blackout) p = p.blackout('2027-05-03..2027-05-14', '2027-12-24..2028-01-02');
    let c = aCohort(`c${i}`).of(p).starting(s.start).facilitatedBy('f1');
    s.towns.forEach((m, j) => (c = c.register(`r${j}`, { municipality: m })));
    if (s.fixedAt !== undefined) c = c.fix('dag#1', isoAfter('2027-01-06', 7 * Math.floor(s.fixedAt / 7)));
    if (s.own !== undefined) c = c.unavailable(`${isoAfter(s.start, s.own)}..${isoAfter(s.start, s.own + 9)}`);
    const { cohort, programme } = c.build();
    if (s.programme >= SHARED.length) return { cohort, programme };
    if (!shared.has(s.programme)) shared.set(s.programme, programme);
    return { cohort, programme: shared.get(s.programme)! };
  });
}

describe('buildEnv: holidays, school holidays and blackouts shared between cohorts', () => {
  it('gives every cohort the days it would get on its own (random cohorts)', () => {
    fc.assert(
      fc.property(fc.array(cohortArb, { minLength: 1, maxLength: 6 }), (specs) => {
        const cohorts = cohortsOf(specs);
        const input = planInput(cohorts);
        const env = buildEnv(input);
        for (const c of env.cohorts) {
          expect(new Map(c.holidays)).toEqual(plainHolidays(input, c));
          expect(new Map(c.school)).toEqual(plainSchool(input, c));
          expect(new Map(c.closures)).toEqual(plainClosures(c));
        }
      }),
      { numRuns: runs(40), seed: 1512 },
    );
  });

  it('baseDay answers from its day array as it does when it gives reasons (random cohorts and days, the horizon and far outside it)', () => {
    fc.assert(
      fc.property(fc.array(cohortArb, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: -600, max: 1400 }), { minLength: 1, maxLength: 60 }), (specs, offsets) => {
        const env = buildEnv(planInput(cohortsOf(specs)));
        for (const off of offsets)
          for (const c of env.cohorts)
            for (const p of c.phases) {
              const n = c.h0 + off;
              const cached = baseDay(env, c, p, n);
              // asked twice: the second answer comes from the array (or the map outside it)
              expect(baseDay(env, c, p, n)).toBe(cached);
              expect(cached).toBe(baseDay(env, c, p, n, []));
            }
      }),
      { numRuns: runs(40), seed: 1513 },
    );
  });
});
