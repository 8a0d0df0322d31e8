import type { Lang } from '../../src/i18n/index.js';
import type { Plan, PlannedSession } from '../../src/model/plan.js';
import type { Person, Registration } from '../../src/model/types.js';
import type { ExportContext } from '../../src/export/plan/index.js';

const TZ = 'Europe/Amsterdam';
const COHORT = 'droom-2027';

/** Long enough to fold, with every TEXT special, a newline, accents and emoji (one a 4-byte sequence). */
export const NASTY_TITLE =
  'Groepsblok 3, deel 2; "reflectie" \\ evaluatie\nDroomsessie met Zoë & René — 🌷🚲 en een lange toelichting';

function session(p: Partial<PlannedSession> & Pick<PlannedSession, 'session' | 'phase' | 'title' | 'start' | 'end'>): PlannedSession {
  return {
    uid: `${p.session}.${COHORT}@cohort`,
    cohort: COHORT,
    programme: 'droom',
    kind: 'group',
    timezone: TZ,
    allDay: false,
    facilitators: ['f01', 'f02'],
    participants: ['r01', 'r02', 'r03'],
    location: { kind: 'venue', name: 'Kasteel Duurstede', address: 'Langs de Wal 6, Wijk bij Duurstede', municipality: 'GM0352', lat: 51.97485, lon: 5.3416789 },
    fixed: false,
    status: 'confirmed',
    sequence: 0,
    ...p,
  };
}

export const sessions: PlannedSession[] = [
  // Listed out of order on purpose: exports sort by start, then uid.
  session({ session: 'blok#1', phase: 'blok', title: 'Groepsblok 1 (1/4)', start: '2027-05-13T18:30', end: '2027-05-14T17:00', dagdelen: 3, fixed: true }),
  session({
    session: 'intake@r01', phase: 'intake', kind: 'individual', title: 'Intakegesprek', start: '2027-03-25T10:00', end: '2027-03-25T11:00',
    facilitators: ['f01'], participants: ['r01'], location: { kind: 'participant-municipality', municipality: 'GM0363' },
  }),
  session({
    session: 'intake@r02', phase: 'intake', kind: 'individual', title: 'Intakegesprek', start: '2027-04-01T10:00', end: '2027-04-01T11:00',
    facilitators: ['f01'], participants: ['r02'], location: { kind: 'participant-municipality', municipality: 'GM0344' },
    travelBefore: [{ person: 'f01', from: 'GM0352', fromHome: true, km: 24.4, minutes: 30 }],
  }),
  session({
    session: 'actieplan', phase: 'actieplan', kind: 'deadline', title: 'Actieplan inleveren', start: '2027-06-10', end: '2027-06-10',
    allDay: true, facilitators: [], location: { kind: 'online' },
  }),
  session({
    session: 'coaching#1@r03', phase: 'coaching', kind: 'coaching', title: 'Coachgesprek 1', start: '2027-09-15T14:00', end: '2027-09-15T15:00',
    facilitators: ['f02'], participants: ['r03'], location: { kind: 'online' },
  }),
  session({ session: 'blok#2', phase: 'blok', title: 'Groepsblok 2 (2/4)', start: '2027-10-28T18:30', end: '2027-10-29T17:00', dagdelen: 3 }),
  session({ session: 'blok#3', phase: 'blok', title: NASTY_TITLE, start: '2027-11-04T18:30', end: '2027-11-05T17:00', facilitators: ['f03', 'f01'], dagdelen: 3.5 }),
  session({
    session: 'blok#4', phase: 'blok', title: 'Groepsblok 4 (4/4)', start: '2027-12-09T18:30', end: '2027-12-10T17:00',
    status: 'cancelled', sequence: 2,
  }),
];

function registration(id: string, name: string, email: string, municipality: string, unavailable: string): Registration {
  return {
    id, name, email, municipality, role: 'burgemeester', registered: '2026-11-02T09:00:00+01:00', member: true,
    partnerJoins: false, unavailable: [{ start: unavailable, end: unavailable }], status: 'confirmed',
  };
}

/** Full domain objects (with e-mail and unavailability) so tests can prove none of it leaks. */
export const registrations: Registration[] = [
  registration('r01', 'Anneke de Boer', 'anneke.deboer@example.nl', 'GM0363', '2027-08-03'),
  registration('r02', "Zoë d'Ançay", 'zoe.dancay@example.nl', 'GM0344', '2027-08-17'),
  // A registration name from a web form that starts a spreadsheet formula.
  registration('r03', "=HYPERLINK(\"http://evil.example\",\"Kees\")", 'kees@example.nl', 'GM0307', '2027-08-24'),
];

function person(id: string, name: string, email: string): Person {
  return { id, name, email, roles: ['facilitator'], unavailable: [], formerRoles: [] };
}

export const people: Person[] = [
  person('f01', 'Marieke Jansen', 'marieke@example.nl'),
  person('f02', 'Ĳsbrand van der Velde', 'ijsbrand@example.nl'),
  person('f03', '=Pieter Smit', 'pieter@example.nl'),
];

export function context(lang: Lang, overrides: Partial<ExportContext> = {}): ExportContext {
  return {
    lang,
    today: '2027-02-01',
    version: '0.1.0',
    calendarName: 'De droom van elke burgemeester, voorjaar 2027',
    people: new Map(people.map((p) => [p.id, p])),
    registrations: new Map(registrations.map((r) => [r.id, r])),
    programmes: new Map([['droom', { id: 'droom', name: 'De droom van elke burgemeester', organiser: 'NGB' }]]),
    phases: new Map([
      ['droom/intake', { name: 'Kennismaking', preparation: 'Lees de brochure.' }],
      ['droom/blok', { name: 'Groepsblokken', description: 'Vier 24-uursblokken in Wijk bij Duurstede.', preparation: 'Neem je droom mee; schrijf die op.' }],
      ['droom/actieplan', { name: 'Actieplan', effort: { min: { amount: 3, unit: 'hour' }, max: { amount: 4, unit: 'hour' } } }],
      ['droom/coaching', { name: 'Coaching' }],
    ]),
    cohorts: new Map([[COHORT, { id: COHORT, title: 'De droom 2027' }]]),
    municipalities: new Map([
      ['GM0352', { name: 'Wijk bij Duurstede' }],
      ['GM0363', { name: 'Amsterdam' }],
      ['GM0344', { name: 'Utrecht' }],
    ]),
    organizer: { name: 'NGB "Programmabureau"', email: 'programma@example.nl' },
    ...overrides,
  };
}

export const plan: Plan = {
  sessions,
  score: {
    hard: 1,
    soft: 3.5,
    items: [
      { constraint: 'span', level: 'hard', cost: 1, sessions: ['blok#5'], facts: ['No Thursday left within the 4-month span (until 2027-12-31).'] },
      { constraint: 'unavailable', level: 'soft', cost: 2, sessions: ['blok#1'], facts: ['r01 is unavailable on 2027-05-13', 'r02 is unavailable on 2027-05-14'] },
      { constraint: 'spacing', level: 'soft', cost: 1.5, sessions: ['blok#2', 'blok#3'], facts: ['1 week between blok#2 and blok#3; 4 weeks is ideal'] },
      { constraint: 'capacity', level: 'hard', cost: 0, sessions: [], facts: [] },
    ],
  },
  infeasible: [
    {
      cohort: COHORT,
      session: 'blok#5',
      rule: 'span',
      message: 'No Thursday left within the 4-month span (until 2027-12-31).',
      tried: [
        { date: '2027-12-16', reasons: ['Marieke Jansen is booked in lbp-2027', 'Kasteel Duurstede is booked'] },
        { date: '2027-12-23', reasons: ['school holidays (midden)'] },
        { date: '2027-12-30', reasons: ['school holidays (midden)'] },
      ],
    },
  ],
};
