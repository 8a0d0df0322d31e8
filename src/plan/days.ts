/**
 * Day numbers (days since 1970-01-01, see src/calendar/date.ts) are the planner's working unit:
 * domains are arrays indexed by day, and ISO strings only appear at the edges.
 */
import { dayNumber, isoFromDayNumber, minutesToTime, weekdayIndex } from '../calendar/date.js';
import { addDuration, durationDays, durationMinutes, formatDuration } from '../calendar/duration.js';
import { localTimeStatus, utcOffsetMinutes } from '../calendar/tz.js';
import type { Duration, DurationRange, IsoDate } from '../model/types.js';

export const DAY_MINUTES = 24 * 60;

const isoMemo = new Map<number, IsoDate>();
export function iso(n: number): IsoDate {
  let s = isoMemo.get(n);
  if (s === undefined) {
    s = isoFromDayNumber(n);
    isoMemo.set(n, s);
  }
  return s;
}

export function day(d: IsoDate): number {
  return dayNumber(d);
}

const MONDAY_OFFSET = weekdayIndex(isoFromDayNumber(0));
/** 0 = Monday. */
export function weekday(n: number): number {
  return (((n + MONDAY_OFFSET) % 7) + 7) % 7;
}

const monthMemo = new Map<string, number>();
/** `n + d` as the calendar counts it (months clamp to the month's end; hours round up to a day). */
export function plus(n: number, d: Duration): number {
  const days = durationDays(d);
  if (days !== undefined) return n + days;
  const minutes = durationMinutes(d);
  if (minutes !== undefined) return n + Math.ceil(minutes / DAY_MINUTES);
  const key = `${n}|${d.amount}`;
  let r = monthMemo.get(key);
  if (r === undefined) {
    r = dayNumber(addDuration(isoFromDayNumber(n), d));
    monthMemo.set(key, r);
  }
  return r;
}

/** Minutes of a minute/hour duration; day-like units count whole days. */
export function minutesOf(d: Duration): number {
  return durationMinutes(d) ?? (durationDays(d) ?? d.amount * 30) * DAY_MINUTES;
}

export function hhmm(minutes: number): string {
  return minutesToTime(((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES);
}

export function durationText(d: Duration): string {
  return formatDuration(d);
}

export function rangeText(r: { min: Duration; max?: Duration }): string {
  if (!r.max) return `≥ ${formatDuration(r.min)}`;
  const a = formatDuration(r.min);
  const b = formatDuration(r.max);
  return a === b ? a : `${a}..${b}`;
}

export function everyText(r: DurationRange): string {
  return rangeText(r);
}

const calmDays = new Map<string, Map<number, boolean>>();
const gapTimes = new Map<string, Map<number, boolean>>();
let lastTz: string | undefined;
let lastDays: Map<number, boolean> | undefined;
/** True when `tz` keeps one UTC offset all day n (no clock change that day, so every time exists). */
export function calmDay(n: number, tz: string): boolean {
  let days = tz === lastTz ? lastDays : calmDays.get(tz);
  if (!days) calmDays.set(tz, (days = new Map()));
  lastTz = tz;
  lastDays = days;
  let calm = days.get(n);
  if (calm === undefined) {
    const date = iso(n);
    calm = utcOffsetMinutes(date, '00:00', tz) === utcOffsetMinutes(date, '23:59', tz);
    days.set(n, calm);
  }
  return calm;
}

/** False when the wall-clock time falls in a spring-forward gap of `tz` on that day. */
export function timeExists(n: number, minutes: number, tz: string): boolean {
  if (minutes >= DAY_MINUTES || calmDay(n, tz)) return true;
  let times = gapTimes.get(tz);
  if (!times) gapTimes.set(tz, (times = new Map()));
  const key = n * DAY_MINUTES + minutes;
  let ok = times.get(key);
  if (ok === undefined) {
    ok = localTimeStatus(iso(n), hhmm(minutes), tz) !== 'nonexistent';
    times.set(key, ok);
  }
  return ok;
}
