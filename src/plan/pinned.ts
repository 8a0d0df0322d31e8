/**
 * The pinned plan: `fixed` entries in a cohort file. Compares a new plan with it (moved, added,
 * cancelled), applies it (sequences, cancelled sessions) and gives the entries that pin a plan.
 * Writing them into the YAML text is src/edit/pin.ts.
 */
import { addDays, minutesToTime, timeToMinutes } from '../calendar/date.js';
import { durationMinutes } from '../calendar/duration.js';
import { choosesFacilitator, type PlannedSession } from '../model/plan.js';
import type { Cohort, FixedSession, Programme } from '../model/types.js';
import { bookedDuration } from './booked.js';

export interface PinChange {
  session: string;
  from?: { date: string; start?: string };
  to?: { date: string; start?: string };
}

export interface PinDiff {
  moved: PinChange[];
  added: PinChange[];
  cancelled: PinChange[];
  unchanged: number;
}

function when(s: PlannedSession): { date: string; start?: string } {
  return s.allDay ? { date: s.start } : { date: s.start.slice(0, 10), start: s.start.slice(11, 16) };
}

/**
 * Whether a planned session sits elsewhere than its pinned entry; an entry without a start pins the
 * date only. Another facilitator on a pinned appointment is a change too: the one sent out is no longer coming.
 */
function movedFrom(f: FixedSession, s: PlannedSession): boolean {
  const w = when(s);
  return w.date !== f.date || (f.start !== undefined && (w.start ?? '') !== f.start) || (f.facilitator !== undefined && s.facilitators[0] !== f.facilitator);
}


/** What a new plan changes against the pinned plan (`fixed`), session by session. */
export function diffPinned(fixed: readonly FixedSession[], sessions: readonly PlannedSession[]): PinDiff {
  const planned = new Map(sessions.filter((s) => s.status !== 'cancelled').map((s) => [s.session, s]));
  const diff: PinDiff = { moved: [], added: [], cancelled: [], unchanged: 0 };
  const pinned = new Set<string>();
  for (const f of fixed) {
    pinned.add(f.session);
    if (f.status === 'cancelled') continue;
    const from = { date: f.date, ...(f.start !== undefined ? { start: f.start } : {}) };
    const s = planned.get(f.session);
    if (!s) diff.cancelled.push({ session: f.session, from });
    else if (movedFrom(f, s)) diff.moved.push({ session: f.session, from, to: when(s) });
    else diff.unchanged++;
  }
  for (const s of sessions) if (s.status !== 'cancelled' && !pinned.has(s.session)) diff.added.push({ session: s.session, to: when(s) });
  return diff;
}

/** What the planner may keep: cancelled entries are not planned and released ones may move. */
export function fixedForPlanner(fixed: readonly FixedSession[]): FixedSession[] {
  return fixed.filter((f) => f.status !== 'cancelled' && !f.replan);
}

function addMinutes(date: string, time: string, minutes: number): string {
  const total = timeToMinutes(time) + minutes;
  const days = Math.floor(total / 1440);
  return `${addDays(date, days)}T${minutesToTime(total - days * 1440)}`;
}

/** The session a cancelled `fixed` entry stood for, as exports need it (times from the phase where it still exists). */
function cancelledSession(f: FixedSession, cohort: Cohort, programme: Programme, sequence: number): PlannedSession {
  // A group's session of an intervisie cohort is `<group>/<session>` (src/intervisie/plan.ts).
  const phaseId = f.session.replace(/^[^/#@]+\//, '').split(/[#@]/)[0]!;
  const phase = programme.phases.find((p) => p.id === phaseId);
  const tz = programme.calendar.timezone;
  const base = {
    uid: `${f.session}.${cohort.id}@cohort`,
    cohort: cohort.id,
    programme: programme.id,
    phase: phaseId,
    session: f.session,
    title: phase?.name ?? f.session,
    timezone: tz,
    facilitators: [],
    participants: [],
    location: { kind: phase?.location ?? 'venue' },
    fixed: true,
    status: 'cancelled' as const,
    sequence,
  };
  if (phase?.mode === 'self-study') return { ...base, kind: 'deadline', start: f.date, end: f.date, allDay: true };
  if (phase?.mode === 'group') {
    const start = f.start ?? phase.slot.start;
    return { ...base, kind: 'group', start: `${f.date}T${start}`, end: `${addDays(f.date, phase.slot.days - 1)}T${phase.slot.end}`, allDay: false };
  }
  const start = f.start ?? programme.calendar.hours.start;
  const minutes = phase?.mode === 'individual' || phase?.mode === 'coaching' ? (durationMinutes(bookedDuration(phase)) ?? 60) : 60;
  return { ...base, kind: phase?.mode === 'coaching' ? 'coaching' : 'individual', start: `${f.date}T${start}`, end: addMinutes(f.date, start, minutes), allDay: false };
}

/**
 * A new plan against the pinned plan (the cohort's `fixed` entries): sessions keep the sequence
 * they were communicated with, one up when a released (`replan`) session moved; pinned sessions the
 * plan no longer has come back cancelled, one up, so calendars remove them.
 */
export function applyPinned(sessions: readonly PlannedSession[], cohort: Cohort, programme: Programme): PlannedSession[] {
  const pinned = new Map(cohort.fixed.map((f) => [f.session, f]));
  const out = sessions.map((s) => {
    const f = pinned.get(s.session);
    if (!f) return s;
    const sequence = (f.sequence ?? 0) + (f.status === 'cancelled' || movedFrom(f, s) ? 1 : 0);
    return { ...s, sequence, fixed: !f.replan };
  });
  const planned = new Set(sessions.map((s) => s.session));
  const held = heldBeforeNoGo(cohort);
  for (const f of cohort.fixed) {
    if (planned.has(f.session)) continue;
    const reg = held.get(f.session);
    if (reg !== undefined) {
      out.push({ ...cancelledSession(f, cohort, programme, f.sequence ?? 0), status: 'confirmed', participants: [reg] });
      continue;
    }
    out.push(cancelledSession(f, cohort, programme, (f.sequence ?? 0) + (f.status === 'cancelled' ? 0 : 1)));
  }
  return out;
}

/**
 * Pinned appointments of a registration that decided no-go, on or before the day it decided, with
 * its id: they took place (the intake the decision followed), so they stay in the plan as they were
 * (same date, time and sequence), never cancelled. The no-go's later appointments come back
 * cancelled like any other pinned session the plan no longer has.
 */
function heldBeforeNoGo(cohort: Cohort): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of cohort.registrations) {
    if (r.decision !== 'no-go' || r.decided === undefined) continue;
    for (const f of cohort.fixed) if (f.session.endsWith(`@${r.id}`) && f.date <= r.decided && f.status !== 'cancelled') out.set(f.session, r.id);
  }
  return out;
}

/**
 * The `fixed` entries that pin `sessions` (as applyPinned returned them), cancelled ones included.
 * An appointment whose facilitator the planner chose (`facilitators: one`, see choosesFacilitator)
 * records who holds it, so a later plan keeps what was sent out.
 */
export function pinnedEntries(sessions: readonly PlannedSession[], programme?: Programme): FixedSession[] {
  return sessions.map((s) => {
    const w = when(s);
    const who = s.status !== 'cancelled' && s.facilitators.length === 1 && programme && choosesFacilitator(programme, s.phase) ? s.facilitators[0] : undefined;
    return {
      session: s.session,
      date: w.date,
      ...(w.start !== undefined ? { start: w.start } : {}),
      ...(s.sequence > 0 ? { sequence: s.sequence } : {}),
      ...(s.status === 'cancelled' ? { status: 'cancelled' as const } : {}),
      ...(who !== undefined ? { facilitator: who } : {}),
    };
  });
}
