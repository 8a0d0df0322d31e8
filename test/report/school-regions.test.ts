/**
 * The report's timeline shades only the school holidays a programme avoids (issue 19): its one
 * region, or with `school-region: participants` the regions its seated participants live in, and
 * none when it does not avoid school holidays.
 */
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/export/html/report.js';
import { assembleReport } from '../../src/report/assemble.js';
import { aCohort, aPerson, aProgramme, loaded } from '../plan/builders.js';

const OPTIONS = { lang: 'en' as const, today: '2026-11-23', version: '0.0.0-test', redact: false };
const day = () => aProgramme('dag').seats(3).withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 2, every: '2w' });
const F1 = aPerson('f1', { municipality: 'GM0307' });

/** The school-holiday rows the timeline draws, by their labels. */
function rows(html: string): string[] {
  return [...html.matchAll(/>school holidays (north|middle|south)</g)].map((m) => m[1]!);
}

describe('report timeline: school holidays', () => {
  it('with school-region: participants, the regions of the seated participants only (the reserve list does not count)', () => {
    const c = aCohort('c')
      .of(day().schoolRegion('participants'))
      .starting('2027-09-01')
      .facilitatedBy('f1')
      .register('r01', { municipality: 'GM0014' }) // Groningen: noord
      .register('r02', { municipality: 'GM0363' }) // Amsterdam: noord
      .register('r03', { municipality: 'GM0014' })
      .register('r04', { municipality: 'GM0935', registered: '2026-10-02T09:00:00+02:00' }); // Maastricht, on the reserve list
    const r = assembleReport(loaded([c], [F1]), OPTIONS);
    expect(r.cohorts[0]!.schoolRegions).toEqual(['noord']);
    expect(rows(renderReportHtml(r))).toEqual(['north']);
  });

  it('one region when the programme names one, none when it avoids no school holidays', () => {
    const one = aCohort('a').of(day().schoolRegion('zuid')).starting('2027-09-01').facilitatedBy('f1').register('r01', { municipality: 'GM0014' });
    const none = aCohort('b').of(aProgramme('vrij').seats(3).withGroupPhase('dag', { name: 'Dag', slot: 'thu 10:00-16:00' })).starting('2027-09-01').facilitatedBy('f2').register('r01', { municipality: 'GM0014' });
    const r = assembleReport(loaded([one, none], [F1, aPerson('f2', { municipality: 'GM0307' })]), OPTIONS);
    expect(r.cohorts.map((c) => [c.id, c.schoolRegions])).toEqual([
      ['a', ['zuid']],
      ['b', []],
    ]);
    const html = renderReportHtml(r);
    expect(rows(html)).toEqual(['south']);
  });

  it('participants from all over the country: all three regions, in the order north, middle, south', () => {
    const c = aCohort('c')
      .of(day().seats(6).schoolRegion('participants'))
      .starting('2027-09-01')
      .facilitatedBy('f1')
      .register('r01', { municipality: 'GM0935' })
      .register('r02', { municipality: 'GM0344' })
      .register('r03', { municipality: 'GM0014' });
    const r = assembleReport(loaded([c], [F1]), OPTIONS);
    expect(rows(renderReportHtml(r))).toEqual(['north', 'middle', 'south']);
  });
});
