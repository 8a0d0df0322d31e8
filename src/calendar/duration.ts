/**
 * Durations as the files write them (SPEC §3): `90m`, `2h`, `1h30m`, `1w`, `3 months`, and ranges
 * `2h..3h`. Kept as { amount, unit } so `3 months` stays calendar months instead of a day count.
 */
import type { Duration, DurationRange, DurationUnit, IsoDate } from '../model/types.js';
import { addDays, addMonths, daysInMonth } from './date.js';

type Family = 'time' | 'days' | 'months';
interface UnitInfo {
  family: Family;
  /** Size in the family's base unit (minute, day, month). */
  size: number;
  /** The unit a parsed value keeps; `year` becomes months because DurationUnit has no year. */
  unit: DurationUnit;
}

const UNITS: Record<string, UnitInfo> = {
  m: { family: 'time', size: 1, unit: 'minute' },
  min: { family: 'time', size: 1, unit: 'minute' },
  mins: { family: 'time', size: 1, unit: 'minute' },
  minute: { family: 'time', size: 1, unit: 'minute' },
  minutes: { family: 'time', size: 1, unit: 'minute' },
  h: { family: 'time', size: 60, unit: 'hour' },
  hour: { family: 'time', size: 60, unit: 'hour' },
  hours: { family: 'time', size: 60, unit: 'hour' },
  d: { family: 'days', size: 1, unit: 'day' },
  day: { family: 'days', size: 1, unit: 'day' },
  days: { family: 'days', size: 1, unit: 'day' },
  w: { family: 'days', size: 7, unit: 'week' },
  week: { family: 'days', size: 7, unit: 'week' },
  weeks: { family: 'days', size: 7, unit: 'week' },
  month: { family: 'months', size: 1, unit: 'month' },
  months: { family: 'months', size: 1, unit: 'month' },
  year: { family: 'months', size: 12, unit: 'month' },
  years: { family: 'months', size: 12, unit: 'month' },
};
const BASE_UNIT: Record<Family, DurationUnit> = { time: 'minute', days: 'day', months: 'month' };

const TERM = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;

/**
 * `90m`, `2h`, `1h30m` (→ 90 minute), `0d`, `3d`, `1w`, `1 month`, `3 months`, `1 year` (→ 12 month);
 * spaces and upper case are tolerated. A fraction is allowed when it is whole in the next smaller
 * unit (`1.5h` → 90 minute, `0.5w` is rejected). Compound values must go from larger to smaller units
 * of one kind (`1h30m`, `1w2d`, `1 year 6 months`). Undefined for negatives and anything else.
 */
export function parseDuration(s: string): Duration | undefined {
  const text = s.trim().toLowerCase();
  if (text === '') return undefined;
  const terms: { amount: number; info: UnitInfo }[] = [];
  TERM.lastIndex = 0;
  let pos = 0;
  for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
    const info = UNITS[m[2]!];
    if (!info) return undefined;
    const prev = terms[terms.length - 1];
    if (prev && (prev.info.family !== info.family || prev.info.size <= info.size)) return undefined;
    terms.push({ amount: Number(m[1]), info });
    pos = TERM.lastIndex;
  }
  if (terms.length === 0 || pos !== text.length) return undefined;

  const first = terms[0]!;
  if (terms.length === 1 && Number.isInteger(first.amount)) {
    // Keep the unit as written (2h stays hours), except years, which are months.
    const amount = first.amount * (first.info.unit === 'month' ? first.info.size : 1);
    return Number.isSafeInteger(amount) ? { amount, unit: first.info.unit } : undefined;
  }
  const family = first.info.family;
  const total = terms.reduce((sum, t) => sum + t.amount * t.info.size, 0);
  // 1.5h → 90 minute is whole in minutes; 0.5d is not whole in days.
  const rounded = Math.round(total * 1e6) / 1e6;
  if (!Number.isSafeInteger(rounded)) return undefined;
  return { amount: rounded, unit: BASE_UNIT[family] };
}

export type DurationRangeProblem = 'syntax' | 'reversed';

function splitRange(s: string): [Duration, Duration] | undefined {
  const parts = s.split('..');
  if (parts.length > 2) return undefined;
  const min = parseDuration(parts[0]!);
  const max = parts.length === 2 ? parseDuration(parts[1]!) : min;
  return min && max ? [min, max] : undefined;
}

/** Why `s` is not a duration range, or undefined when it is one. */
export function durationRangeProblem(s: string): DurationRangeProblem | undefined {
  const pair = splitRange(s);
  if (!pair) return 'syntax';
  const c = compareDurations(pair[0], pair[1]);
  return c !== undefined && c > 0 ? 'reversed' : undefined;
}

/** `2h..3h`, `3w..6w`, `3 months..4 months`, or one duration (min = max). */
export function parseDurationRange(s: string): DurationRange | undefined {
  if (durationRangeProblem(s) !== undefined) return undefined;
  const [min, max] = splitRange(s)!;
  return { min, max };
}

function familyOf(d: Duration): Family {
  return d.unit === 'minute' || d.unit === 'hour' ? 'time' : d.unit === 'day' || d.unit === 'week' ? 'days' : 'months';
}

/** Only for minute and hour units. */
export function durationMinutes(d: Duration): number | undefined {
  return d.unit === 'minute' ? d.amount : d.unit === 'hour' ? d.amount * 60 : undefined;
}

/** Only for day and week units (months have no fixed length). */
export function durationDays(d: Duration): number | undefined {
  return d.unit === 'day' ? d.amount : d.unit === 'week' ? d.amount * 7 : undefined;
}

/** Calendar arithmetic; minutes and hours round up to whole days (a gap of 2h still needs a later day). */
export function addDuration(date: IsoDate, d: Duration): IsoDate {
  if (d.unit === 'month') return addMonths(date, d.amount);
  const days = durationDays(d) ?? Math.ceil(durationMinutes(d)! / (24 * 60));
  return addDays(date, days);
}

const boundsMemo = new Map<number, { min: number; max: number }>();
const CYCLE_MONTHS = 4800;
// Outside the Februaries of years divisible by 4 that are not leap years (2100, 2200, 2300), month
// lengths repeat every 48 months.
const PERIOD = 48;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

/** Days from 1 January 2000 to the first day of month `i` (0 is January 2000). */
function monthStart(i: number): number {
  const y = Math.floor(i / 12);
  const m = i % 12;
  // Leap years among 2000 … 2000 + y - 1; 2000 starts a 400-year cycle.
  const leaps = Math.ceil(y / 4) - Math.ceil(y / 100) + Math.ceil(y / 400);
  return 365 * y + leaps + DAYS_BEFORE_MONTH[m]! + (m >= 2 && daysInMonth(2000 + y, 2) === 29 ? 1 : 0);
}

const monthLength = (i: number): number => daysInMonth(2000 + Math.floor(i / 12), (i % 12) + 1);

let exceptions: number[] | undefined;
/** Month indexes of the Februaries that break the 48-month period, over two cycles. */
function exceptionalFebruaries(): number[] {
  if (!exceptions) {
    exceptions = [];
    for (let y = 0; y < 800; y += 4) if (daysInMonth(2000 + y, 2) === 28) exceptions.push(12 * y + 1);
  }
  return exceptions;
}

/**
 * Shortest and longest day count of `n` months as addMonths counts them (with end-of-month clamping),
 * over a whole 400-year Gregorian cycle: 1 month is 28 to 31 days, 12 months 365 to 366.
 */
export function monthsInDays(n: number): { min: number; max: number } {
  const cached = boundsMemo.get(n);
  if (cached) return cached;
  if (n >= CYCLE_MONTHS) {
    // 400 Gregorian years are exactly 4800 months and 146097 days, so whole cycles add exactly.
    const rest = monthsInDays(n % CYCLE_MONTHS);
    const cycles = Math.floor(n / CYCLE_MONTHS) * 146097;
    return { min: rest.min + cycles, max: rest.max + cycles };
  }
  let min = Infinity;
  let max = -Infinity;
  const scan = (from: number, to: number): void => {
    for (let s = Math.max(0, from); s < Math.min(CYCLE_MONTHS, to); s++) {
      // From day 1 the count is the plain sum; from the last day, clamping to a shorter end month shortens it.
      const sum = monthStart(s + n) - monthStart(s);
      const first = monthLength(s);
      const last = monthLength(s + n);
      const fromLast = last < first ? sum - first + last : sum;
      if (fromLast < min) min = fromLast;
      if (sum > max) max = sum;
    }
  };
  const special = exceptionalFebruaries();
  if (PERIOD + n < special[0]!) {
    // A window (start to end month) without an exceptional February equals one starting in the first
    // 48 months; those that hold one are scanned as they are. Validate runs this cold, once per span.
    scan(0, PERIOD);
    for (const e of special) scan(e - n, e + 1);
  } else {
    scan(0, CYCLE_MONTHS);
  }
  const bounds = { min, max };
  boundsMemo.set(n, bounds);
  return bounds;
}

/** In days; minutes and hours as fractions of a day. Undefined for months. */
function exactDays(d: Duration): number | undefined {
  const days = durationDays(d);
  if (days !== undefined) return days;
  const minutes = durationMinutes(d);
  return minutes === undefined ? undefined : minutes / (24 * 60);
}

/**
 * Sign of a − b. Months against days or hours only when every possible month length gives the same
 * answer (1 month vs 27d: 1; 1 month vs 30d: undefined).
 */
export function compareDurations(a: Duration, b: Duration): number | undefined {
  const fa = familyOf(a);
  const fb = familyOf(b);
  if (fa === 'months' && fb === 'months') return Math.sign(a.amount - b.amount);
  if (fa !== 'months' && fb !== 'months') {
    if (fa === 'time' && fb === 'time') return Math.sign(durationMinutes(a)! - durationMinutes(b)!);
    return Math.sign(exactDays(a)! - exactDays(b)!);
  }
  const [months, other, sign] = fa === 'months' ? [a, b, 1] : [b, a, -1];
  const days = exactDays(other)!;
  const { min, max } = monthsInDays(months.amount);
  if (days < min) return sign;
  if (days > max) return -sign;
  if (min === max && days === min) return 0;
  return undefined;
}

/** For estimates and sorting only: a month counts as 30.44 days. */
export function approxDays(d: Duration): number {
  return d.unit === 'month' ? d.amount * 30.44 : exactDays(d)!;
}

/** Canonical text that parseDuration reads back to the same value: `2h`, `90m`, `3w`, `9 months`. */
export function formatDuration(d: Duration): string {
  switch (d.unit) {
    case 'minute':
      return `${d.amount}m`;
    case 'hour':
      return `${d.amount}h`;
    case 'day':
      return `${d.amount}d`;
    case 'week':
      return `${d.amount}w`;
    case 'month':
      return d.amount === 1 ? '1 month' : `${d.amount} months`;
  }
}

/** `2h..3h`, or one duration when min and max are equal. */
export function formatDurationRange(r: DurationRange): string {
  const min = formatDuration(r.min);
  const max = formatDuration(r.max);
  return min === max ? min : `${min}..${max}`;
}
