import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addMonths as dfAddMonths } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dateRangeProblem,
  dayNumber,
  diffDays,
  eachDay,
  inDateRange,
  isIsoDate,
  isLocalTime,
  isoFromDayNumber,
  minutesToTime,
  parseDateRange,
  rangesOverlap,
  timeToMinutes,
  weekdayIndex,
  weekdayOf,
} from '../../src/calendar/date.js';

describe('isIsoDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isIsoDate('2027-05-13')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('rejects unreal days and other shapes', () => {
    for (const s of ['2027-02-29', '2027-02-30', '1900-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-5-13', '13-05-2027', ' 2027-05-13', '2027-05-13T10:00', '']) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });
});

describe('parseDateRange / dateRangeProblem', () => {
  it('reads an inclusive range and a single date', () => {
    expect(parseDateRange('2027-05-13..2027-05-14')).toEqual({ start: '2027-05-13', end: '2027-05-14' });
    expect(parseDateRange('2027-05-13')).toEqual({ start: '2027-05-13', end: '2027-05-13' });
    expect(parseDateRange(' 2027-05-13 .. 2027-05-14 ')).toEqual({ start: '2027-05-13', end: '2027-05-14' });
  });
  it('says what is wrong', () => {
    expect(dateRangeProblem('2027-05-13..2027-05-14')).toBeUndefined();
    expect(dateRangeProblem('2027-02-30')).toBe('unreal-date');
    expect(dateRangeProblem('2027-02-01..2027-02-30')).toBe('unreal-date');
    expect(dateRangeProblem('2027-05-14..2027-05-13')).toBe('reversed');
    expect(dateRangeProblem('13-05-2027')).toBe('syntax');
    expect(dateRangeProblem('2027-05-13...2027-05-14')).toBe('syntax');
    expect(dateRangeProblem('2027-05-13..')).toBe('syntax');
    expect(parseDateRange('2027-02-30')).toBeUndefined();
    expect(parseDateRange('2027-05-14..2027-05-13')).toBeUndefined();
  });
});

describe('day arithmetic', () => {
  it('adds and subtracts across month, year and leap boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(diffDays('2027-01-01', '2028-01-01')).toBe(365);
    expect(diffDays('2028-01-01', '2029-01-01')).toBe(366);
    expect(diffDays('2027-05-14', '2027-05-13')).toBe(-1);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoFromDayNumber(-1)).toBe('1969-12-31');
  });
  it('does not cross the DST change by an hour (no machine zone involved)', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
  });
  it('knows weekdays', () => {
    expect(weekdayOf('2027-05-06')).toBe('thu'); // Ascension Day is always a Thursday
    expect(weekdayOf('2025-04-27')).toBe('sun');
    expect(weekdayIndex('2027-05-10')).toBe(0);
    expect(weekdayIndex('2027-05-16')).toBe(6);
  });
  it('compares, tests ranges and lists days', () => {
    expect(compareIsoDates('2027-01-01', '2027-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2027-01-02', '2027-01-01')).toBeGreaterThan(0);
    expect(compareIsoDates('2027-01-02', '2027-01-02')).toBe(0);
    const r = { start: '2027-04-24', end: '2027-05-02' };
    expect(inDateRange('2027-04-24', r)).toBe(true);
    expect(inDateRange('2027-05-02', r)).toBe(true);
    expect(inDateRange('2027-05-03', r)).toBe(false);
    expect(inDateRange('2027-04-23', r)).toBe(false);
    expect(rangesOverlap(r, { start: '2027-05-02', end: '2027-05-09' })).toBe(true);
    expect(rangesOverlap(r, { start: '2027-05-03', end: '2027-05-09' })).toBe(false);
    expect(eachDay({ start: '2028-02-27', end: '2028-03-01' })).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eachDay({ start: '2027-01-02', end: '2027-01-01' })).toEqual([]);
  });
  it('throws on invalid input instead of computing garbage', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2027-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps to the end of the month like date-fns', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-05-13', 9)).toBe('2028-02-13');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-01-15', -13)).toBe('2025-12-15');
  });
});

describe('local times', () => {
  it('accepts HH:MM from 00:00 to 23:59 only', () => {
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    for (const s of ['24:00', '9:30', '09:60', '09:30:00', '0930', '']) expect(isLocalTime(s), s).toBe(false);
  });
  it('converts to and from minutes', () => {
    expect(timeToMinutes('09:30')).toBe(570);
    expect(minutesToTime(570)).toBe('09:30');
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(1439)).toBe('23:59');
    expect(() => minutesToTime(1440)).toThrow(RangeError);
    expect(() => timeToMinutes('25:00')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const date = fc
    .integer({ min: dayNumber('1900-01-01'), max: dayNumber('2199-12-31') })
    .map((n) => isoFromDayNumber(n));
  it('addDays and diffDays round-trip', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40000, max: 40000 }), (d, n) => {
        const e = addDays(d, n);
        return isIsoDate(e) && diffDays(d, e) === n && addDays(e, -n) === d;
      }),
    );
  });
  it('weekdays advance by one each day', () => {
    fc.assert(fc.property(date, (d) => weekdayIndex(addDays(d, 1)) === (weekdayIndex(d) + 1) % 7));
  });
  it('ISO text order equals date order', () => {
    fc.assert(fc.property(date, date, (a, b) => Math.sign(compareIsoDates(a, b)) === Math.sign(a.localeCompare(b))));
  });
  it('addMonths agrees with date-fns (evaluated in UTC, not the machine zone)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const t = dfAddMonths(new TZDate(y, m - 1, day, 'UTC'), n);
        const expected = `${String(t.getFullYear()).padStart(4, '0')}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
        return addMonths(d, n) === expected;
      }),
    );
  });
});

describe('dayNumber and timeToMinutes keep their answers', () => {
  it('give the same answer asked again, equal to Date.UTC and to the clock, and still refuse bad input after good', () => {
    const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (dt, h, m) => {
        const iso = dt.toISOString().slice(0, 10);
        const want = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate()) / 86_400_000;
        expect(dayNumber(iso)).toBe(want);
        expect(dayNumber(iso)).toBe(want);
        const t = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(timeToMinutes(t)).toBe(h * 60 + m);
        expect(timeToMinutes(t)).toBe(h * 60 + m);
        expect(() => dayNumber(`${iso.slice(0, 8)}32`)).toThrow(RangeError);
        expect(() => timeToMinutes(`${t}:00`)).toThrow(RangeError);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
