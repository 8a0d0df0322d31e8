/**
 * Calendar dates as ISO strings `YYYY-MM-DD` and wall-clock times `HH:MM`, computed on a proleptic
 * Gregorian day count so nothing depends on the machine's time zone (SPEC §6, PLANNER pitfalls).
 *
 * Functions that take an IsoDate or LocalTime expect valid input (check with isIsoDate / isLocalTime
 * first); invalid input throws a RangeError, because it is a programming error, not a user's mistake.
 */
import type { DateRange, IsoDate, Weekday } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month1: number): number {
  return month1 === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month1 - 1]!;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function splitDate(s: string): Ymd | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return undefined;
  return ymd;
}

function ymdOf(d: IsoDate): Ymd {
  const ymd = splitDate(d);
  if (!ymd) throw new RangeError(`not an ISO date: ${JSON.stringify(d)}`);
  return ymd;
}

// Days since 1970-01-01 by H. Hinnant's civil-from-days algorithm; exact for all years 0000-9999.
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function format({ y, m, d }: Ymd): IsoDate {
  if (y < 0 || y > 9999) throw new RangeError(`year ${y} is outside 0000-9999`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` naming a real calendar day (2027-02-29 is false). */
export function isIsoDate(s: string): boolean {
  return splitDate(s) !== undefined;
}

// The planner's set-up, the DST rule and the hard-rule check ask for the same few thousand dates over
// and over (at 1,400 registrations parsing them was ~2 % of a plan): the answers are kept. A process
// sees dates of a few years; the bound only keeps a pathological caller from growing the map forever.
const dayNumbers = new Map<string, number>();
const MEMO_LIMIT = 1 << 16;

/** Days since 1970-01-01 (negative before). Useful as a compact key for day-indexed arrays. */
export function dayNumber(d: IsoDate): number {
  const known = dayNumbers.get(d);
  if (known !== undefined) return known;
  const n = toDayNumber(ymdOf(d));
  if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
  if (typeof d === 'string') dayNumbers.set(d, n);
  return n;
}

/** Inverse of dayNumber. */
export function isoFromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole day number: ${n}`);
  return format(fromDayNumber(n));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return format(fromDayNumber(toDayNumber(ymdOf(d)) + n));
}

/** b − a in days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(ymdOf(b)) - toDayNumber(ymdOf(a));
}

/** 0 = Monday … 6 = Sunday (ISO 8601 order, like WEEKDAYS). */
export function weekdayIndex(d: IsoDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toDayNumber(ymdOf(d)) + 3) % 7) + 7) % 7;
}

export function weekdayOf(d: IsoDate): Weekday {
  return WEEKDAYS[weekdayIndex(d)]!;
}

/** ISO strings of valid dates sort as text, but validate so a typo cannot sort silently. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(diffDays(b, a));
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** Inclusive at both ends. */
export function inDateRange(d: IsoDate, r: DateRange): boolean {
  return compareIsoDates(r.start, d) <= 0 && compareIsoDates(d, r.end) <= 0;
}

/** True when the two inclusive ranges share at least one day. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0;
}

/** Every day of the inclusive range, in order; empty when end is before start. */
export function eachDay(r: DateRange): IsoDate[] {
  const first = toDayNumber(ymdOf(r.start));
  const last = toDayNumber(ymdOf(r.end));
  const out: IsoDate[] = [];
  for (let n = first; n <= last; n++) out.push(format(fromDayNumber(n)));
  return out;
}

/** Calendar months; the day is clamped to the target month's last day (date-fns addMonths). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of months: ${n}`);
  const { y, m, d: day } = ymdOf(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return format({ y: ny, m: nm, d: Math.min(day, daysInMonth(ny, nm)) });
}

export type DateRangeProblem = 'syntax' | 'unreal-date' | 'reversed';

const RANGE = /^\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.\s*(\d{4}-\d{2}-\d{2})\s*)?$/;

/** Why `s` is not a date range (for the validator's message), or undefined when it is one. */
export function dateRangeProblem(s: string): DateRangeProblem | undefined {
  const m = RANGE.exec(s);
  if (!m) return 'syntax';
  const start = m[1]!;
  const end = m[2] ?? start;
  if (!isIsoDate(start) || !isIsoDate(end)) return 'unreal-date';
  if (diffDays(start, end) < 0) return 'reversed';
  return undefined;
}

/** `2027-05-13..2027-05-14` (inclusive) or a single date (start = end). */
export function parseDateRange(s: string): DateRange | undefined {
  if (dateRangeProblem(s) !== undefined) return undefined;
  const m = RANGE.exec(s)!;
  return { start: m[1]!, end: m[2] ?? m[1]! };
}

/** `HH:MM`, 00:00 to 23:59, two digits each. */
export function isLocalTime(s: string): boolean {
  return LOCAL_TIME.test(s);
}

/** Minutes since midnight: `09:30` → 570. */
export function timeToMinutes(t: string): number {
  // Kept like dayNumbers: the slot finder and the checks read the same few times of day again and again.
  const known = minutesOf.get(t);
  if (known !== undefined) return known;
  const m = LOCAL_TIME.exec(t);
  if (!m) throw new RangeError(`not a local time HH:MM: ${JSON.stringify(t)}`);
  const n = Number(m[1]) * 60 + Number(m[2]);
  if (minutesOf.size >= MEMO_LIMIT) minutesOf.clear();
  if (typeof t === 'string') minutesOf.set(t, n);
  return n;
}
const minutesOf = new Map<string, number>();

/** 570 → `09:30`; accepts 0 to 1439 (a time of day, not a duration). */
export function minutesToTime(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 24 * 60) throw new RangeError(`not a minute of the day: ${n}`);
  return `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
}
