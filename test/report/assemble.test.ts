/** The report use case: what it draws comes from the plan and the capacity report; groups and pairs are drawn as links. */
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/export/html/report.js';
import { assembleReport } from '../../src/report/assemble.js';
import { aCohort, aPerson, aProgramme, loaded } from '../plan/builders.js';

const OPTIONS = { lang: 'en' as const, today: '2026-11-23', version: '0.0.0-test', redact: false };
const day = aProgramme('dag').seats(3).withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 2, every: '2w' });

describe('assembleReport', () => {
  it('counts the seated and the reserve list per province and membership, as the capacity report does', () => {
    const c = aCohort('c')
      .of(day)
      .starting('2027-09-01')
      .facilitatedBy('f1')
      .register('r01', { municipality: 'GM0344' })
      .register('r02', { municipality: 'GM0014' })
      .register('r03', { municipality: 'GM0344' })
      .register('r04', { municipality: 'GM0363', registered: '2026-10-02T09:00:00+02:00' });
    const r = assembleReport(loaded([c], [aPerson('f1', { municipality: 'GM0307' })]), OPTIONS);
    const cohort = r.cohorts[0]!;
    expect(cohort.capacity).toMatchObject({ seats: 3, used: 3, free: 0 });
    expect(cohort.capacity.reserve.map((w) => [w.who.id, w.position])).toEqual([['r04', 1]]);
    expect(cohort.distribution).toEqual({
      total: 4,
      members: 4,
      nonMembers: 0,
      provinces: [
        { key: 'Utrecht', count: 2 },
        { key: 'Groningen', count: 1 },
        { key: 'Noord-Holland', count: 1 },
      ],
      parties: [{ key: '', count: 4 }],
    });
    // one place per municipality of everyone in the running, the reserve list included
    expect(r.places.map((p) => [p.code, p.participants.map((w) => w.id)])).toEqual([
      ['GM0014', ['r02']],
      ['GM0344', ['r01', 'r03']],
      ['GM0363', ['r04']],
    ]);
    expect(cohort.phases).toEqual([{ id: 'dag', name: 'Dag', from: '2027-09-01', to: '2027-09-15' }]);
    expect(r.axis).toEqual({ from: '2027-09-01', to: '2027-09-30' });
  });

  it("counts a programme's cohorts together as well as each on its own", () => {
    const a = aCohort('a').of(day).starting('2027-09-01').facilitatedBy('f1').register('r01', { municipality: 'GM0344' }).register('r02', { municipality: 'GM0014' });
    const b = aCohort('b').of(day).starting('2027-10-06').facilitatedBy('f1').register('r01', { municipality: 'GM0344' });
    const r = assembleReport(loaded([a, b], [aPerson('f1', { municipality: 'GM0307' })]), OPTIONS);
    expect(r.programmes.map((p) => [p.id, p.cohorts, p.distribution.total, p.distribution.provinces])).toEqual([
      ['dag', ['a', 'b'], 3, [{ key: 'Utrecht', count: 2 }, { key: 'Groningen', count: 1 }]],
    ]);
    expect(r.cohorts.map((c) => c.distribution.total)).toEqual([2, 1]);
    const html = renderReportHtml(r);
    expect(html).toContain('<h3>Programme dag: all 2 cohorts</h3>');
    expect(html).toContain('id="ch--programme--dag--provinces"');
    // Utrecht has a participant of each cohort: one dot, two names
    expect(r.places.find((p) => p.code === 'GM0344')!.participants.map((w) => `${w.cohort}/${w.id}`)).toEqual(['a/r01', 'b/r01']);
  });

  it("gives each facilitator's driving per day from the plan's legs", () => {
    const c = aCohort('c').of(day).starting('2027-09-01').facilitatedBy('f1').at('Zaal', 'Dorpsstraat 1', 'GM0344').registerMany(2);
    const r = assembleReport(loaded([c], [aPerson('f1', { municipality: 'GM0307', name: 'Fenna de Vries' })]), OPTIONS);
    expect(r.travellers).toHaveLength(1);
    expect(r.travellers[0]).toMatchObject({ id: 'f1', label: 'Fenna de Vries', municipality: 'Amersfoort' });
    expect(r.travellers[0]!.days.map((d) => d.date)).toEqual(['2027-09-01', '2027-09-15']);
    for (const d of r.travellers[0]!.days) expect(d.km).toBeGreaterThan(10);
  });

  it('draws an intervisie group as a ring through its members and a coach pair as one line', () => {
    const c = aCohort('c')
      .of(day)
      .starting('2027-09-01')
      .facilitatedBy('f1')
      .register('r01', { municipality: 'GM0344' })
      .register('r02', { municipality: 'GM0014' })
      .register('r03', { municipality: 'GM0363' });
    const r = assembleReport(loaded([c], [aPerson('f1', { municipality: 'GM0307' })]), OPTIONS, {
      groups: [{ cohort: 'c', id: 'groep-1', members: ['r01', 'r02', 'r03'] }],
      pairs: [{ cohort: 'c', coachee: 'r02', coach: 'f1' }],
    });
    expect(r.links.map((l) => [l.kind, l.label])).toEqual([
      ['group', 'groep-1'],
      ['group', 'groep-1'],
      ['group', 'groep-1'],
      ['pair', 'r02 → f1'],
    ]);
    const groningen = r.places.find((p) => p.code === 'GM0014')!;
    expect(r.links[3]!.from).toEqual({ lat: groningen.lat, lon: groningen.lon });
  });

  it('--redact: ids stand in for the names of participants and facilitators', () => {
    const c = aCohort('c').of(day).starting('2027-09-01').facilitatedBy('f1').registerMany(2);
    const r = assembleReport(loaded([c], [aPerson('f1', { municipality: 'GM0307', name: 'Fenna de Vries' })]), { ...OPTIONS, redact: true });
    expect(r.places.flatMap((p) => p.participants.map((w) => w.label))).toEqual(['r01', 'r02']);
    expect(r.travellers.map((p) => p.label)).toEqual(['f1']);
    expect(r.exportContext.people.get('f1')?.name).toBe('f1');
    expect(JSON.stringify([...r.exportContext.registrations.values()])).not.toContain('Participant');
  });
});
