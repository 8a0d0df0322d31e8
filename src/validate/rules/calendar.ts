/** Time: durations and gaps, the span, weekdays, working hours, time zones and the summer-time change. */
import { addDays, isIsoDate, weekdayOf } from '../../calendar/date.js';
import { addDuration, durationDays, durationMinutes, formatDuration, monthsInDays } from '../../calendar/duration.js';
import { DEFAULT_TIMEZONE, euSummerTime, isKnownTimeZone, localDateAt, localTimeStatus, registeredInstant } from '../../calendar/tz.js';
import type { Duration, Person, Phase, Programme, Weekday } from '../../model/types.js';
import { WEEKDAYS } from '../../model/types.js';
import type { CohortHead, RegistrationRow } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';
import type { KnownFixed } from './references.js';

/** Shortest and longest day count of a duration (months vary; minutes and hours round up to a day). */
function dayBounds(d: Duration): { min: number; max: number } {
  const days = durationDays(d) ?? (durationMinutes(d) !== undefined ? Math.ceil(durationMinutes(d)! / 1440) : undefined);
  return days !== undefined ? { min: days, max: days } : monthsInDays(d.amount);
}
const minDays = (d: Duration): number => dayBounds(d).min;
const maxDays = (d: Duration): number => dayBounds(d).max;

/** Earliest end (in days from the cohort's start) of each phase, ignoring the calendar. */
function earliestEnds(programme: Programme): Map<string, { end: number; path: string }> {
  const ends = new Map<string, { end: number; path: string }>();
  for (const phase of programme.phases) {
    const pred = phase.after ? ends.get(phase.after.phase) : undefined;
    const start = pred ? pred.end + minDays(phase.after!.min) : 0;
    const length = phaseMinLength(phase);
    ends.set(phase.id, { end: start + length, path: pred ? `${pred.path} → ${phase.id}` : phase.id });
  }
  return ends;
}

function phaseMinLength(phase: Phase): number {
  switch (phase.mode) {
    case 'group':
      return (phase.sessions - 1) * (phase.every ? minDays(phase.every.min) : 7) + (phase.slot.days - 1);
    case 'individual':
      return 0;
    case 'self-study':
      return minDays(phase.window);
    case 'coaching':
      return (phase.sessions.min - 1) * minDays(phase.every.min);
  }
}

/** The days a cohort may have sessions: from its start to its end or the end of the programme's span. */
export interface CohortWindow {
  start: string;
  last: string;
}

export function cohortWindow(head: CohortHead, programme: Programme): CohortWindow {
  const spanLast = addDays(addDuration(head.start, programme.span.max), -1);
  return { start: head.start, last: head.end !== undefined && head.end < spanLast ? head.end : spanLast };
}

/** The days summer time starts (the last Sunday of March) within any of the windows, in order. */
function summerTimeStarts(windows: readonly CohortWindow[]): string[] {
  const days = new Set<string>();
  for (const w of windows) {
    for (let year = Number(w.start.slice(0, 4)); year <= Number(w.last.slice(0, 4)); year++) {
      const day = euSummerTime(year).start;
      if (day >= w.start && day <= w.last) days.add(day);
    }
  }
  return [...days].sort();
}

/** The weekday a slot ends on (a two-day slot from Saturday ends on Sunday). */
function slotLastDay(weekday: Weekday, days: number): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(weekday) + days - 1) % 7] as Weekday;
}

export function checkProgrammeCalendar(r: RuleReporter, p: Programme): void {
  p.phases.forEach((phase, i) => {
    if (phase.after && minDays(phase.after.min) > maxDays(phase.after.max)) {
      r.error('phase/gap-reversed', `/phases/${i}/after`, { min: formatDuration(phase.after.min), max: formatDuration(phase.after.max) });
    }
    // a phase's weekdays and hours narrow the programme's, never widen them
    phase.weekdays?.forEach((day, k) => {
      if (!p.calendar.weekdays.includes(day)) r.error('phase/weekday-not-allowed', `/phases/${i}/weekdays/${k}`, { day, allowed: p.calendar.weekdays.join(', ') });
    });
    if (phase.hours) {
      const { start, end } = phase.hours;
      if (end <= start) r.error('calendar/hours-reversed', `/phases/${i}/hours/end`, phase.hours);
      else if (start < p.calendar.hours.start || end > p.calendar.hours.end)
        r.error('phase/hours-outside', `/phases/${i}/hours`, { start, end, from: p.calendar.hours.start, to: p.calendar.hours.end });
    }
    if (phase.mode !== 'group') return;
    const { slot } = phase;
    if (slot.days === 1 && slot.end <= slot.start) r.error('slot/end-before-start', `/phases/${i}/slot/end`, { start: slot.start, end: slot.end });
    const first = WEEKDAYS.indexOf(slot.weekday);
    const allowed = phase.weekdays ?? p.calendar.weekdays;
    for (let k = 0; k < slot.days; k++) {
      const day = WEEKDAYS[(first + k) % 7] as Weekday;
      if (!allowed.includes(day)) {
        r.error('slot/weekday-not-allowed', `/phases/${i}/slot/weekday`, { day, allowed: allowed.join(', ') });
        break;
      }
    }
  });
  if (!isKnownTimeZone(p.calendar.timezone)) r.error('calendar/unknown-timezone', '/calendar/timezone', { tz: p.calendar.timezone });
  if (p.calendar.avoid.includes('school-holidays') && !p.calendar.schoolRegion) r.error('calendar/school-region-required', '/calendar/avoid');
  if (p.calendar.hours.end <= p.calendar.hours.start) r.error('calendar/hours-reversed', '/calendar/hours/end', p.calendar.hours);
  let worst: { end: number; path: string } | undefined;
  for (const e of earliestEnds(p).values()) if (!worst || e.end > worst.end) worst = e;
  const spanDays = maxDays(p.span.max);
  if (worst && worst.end + 1 > spanDays) r.error('span/too-short', '/span', { need: worst.end + 1, path: worst.path, span: formatDuration(p.span.max), spanDays });
}

/**
 * A Sunday slot that starts or ends in the hour skipped when summer time starts, on the days the
 * programme's cohorts (their `windows`) actually run: those sessions cannot be held as written.
 */
export function checkSummerTimeGaps(r: RuleReporter, p: Programme, windows: readonly CohortWindow[]): void {
  const tz = p.calendar.timezone;
  const days = summerTimeStarts(windows);
  if (days.length === 0 || !isKnownTimeZone(tz)) return;
  p.phases.forEach((phase, i) => {
    if (phase.mode !== 'group') return;
    const { slot } = phase;
    for (const [field, day] of [['start', slot.weekday], ['end', slotLastDay(slot.weekday, slot.days)]] as const) {
      if (day !== 'sun') continue;
      const gaps = days.filter((d) => localTimeStatus(d, slot[field], tz) === 'nonexistent');
      if (gaps.length > 0) r.warn('time/dst-gap', `/phases/${i}/slot/${field}`, { time: slot[field], dates: gaps.join(', ') });
    }
  });
}

/** A person's own working hours, like the programme's, must end after they start. */
export function checkPersonHours(r: RuleReporter, people: readonly Person[]): void {
  people.forEach((p, i) => {
    if (p.hours && p.hours.end <= p.hours.start) r.error('calendar/hours-reversed', `/people/${i}/hours/end`, p.hours);
  });
}

export function checkCohortDates(r: RuleReporter, head: CohortHead): void {
  if (head.end !== undefined && head.end < head.start) r.error('cohort/end-before-start', '/end', { start: head.start, end: head.end });
}

/** Fixed dates inside the cohort, on the slot's weekday, at times that exist. */
export function checkFixedDates(r: RuleReporter, head: CohortHead, programme: Programme, known: readonly KnownFixed[]): void {
  const tz = programme.calendar.timezone;
  for (const { fixed: f, index: i } of known) {
    if (f.date < head.start || (head.end !== undefined && f.date > head.end)) {
      r.error('fixed/outside-cohort', `/fixed/${i}/date`, { date: f.date, start: head.start, end: head.end ?? '…' });
    }
    const phase = programme.phases.find((p) => p.id === f.session.replace(/^[^/#@]+\//, '').split(/[#@]/)[0]);
    if (phase?.mode === 'group' && weekdayOf(f.date) !== phase.slot.weekday) {
      r.warn('fixed/not-slot-weekday', `/fixed/${i}/date`, { date: f.date, day: weekdayOf(f.date), slot: phase.slot.weekday });
    }
    const times: [string, string][] = [];
    if (f.start !== undefined) times.push([f.start, `/fixed/${i}/start`]);
    else if (phase?.mode === 'group') times.push([phase.slot.start, `/fixed/${i}/date`]);
    if (phase?.mode === 'group') times.push([phase.slot.end, `/fixed/${i}/date`]);
    for (const [time, pointer] of times) {
      const day = phase?.mode === 'group' && time === phase.slot.end && f.start === undefined ? addDays(f.date, phase.slot.days - 1) : f.date;
      if (isKnownTimeZone(tz) && localTimeStatus(day, time, tz) === 'nonexistent') r.error('time/nonexistent', pointer, { date: day, time, tz });
    }
  }
}

/**
 * A registration that came in after the cohort's start day, both as instants (src/calendar/tz.ts
 * registeredInstant): `2027-03-02T00:30:00+03:00` is still 1 March in Amsterdam, and a date alone
 * is midnight in the programme's zone.
 */
export function checkRegistrationDates(r: RuleReporter, rows: readonly RegistrationRow[], head: CohortHead, timezone: string): void {
  if (!isIsoDate(head.start)) return;
  const tz = isKnownTimeZone(timezone) ? timezone : DEFAULT_TIMEZONE;
  const dayAfter = registeredInstant(addDays(head.start, 1), tz);
  for (const { reg, at } of rows) {
    if (!reg.registered || reg.status === 'cancelled' || reg.status === 'withdrawn') continue;
    // NaN (a bad timestamp, reported by checkRegisteredTimes) is never late.
    const t = registeredInstant(reg.registered, tz);
    if (t >= dayAfter) r.warn('registration/late', `${at}/registered`, { date: localDateAt(t, tz), start: head.start });
  }
}
