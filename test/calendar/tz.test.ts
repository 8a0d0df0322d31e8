import { describe, it, expect } from 'vitest';
import { canonicalTimeZone, euSummerTime, isKnownTimeZone, localTimeStatus, localToUtc, utcOffsetMinutes } from '../../src/calendar/tz.js';

const AMS = 'Europe/Amsterdam';

describe('localTimeStatus', () => {
  it('finds the spring gap and the repeated autumn hour (last Sundays of March and October)', () => {
    expect(localTimeStatus('2027-03-28', '02:30', AMS)).toBe('nonexistent');
    expect(localTimeStatus('2027-03-28', '02:00', AMS)).toBe('nonexistent');
    expect(localTimeStatus('2027-03-28', '01:59', AMS)).toBe('ok');
    expect(localTimeStatus('2027-03-28', '03:00', AMS)).toBe('ok');
    expect(localTimeStatus('2027-10-31', '02:30', AMS)).toBe('ambiguous');
    expect(localTimeStatus('2027-10-31', '02:00', AMS)).toBe('ambiguous');
    expect(localTimeStatus('2027-10-31', '03:00', AMS)).toBe('ok');
    expect(localTimeStatus('2027-10-30', '02:30', AMS)).toBe('ok');
    expect(localTimeStatus('2027-03-28', '02:30', 'UTC')).toBe('ok');
  });
});

describe('localToUtc', () => {
  it('converts summer and winter times', () => {
    expect(localToUtc('2027-05-13', '18:30', AMS)).toBe('20270513T163000Z');
    expect(localToUtc('2027-12-09', '18:30', AMS)).toBe('20271209T173000Z');
    expect(localToUtc('2027-01-01', '00:30', AMS)).toBe('20261231T233000Z');
    expect(localToUtc('2027-05-13', '18:30', 'America/New_York')).toBe('20270513T223000Z');
    expect(utcOffsetMinutes('2027-05-13', '18:30', AMS)).toBe(120);
    expect(utcOffsetMinutes('2027-12-09', '18:30', AMS)).toBe(60);
  });
  it('follows RFC 5545 §3.3.5 at DST changes', () => {
    // Ambiguous: the first occurrence, still in summer time (02:30 CEST = 00:30 UTC).
    expect(localToUtc('2027-10-31', '02:30', AMS)).toBe('20271031T003000Z');
    expect(utcOffsetMinutes('2027-10-31', '02:30', AMS)).toBe(120);
    // Nonexistent: the offset before the gap (CET), i.e. 03:30 CEST.
    expect(localToUtc('2027-03-28', '02:30', AMS)).toBe('20270328T013000Z');
    expect(utcOffsetMinutes('2027-03-28', '02:30', AMS)).toBe(60);
  });
  it('does not depend on the machine zone', () => {
    // process.env.TZ is read by the runtime on each Date call in Node; the result must not move.
    const saved = process.env.TZ;
    try {
      const results = ['UTC', 'America/New_York', 'Asia/Kolkata'].map((tz) => {
        process.env.TZ = tz;
        return [localToUtc('2027-05-13', '18:30', AMS), localTimeStatus('2027-10-31', '02:30', AMS)].join(' ');
      });
      expect(new Set(results)).toEqual(new Set(['20270513T163000Z ambiguous']));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA names and refuses the rest', () => {
    expect(isKnownTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Europe/Amsterdamm')).toBe(false);
    expect(isKnownTimeZone('CEST+1')).toBe(false);
    expect(isKnownTimeZone('+02:00')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
  });
  it('throws on an unknown zone rather than guessing', () => {
    expect(() => localToUtc('2027-05-13', '18:30', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('the computed Europe/Amsterdam rule agrees with the runtime zone data', () => {
  // The fast path takes only the exact name; the lower-case spelling goes through Intl.
  it('for the DST months of 1996-2060 at 01:30, 02:30 and 18:30', () => {
    for (let year = 1996; year <= 2060; year++) {
      for (const month of [1, 3, 4, 10, 11]) {
        for (let day = 1; day <= 31; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (Number.isNaN(Date.parse(date)) || new Date(date).getUTCDate() !== day) continue;
          for (const time of ['01:30', '02:30', '18:30']) {
            expect(localTimeStatus(date, time, AMS), `${date} ${time}`).toBe(localTimeStatus(date, time, 'europe/amsterdam'));
            expect(localToUtc(date, time, AMS), `${date} ${time}`).toBe(localToUtc(date, time, 'europe/amsterdam'));
          }
        }
      }
    }
  });
});

describe('euSummerTime', () => {
  it('gives the last Sundays of March and October, also for a year written with leading zeros', () => {
    expect(euSummerTime(2027)).toEqual({ start: '2027-03-28', end: '2027-10-31' });
    expect(euSummerTime(1969)).toEqual({ start: '1969-03-30', end: '1969-10-26' });
    // Year 50 once became "50-03-31" and an internal error in validate.
    expect(euSummerTime(50)).toEqual({ start: '0050-03-27', end: '0050-10-30' });
  });
});
