/**
 * `cohort roster --alternatives N` (issue 15 item 4): the group fixes meetings 2–6 together at its
 * first meeting, so for every meeting not yet fixed the roster proposes N dates to choose from.
 *
 * A candidate moves that one meeting, at the slot's times and with its rostered host, and keeps
 * every other session of the plan where it is; it is a candidate only when the plan with it still
 * passes the independent hard-rule check (src/plan/check.ts: the programme's rhythm and gaps, the
 * span, weekdays and avoided days, the facilitator's unavailability, other bookings and travel to
 * the host's town hall) and the host can come (the host's unavailability is hard). Candidates are
 * ranked by how many members can come, then by closeness to the planned date, then earlier. The
 * planned date is one of them. Pure.
 */
import { addDays, diffDays } from '../calendar/date.js';
import { addDuration } from '../calendar/duration.js';
import type { Plan, PlannedSession } from '../model/plan.js';
import type { IsoDate, Programme } from '../model/types.js';
import { checkHardRules } from '../plan/check.js';
import { DEFAULT_EVERY } from '../plan/context.js';
import type { PlanInput } from '../plan/input.js';
import { isAway, type IntervisiePlan } from './plan.js';

/** How far from the planned date candidates are looked for: twelve weeks either way. */
export const ALTERNATIVES_REACH_DAYS = 84;

export interface Candidate {
  date: IsoDate;
  /** Local wall-clock start and end, as the plan writes them. */
  start: string;
  end: string;
  /** Registration ids of the members who cannot come (never the host), in the group's order. */
  absent: string[];
  /** Members who can come, the host included. */
  come: number;
  /** Days from the planned date (negative: earlier). */
  offset: number;
}

export interface MeetingAlternatives {
  group: string;
  /** The session id as the roster shows it (`g1/bijeenkomst#2`). */
  session: string;
  meeting: number;
  host?: string;
  members: number;
  planned: IsoDate;
  /** At most N, best first. */
  candidates: Candidate[];
}

function moved(s: PlannedSession, date: IsoDate): PlannedSession {
  const shift = diffDays(s.start.slice(0, 10), date);
  return { ...s, start: `${date}${s.start.slice(10)}`, end: `${addDays(s.end.slice(0, 10), shift)}${s.end.slice(10)}` };
}

const byRank = (a: Candidate, b: Candidate) => b.come - a.come || Math.abs(a.offset) - Math.abs(b.offset) || a.offset - b.offset;

/**
 * N ranked candidate dates for every hosted meeting of `ip`'s groups that is not fixed. `checked` is
 * the plan the independent check passed (planner cohort ids, hosts set: AssembledPlan.checked).
 */
export function meetingAlternatives(input: PlanInput, checked: Plan, ip: IntervisiePlan, programme: Programme, n: number): MeetingAlternatives[] {
  const phases = new Set(programme.phases.filter((p) => p.mode === 'group' && p.location === 'host-rotation').map((p) => p.id));
  const out: MeetingAlternatives[] = [];
  for (const g of ip.groups) {
    const fixed = new Set(g.cohort.fixed.filter((f) => f.replan !== true).map((f) => f.session));
    const own = checked.sessions.filter((s) => s.cohort === g.plannerId && s.kind === 'group' && phases.has(s.phase) && s.status !== 'cancelled' && !fixed.has(s.session));
    for (const s of own) {
      const host = s.location.host === undefined ? undefined : g.cohort.registrations.find((r) => r.id === s.location.host);
      const planned = s.start.slice(0, 10);
      const others = checked.sessions.filter((x) => x !== s);
      // The gaps to the meetings before and after, as the check measures them: a quick filter before the whole check.
      const phase = programme.phases.find((p) => p.id === s.phase);
      const every = (phase?.mode === 'group' ? phase.every : undefined) ?? DEFAULT_EVERY;
      const k = Number(/#(\d+)$/.exec(s.session)?.[1] ?? 1);
      const dateOf = (n: number) => checked.sessions.find((x) => x.cohort === s.cohort && x.session === `${s.phase}#${n}` && x.status !== 'cancelled')?.start.slice(0, 10);
      const [prev, next] = [dateOf(k - 1), dateOf(k + 1)];
      const gapsKept = (d: IsoDate) =>
        (prev === undefined || (d >= addDuration(prev, every.min) && d <= addDuration(prev, every.max))) && (next === undefined || (next >= addDuration(d, every.min) && next <= addDuration(d, every.max)));
      const candidates: Candidate[] = [];
      // Only the slot's weekday can pass the check: step a week at a time.
      for (let shift = -ALTERNATIVES_REACH_DAYS; shift <= ALTERNATIVES_REACH_DAYS; shift += 7) {
        const date = addDays(planned, shift);
        if (host && isAway(host, date)) continue;
        const at = moved(s, date);
        if (shift !== 0 && (!gapsKept(date) || checkHardRules(input, { ...checked, sessions: [...others, at] }).length > 0)) continue;
        const absent = g.cohort.registrations.filter((r) => r.id !== host?.id && isAway(r, date)).map((r) => r.id);
        candidates.push({ date, start: at.start, end: at.end, absent, come: g.cohort.registrations.length - absent.length, offset: shift });
      }
      const prefix = ip.prefixed ? `${g.group.id}/` : '';
      out.push({
        group: g.group.id,
        session: `${prefix}${s.session}`,
        meeting: k,
        ...(host ? { host: host.id } : {}),
        members: g.cohort.registrations.length,
        planned,
        candidates: candidates.sort(byRank).slice(0, n),
      });
    }
  }
  return out.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.meeting - b.meeting));
}
