import type { GuestAssignment, IsoDate, LocalDateTime, Programme, Registration } from './types.js';

/**
 * Session ids are stable keys used in `fixed`, in UIDs and in re-plan diffs:
 * - a group or self-study phase with one session: `<phase>`; with several: `<phase>#<n>` (1-based);
 * - an individual appointment: `<phase>@<registration>`, and `<phase>#<n>@<registration>` for the
 *   n-th of a same-day pair;
 * - a coaching conversation: `<phase>#<n>@<registration>`.
 */
export function sessionId(phase: string, n: number | undefined, registration?: string): string {
  return `${phase}${n === undefined ? '' : `#${n}`}${registration === undefined ? '' : `@${registration}`}`;
}

/** Every session id a programme can have for these registrations (see sessionId above). */
export function sessionIds(programme: Programme, registrations: readonly Registration[]): string[] {
  const ids: string[] = [];
  for (const phase of programme.phases) {
    if (phase.mode === 'group') {
      if (phase.sessions === 1) ids.push(sessionId(phase.id, undefined));
      else for (let n = 1; n <= phase.sessions; n++) ids.push(sessionId(phase.id, n));
    } else if (phase.mode === 'self-study') {
      ids.push(sessionId(phase.id, undefined));
    } else {
      const count = phase.mode === 'individual' ? phase.sessions : phase.sessions.max;
      for (const r of registrations) {
        if (count === 1) ids.push(sessionId(phase.id, undefined, r.id));
        else for (let n = 1; n <= count; n++) ids.push(sessionId(phase.id, n, r.id));
      }
    }
  }
  return ids;
}

/**
 * Whether `id` is a session of this programme for these registrations: one of sessionIds, or an
 * extra coaching conversation beyond the usual range (`coaching#9@b01`): the Bestuurderspool leaves
 * "de mogelijkheid van extra gesprekken of observaties, op basis van onderlinge afspraken".
 */
export function isSessionId(programme: Programme, registrations: readonly Registration[], id: string, listed: ReadonlySet<string>): boolean {
  if (listed.has(id)) return true;
  const m = /^([^#@]+)#([1-9][0-9]{0,2})@(.+)$/.exec(id);
  if (!m) return false;
  const phase = programme.phases.find((p) => p.id === m[1]);
  return phase?.mode === 'coaching' && registrations.some((r) => r.id === m[3]);
}

export type SessionKind = 'group' | 'individual' | 'deadline' | 'coaching';

export interface SessionLocation {
  kind: 'venue' | 'online' | 'host-rotation' | 'participant-municipality';
  name?: string;
  address?: string;
  /** CBS code. */
  municipality?: string;
  lat?: number;
  lon?: number;
  /** Host-rotation: the registration id of the member who hosts this meeting (src/intervisie/plan.ts). */
  host?: string;
}

/** The trip a person makes to a session: from their previous session's municipality, or from home. */
export interface TravelLeg {
  person: string;
  /** CBS code of where they come from. */
  from: string;
  fromHome: boolean;
  /** Estimated road km and travel minutes (src/calendar/travel.ts). */
  km: number;
  minutes: number;
}

export interface PlannedSession {
  /** Globally unique and stable: `<sessionId>.<cohortId>@cohort` (never names or e-mail addresses). */
  uid: string;
  cohort: string;
  programme: string;
  phase: string;
  session: string;
  kind: SessionKind;
  /** Programme content in its own language, e.g. "Groepsblok 1 (2/3)". */
  title: string;
  timezone: string;
  /** Wall clock in `timezone`. For deadlines (all-day) the time part is absent: `YYYY-MM-DD`. */
  start: LocalDateTime | IsoDate;
  end: LocalDateTime | IsoDate;
  allDay: boolean;
  facilitators: string[];
  /** Required guests (GroupPhase.guests): each role and the person (people id) the cohort names for it; absent when none. */
  guests?: GuestAssignment[];
  /** Registration ids taking part (all active ones for group sessions, one for individual). */
  participants: string[];
  location: SessionLocation;
  dagdelen?: number;
  fixed: boolean;
  status: 'confirmed' | 'cancelled';
  sequence: number;
  /** Each facilitator's or coach's trip to this session, where they travel to it. */
  travelBefore?: TravelLeg[];
}

/** A named cost or broken rule with the sessions and facts behind it, for the score analysis. */
export interface ScoreItem {
  constraint: string;
  level: 'hard' | 'soft';
  cost: number;
  sessions: string[];
  facts: string[];
}

export interface Refusal {
  date: IsoDate;
  reasons: string[];
}

export interface Infeasibility {
  cohort: string;
  session: string;
  rule: string;
  message: string;
  tried: Refusal[];
  /** The smallest change found that would make the cohort plannable (src/plan/suggest.ts). */
  suggestion?: string;
  /** No plan exists: the cohort's own calendar, span and gaps leave this session no date, whatever else is planned. */
  proven?: boolean;
  /**
   * Why no plan exists when it is not the cohort's own calendar: the cohorts it cannot be placed together
   * with and how that was proven (src/plan/proof.ts). Set together with `proven`.
   */
  proof?: string;
}

export interface Plan {
  sessions: PlannedSession[];
  score: { hard: number; soft: number; items: ScoreItem[] };
  infeasible: Infeasibility[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one session order, for the planner, the tables and the exports: by wall-clock start, then
 * cohort, then session id (code-unit order, the same on every machine). A plan's programmes share
 * one time zone in practice; across zones this is wall-clock order, not instant order.
 */
export function compareSessions(a: PlannedSession, b: PlannedSession): number {
  return cmp(a.start, b.start) || cmp(a.cohort, b.cohort) || cmp(a.session, b.session);
}

/** Whether the planner chooses who holds this phase's appointments (`facilitators: one`), so a pin must record who. */
export function choosesFacilitator(programme: Programme, phaseId: string): boolean {
  const phase = programme.phases.find((p) => p.id === phaseId);
  return phase?.mode === 'individual' && phase.facilitators === 'one';
}
