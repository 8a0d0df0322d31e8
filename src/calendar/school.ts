/**
 * School holidays per region from src/data/schoolvakanties.csv (OpenHolidays, ODbL; see
 * src/data/SOURCES.md). The data ends with Christmas 2028/29: callers warn beyond schoolHolidayCoverage().
 */
import { SCHOOL_HOLIDAY_ROWS } from '../data/school-holidays.generated.js';
import type { SchoolHolidayRow } from '../data/school-holidays.generated.js';
import type { DateRange, IsoDate, SchoolRegion } from '../model/types.js';
import { compareIsoDates, inDateRange } from './date.js';
import { findMunicipality } from './municipalities.js';

export type SchoolHoliday = SchoolHolidayRow;

const byRegion = new Map<SchoolRegion, readonly SchoolHoliday[]>();

/** The region's holiday periods in date order. */
export function schoolHolidays(region: SchoolRegion): readonly SchoolHoliday[] {
  let list = byRegion.get(region);
  if (!list) {
    list = Object.freeze(SCHOOL_HOLIDAY_ROWS.filter((h) => h.region === region).map((h) => Object.freeze({ ...h })));
    byRegion.set(region, list);
  }
  return list;
}

/** The holiday period of the region that contains this date, if any. */
export function schoolHolidayOn(date: IsoDate, region: SchoolRegion): SchoolHoliday | undefined {
  return schoolHolidays(region).find((h) => inDateRange(date, h));
}

let coverage: DateRange | undefined;

/** First to last day the data speaks for (2024-12-21..2029-01-07); outside it, "no holiday" is unknown. */
export function schoolHolidayCoverage(): DateRange {
  if (!coverage) {
    let start = SCHOOL_HOLIDAY_ROWS[0]!.start;
    let end = SCHOOL_HOLIDAY_ROWS[0]!.end;
    for (const h of SCHOOL_HOLIDAY_ROWS) {
      if (compareIsoDates(h.start, start) < 0) start = h.start;
      if (compareIsoDates(h.end, end) > 0) end = h.end;
    }
    coverage = { start, end };
  }
  return { ...coverage };
}

const REGION_ORDER: readonly SchoolRegion[] = ['noord', 'midden', 'zuid'];

/**
 * The school regions whose holidays a programme avoids: its own region, or with `school-region:
 * participants` the regions of the given participants' municipalities (a split municipality counts both),
 * in the order noord, midden, zuid. The planner (src/plan/context.ts) and checkHardRules both ask this.
 */
export function avoidedSchoolRegions(setting: SchoolRegion | 'participants' | undefined, municipalities: readonly string[]): SchoolRegion[] {
  if (setting === undefined) return [];
  if (setting !== 'participants') return [setting];
  const seen = new Set<SchoolRegion>();
  for (const m of municipalities) for (const r of findMunicipality(m)?.regions ?? []) seen.add(r);
  return REGION_ORDER.filter((r) => seen.has(r));
}

/** Who of the participants lives in a school region: ids per region, for the reason a day is avoided. */
export function participantsByRegion(people: readonly { id: string; municipality: string }[]): Map<SchoolRegion, string[]> {
  const out = new Map<SchoolRegion, string[]>();
  for (const p of people)
    for (const r of findMunicipality(p.municipality)?.regions ?? []) {
      const list = out.get(r) ?? [];
      list.push(p.id);
      out.set(r, list);
    }
  return out;
}
