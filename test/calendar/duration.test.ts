import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Duration, DurationUnit } from '../../src/model/types.js';
import { addMonths, daysInMonth, diffDays } from '../../src/calendar/date.js';
import {
  addDuration,
  approxDays,
  compareDurations,
  durationDays,
  durationMinutes,
  durationRangeProblem,
  formatDuration,
  formatDurationRange,
  monthsInDays,
  parseDuration,
  parseDurationRange,
} from '../../src/calendar/duration.js';

const d = (amount: number, unit: DurationUnit): Duration => ({ amount, unit });

describe('parseDuration', () => {
  it('reads the forms the programme files use', () => {
    expect(parseDuration('90m')).toEqual(d(90, 'minute'));
    expect(parseDuration('90min')).toEqual(d(90, 'minute'));
    expect(parseDuration('2h')).toEqual(d(2, 'hour'));
    expect(parseDuration('2 h')).toEqual(d(2, 'hour'));
    expect(parseDuration('1h30m')).toEqual(d(90, 'minute'));
    expect(parseDuration('1h 30m')).toEqual(d(90, 'minute'));
    expect(parseDuration('1.5h')).toEqual(d(90, 'minute'));
    expect(parseDuration('0d')).toEqual(d(0, 'day'));
    expect(parseDuration('3d')).toEqual(d(3, 'day'));
    expect(parseDuration('1w')).toEqual(d(1, 'week'));
    expect(parseDuration('6w')).toEqual(d(6, 'week'));
    expect(parseDuration('1w2d')).toEqual(d(9, 'day'));
    expect(parseDuration('1 month')).toEqual(d(1, 'month'));
    expect(parseDuration('3 months')).toEqual(d(3, 'month'));
    expect(parseDuration('9 Months')).toEqual(d(9, 'month'));
    expect(parseDuration('1 year')).toEqual(d(12, 'month'));
    expect(parseDuration('2 years')).toEqual(d(24, 'month'));
    expect(parseDuration('1 year 6 months')).toEqual(d(18, 'month'));
  });
  it('rejects negatives, fractions that are not whole, wrong order and garbage', () => {
    for (const s of ['', ' ', '-2h', '+2h', '2', 'h', '2x', '2 hrs', '1.5d', '0.5w', '1.5 months', '30m1h', '1h1h', '1h2d', '2h..3h', 'two hours', '1,5h', '3 monthss', 'NaNh']) {
      expect(parseDuration(s), JSON.stringify(s)).toBeUndefined();
    }
  });
});

describe('parseDurationRange', () => {
  it('reads ranges and single durations', () => {
    expect(parseDurationRange('2h..3h')).toEqual({ min: d(2, 'hour'), max: d(3, 'hour') });
    expect(parseDurationRange('3w..6w')).toEqual({ min: d(3, 'week'), max: d(6, 'week') });
    expect(parseDurationRange('3 months..4 months')).toEqual({ min: d(3, 'month'), max: d(4, 'month') });
    expect(parseDurationRange('6 months .. 12 months')).toEqual({ min: d(6, 'month'), max: d(12, 'month') });
    expect(parseDurationRange('9 months')).toEqual({ min: d(9, 'month'), max: d(9, 'month') });
    expect(parseDurationRange('90m..2h')).toEqual({ min: d(90, 'minute'), max: d(2, 'hour') });
  });
  it('refuses reversed ranges when the order is certain, and bad syntax', () => {
    expect(parseDurationRange('3h..2h')).toBeUndefined();
    expect(durationRangeProblem('3h..2h')).toBe('reversed');
    expect(durationRangeProblem('2w..10d')).toBe('reversed');
    expect(durationRangeProblem('2 months..4w')).toBe('reversed');
    expect(durationRangeProblem('2h..')).toBe('syntax');
    expect(durationRangeProblem('2h..3h..4h')).toBe('syntax');
    expect(durationRangeProblem('1 month..30d')).toBeUndefined(); // cannot tell: accepted
    expect(durationRangeProblem('3w..6w')).toBeUndefined();
  });
});

describe('conversions', () => {
  it('gives minutes and days only where they are exact', () => {
    expect(durationMinutes(d(2, 'hour'))).toBe(120);
    expect(durationMinutes(d(90, 'minute'))).toBe(90);
    expect(durationMinutes(d(1, 'day'))).toBeUndefined();
    expect(durationDays(d(6, 'week'))).toBe(42);
    expect(durationDays(d(3, 'day'))).toBe(3);
    expect(durationDays(d(1, 'month'))).toBeUndefined();
    expect(durationDays(d(2, 'hour'))).toBeUndefined();
    expect(approxDays(d(9, 'month'))).toBeCloseTo(273.96, 6);
    expect(approxDays(d(2, 'week'))).toBe(14);
  });
  it('adds to dates by calendar', () => {
    expect(addDuration('2027-05-13', d(4, 'week'))).toBe('2027-06-10');
    expect(addDuration('2027-01-31', d(1, 'month'))).toBe('2027-02-28');
    expect(addDuration('2027-05-13', d(9, 'month'))).toBe('2028-02-13');
    expect(addDuration('2027-05-13', d(0, 'day'))).toBe('2027-05-13');
    expect(addDuration('2027-05-13', d(2, 'hour'))).toBe('2027-05-14');
    expect(addDuration('2027-05-13', d(25, 'hour'))).toBe('2027-05-15');
  });
});

describe('compareDurations', () => {
  it('compares within and across exact units', () => {
    expect(compareDurations(d(90, 'minute'), d(2, 'hour'))).toBe(-1);
    expect(compareDurations(d(120, 'minute'), d(2, 'hour'))).toBe(0);
    expect(compareDurations(d(2, 'week'), d(14, 'day'))).toBe(0);
    expect(compareDurations(d(1, 'day'), d(23, 'hour'))).toBe(1);
    expect(compareDurations(d(4, 'month'), d(3, 'month'))).toBe(1);
  });
  it('compares months with days only when every month length agrees', () => {
    expect(monthsInDays(1)).toEqual({ min: 28, max: 31 });
    expect(monthsInDays(12)).toEqual({ min: 365, max: 366 });
    expect(compareDurations(d(1, 'month'), d(27, 'day'))).toBe(1);
    expect(compareDurations(d(1, 'month'), d(4, 'week'))).toBeUndefined(); // February
    expect(compareDurations(d(1, 'month'), d(30, 'day'))).toBeUndefined();
    expect(compareDurations(d(1, 'month'), d(32, 'day'))).toBe(-1);
    expect(compareDurations(d(5, 'week'), d(1, 'month'))).toBe(1);
    expect(compareDurations(d(12, 'month'), d(52, 'week'))).toBe(1);
    expect(compareDurations(d(1, 'month'), d(2, 'hour'))).toBe(1);
    expect(compareDurations(d(0, 'month'), d(0, 'day'))).toBe(0);
    expect(monthsInDays(4800 + 1)).toEqual({ min: 146097 + 28, max: 146097 + 31 });
  });
  it('monthsInDays agrees with addMonths from the first and the last day of every month of a 400-year cycle', () => {
    for (const n of [0, 2, 3, 4, 6, 9, 13, 25, 47, 48, 49, 100, 1152, 1153, 1154, 1201, 2400, 4799]) {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < 4800; i++) {
        const [y, m] = [2000 + Math.floor(i / 12), (i % 12) + 1];
        const first = `${y}-${String(m).padStart(2, '0')}-01`;
        const last = `${y}-${String(m).padStart(2, '0')}-${daysInMonth(y, m)}`;
        for (const start of [first, last]) {
          const days = diffDays(start, addMonths(start, n));
          min = Math.min(min, days);
          max = Math.max(max, days);
        }
      }
      expect(monthsInDays(n), `${n} months`).toEqual({ min, max });
    }
  });
});

describe('formatDuration', () => {
  it('writes the canonical form', () => {
    expect(formatDuration(d(2, 'hour'))).toBe('2h');
    expect(formatDuration(d(90, 'minute'))).toBe('90m');
    expect(formatDuration(d(3, 'week'))).toBe('3w');
    expect(formatDuration(d(9, 'month'))).toBe('9 months');
    expect(formatDuration(d(1, 'month'))).toBe('1 month');
    expect(formatDurationRange({ min: d(2, 'hour'), max: d(3, 'hour') })).toBe('2h..3h');
    expect(formatDurationRange({ min: d(2, 'hour'), max: d(2, 'hour') })).toBe('2h');
  });
  it('round-trips through parseDuration', () => {
    const unit = fc.constantFrom<DurationUnit>('minute', 'hour', 'day', 'week', 'month');
    fc.assert(fc.property(fc.nat(10000), unit, (amount, u) => {
      const parsed = parseDuration(formatDuration(d(amount, u)));
      return parsed !== undefined && parsed.amount === amount && parsed.unit === u;
    }));
  });
});
