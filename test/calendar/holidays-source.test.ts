/** The shipped holiday table agrees with its source, date-holidays (NL), in every year it holds; beyond them is an error. */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { dutchHolidays, holidayOn, HOLIDAY_YEARS, HolidayYearsError, type HolidayKind } from '../../src/calendar/holidays.js';

const KINDS: HolidayKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening'];
// What cohort offers besides the library's `public` days, by the library's rule text.
const BY_RULE: Record<string, HolidayKind> = { 'easter -2': 'good-friday', '05-05': 'liberation-day', '05-04': 'remembrance-evening' };
const library = new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });

/** date-holidays' days of one kind in a year: date → Dutch name. */
function fromLibrary(year: number, kind: HolidayKind): Map<string, string> {
  const days = library.getHolidays(year, 'nl').filter((h) => (h.type === 'public' ? 'public-holidays' : BY_RULE[h.rule]) === kind);
  return new Map(days.map((h) => [h.date.slice(0, 10), h.name]));
}

const years = Array.from({ length: HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1 }, (_, i) => HOLIDAY_YEARS.first + i);

describe('the public-holiday table', () => {
  it('holds 2000 to 2100', () => {
    expect(HOLIDAY_YEARS).toEqual({ first: 2000, last: 2100 });
  });

  it.each(KINDS)('agrees with date-holidays on every %s, 2000–2100', (kind) => {
    for (const year of years) {
      const shipped = new Map([...dutchHolidays(year, year, [kind])].map(([date, h]) => [date, h.nl]));
      expect(shipped, `${kind} ${year}`).toEqual(fromLibrary(year, kind));
    }
  });

  it('refuses a year it does not hold, in English and Dutch', () => {
    expect(() => dutchHolidays(2099, 2101, KINDS)).toThrow(HolidayYearsError);
    expect(() => holidayOn('1999-12-31', KINDS)).toThrow(/Dutch public holidays of 2000 to 2100 only, and 1999 is asked for/);
    try {
      dutchHolidays(2101, 2101, KINDS);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HolidayYearsError);
      const error = e as HolidayYearsError;
      expect(error.year).toBe(2101);
      expect(error.message).toContain('plan cohorts that start from 2000 to 2098');
      expect(error.text('nl')).toContain('Nederlandse feestdagen alleen van 2000 tot en met 2100, en 2101 is gevraagd');
    }
  });

  it('still answers the last year it holds', () => {
    expect(dutchHolidays(2100, 2100, ['public-holidays']).get('2100-12-25')?.en).toBe('Christmas Day');
  });
});
