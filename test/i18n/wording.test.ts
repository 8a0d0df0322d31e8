/** How numbers and durations read in messages: a Dutch reader sees "2,76" and "3 weken", never "3w". */
import { describe, expect, it } from 'vitest';
import { formatNumber, listSeparator, monthShort, sayAmount, sayFewIds, sayDuration, sayDurationRange, weekdayShort } from '../../src/i18n/index.js';
import type { Duration, DurationUnit } from '../../src/model/types.js';

const d = (amount: number, unit: DurationUnit): Duration => ({ amount, unit });

describe('formatNumber', () => {
  it('writes a decimal comma in Dutch and a decimal point in English', () => {
    expect(formatNumber('en', 2.76)).toBe('2.76');
    expect(formatNumber('nl', 2.76)).toBe('2,76');
  });

  it('rounds to two decimals and drops trailing zeros unless a minimum is asked for', () => {
    expect(formatNumber('nl', 12.049)).toBe('12,05');
    expect(formatNumber('nl', 3.5)).toBe('3,5');
    expect(formatNumber('nl', 10)).toBe('10');
    expect(formatNumber('en', 3, { min: 1, max: 1 })).toBe('3.0');
    expect(formatNumber('nl', 6.66, { max: 1 })).toBe('6,7');
  });

  it('never groups thousands, so 1234,5 cannot be misread as 1,2345', () => {
    expect(formatNumber('nl', 1234.5)).toBe('1234,5');
    expect(formatNumber('en', 1234.5)).toBe('1234.5');
  });

  it('shows a tiny negative as 0, not -0', () => {
    expect(formatNumber('nl', -0.001)).toBe('0');
    expect(formatNumber('en', -0.001, { min: 1, max: 1 })).toBe('0.0');
    expect(formatNumber('nl', -1.5)).toBe('-1,5');
  });
});

describe('durations in words', () => {
  it('names the unit in the language, singular only for exactly one', () => {
    expect(sayDuration('nl', d(2, 'month'))).toBe('2 maanden');
    expect(sayDuration('nl', d(1, 'month'))).toBe('1 maand');
    expect(sayDuration('nl', d(3, 'week'))).toBe('3 weken');
    expect(sayDuration('nl', d(1, 'week'))).toBe('1 week');
    expect(sayDuration('nl', d(0, 'day'))).toBe('0 dagen');
    expect(sayDuration('nl', d(90, 'minute'))).toBe('90 minuten');
    expect(sayDuration('nl', d(2, 'hour'))).toBe('2 uur');
    expect(sayDuration('en', d(2, 'month'))).toBe('2 months');
    expect(sayDuration('en', d(3, 'week'))).toBe('3 weeks');
    expect(sayDuration('en', d(1, 'hour'))).toBe('1 hour');
  });

  it('says fractional amounts with the language decimal separator', () => {
    expect(sayAmount('nl', 6.66, 'week', { max: 1 })).toBe('6,7 weken');
    expect(sayAmount('en', 24.25, 'day', { max: 1 })).toBe('24.3 days');
    expect(sayAmount('nl', 1.04, 'week', { max: 1 })).toBe('1 week');
  });

  it('says a range once in its unit, or both ends when the units differ', () => {
    expect(sayDurationRange('nl', { min: d(2, 'week'), max: d(4, 'week') })).toBe('2 tot 4 weken');
    expect(sayDurationRange('en', { min: d(2, 'week'), max: d(4, 'week') })).toBe('2 to 4 weeks');
    expect(sayDurationRange('nl', { min: d(6, 'week'), max: d(14, 'month') })).toBe('6 weken tot 14 maanden');
    expect(sayDurationRange('nl', { min: d(0, 'day'), max: d(1, 'week') })).toBe('0 dagen tot 1 week');
    expect(sayDurationRange('en', { min: d(3, 'month'), max: d(3, 'month') })).toBe('3 months');
  });

  it('says an open range as a minimum', () => {
    expect(sayDurationRange('nl', { min: d(1, 'week') })).toBe('minstens 1 week');
    expect(sayDurationRange('en', { min: d(2, 'day') })).toBe('at least 2 days');
  });
});

describe('calendar words', () => {
  it('abbreviates weekdays and months as each language does', () => {
    expect(weekdayShort('nl', 3)).toBe('do');
    expect(weekdayShort('en', 3)).toBe('Thu');
    expect(monthShort('nl', 3)).toBe('mrt');
    expect(monthShort('en', 5)).toBe('May');
  });

  it('separates spreadsheet fields with ";" in Dutch, where "," is the decimal separator', () => {
    expect(listSeparator('nl')).toBe(';');
    expect(listSeparator('en')).toBe(',');
  });
});

describe('ids on one line of a log', () => {
  const ids = Array.from({ length: 233 }, (_, i) => `g${i + 1}`);

  it('names a few and counts the rest, in each language', () => {
    expect(sayFewIds('en', ids)).toBe('g1, g2, g3, g4, g5 … and 228 more');
    expect(sayFewIds('nl', ids)).toBe('g1, g2, g3, g4, g5 … en nog 228');
  });

  it('names them all when they are ten or fewer', () => {
    expect(sayFewIds('en', ids.slice(0, 10))).toBe('g1, g2, g3, g4, g5, g6, g7, g8, g9, g10');
    expect(sayFewIds('en', ids.slice(0, 11))).toBe('g1, g2, g3, g4, g5 … and 6 more');
    expect(sayFewIds('nl', ['g1'])).toBe('g1');
  });
});
