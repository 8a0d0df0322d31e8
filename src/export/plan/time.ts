import { addDays as addIsoDays, weekdayIndex } from '../../calendar/date.js';
import { isKnownTimeZone, offsetAtInstant, utcOffsetMinutes } from '../../calendar/tz.js';
import { monthShort, weekdayShort, type Lang } from '../../i18n/index.js';
import { compareSessions, type PlannedSession } from '../../model/plan.js';
import { ExportError } from './context.js';

/** Calendar fields of a wall-clock moment; never a JavaScript Date in the machine's zone. */
export interface Civil {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/;

/** Date.UTC for any year: it reads years 0–99 as 1900–1999, setUTCFullYear does not. */
function utcMs(y: number, m0: number, d: number, h = 0, mi = 0): number {
  const t = new Date(Date.UTC(2000, m0, d, h, mi));
  t.setUTCFullYear(y, m0, d);
  return t.getTime();
}

function checkCivil(c: Civil, text: string): Civil {
  const probe = new Date(utcMs(c.y, c.m - 1, c.d));
  const valid =
    probe.getUTCFullYear() === c.y && probe.getUTCMonth() === c.m - 1 && probe.getUTCDate() === c.d && c.h < 24 && c.mi < 60;
  if (!valid) throw new ExportError(`Not a valid date or time: "${text}"`);
  return c;
}

/** `YYYY-MM-DD` → fields at midnight. */
export function parseDate(text: string): Civil {
  const m = DATE_RE.exec(text);
  if (!m) throw new ExportError(`Expected a date YYYY-MM-DD, got "${text}"`);
  return checkCivil({ y: +m[1]!, m: +m[2]!, d: +m[3]!, h: 0, mi: 0 }, text);
}

/** `YYYY-MM-DDTHH:MM` → fields. */
export function parseLocal(text: string): Civil {
  const m = DATE_TIME_RE.exec(text);
  if (!m) throw new ExportError(`Expected a local date-time YYYY-MM-DDTHH:MM, got "${text}"`);
  return checkCivil({ y: +m[1]!, m: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]! }, text);
}

/** Start or end of a session: a date for all-day sessions, a date-time otherwise. */
export function parseSessionTime(s: PlannedSession, which: 'start' | 'end'): Civil {
  return s.allDay ? parseDate(s[which].slice(0, 10)) : parseLocal(s[which]);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const isoDate = (c: Civil): string => `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
export const hhmm = (c: Civil): string => `${pad(c.h)}:${pad(c.mi)}`;
/** RFC 5545 3.3.4 DATE value. */
export const icsDate = (c: Civil): string => `${pad(c.y, 4)}${pad(c.m)}${pad(c.d)}`;
/** RFC 5545 3.3.5 DATE-TIME, form #3 (local time with TZID reference). */
export const icsLocal = (c: Civil): string => `${icsDate(c)}T${pad(c.h)}${pad(c.mi)}00`;

export function addDays(c: Civil, n: number): Civil {
  const [y, m, d] = addIsoDays(isoDate(c), n).split('-').map(Number) as [number, number, number];
  return { y, m, d, h: c.h, mi: c.mi };
}

export const sameDay = (a: Civil, b: Civil): boolean => a.y === b.y && a.m === b.m && a.d === b.d;

/** 0 = Monday. */
export function weekday(c: Civil): number {
  return weekdayIndex(isoDate(c));
}

/** Throws a clear error for a zone the runtime does not know. */
export function assertZone(zone: string): void {
  if (!isKnownTimeZone(zone)) throw new ExportError(`Unknown time zone "${zone}" (expected an IANA name such as Europe/Amsterdam)`);
}

/** Offset of `zone` from UTC in minutes at a UTC instant (src/calendar/tz.ts). */
export function offsetAt(zone: string, utcMs: number): number {
  try {
    return offsetAtInstant(zone, utcMs);
  } catch {
    throw new ExportError(`Unknown time zone "${zone}"`);
  }
}

/** Wall clock in `zone` → UTC ms, with the DST rules of src/calendar/tz.ts (RFC 5545 3.3.5). */
export function zonedToUtc(c: Civil, zone: string): number {
  assertZone(zone);
  return utcMs(c.y, c.m - 1, c.d, c.h, c.mi) - utcOffsetMinutes(isoDate(c), hhmm(c), zone) * 60_000;
}

/** UTC milliseconds → wall clock in `zone`. */
export function utcToZoned(utcMs: number, zone: string): Civil {
  const t = new Date(utcMs + offsetAt(zone, utcMs) * 60_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes() };
}

/** In the one session order (src/model/plan.ts), after checking every zone can be rendered. */
export function sortSessions(sessions: readonly PlannedSession[]): PlannedSession[] {
  for (const s of sessions) assertZone(s.timezone);
  return [...sessions].sort(compareSessions);
}

/** The zone most sessions use (ties: alphabetical), Europe/Amsterdam when there are none. */
export function dominantZone(sessions: readonly PlannedSession[]): string {
  const counts = new Map<string, number>();
  for (const s of sessions) counts.set(s.timezone, (counts.get(s.timezone) ?? 0) + 1);
  let best = 'Europe/Amsterdam';
  let bestN = 0;
  for (const [zone, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > bestN) [best, bestN] = [zone, n];
  }
  return best;
}

/** "Thu 13 May 2027" / "do 13 mei 2027"; without the year: "Fri 14 May". */
export function humanDate(lang: Lang, c: Civil, withYear = true): string {
  const base = `${weekdayShort(lang, weekday(c))} ${c.d} ${monthShort(lang, c.m)}`;
  return withYear ? `${base} ${c.y}` : base;
}
