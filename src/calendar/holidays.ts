/**
 * Dutch holidays the planner can avoid, from date-holidays (NL). Heavy to load: import this module
 * only when a programme avoids holidays (date.ts and duration.ts never import it).
 * Sources and licences: src/data/SOURCES.md.
 */
import Holidays from 'date-holidays';
import type { AvoidKind, IsoDate, LocalTime } from '../model/types.js';

export type HolidayKind = Exclude<AvoidKind, 'school-holidays'>;

export interface DutchHoliday {
  kind: HolidayKind;
  /** Name in Dutch, from date-holidays. */
  nl: string;
  en: string;
  /** Only the evening counts (Remembrance of the Dead, 4 May from 18:00). */
  eveningOnly?: boolean;
  /** Start of the avoided part of an evening-only day. */
  from?: LocalTime;
}

/** The national two minutes' silence is at 20:00; gatherings start from about 18:00. */
export const REMEMBRANCE_EVENING_FROM: LocalTime = '18:00';

// date-holidays types these `school` or `observance` in NL; we pick them by their rule text.
const RULE_KIND: Record<string, HolidayKind> = {
  'easter -2': 'good-friday',
  '05-05': 'liberation-day',
  '05-04': 'remembrance-evening',
};

// Our own English names (the library's are British usage in places); keyed by the library's Dutch name.
const ENGLISH: Record<string, string> = {
  Nieuwjaar: "New Year's Day",
  'Goede Vrijdag': 'Good Friday',
  Pasen: 'Easter Sunday',
  'Tweede paasdag': 'Easter Monday',
  Koningsdag: "King's Day",
  Koninginnedag: "Queen's Day",
  'Nationale Dodenherdenking': 'Remembrance of the Dead (evening)',
  Bevrijdingsdag: 'Liberation Day',
  Hemelvaartsdag: 'Ascension Day',
  Pinksteren: 'Whit Sunday',
  'Tweede pinksterdag': 'Whit Monday',
  Kerstmis: 'Christmas Day',
  'Tweede kerstdag': 'Second Day of Christmas',
};

// When two kinds share a date (5 May can be Ascension Day), the whole-day public holiday wins.
const PRECEDENCE: readonly HolidayKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening'];

let library: Holidays | undefined;
/** Every holiday of every kind in a year, by date and then PRECEDENCE (a date can carry two kinds). */
const perYear = new Map<number, readonly (readonly [IsoDate, DutchHoliday])[]>();

function holidaysOfYear(year: number): readonly (readonly [IsoDate, DutchHoliday])[] {
  const cached = perYear.get(year);
  if (cached) return cached;
  library ??= new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
  const english = new Map(library.getHolidays(year, 'en').map((h) => [h.rule, h.name]));
  const list: [IsoDate, DutchHoliday][] = [];
  for (const h of library.getHolidays(year, 'nl')) {
    const kind: HolidayKind | undefined = h.type === 'public' ? 'public-holidays' : RULE_KIND[h.rule];
    if (!kind) continue;
    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's zone, independent of the machine's zone.
    const entry: DutchHoliday = { kind, nl: h.name, en: ENGLISH[h.name] ?? english.get(h.rule) ?? h.name };
    if (kind === 'remembrance-evening') {
      entry.eveningOnly = true;
      entry.from = REMEMBRANCE_EVENING_FROM;
    }
    list.push([h.date.slice(0, 10), entry]);
  }
  list.sort(([a, ha], [b, hb]) => (a < b ? -1 : a > b ? 1 : PRECEDENCE.indexOf(ha.kind) - PRECEDENCE.indexOf(hb.kind)));
  perYear.set(year, list);
  return list;
}

/**
 * The holidays of the given kinds from 1 January of fromYear to 31 December of toYear, in date order;
 * one per date (the first in PRECEDENCE among the wanted kinds). Kinds other than holiday kinds
 * (school-holidays) are ignored here; see school.ts.
 */
export function dutchHolidays(fromYear: number, toYear: number, kinds: readonly AvoidKind[]): Map<IsoDate, DutchHoliday> {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) throw new RangeError(`years must be whole: ${fromYear}, ${toYear}`);
  const wanted = new Set<AvoidKind>(kinds);
  const out = new Map<IsoDate, DutchHoliday>();
  for (let y = fromYear; y <= toYear; y++) {
    for (const [date, h] of holidaysOfYear(y)) if (wanted.has(h.kind) && !out.has(date)) out.set(date, { ...h });
  }
  return out;
}

/** The avoided holiday on this date, if any of the given kinds. */
export function holidayOn(date: IsoDate, kinds: readonly AvoidKind[]): DutchHoliday | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  const wanted = new Set<AvoidKind>(kinds);
  const hit = holidaysOfYear(Number(date.slice(0, 4))).find(([d, h]) => d === date && wanted.has(h.kind));
  return hit ? { ...hit[1] } : undefined;
}
