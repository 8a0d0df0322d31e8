/** What the exports need besides the sessions: names, labels and the deterministic clock. Assembled by src/plan/assemble.ts. */
import type { DurationRange, IsoDate, Lang } from './types.js';

/** What the exports know about a person (facilitator or coach); only the name is ever written. */
export interface PersonRef {
  id: string;
  name: string;
  email?: string;
}

/** What the exports know about a registration; names appear only in that participant's own file. */
export interface RegistrationRef {
  id: string;
  name: string;
  municipality?: string;
}

export interface ProgrammeRef {
  id: string;
  name: string;
  organiser: string;
  organiserEmail?: string;
}

export interface PhaseRef {
  name: string;
  description?: string;
  preparation?: string;
  /** A self-study phase's expected effort (`effort: 3h..4h`), said with its deadline. */
  effort?: DurationRange;
}

/** Everything the plan exports need besides the sessions: labels, names and the deterministic clock. */
export interface ExportContext {
  lang: Lang;
  /** `--today`; DTSTAMP is this date at 00:00 UTC. */
  today: IsoDate;
  /** The tool's version, written into PRODID. */
  version: string;
  calendarName: string;
  people: ReadonlyMap<string, PersonRef>;
  registrations: ReadonlyMap<string, RegistrationRef>;
  programmes: ReadonlyMap<string, ProgrammeRef>;
  /** Keyed `<programme>/<phase>`. */
  phases?: ReadonlyMap<string, PhaseRef>;
  /** Cohort titles for the table headings, keyed by cohort id. */
  cohorts?: ReadonlyMap<string, { id: string; title: string }>;
  /** Municipality names keyed by CBS code, for LOCATION when a session sits in a municipality. */
  municipalities?: ReadonlyMap<string, { name: string }>;
  /** One organizer for every event; else each event's programme's `organiser-email`, if every one has it. */
  organizer?: { name: string; email: string };
}
