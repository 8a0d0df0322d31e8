import { describe, it, expect } from 'vitest';
import { schoolHolidayCoverage, schoolHolidayOn, schoolHolidays } from '../../src/calendar/school.js';
import { weekdayOf } from '../../src/calendar/date.js';

describe('school holidays', () => {
  it('has the midden May holiday of 2027', () => {
    const mei = schoolHolidays('midden').find((h) => h.name === 'meivakantie' && h.start.startsWith('2027'));
    expect(mei).toMatchObject({ region: 'midden', start: '2027-04-24', end: '2027-05-02' });
    expect(schoolHolidayOn('2027-04-24', 'midden')?.name).toBe('meivakantie');
    expect(schoolHolidayOn('2027-05-02', 'midden')?.name).toBe('meivakantie');
    expect(schoolHolidayOn('2027-05-03', 'midden')).toBeUndefined();
  });
  it('differs by region (zuid spring holiday 2027 is a week earlier)', () => {
    expect(schoolHolidayOn('2027-02-15', 'zuid')?.name).toBe('voorjaarsvakantie');
    expect(schoolHolidayOn('2027-02-15', 'midden')).toBeUndefined();
    expect(schoolHolidayOn('2027-02-22', 'noord')?.name).toBe('voorjaarsvakantie');
  });
  it('runs Saturday to Sunday, in date order, without overlaps', () => {
    for (const region of ['noord', 'midden', 'zuid'] as const) {
      const list = schoolHolidays(region);
      expect(list).toHaveLength(21);
      for (const h of list) {
        expect(weekdayOf(h.start), `${region} ${h.name} ${h.start}`).toBe('sat');
        expect(weekdayOf(h.end), `${region} ${h.name} ${h.end}`).toBe('sun');
      }
      for (let i = 1; i < list.length; i++) expect(list[i]!.start > list[i - 1]!.end).toBe(true);
    }
  });
  it('reports how far the data reaches', () => {
    expect(schoolHolidayCoverage()).toEqual({ start: '2024-12-21', end: '2029-01-07' });
  });
});
