import type { Lang } from '../i18n/index.js';
import type { CoachAssignment } from '../coaching/assign.js';
import { DEFAULT_TRAVEL, type TravelSettings } from '../calendar/travel.js';
import type { AvoidKind, Cohort, IsoDate, LocalTime, Person, Programme, SchoolRegion } from '../model/types.js';

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
}

/** How person f's travel is estimated: the defaults of src/calendar/travel.ts. */
export function personTravel(_input: Pick<PlanInput, 'cohorts' | 'people'>, _person: string): TravelSettings {
  return DEFAULT_TRAVEL;
}
