import { tzName, tzScan } from '@date-fns/tz';
import { euSummerTime } from '../../calendar/tz.js';
import { escapeText } from './text.js';
import { assertZone, icsLocal, offsetAt, type Civil } from './time.js';

/** A zone with EU- or UK-style rules: DST from the last Sunday of March to the last Sunday of October. */
export interface KnownZone {
  std: { name: string; offset: number };
  /** Absent for zones without daylight saving time. */
  dst?: { name: string; offset: number; startLocal: number; endLocal: number };
}

const CET: KnownZone = { std: { name: 'CET', offset: 60 }, dst: { name: 'CEST', offset: 120, startLocal: 2, endLocal: 3 } };
/** Zones whose rules are written as RRULEs; any other IANA zone gets its transitions derived. */
const KNOWN_ZONES: Readonly<Record<string, KnownZone>> = {
  'Europe/Amsterdam': CET,
  'Europe/Brussels': CET,
  'Europe/Luxembourg': CET,
  'Europe/Berlin': CET,
  'Europe/Paris': CET,
  'Europe/London': { std: { name: 'GMT', offset: 0 }, dst: { name: 'BST', offset: 60, startLocal: 1, endLocal: 2 } },
  UTC: { std: { name: 'UTC', offset: 0 } },
  'Etc/UTC': { std: { name: 'UTC', offset: 0 } },
};

export function isKnownZone(zone: string): boolean {
  return Object.hasOwn(KNOWN_ZONES, zone);
}

/** RFC 5545 3.3.14 UTC-OFFSET: +HHMM. */
function utcOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/** The EU rule's switch day in 1970 (calendar/tz.ts owns the rule) at a local hour, as an observance DTSTART. */
function switchDay(month: 3 | 10, h: number): Civil {
  const { start, end } = euSummerTime(1970);
  const [y, m, d] = (month === 3 ? start : end).split('-').map(Number) as [number, number, number];
  return { y, m, d, h, mi: 0 };
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: Civil, from: number, to: number, name: string, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${icsLocal(start)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `TZNAME:${escapeText(name)}`,
    `END:${kind}`,
  ];
}

function knownZoneLines(z: KnownZone): string[] {
  const { std, dst } = z;
  if (!dst) return observance('STANDARD', { y: 1970, m: 1, d: 1, h: 0, mi: 0 }, std.offset, std.offset, std.name);
  // RFC 5545 3.6.5: DTSTART of an observance is local time in the offset in force before the onset.
  return [
    ...observance('DAYLIGHT', switchDay(3, dst.startLocal), std.offset, dst.offset, dst.name, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
    ...observance('STANDARD', switchDay(10, dst.endLocal), dst.offset, std.offset, std.name, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
  ];
}

function civilAt(utcMs: number, offset: number): Civil {
  const t = new Date(utcMs + offset * 60_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes() };
}

/** Any other zone: one observance per transition the runtime's tz data knows between the given years. */
function derivedZoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const changes = tzScan(zone, { start: new Date(start), end: new Date(end) });
  const initial = offsetAt(zone, start);
  const firstIsDst = changes.length > 0 && changes[0]!.change < 0;
  const lines = observance(
    firstIsDst ? 'DAYLIGHT' : 'STANDARD',
    civilAt(start, initial),
    initial,
    initial,
    tzName(zone, new Date(start), 'short'),
  );
  let from = initial;
  for (const c of changes) {
    const at = c.date.getTime();
    lines.push(...observance(c.change > 0 ? 'DAYLIGHT' : 'STANDARD', civilAt(at, from), from, c.offset, tzName(zone, new Date(at), 'short')));
    from = c.offset;
  }
  return lines;
}

/** RFC 5545 3.6.5 VTIMEZONE for `zone`; `years` bounds the transitions written for zones outside the table. */
export function vtimezoneLines(zone: string, years: { from: number; to: number }): string[] {
  assertZone(zone);
  const known = KNOWN_ZONES[zone];
  const body = known && isKnownZone(zone) ? knownZoneLines(known) : derivedZoneLines(zone, years.from - 1, years.to + 1);
  return ['BEGIN:VTIMEZONE', `TZID:${escapeText(zone)}`, ...body, 'END:VTIMEZONE'];
}

/** For tests: the table of zones written with RRULEs, to check against the runtime's tz data. */
export const knownZones: ReadonlyMap<string, KnownZone> = new Map(Object.entries(KNOWN_ZONES));
