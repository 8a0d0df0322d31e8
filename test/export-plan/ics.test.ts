import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ExportError, renderIcs, renderIcsPerPerson } from '../../src/export/plan/index.js';
import { knownZones } from '../../src/export/plan/vtimezone.js';
import type { PlannedSession } from '../../src/model/plan.js';
import { tzOffset } from '@date-fns/tz';
import { context, NASTY_TITLE, people, registrations, sessions } from './fixtures.js';
import { lintIcs, unfold } from './ics-lint.js';

interface Parsed {
  uid: string;
  start: string;
  end: string;
  startZone: string;
  startUtc: string;
  endUtc: string;
  summary: string;
  status: string;
  sequence: number;
}

/** Parses with ical.js, resolving TZIDs through the VTIMEZONE in the file (nothing is pre-registered). */
function parse(ics: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const utc = (t: ICAL.Time): string => new Date(t.toUnixTime() * 1000).toISOString().slice(0, 16) + 'Z';
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      startZone: e.startDate.isDate ? 'date' : e.startDate.zone.tzid,
      startUtc: e.startDate.isDate ? '' : utc(e.startDate),
      endUtc: e.endDate.isDate ? '' : utc(e.endDate),
      summary: e.summary,
      status: String(v.getFirstPropertyValue('status')),
      sequence: e.sequence,
    };
  });
  return { calendar, events };
}

// Written by hand from the calendar: CET is UTC+1, CEST UTC+2; 2027 DST runs 28 March to 31 October.
const EXPECTED: Omit<Parsed, 'sequence' | 'startZone'>[] = [
  { uid: 'intake@r01.droom-2027@cohort', start: '2027-03-25T10:00:00', end: '2027-03-25T11:00:00', startUtc: '2027-03-25T09:00Z', endUtc: '2027-03-25T10:00Z', summary: 'Intakegesprek', status: 'CONFIRMED' },
  { uid: 'intake@r02.droom-2027@cohort', start: '2027-04-01T10:00:00', end: '2027-04-01T11:00:00', startUtc: '2027-04-01T08:00Z', endUtc: '2027-04-01T09:00Z', summary: 'Intakegesprek', status: 'CONFIRMED' },
  { uid: 'blok#1.droom-2027@cohort', start: '2027-05-13T18:30:00', end: '2027-05-14T17:00:00', startUtc: '2027-05-13T16:30Z', endUtc: '2027-05-14T15:00Z', summary: 'Groepsblok 1 (1/4)', status: 'CONFIRMED' },
  { uid: 'actieplan.droom-2027@cohort', start: '2027-06-10', end: '2027-06-11', startUtc: '', endUtc: '', summary: 'Deadline: Actieplan inleveren', status: 'CONFIRMED' },
  { uid: 'coaching#1@r03.droom-2027@cohort', start: '2027-09-15T14:00:00', end: '2027-09-15T15:00:00', startUtc: '2027-09-15T12:00Z', endUtc: '2027-09-15T13:00Z', summary: 'Coachgesprek 1', status: 'CONFIRMED' },
  { uid: 'blok#2.droom-2027@cohort', start: '2027-10-28T18:30:00', end: '2027-10-29T17:00:00', startUtc: '2027-10-28T16:30Z', endUtc: '2027-10-29T15:00Z', summary: 'Groepsblok 2 (2/4)', status: 'CONFIRMED' },
  { uid: 'blok#3.droom-2027@cohort', start: '2027-11-04T18:30:00', end: '2027-11-05T17:00:00', startUtc: '2027-11-04T17:30Z', endUtc: '2027-11-05T16:00Z', summary: NASTY_TITLE, status: 'CONFIRMED' },
  { uid: 'blok#4.droom-2027@cohort', start: '2027-12-09T18:30:00', end: '2027-12-10T17:00:00', startUtc: '2027-12-09T17:30Z', endUtc: '2027-12-10T16:00Z', summary: 'Cancelled: Groepsblok 4 (4/4)', status: 'CANCELLED' },
];

describe('lintIcs (the raw-text linter itself)', () => {
  const good = renderIcs(sessions, context('en'));
  const cases: [string, string | Buffer, RegExp][] = [
    ['bare LF', good.replace('VERSION:2.0\r\n', 'VERSION:2.0\n'), /bare CR or LF/],
    ['no final CRLF', good.slice(0, -2), /last line/],
    ['long line', good.replace('SUMMARY:Intakegesprek', `SUMMARY:${'x'.repeat(80)}`), /octets/],
    ['DTSTAMP without Z', good.replace('DTSTAMP:20270201T000000Z', 'DTSTAMP:20270201T000000'), /DTSTAMP not in UTC/],
    ['missing VTIMEZONE', good.replace('TZID:Europe/Amsterdam', 'TZID:Europe/Brussels'), /no VTIMEZONE for Europe\/Amsterdam/],
    ['ATTENDEE', good.replace('TRANSP:OPAQUE', 'ATTENDEE:mailto:a@b.c'), /ATTENDEE/],
    ['DURATION', good.replace('TRANSP:OPAQUE', 'DURATION:PT1H'), /DURATION/],
    ['unescaped comma', good.replace('SUMMARY:Intakegesprek', 'SUMMARY:a,b'), /unescaped TEXT/],
    ['a fold before a blank', good.replace('SUMMARY:Intakegesprek', 'SUMMARY:Intake\r\n  gesprek'), /folds next to a space or tab/],
    ['a fold after a blank', good.replace('SUMMARY:Intakegesprek', 'SUMMARY:Intake \r\n gesprek'), /folds next to a space or tab/],
    ['BOM', `\uFEFF${good}`, /BOM/],
    ['METHOD:PUBLISH without an ORGANIZER', good.replace(/ORGANIZER[^\r]*\r\n/g, ''), /METHOD:PUBLISH with an event of 0 ORGANIZER lines/],
    ['another METHOD', good.replace('METHOD:PUBLISH', 'METHOD:REQUEST'), /METHOD is not PUBLISH/],
    [
      'fold inside a UTF-8 character',
      Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\nSUMMARY:\xc3', 'latin1'), Buffer.from('\r\n \xa9\r\nEND:VCALENDAR\r\n', 'latin1')]),
      /not valid UTF-8/,
    ],
  ];
  it.each(cases)('catches %s', (_name, text, problem) => {
    expect(lintIcs(text).join('\n')).toMatch(problem);
  });
});

describe('renderIcs', () => {
  const en = renderIcs(sessions, context('en'));
  const nl = renderIcs(sessions, context('nl'));

  it('matches the golden files', async () => {
    await expect(en).toMatchFileSnapshot('./expected/plan.en.ics');
    await expect(nl).toMatchFileSnapshot('./expected/plan.nl.ics');
  });

  it('passes the raw-text lint', () => {
    expect(lintIcs(en)).toEqual([]);
    expect(lintIcs(nl)).toEqual([]);
  });

  it('parses back with ical.js event by event, times through the file’s own VTIMEZONE', () => {
    expect(ICAL.TimezoneService.has('Europe/Amsterdam')).toBe(false);
    const { events } = parse(en);
    expect(events.map(({ sequence: _s, startZone: _z, ...rest }) => rest)).toEqual(EXPECTED);
    for (const e of events) expect(e.startZone).toBe(e.startUtc === '' ? 'date' : 'Europe/Amsterdam');
    expect(events.find((e) => e.uid.startsWith('blok#4'))!.sequence).toBe(2);
    expect(parse(nl).events.find((e) => e.uid.startsWith('blok#4'))!.summary).toBe('Geannuleerd: Groepsblok 4 (4/4)');
  });

  it('writes the calendar properties and the Amsterdam VTIMEZONE', () => {
    const lines = unfold(en);
    expect(lines.slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cohort//cohort 0.1.0//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      'X-WR-CALNAME:De droom van elke burgemeester\\, voorjaar 2027', 'X-WR-TIMEZONE:Europe/Amsterdam',
    ]);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE', 'TZID:Europe/Amsterdam',
      'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20270513T183000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20270514T170000');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270610');
    expect(lines).toContain('DTEND;VALUE=DATE:20270611');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => l === 'DTSTAMP:20270201T000000Z')).toBe(true);
    expect(lines).toContain('GEO:51.97485;5.341679');
    expect(lines).toContain('LOCATION:Kasteel Duurstede\\, Langs de Wal 6\\, Wijk bij Duurstede');
    expect(lines).toContain('LOCATION:Online');
    expect(lines).toContain('LOCATION:Amsterdam');
    expect(lines).toContain('ORGANIZER;CN="NGB ^\'Programmabureau^\'":mailto:programma@example.nl');
    expect(lines.filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(sessions.length);
  });

  it('writes METHOD:PUBLISH only with an ORGANIZER, which needs the organiser’s address: without one, neither', () => {
    const withoutAddress = renderIcs(sessions, context('en', { organizer: undefined }));
    expect(lintIcs(withoutAddress)).toEqual([]);
    expect(unfold(withoutAddress).filter((l) => /^(METHOD|ORGANIZER)[;:]/.test(l))).toEqual([]);
    const lines = unfold(en);
    expect(lines.filter((l) => l === 'METHOD:PUBLISH')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ORGANIZER;'))).toHaveLength(sessions.length);
  });

  it("takes the ORGANIZER from the programme's organiser-email, and publishes only when every event has one", () => {
    const programmes = (email?: string) => new Map([['droom', { id: 'droom', name: 'De droom van elke burgemeester', organiser: 'NGB', ...(email ? { organiserEmail: email } : {}) }]]);
    const published = renderIcs(sessions, context('en', { organizer: undefined, programmes: programmes('programmabureau@example.nl') }));
    expect(lintIcs(published)).toEqual([]);
    const lines = unfold(published);
    expect(lines.filter((l) => l === 'METHOD:PUBLISH')).toHaveLength(1);
    expect(lines.filter((l) => l === 'ORGANIZER;CN="NGB":mailto:programmabureau@example.nl')).toHaveLength(sessions.length);
    // One event of a programme without an address: a snapshot, no METHOD and no ORGANIZER at all.
    const other = { ...sessions[0]!, programme: 'other', uid: 'x.other@cohort' };
    const mixed = renderIcs([...sessions, other], context('en', { organizer: undefined, programmes: programmes('programmabureau@example.nl') }));
    expect(lintIcs(mixed)).toEqual([]);
    expect(unfold(mixed).filter((l) => /^(METHOD|ORGANIZER)[;:]/.test(l))).toEqual([]);
  });

  it('escapes and folds the nasty title and round-trips it exactly', () => {
    const summary = unfold(en).find((l) => l.startsWith('SUMMARY:Groepsblok 3'))!;
    expect(summary).toBe('SUMMARY:Groepsblok 3\\, deel 2\\; "reflectie" \\\\ evaluatie\\nDroomsessie met Zoë & René — 🌷🚲 en een lange toelichting');
    expect(en).toMatch(/\r\n SUMMARY|SUMMARY:[^\r]*\r\n [^\r]/);
  });

  it('keeps participants out of the plan calendar: no names, e-mail addresses or ATTENDEE', () => {
    for (const r of registrations) {
      expect(en).not.toContain(r.email);
      expect(unfold(en).join('\n')).not.toContain(r.name.replace(/[,;\\]/g, (c) => `\\${c}`));
      expect(en).not.toContain(r.name.slice(0, 8));
    }
    expect(en).not.toMatch(/^ATTENDEE/m);
    for (const p of people) expect(en).not.toContain(p.email);
  });

  it('writes the description with programme, phase, preparation and facilitators', () => {
    const desc = unfold(nl).find((l) => l.startsWith('DESCRIPTION:Programma: De droom') && l.includes('Groepsblokken'))!;
    expect(desc).toBe(
      'DESCRIPTION:Programma: De droom van elke burgemeester\\nFase: Groepsblokken\\nVier 24-uursblokken in Wijk bij Duurstede.\\nVoorbereiding: Neem je droom mee\\; schrijf die op.\\nOmvang: 3 dagdelen\\nBegeleiders: Marieke Jansen\\, Ĳsbrand van der Velde',
    );
  });

  it('names a required guest in the description, never as an ATTENDEE (SPEC §6), and gives the guest a calendar of their own', () => {
    const withGuest = sessions.map((s) => (s.session === 'blok#1' ? { ...s, guests: [{ role: 'directeur', person: 'g01' }] } : s));
    const guest = { id: 'g01', name: 'Ruth Mulder', email: 'r.mulder@example.nl', roles: ['speaker'], unavailable: [], formerRoles: [] };
    const ctx = (lang: 'en' | 'nl') => context(lang, { people: new Map([...people.map((p) => [p.id, p] as const), ['g01', guest] as const]) });
    const en = renderIcs(withGuest, ctx('en'));
    expect(lintIcs(en)).toEqual([]);
    const desc = unfold(en).filter((l) => l.includes('Guests:'));
    expect(desc).toHaveLength(1);
    expect(desc[0]).toMatch(/\\nFacilitators: Marieke Jansen\\, Ĳsbrand van der Velde\\nGuests: Ruth Mulder \(directeur\)$/);
    expect(en).not.toMatch(/^ATTENDEE/m);
    expect(en).not.toContain('r.mulder@example.nl');
    expect(unfold(renderIcs(withGuest, ctx('nl'))).some((l) => l.endsWith('\\nGasten: Ruth Mulder (directeur)'))).toBe(true);
    const own = renderIcsPerPerson(withGuest, ctx('en'), 'facilitator').find((c) => c.personId === 'g01')!;
    expect(own.fileName).toBe('g01-ruth-mulder.ics');
    expect(own.ics.match(/^UID:.*$/gm)).toEqual(['UID:blok#1.droom-2027@cohort']);
  });

  it('says a deadline is one: the summary reads "Deadline:" / "Uiterste datum:", the description first says what to hand in', () => {
    const event = (ics: string) => parse(ics).calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'actieplan.droom-2027@cohort')!;
    expect(event(en).getFirstPropertyValue('summary')).toBe('Deadline: Actieplan inleveren');
    expect(String(event(en).getFirstPropertyValue('description')).split('\n')[0]).toBe('Hand in by the end of this day: Actieplan');
    expect(event(nl).getFirstPropertyValue('summary')).toBe('Uiterste datum: Actieplan inleveren');
    expect(String(event(nl).getFirstPropertyValue('description')).split('\n')[0]).toBe('Uiterlijk deze dag inleveren: Actieplan');
    const cancelled = renderIcs([{ ...sessions[3]!, status: 'cancelled', sequence: 1 }], context('nl'));
    expect(event(cancelled).getFirstPropertyValue('summary')).toBe('Geannuleerd: Uiterste datum: Actieplan inleveren');
    expect(parse(en).events.filter((e) => e.summary.startsWith('Deadline: ')).map((e) => e.uid)).toEqual(['actieplan.droom-2027@cohort']);
  });

  it("a deadline's description says the effort its phase expects; sessions of other phases say none", () => {
    const event = (ics: string) => parse(ics).calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'actieplan.droom-2027@cohort')!;
    expect(String(event(en).getFirstPropertyValue('description')).split('\n')).toContain('Expected effort: 3 to 4 hours');
    expect(String(event(nl).getFirstPropertyValue('description')).split('\n')).toContain('Verwachte tijdsinvestering: 3 tot 4 uur');
    expect(en.match(/Expected effort/g)).toHaveLength(1);
  });

  it('gives the same bytes whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(300);
      const a = renderIcs(sessions, context('en'));
      process.env.TZ = 'UTC';
      expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(0);
      const b = renderIcs(sessions, context('en'));
      process.env.TZ = 'Asia/Kathmandu';
      const c = renderIcs([...sessions].reverse(), context('en'));
      expect(a).toBe(b);
      expect(c).toBe(b);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('has RRULE tables that agree with the runtime’s tz data for 2020–2040', () => {
    for (const [zone, z] of knownZones) {
      for (let y = 2020; y <= 2040; y++) {
        expect(tzOffset(zone, new Date(Date.UTC(y, 0, 15, 12)))).toBe(z.std.offset);
        expect(tzOffset(zone, new Date(Date.UTC(y, 6, 15, 12)))).toBe(z.dst?.offset ?? z.std.offset);
      }
    }
  });

  it('derives a VTIMEZONE for a zone outside the table, and ical.js reads it', () => {
    const ny: PlannedSession[] = [
      { ...sessions[0]!, uid: 'a.x@cohort', timezone: 'America/New_York', start: '2027-03-10T10:00', end: '2027-03-10T11:00' },
      { ...sessions[0]!, uid: 'b.x@cohort', timezone: 'America/New_York', start: '2027-03-20T10:00', end: '2027-03-20T11:00' },
      { ...sessions[0]!, uid: 'c.x@cohort', timezone: 'America/New_York', start: '2027-11-10T10:00', end: '2027-11-10T11:00' },
      { ...sessions[0]!, uid: 'd.x@cohort', timezone: 'Asia/Kolkata', start: '2027-07-01T10:00', end: '2027-07-01T11:00' },
    ];
    const ics = renderIcs(ny, context('en'));
    expect(lintIcs(ics)).toEqual([]);
    const utc = parse(ics).events.map((e) => [e.uid, e.startUtc]);
    expect(utc).toEqual([
      ['a.x@cohort', '2027-03-10T15:00Z'],
      ['b.x@cohort', '2027-03-20T14:00Z'],
      ['d.x@cohort', '2027-07-01T04:30Z'],
      ['c.x@cohort', '2027-11-10T15:00Z'],
    ]);
    expect(unfold(ics)).toContain('X-WR-TIMEZONE:America/New_York');
  });

  it('refuses an unknown time zone clearly', () => {
    const bad = [{ ...sessions[0]!, timezone: 'Mars/Olympus_Mons' }];
    expect(() => renderIcs(bad, context('en'))).toThrow(ExportError);
    expect(() => renderIcs(bad, context('en'))).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
  });

  it('refuses a malformed --today or session time', () => {
    expect(() => renderIcs(sessions, context('en', { today: '1 Feb 2027' }))).toThrow(ExportError);
    expect(() => renderIcs([{ ...sessions[0]!, start: '2027-02-30T10:00' }], context('en'))).toThrow(/2027-02-30/);
  });

  it('writes an empty but valid calendar when there are no sessions', () => {
    const ics = renderIcs([], context('en'));
    expect(lintIcs(ics)).toEqual([]);
    expect(parse(ics).events).toEqual([]);
  });
});

describe('renderIcsPerPerson', () => {
  const nasty = context('en');
  const participants = renderIcsPerPerson(sessions, nasty, 'participant');
  const facilitators = renderIcsPerPerson(sessions, nasty, 'facilitator');

  it('writes one file per participant with only their sessions', async () => {
    expect(participants.map((p) => [p.personId, p.fileName])).toEqual([
      ['r01', 'r01-anneke-de-boer.ics'],
      ['r02', 'r02-zoe-d-ancay.ics'],
      ['r03', 'r03-hyperlink-http-evil-example-kees.ics'],
    ]);
    for (const p of participants) {
      expect(lintIcs(p.ics)).toEqual([]);
      const uids = parse(p.ics).events.map((e) => e.uid);
      const own = sessions.filter((s) => s.participants.includes(p.personId)).map((s) => s.uid);
      expect([...uids].sort()).toEqual([...own].sort());
    }
    await expect(participants[0]!.ics).toMatchFileSnapshot('./expected/r01-anneke-de-boer.en.ics');
  });

  it('holds no other participant’s name, e-mail, id or unavailability, but names the person in their own appointment', () => {
    for (const p of participants) {
      const text = unfold(p.ics).join('\n');
      for (const other of registrations.filter((r) => r.id !== p.personId)) {
        expect(text).not.toContain(other.email);
        expect(text).not.toContain(other.name.slice(0, 8));
        expect(text).not.toMatch(new RegExp(`\\b${other.id}\\b`));
        const day = other.unavailable[0]!.start;
        expect(text).not.toContain(day);
        expect(text).not.toContain(day.replace(/-/g, ''));
      }
      expect(text).not.toMatch(/^ATTENDEE/m);
    }
    const own = unfold(participants[0]!.ics);
    expect(own).toContain('X-WR-CALNAME:De droom van elke burgemeester\\, voorjaar 2027 — Anneke de Boer');
    expect(own.find((l) => l.startsWith('DESCRIPTION:Programme: De droom van elke burgemeester\\nPhase: Kennismaking'))).toMatch(
      /Participant: Anneke de Boer$/,
    );
  });

  it('keeps the leading tab of a name in the calendar name wherever the line folds, also for clients that strip every blank after a fold', () => {
    const regs = new Map([['r01', { id: 'r01', name: '\tAnneke de Boer' }]]);
    for (let k = 45; k <= 75; k++) {
      const ics = renderIcsPerPerson([sessions[1]!], context('en', { calendarName: 'x'.repeat(k), registrations: regs }), 'participant')[0]!.ics;
      expect(lintIcs(ics)).toEqual([]);
      expect(ics.replace(/\r\n[ \t]+/g, '')).toContain(`\r\nX-WR-CALNAME:${'x'.repeat(k)} — \tAnneke de Boer\r\n`);
      expect(parse(ics).calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${'x'.repeat(k)} — \tAnneke de Boer`);
    }
  });

  it('writes one file per facilitator with their sessions and no participant names', () => {
    expect(facilitators.map((f) => f.fileName)).toEqual(['f01-marieke-jansen.ics', 'f02-ijsbrand-van-der-velde.ics', 'f03-pieter-smit.ics']);
    for (const f of facilitators) {
      expect(lintIcs(f.ics)).toEqual([]);
      const uids = parse(f.ics).events.map((e) => e.uid).sort();
      expect(uids).toEqual(sessions.filter((s) => s.facilitators.includes(f.personId)).map((s) => s.uid).sort());
      for (const r of registrations) {
        expect(f.ics).not.toContain(r.email);
        expect(f.ics).not.toContain(r.name.slice(0, 8));
      }
    }
    expect(unfold(facilitators[0]!.ics).some((l) => l.endsWith('\\nRegistration: r01'))).toBe(true);
  });

  it('names a file by the id alone when the id already spells the name, never the name twice', () => {
    const staff = new Map(
      [
        ['joost-hendriks', 'Joost Hendriks'],
        ['marleen-vos', 'Marleen  Vos'],
        ['mvos', 'Marleen Vos'],
        ['vos', 'Vos'],
      ].map(([id, name]) => [id!, { id: id!, name: name! }]),
    );
    const s = { ...sessions[0]!, facilitators: [...staff.keys(), 'f99'], participants: ['r01', 'r99'] };
    const ctx = context('en', { people: staff });
    expect(renderIcsPerPerson([s], ctx, 'facilitator').map((f) => f.fileName)).toEqual([
      'f99.ics',
      'joost-hendriks.ics',
      'marleen-vos.ics',
      'mvos-marleen-vos.ics',
      'vos.ics',
    ]);
    expect(renderIcsPerPerson([s], ctx, 'participant').map((f) => f.fileName)).toEqual(['r01-anneke-de-boer.ics', 'r99.ics']);
  });

  it('makes safe, unique file names for nasty names', () => {
    const regs = new Map(
      [
        ['r10', '../../etc/passwd'],
        ['r11', 'CON'],
        ['r12', "Zoë d'Ançay"],
        ['r13', '🌷🚲'],
        ['r14', '..'],
        ['r15', 'ĳ'.repeat(200)],
        ['NUL', ''],
      ].map(([id, name]) => [id!, { id: id!, name: name! }]),
    );
    const s = { ...sessions[0]!, participants: [...regs.keys()] };
    const files = renderIcsPerPerson([s], context('en', { registrations: regs }), 'participant').map((f) => f.fileName);
    expect(files).toEqual([
      'nul-file.ics',
      'r10-etc-passwd.ics',
      'r11-con.ics',
      'r12-zoe-d-ancay.ics',
      'r13.ics',
      'r14.ics',
      `r15-${'ij'.repeat(38)}.ics`,
    ]);
    for (const f of files) expect(f).toMatch(/^[a-z0-9][a-z0-9-]{0,79}\.ics$/);
  });
});
