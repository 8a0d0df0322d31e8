/**
 * Who coaches whom: an input to the planner, never its decision. Until matching lands (the coaching
 * pool issue), the pool (or else the facilitators) takes the coachees in turn by registration id,
 * within each coach's capacity, counted across the cohorts in id order, skipping a coach who could
 * not get to the coachee's town hall and back within one working day.
 */
import { timeToMinutes } from '../calendar/date.js';
import { durationMinutes } from '../calendar/duration.js';
import { travelMinutes, travelSettings } from '../calendar/travel.js';
import type { Cohort, Person, Programme, Registration } from '../model/types.js';

/** Cohort id → registration id → coach id. A coachee missing from the map has no coach with room. */
export type CoachAssignment = ReadonlyMap<string, ReadonlyMap<string, string>>;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `cohorts` hold only the registrations with a seat (src/capacity/place.ts). */
export function assignCoachesInTurn(cohorts: readonly { cohort: Cohort; programme: Programme }[], people: ReadonlyMap<string, Person>): CoachAssignment {
  const load = new Map<string, number>();
  const out = new Map<string, Map<string, string>>();
  for (const { cohort, programme } of [...cohorts].sort((a, b) => cmp(a.cohort.id, b.cohort.id))) {
    if (!programme.phases.some((p) => p.mode === 'coaching')) continue;
    const coaches = new Map<string, string>();
    out.set(cohort.id, coaches);
    const pool = [...new Set(cohort.pool.length > 0 ? cohort.pool : cohort.facilitators)];
    let next = 0;
    for (const r of [...cohort.registrations].sort((a, b) => cmp(a.id, b.id))) {
      for (let tries = 0; tries < pool.length; tries++) {
        const coach = pool[(next + tries) % pool.length]!;
        const cap = people.get(coach)?.capacity;
        const used = load.get(coach) ?? 0;
        if (cap !== undefined && used >= cap) continue;
        if (!canVisit(people.get(coach), programme, r)) continue;
        coaches.set(r.id, coach);
        load.set(coach, used + 1);
        next = (next + tries + 1) % pool.length;
        break;
      }
    }
  }
  return out;
}

/** Whether the coach can drive from home to the coachee, hold the longest conversation and drive back within their hours (src/plan/travel.ts keeps this as a hard rule). */
function canVisit(coach: Person | undefined, programme: Programme, r: Registration): boolean {
  if (!coach?.municipality) return true;
  const settings = travelSettings(programme.travel, coach.travel);
  if (!settings.homeBase) return true;
  const hours = coach.hours ?? programme.calendar.hours;
  const day = timeToMinutes(hours.end) - timeToMinutes(hours.start);
  const trip = 2 * travelMinutes(coach.municipality, r.municipality, settings);
  for (const ph of programme.phases)
    if (ph.mode === 'coaching' && ph.location === 'participant-municipality' && trip + (durationMinutes(ph.duration) ?? 0) > day) return false;
  return true;
}
