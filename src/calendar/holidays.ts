/**
 * Dutch holidays the planner can avoid: the table src/data/public-holidays.generated.ts, generated
 * from date-holidays (NL) by scripts/gen-data.mjs for the years in PUBLIC_HOLIDAY_YEARS. A year
 * outside them is a HolidayYearsError, never a year without holidays.
 * Sources and licences: src/data/SOURCES.md.
 */
import { PUBLIC_HOLIDAY_NAMES, PUBLIC_HOLIDAY_ROWS, PUBLIC_HOLIDAY_YEARS } from '../data/public-holidays.generated.js';
import type { Lang } from '../i18n/index.js';
import type { AvoidKind, IsoDate, LocalTime } from '../model/types.js';
import { calendarText } from './messages.js';

export type HolidayKind = Exclude<AvoidKind, 'school-holidays' | 'council-evenings'>;

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

/**
 * Evenings are council time: municipal councils and their committees meet on weekday evenings,
 * most of them Monday to Thursday, from about 19:00 (with dinner and travel, from 18:00). A programme
 * that avoids `council-evenings` runs nothing into those evenings; Friday evenings stay free to use.
 */
export const COUNCIL_EVENING_FROM: LocalTime = '18:00';

/** The council evening of a weekday (0 = Monday), Monday to Thursday; none on Friday to Sunday. */
export function councilEvening(mondayBased: number): { kind: 'council-evenings'; nl: string; en: string; eveningOnly: true; from: LocalTime } | undefined {
  return mondayBased <= 3 ? { kind: 'council-evenings', nl: 'raads- of commissieavond', en: 'council or committee evening', eveningOnly: true, from: COUNCIL_EVENING_FROM } : undefined;
}

/** The first and last year whose holidays cohort ships, both included. */
export const HOLIDAY_YEARS: { readonly first: number; readonly last: number } = PUBLIC_HOLIDAY_YEARS;

/** A year outside HOLIDAY_YEARS was asked for: its holidays are unknown, so no plan may pretend it has none. */
export class HolidayYearsError extends RangeError {
  override readonly name = 'HolidayYearsError';
  readonly year: number;
  constructor(year: number) {
    super(calendarText('en', 'holidays/years', { year, ...HOLIDAY_YEARS }));
    this.year = year;
  }

  /** The message in the user's language. */
  text(lang: Lang): string {
    return calendarText(lang, 'holidays/years', { year: this.year, ...HOLIDAY_YEARS });
  }
}

const perYear = new Map<number, readonly (readonly [IsoDate, DutchHoliday])[]>();

/** Every holiday of every kind in a year, by date and then public holidays first (the generator's order). */
function holidaysOfYear(year: number): readonly (readonly [IsoDate, DutchHoliday])[] {
  const cached = perYear.get(year);
  if (cached) return cached;
  if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) throw new HolidayYearsError(year);
  const prefix = `${year}-`;
  const list = PUBLIC_HOLIDAY_ROWS.filter(([date]) => date.startsWith(prefix)).map(([date, index]): [IsoDate, DutchHoliday] => {
    const { kind, nl, en } = PUBLIC_HOLIDAY_NAMES[index]!;
    // the generated table holds only the dated kinds (council evenings are weekdays, councilEvening below)
    const entry: DutchHoliday = { kind: kind as HolidayKind, nl, en };
    if (kind === 'remembrance-evening') {
      entry.eveningOnly = true;
      entry.from = REMEMBRANCE_EVENING_FROM;
    }
    return [date, entry];
  });
  perYear.set(year, list);
  return list;
}

/**
 * The holidays of the given kinds from 1 January of fromYear to 31 December of toYear, in date order;
 * one per date (a public holiday before the other kinds among the wanted ones). Kinds other than
 * holiday kinds (school-holidays) are ignored here; see school.ts. Throws HolidayYearsError for a
 * year outside HOLIDAY_YEARS.
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

/** The avoided holiday on this date, if any of the given kinds. Throws HolidayYearsError outside HOLIDAY_YEARS. */
export function holidayOn(date: IsoDate, kinds: readonly AvoidKind[]): DutchHoliday | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  const wanted = new Set<AvoidKind>(kinds);
  const hit = holidaysOfYear(Number(date.slice(0, 4))).find(([d, h]) => d === date && wanted.has(h.kind));
  return hit ? { ...hit[1] } : undefined;
}
