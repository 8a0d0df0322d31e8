import type { Lang } from '../i18n/index.js';
import type { CoachAssignment } from '../coaching/assign.js';
import { travelSettings, type TravelSettings } from '../calendar/travel.js';
import type { AvoidKind, Cohort, IsoDate, LocalTime, Person, Programme, SchoolRegion, TravelOverrides, WaddenIsland } from '../model/types.js';

/** A holiday the caller looked up (src/calendar/holidays.ts); the planner keeps only the kinds a programme avoids. */
export interface HolidayFact {
  kind: AvoidKind;
  nl: string;
  en: string;
  /** Only the evening counts (Remembrance of the Dead): blocks sessions running after `from` (default 18:00). */
  eveningOnly?: boolean;
  from?: LocalTime;
}

export interface SchoolHolidayFact {
  region: SchoolRegion;
  name: string;
  start: IsoDate;
  end: IsoDate;
}

export interface PlanInput {
  /** Normalised and validated, with only the registrations that have a seat; the order does not matter (cohorts are planned in id order). */
  cohorts: readonly { cohort: Cohort; programme: Programme }[];
  /** Facilitators and coaches by id. */
  people: ReadonlyMap<string, Person>;
  /** All kinds; each programme keeps those in its calendar.avoid. */
  holidays: ReadonlyMap<IsoDate, HolidayFact>;
  schoolHolidays: readonly SchoolHolidayFact[];
  /** For explanations and score facts. */
  lang: Lang;
  /** Who coaches whom (src/coaching/): cohort id → registration id → coach id. */
  coaches?: CoachAssignment;
  /**
   * The day the plan is made (`--today`): a session that is not `fixed` starts on it or later, since what
   * lies before it has been held already (or was not); a session held is kept with a `fixed` entry.
   * Absent: no such rule (the pure planner's own tests).
   */
  today?: IsoDate;
}

/**
 * How person f's travel is estimated: the defaults (src/calendar/travel.ts), then the `travel` of the
 * programmes f works in (where two of them set a field, the more cautious value: the larger road
 * factor, step and ferry allowance, the lower speed, the home base kept), then f's own. One setting per person keeps
 * the estimate's triangle inequality across all their trips.
 */
export function personTravel(input: Pick<PlanInput, 'cohorts' | 'people'>, person: string): TravelSettings {
  const merged: TravelOverrides = {};
  for (const { cohort, programme } of input.cohorts) {
    const t = programme.travel;
    if (!t || !(cohort.facilitators.includes(person) || cohort.pool.includes(person) || (cohort.guests ?? []).some((g) => g.person === person))) continue;
    if (t.roadFactor !== undefined) merged.roadFactor = Math.max(merged.roadFactor ?? 0, t.roadFactor);
    if (t.speedKmh !== undefined) merged.speedKmh = Math.min(merged.speedKmh ?? Infinity, t.speedKmh);
    if (t.stepMinutes !== undefined) merged.stepMinutes = Math.max(merged.stepMinutes ?? 0, t.stepMinutes);
    if (t.homeBase !== undefined) merged.homeBase = (merged.homeBase ?? false) || t.homeBase;
    for (const [island, minutes] of Object.entries(t.ferryMinutes ?? {}) as [WaddenIsland, number][]) merged.ferryMinutes = { ...merged.ferryMinutes, [island]: Math.max(merged.ferryMinutes?.[island] ?? 0, minutes) };
  }
  return travelSettings(merged, input.people.get(person)?.travel);
}
