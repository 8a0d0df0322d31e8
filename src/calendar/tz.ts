/**
 * Wall-clock times in a named IANA zone, converted with @date-fns/tz's tzOffset (Intl data), never
 * the machine's zone: same files, same bytes under any TZ (SPEC §6). DST handling follows RFC 5545
 * §3.3.5: a time in the spring-forward gap uses the offset before the gap; a time that occurs twice
 * in autumn means the first occurrence.
 */
import { tzOffset } from '@date-fns/tz';
import type { IsoDate, LocalTime } from '../model/types.js';
import { dayNumber, isoFromDayNumber, minutesToTime, timeToMinutes } from './date.js';

/** The programme's time zone when its calendar names none (SPEC §3). */
export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// An IANA name (Area/Location, UTC, …); offsets like +02:00 are refused because ICS TZIDs need names.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** The zone's canonical spelling (`europe/amsterdam` → `Europe/Amsterdam`), or undefined if unknown. */
export function canonicalTimeZone(tz: string): string | undefined {
  // The default zone needs no Intl lookup: creating the first DateTimeFormat loads ICU (~20 ms at start-up).
  if (tz === 'Europe/Amsterdam' || tz === 'UTC') return tz;
  if (!ZONE_NAME.test(tz)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** True for a zone name the runtime's Intl knows (case-insensitively, as Intl does). */
export function isKnownTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== undefined;
}

// Every wall-clock conversion asks for the year's two DST Sundays: each is worked out once.
const lastSundays = new Map<number, number>();

/** Last Sunday of a month, as a day number. */
function lastSunday(year: number, month1: number): number {
  const key = year * 16 + month1;
  let n = lastSundays.get(key);
  if (n === undefined) {
    n = lastSundayOf(year, month1);
    lastSundays.set(key, n);
  }
  return n;
}

function lastSundayOf(year: number, month1: number): number {
  const last = dayNumber(`${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-31`);
  // Day 0 (1970-01-01) was a Thursday: (n + 3) mod 7 is 6 on Sundays; mod, not %, for days before 1970.
  const weekday = (((last + 3) % 7) + 7) % 7;
  return last - ((weekday + 1) % 7);
}

/**
 * The EU summer-time rule (Directive 2000/84/EC): summer time starts on the last Sunday of March and
 * ends on the last Sunday of October, both at 01:00 UTC. The one owner of that rule: the Amsterdam
 * offsets below, the VTIMEZONE rules and the DST warnings of validate all ask here.
 */
export function euSummerTime(year: number): { start: IsoDate; end: IsoDate } {
  return { start: isoFromDayNumber(lastSunday(year, 3)), end: isoFromDayNumber(lastSunday(year, 10)) };
}

/**
 * Europe/Amsterdam follows the EU rule since 1996 (CET+1, summer time from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October); computing it saves loading ICU's
 * zone data at start-up. Other zones and earlier years ask Intl.
 */
function amsterdamOffset(utcMs: number): number | undefined {
  const day = Math.floor(utcMs / DAY);
  let summer = summerOfDay.get(day);
  if (summer === undefined) {
    const year = Number(isoFromDayNumber(day).slice(0, 4));
    summer = year < 1996 || year > 2099 ? null : [lastSunday(year, 3) * DAY + 60 * MINUTE, lastSunday(year, 10) * DAY + 60 * MINUTE];
    if (summerOfDay.size >= 1 << 16) summerOfDay.clear();
    summerOfDay.set(day, summer);
  }
  if (summer === null) return undefined;
  return utcMs >= summer[0] && utcMs < summer[1] ? 120 : 60;
}
/** Per day number, its year's summer time in UTC ms (null outside 1996-2099): the date string need not be formed for every instant. */
const summerOfDay = new Map<number, readonly [number, number] | null>();

/** Minutes east of UTC in `tz` at a UTC instant (ms since the epoch). */
export function offsetAtInstant(tz: string, utcMs: number): number {
  if (tz === 'Europe/Amsterdam') {
    const fast = amsterdamOffset(utcMs);
    if (fast !== undefined) return fast;
  }
  const off = tzOffset(tz, new Date(utcMs));
  if (Number.isNaN(off)) throw new RangeError(`unknown time zone: ${JSON.stringify(tz)}`);
  return off;
}

/** The wall-clock reading as if it were UTC, in ms since the epoch. */
function wallMs(date: IsoDate, time: LocalTime): number {
  return dayNumber(date) * DAY + timeToMinutes(time) * MINUTE;
}

/**
 * The offsets (minutes east of UTC) under which this wall-clock time really occurs, first occurrence
 * first: none in a spring-forward gap, two in the repeated autumn hour.
 */
function validOffsets(date: IsoDate, time: LocalTime, tz: string): { wall: number; valid: number[]; before: number } {
  const wall = wallMs(date, time);
  // DST changes are months apart, so the offsets a day either side cover every candidate.
  const before = offsetAtInstant(tz, wall - DAY);
  const candidates = [...new Set([before, offsetAtInstant(tz, wall), offsetAtInstant(tz, wall + DAY)])];
  const valid = candidates.filter((o) => offsetAtInstant(tz, wall - o * MINUTE) === o).sort((a, b) => b - a);
  return { wall, valid, before };
}

export type LocalTimeStatus = 'ok' | 'nonexistent' | 'ambiguous';

/** 2027-03-28 02:30 Europe/Amsterdam is nonexistent; 2027-10-31 02:30 is ambiguous. */
export function localTimeStatus(date: IsoDate, time: LocalTime, tz: string): LocalTimeStatus {
  const n = validOffsets(date, time, tz).valid.length;
  return n === 0 ? 'nonexistent' : n === 1 ? 'ok' : 'ambiguous';
}

/** Minutes east of UTC that localToUtc applies (120 for CEST, 60 for CET). */
export function utcOffsetMinutes(date: IsoDate, time: LocalTime, tz: string): number {
  const { valid, before } = validOffsets(date, time, tz);
  // RFC 5545 §3.3.5: ambiguous → first occurrence (largest offset); nonexistent → offset before the gap.
  return valid[0] ?? before;
}

/** The UTC instant as `YYYYMMDDTHHMMSSZ` (ICS form); see utcOffsetMinutes for DST edge cases. */
export function localToUtc(date: IsoDate, time: LocalTime, tz: string): string {
  const utc = wallMs(date, time) - utcOffsetMinutes(date, time, tz) * MINUTE;
  const day = Math.floor(utc / DAY);
  const minutes = Math.round((utc - day * DAY) / MINUTE);
  return `${isoFromDayNumber(day).replaceAll('-', '')}T${minutesToTime(minutes).replace(':', '')}00Z`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A registration's `registered` as an instant (ms since the epoch): a date without a time is midnight
 * in the programme's zone (Date.parse would read it as UTC midnight, an hour or two late in
 * Amsterdam); a date-time carries its own offset. NaN for no or a bad timestamp.
 */
export function registeredInstant(registered: string, tz: string): number {
  if (!DATE_ONLY.test(registered)) return Date.parse(registered);
  return wallMs(registered, '00:00') - utcOffsetMinutes(registered, '00:00', tz) * MINUTE;
}

/** The date an instant (ms since the epoch) falls on in `tz`. */
export function localDateAt(utcMs: number, tz: string): IsoDate {
  return isoFromDayNumber(Math.floor((utcMs + offsetAtInstant(tz, utcMs) * MINUTE) / DAY));
}
