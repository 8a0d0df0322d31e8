/** Rules of src/validate/rules/calendar.ts: gaps, span, weekdays, hours, time zones, dates and the DST change. */
import { describe, expect, it } from 'vitest';
import { COHORT, PEOPLE, PROGRAMME, REGISTRATIONS, found, project, run } from './helpers.js';

/** PROGRAMME with a `calendar:` line before `span:` (line 5; span moves to line 6). */
const withCalendar = (calendar: string) => PROGRAMME.replace('span: 3 months', `calendar: ${calendar}\nspan: 3 months`);
const programme = (text: string) => found(project({ 'programmes/p.yaml': text }));

describe('calendar: the programme', () => {
  it('a gap whose minimum is longer than its maximum', () => {
    const text = `${PROGRAMME}  - id: terugkom
    name: Terugkomdag
    mode: group
    sessions: 1
    after: { phase: blok, min: 3w, max: 2w }
    slot: { weekday: thu, start: "13:00", end: "17:00" }
`;
    expect(programme(text)).toEqual(['programmes/p.yaml:18:12 phase/gap-reversed']);
  });

  it('a one-day slot that ends before it starts, and a slot on a weekday the calendar does not allow', () => {
    expect(programme(PROGRAMME.replace('end: "17:00"', 'end: "12:00"'))).toEqual(['programmes/p.yaml:13:48 slot/end-before-start']);
    expect(programme(PROGRAMME.replace('weekday: thu', 'weekday: sat'))).toEqual(['programmes/p.yaml:13:22 slot/weekday-not-allowed']);
    // A two-day slot from Friday needs Saturday as well.
    expect(programme(PROGRAMME.replace('weekday: thu', 'weekday: fri, days: 2'))).toEqual(['programmes/p.yaml:13:22 slot/weekday-not-allowed']);
  });

  it('an unknown time zone, working hours that end before they start', () => {
    expect(programme(withCalendar('{ timezone: Europe/Amsterdm }'))).toEqual(['programmes/p.yaml:5:23 calendar/unknown-timezone']);
    expect(programme(withCalendar('{ avoid: [school-holidays], school-region: midden }'))).toEqual([]);
    expect(programme(withCalendar('{ hours: { start: "17:00", end: "09:00" } }'))).toEqual(['programmes/p.yaml:5:43 calendar/hours-reversed']);
  });

  it("a phase's weekdays and hours narrow the programme's, and may not widen them", () => {
    const narrowed = (extra: string) => PROGRAMME.replace('    slot: { weekday: thu', `    ${extra}\n    slot: { weekday: thu`);
    expect(programme(narrowed('weekdays: [wed, thu]'))).toEqual([]);
    expect(programme(narrowed('weekdays: [thu, sat]'))).toEqual(['programmes/p.yaml:13:21 phase/weekday-not-allowed']);
    // the slot's own weekday must be one of the phase's
    expect(programme(narrowed('weekdays: [mon, tue]'))).toEqual(['programmes/p.yaml:14:22 slot/weekday-not-allowed']);
    expect(programme(narrowed('hours: { start: "10:00", end: "12:00" }'))).toEqual([]);
    expect(programme(narrowed('hours: { start: "08:00", end: "12:00" }'))).toEqual(['programmes/p.yaml:13:12 phase/hours-outside']);
    expect(programme(narrowed('hours: { start: "12:00", end: "10:00" }'))).toEqual(['programmes/p.yaml:13:35 calendar/hours-reversed']);
  });

  it('travel settings: a step must be a positive duration', () => {
    expect(programme(PROGRAMME.replace('phases:', 'travel: { road-factor: 1.4, speed: 70, step: 5m, home-base: false }\nphases:'))).toEqual([]);
    expect(programme(PROGRAMME.replace('phases:', 'travel: { step: 0m }\nphases:'))).toEqual(['programmes/p.yaml:7:17 travel/step']);
  });

  it('travel settings: a ferry allowance per Wadden island, as a duration', () => {
    const withFerry = (ferry: string) => PROGRAMME.replace('phases:', `travel: { ferry: ${ferry} }\nphases:`);
    expect(programme(withFerry('{ ameland: 2h, texel: 45m }'))).toEqual([]);
    expect(run(project({ 'programmes/p.yaml': withFerry('{ ameland: 2h, texel: 45m }') })).project.programmes.get('p')?.programme.travel?.ferryMinutes).toEqual({ texel: 45, ameland: 120 });
    expect(programme(withFerry('{ urk: 1h }')).map((d) => d.split(' ')[1])).toEqual(['schema/unknown-key']);
  });

  it('phases that cannot fit in the span name the chain that needs the days', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': PROGRAMME.replace('span: 3 months', 'span: 4w') }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:7 span/too-short']);
    expect(diagnostics[0]?.message).toBe('the phases need at least 43 days (blok) but the span allows at most 4w (28 days)');
  });
});

describe('calendar: people', () => {
  it("a facilitator's working hours that end before they start", () => {
    const hours = (start: string, end: string) => PEOPLE.replace('roles: [facilitator]', `roles: [facilitator], hours: { start: "${start}", end: "${end}" }`);
    const { diagnostics } = run(project({ 'cohorts/team.people.yaml': hours('09:00', '08:30') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['cohorts/team.people.yaml:2:88 calendar/hours-reversed error']);
    expect(diagnostics[0]?.message).toBe('working hours end (08:30) before they start (09:00)');
    expect(found(project({ 'cohorts/team.people.yaml': hours('09:00', '09:00') }))).toEqual(['cohorts/team.people.yaml:2:88 calendar/hours-reversed']);
    expect(found(project({ 'cohorts/team.people.yaml': hours('08:30', '12:00') }))).toEqual([]);
  });
});

describe('calendar: the cohort', () => {
  const fixed = (date: string, extra = '') => `${COHORT}fixed:\n  - { session: "blok#1", date: "${date}"${extra} }\n`;

  it('a cohort that ends before it starts', () => {
    expect(found(project({ 'cohorts/c.yaml': COHORT.replace('start: "2027-03-01"', 'start: "2027-03-01"\nend: "2027-02-01"') }))).toEqual(['cohorts/c.yaml:5:6 cohort/end-before-start']);
  });

  it('a fixed date outside the cohort (an error) or off the slot weekday (a warning)', () => {
    expect(found(project({ 'cohorts/c.yaml': fixed('2027-02-25') }))).toEqual(['cohorts/c.yaml:9:32 fixed/outside-cohort']);
    const { diagnostics } = run(project({ 'cohorts/c.yaml': fixed('2027-03-05') }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['9:32 fixed/not-slot-weekday warning']);
  });

  it('a fixed session at a time the DST change skips', () => {
    const sunday = PROGRAMME.replace('audience: [wethouder]', 'audience: [wethouder]\ncalendar: { weekdays: [sun] }').replace('weekday: thu, start: "13:00"', 'weekday: sun, start: "10:00"');
    const files = (cohort: string) => found(project({ 'programmes/p.yaml': sunday, 'cohorts/c.yaml': cohort }));
    expect(files(fixed('2027-03-28'))).toEqual([]);
    expect(files(fixed('2027-03-28', ', start: "02:15"'))).toEqual(['cohorts/c.yaml:9:53 time/nonexistent']);
  });

  it('a registration that came in after the cohort started (a warning)', () => {
    const late = REGISTRATIONS.replace('2027-01-05T10:00:00+01:00', '2027-03-05T10:00:00+01:00');
    expect(found(project({ 'cohorts/c.registrations.csv': late }))).toEqual(['cohorts/c.registrations.csv:2:47 registration/late']);
  });

  it('late is an instant after the start day in the programme time zone, whatever offset the timestamp was written with', () => {
    // The cohort starts 1 March 2027 in Europe/Amsterdam (UTC+1 that day).
    const registered = (when: string, files: Record<string, string> = {}) =>
      run(project({ 'cohorts/c.registrations.csv': REGISTRATIONS.replace('2027-01-05T10:00:00+01:00', when), ...files }))
        .diagnostics.filter((d) => d.rule === 'registration/late')
        .map((d) => d.message);
    // Written in Moscow time on the 2nd, but 22:30 on 1 March in Amsterdam: not late.
    expect(registered('2027-03-02T00:30:00+03:00')).toEqual([]);
    // Written in New York on the 1st, but 05:30 on 2 March in Amsterdam: late, and said as the Amsterdam date.
    expect(registered('2027-03-01T23:30:00-05:00')).toEqual(['registered on 2027-03-02, after the cohort started (2027-03-01)']);
    // A date alone is midnight in the programme's zone.
    expect(registered('2027-03-01')).toEqual([]);
    expect(registered('2027-03-02')).toEqual(['registered on 2027-03-02, after the cohort started (2027-03-01)']);
    // The programme's zone decides: 20:00 in Amsterdam on 1 March is 04:00 on 2 March in Tokyo.
    const tokyo = { 'programmes/p.yaml': withCalendar('{ timezone: Asia/Tokyo }') };
    expect(registered('2027-03-01T20:00:00+01:00')).toEqual([]);
    expect(registered('2027-03-01T20:00:00+01:00', tokyo)).toEqual(['registered on 2027-03-02, after the cohort started (2027-03-01)']);
  });
});

describe('calendar: summer time', () => {
  const sunday = (start: string, span = '3 months') =>
    PROGRAMME.replace('span: 3 months', `span: ${span}`).replace('audience: [wethouder]', 'audience: [wethouder]\ncalendar: { weekdays: [sun] }').replace('weekday: thu, start: "13:00"', `weekday: sun, start: "${start}"`);
  const cohort = (start: string, end?: string) => COHORT.replace('start: "2027-03-01"', `start: "${start}"${end ? `\nend: "${end}"` : ''}`);
  const gaps = (start: string, end?: string, slot = '02:30', span?: string) =>
    run(project({ 'programmes/p.yaml': sunday(slot, span), 'cohorts/c.yaml': cohort(start, end) }))
      .diagnostics.filter((d) => d.rule === 'time/dst-gap')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}: ${d.message}`);

  it('a Sunday slot at a time the change skips, named for the years the cohorts run', () => {
    expect(gaps('2028-01-10')).toEqual([
      'programmes/p.yaml:14:34 time/dst-gap warning: 02:30 does not exist on the last Sunday of March (2028-03-26), when clocks go forward; sessions on that day cannot start or end then',
    ]);
  });

  it('a cohort across two springs names both dates, within its end and its span', () => {
    expect(gaps('2027-11-01', '2029-04-30', '02:30', '3 months')).toEqual([]);
    expect(gaps('2027-11-01', '2029-04-30', '02:30', '18 months').map((d) => d.replace(/^.*\((.*)\).*$/, '$1'))).toEqual(['2028-03-26, 2029-03-25']);
  });

  it('a cohort that is over before the last Sunday of March, or starts after it, is not warned', () => {
    expect(gaps('2027-01-04', '2027-03-27')).toEqual([]);
    expect(gaps('2027-03-29')).toEqual([]);
  });

  it('a time outside the skipped hour is fine', () => {
    expect(gaps('2028-01-10', undefined, '03:00')).toEqual([]);
  });

  it('speaks Dutch', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': sunday('02:30'), 'cohorts/c.yaml': cohort('2028-01-10') }), 'nl');
    expect(diagnostics[0]?.message).toBe('02:30 bestaat niet op de laatste zondag van maart (2028-03-26), als de klok vooruitgaat; sessies kunnen dan niet beginnen of eindigen');
  });
});
