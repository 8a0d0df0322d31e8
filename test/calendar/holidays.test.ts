import { describe, it, expect } from 'vitest';
import type { AvoidKind } from '../../src/model/types.js';
import { dutchHolidays, holidayOn } from '../../src/calendar/holidays.js';

const PUBLIC: AvoidKind[] = ['public-holidays'];

describe('dutchHolidays', () => {
  it('lists the NL public holidays of 2027', () => {
    const m = dutchHolidays(2027, 2027, PUBLIC);
    expect([...m.keys()]).toEqual([
      '2027-01-01', '2027-03-28', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26',
    ]);
    expect(m.get('2027-05-06')).toEqual({ kind: 'public-holidays', nl: 'Hemelvaartsdag', en: 'Ascension Day' });
  });
  it('has Ascension Day on the Thursdays a Thursday programme must step over', () => {
    const m = dutchHolidays(2027, 2028, PUBLIC);
    expect(m.get('2027-05-06')?.en).toBe('Ascension Day');
    expect(m.get('2028-05-25')?.en).toBe('Ascension Day');
  });
  it('keeps Good Friday out of public holidays', () => {
    expect(dutchHolidays(2027, 2027, PUBLIC).has('2027-03-26')).toBe(false);
    expect(dutchHolidays(2027, 2027, ['good-friday']).get('2027-03-26')).toMatchObject({ kind: 'good-friday', nl: 'Goede Vrijdag', en: 'Good Friday' });
  });
  it("moves King's Day to Saturday when 27 April is a Sunday", () => {
    const m = dutchHolidays(2025, 2025, PUBLIC);
    expect(m.get('2025-04-26')?.nl).toBe('Koningsdag');
    expect(m.has('2025-04-27')).toBe(false);
  });
  it('has 5 May only with liberation-day', () => {
    expect(holidayOn('2027-05-05', PUBLIC)).toBeUndefined();
    expect(holidayOn('2027-05-05', ['liberation-day'])).toMatchObject({ kind: 'liberation-day', nl: 'Bevrijdingsdag' });
  });
  it('marks the evening of 4 May', () => {
    expect(holidayOn('2027-05-04', ['public-holidays', 'liberation-day'])).toBeUndefined();
    expect(holidayOn('2027-05-04', ['remembrance-evening'])).toMatchObject({ kind: 'remembrance-evening', eveningOnly: true, from: '18:00' });
  });
  it('ignores other library days and unrequested kinds', () => {
    const all = dutchHolidays(2027, 2027, ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening', 'school-holidays']);
    expect(all.size).toBe(12);
    expect(all.has('2027-12-05')).toBe(false); // Sinterklaasavond is an observance
    expect(all.has('2027-12-31')).toBe(false);
    expect(dutchHolidays(2027, 2027, []).size).toBe(0);
  });
  it('keeps a wanted kind when a date carries two (5 May 2016 was Ascension Day)', () => {
    expect(dutchHolidays(2016, 2016, ['liberation-day']).get('2016-05-05')?.kind).toBe('liberation-day');
    expect(dutchHolidays(2016, 2016, ['liberation-day', 'public-holidays']).get('2016-05-05')?.kind).toBe('public-holidays');
  });
  it('spans years in date order and returns copies', () => {
    const m = dutchHolidays(2026, 2028, PUBLIC);
    const keys = [...m.keys()];
    expect(keys).toEqual([...keys].sort());
    expect(keys.filter((k) => k.startsWith('2026'))).toHaveLength(9);
    m.get('2027-05-06')!.en = 'changed';
    expect(holidayOn('2027-05-06', PUBLIC)?.en).toBe('Ascension Day');
  });
});
