// The source of schema/*.schema.json: `node schema/generate.mjs` writes them, `--check` fails when
// they are out of date (test/schema runs it). Edit this file, not the JSON.
//
// Shared formats are written once here and copied into each schema, so every schema stands alone
// (editors load one file). Inside definitions every $ref is expanded: a definition without nested
// $refs is inlined by ajv, so every error's schemaPath resolves from the schema's root
// (`#/definitions/phase/oneOf/1/additionalProperties`), which the validator needs to find the
// allowed keys for "did you mean" and the titles and examples for its messages.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = dirname(fileURLToPath(import.meta.url));
const DRAFT = 'http://json-schema.org/draft-07/schema#';

const ref = (name, title, description, extra = {}) => ({ $ref: `#/definitions/${name}`, title, description, ...extra });
const prop = (title, description, schema, examples) => ({ title, description, ...schema, ...(examples ? { examples } : {}) });

// ---------- shared string formats ----------
const NUM = '(?:0|[1-9][0-9]*)';
const UNIT = `(?:h[1-5]?[0-9]m|m|min|h|d|w| ?(?:minutes?|hours?|days?|weeks?|months?|years?))`;
const DUR = `${NUM}${UNIT}`;
const DATE = '[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])';

const shared = {
  id: {
    title: 'Identifier',
    description:
      'A lowercase slug: letters a-z, digits and hyphens, starting with a letter or digit. Used in file names, session ids, calendar UIDs and on the command line, so it must never change once a cohort is planned.',
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*$',
    examples: ['loopbaanplus', 'groepsblok-1', 'r01'],
  },
  duration: {
    title: 'Duration',
    description:
      'A length of time: a whole number with a unit. Short units m (minutes), h (hours), d (days), w (weeks); hours and minutes may combine (1h30m); calendar units are written out: month(s), year(s) (a year counts as 12 months). Calendar months keep their real length.',
    type: 'string',
    pattern: `^${DUR}$`,
    examples: ['90m', '2h', '1h30m', '0d', '3d', '1w', '1 month', '3 months', '1 year'],
  },
  'duration-range': {
    title: 'Duration range',
    description:
      'Shortest and longest length as `min..max`, or one duration when there is no margin (min = max). Both ends use the duration notation.',
    type: 'string',
    pattern: `^${DUR}(?:\\.\\.${DUR})?$`,
    examples: ['2h..3h', '3w..6w', '3 months..4 months', '9 months', '2h'],
  },
  date: {
    title: 'Date',
    description:
      'A calendar date as ISO 8601 YYYY-MM-DD. Quote it in YAML ("2027-05-13"). `cohort validate` also checks that the date exists (no 2027-02-30).',
    type: 'string',
    pattern: `^${DATE}$`,
    examples: ['2027-05-13'],
  },
  'date-range': {
    title: 'Date range',
    description:
      'An inclusive range of dates `first..last` (both days included), or a single date. Quote it in YAML.',
    type: 'string',
    pattern: `^${DATE}(?:\\.\\.${DATE})?$`,
    examples: ['2027-05-13..2027-05-14', '2027-07-17..2027-08-29', '2027-04-27'],
  },
  'date-ranges': {
    title: 'Date ranges',
    description: 'A list of inclusive date ranges or single dates.',
    type: 'array',
    items: { $ref: '#/definitions/date-range' },
    examples: [['2027-03-01..2027-03-05', '2027-04-27']],
  },
  time: {
    title: 'Local time',
    description:
      'A wall-clock time HH:MM (24-hour, 00:00-23:59) in the programme\'s time zone. Quote it in YAML ("09:30"): unquoted, some YAML 1.1 tools read 09:30 as a number.',
    type: 'string',
    pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$',
    examples: ['09:30', '18:30', '17:00'],
  },
  hours: {
    title: 'Working hours',
    description: 'The daily window (start to end) in which individual appointments may be placed.',
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end'],
    properties: {
      start: ref('time', 'Start of the working day', 'Earliest start of an appointment.', { examples: ['09:00'] }),
      end: ref('time', 'End of the working day', 'Latest end of an appointment.', { examples: ['17:30'] }),
    },
    examples: [{ start: '09:00', end: '17:30' }],
  },
  travel: {
    title: 'Travel estimate (reistijd)',
    description:
      'How travel time between municipalities is estimated: the great-circle distance between the municipalities\' points × `road-factor` ÷ `speed`, rounded up to `step`, plus the `ferry` allowance for a trip to or from a Wadden island. Defaults: road-factor 1.3, speed 80 (km/h), step 15m, home-base true. A programme\'s settings apply to its facilitators and coaches; a person\'s own settings win.',
    type: 'object',
    additionalProperties: false,
    properties: {
      'road-factor': prop('Road factor', 'Road distance ÷ straight-line distance; Dutch roads are about 1.2-1.4. Default 1.3.', { type: 'number', minimum: 1, maximum: 3 }, [1.3]),
      speed: prop('Speed (km/h)', 'Average door-to-door speed; 70-90 is typical for cross-country trips by car. Default 80.', { type: 'number', exclusiveMinimum: 0, maximum: 200 }, [80, 50]),
      step: { $ref: '#/definitions/duration', title: 'Step', description: 'Travel times are rounded up to a multiple of this (minutes or hours). Default 15m.', examples: ['15m', '5m'] },
      ferry: {
        title: 'Ferry allowance (veerboot)',
        description:
          'Minutes a trip to or from a Wadden island adds for the car ferry, its crossing and the wait at the quay, per island. Defaults (crossing + 30m wait): texel 50m (TESO from Den Helder), vlieland 2h5m and terschelling 2h30m (Rederij Doeksen from Harlingen), ameland 1h20m (Wagenborg from Holwerd), schiermonnikoog 1h15m (Wagenborg from Lauwersoog).',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          ['texel', 'vlieland', 'terschelling', 'ameland', 'schiermonnikoog'].map((island) => [island, { $ref: '#/definitions/duration', title: island, description: `The ferry allowance for ${island}.` }]),
        ),
        examples: [{ ameland: '2h' }],
      },
      'home-base': prop(
        'Home base',
        'true: every appointment must be reachable from the person\'s own municipality after the start of their working hours, and leave time to get back before their end. false: only the trips between sessions count. Default true.',
        { type: 'boolean', default: true },
        [false],
      ),
    },
    examples: [{ speed: 70 }, { 'road-factor': 1.4, step: '5m', 'home-base': false }],
  },
  office: {
    title: 'Office (ambt)',
    description:
      'A public office in Dutch local and regional government: burgemeester (mayor), wethouder (alderman), gemeentesecretaris (municipal secretary), griffier (council clerk), raadslid (councillor), statenlid (provincial councillor), gedeputeerde (provincial executive), commissaris-van-de-koning (King\'s Commissioner), dijkgraaf (water board chair), kamerlid (member of parliament), minister, staatssecretaris; kandidaat-wethouder for someone who aspires to the office; oud-wethouder and oud-burgemeester for former office holders.',
    type: 'string',
    enum: [
      'burgemeester',
      'wethouder',
      'gemeentesecretaris',
      'griffier',
      'raadslid',
      'statenlid',
      'gedeputeerde',
      'commissaris-van-de-koning',
      'dijkgraaf',
      'kamerlid',
      'minister',
      'staatssecretaris',
      'kandidaat-wethouder',
      'oud-wethouder',
      'oud-burgemeester',
    ],
    examples: ['burgemeester', 'wethouder'],
  },
  municipality: {
    title: 'Municipality (gemeente)',
    description:
      'A Dutch municipality: its CBS code (GM followed by four digits) or its exact name as CBS spells it (\'s-Gravenhage, Bergen (NH.)); the aliases Den Haag and Den Bosch are accepted. `cohort validate` checks it against the shipped list of municipalities.',
    type: 'string',
    minLength: 1,
    examples: ['GM0344', 'Utrecht', 'Den Haag', 'Wijk bij Duurstede'],
  },
  party: {
    title: 'Political party',
    description: 'Party affiliation as commonly abbreviated; a local party by its own name. Used for reports and coach matching.',
    type: 'string',
    minLength: 1,
    examples: ['VVD', 'CDA', 'PvdA', 'GroenLinks', 'D66', 'ChristenUnie', 'SGP', 'BBB', 'Lokaal Belang'],
  },
  email: {
    title: 'E-mail address',
    description: 'An e-mail address. Never exported into calendar files.',
    type: 'string',
    format: 'email',
    examples: ['a.deboer@example.nl'],
  },
};

const pick = (...names) => Object.fromEntries(names.map((n) => [n, shared[n]]));

// ---------- registration ----------
const registration = {
  title: 'Registration (aanmelding)',
  description:
    'One person registered for a cohort. The same fields are used inline in a cohort, in a registrations YAML file and as the columns of a registrations CSV (where yes/no become booleans, numbers become integers, and `unavailable` holds ranges separated by `;` or `|` inside one quoted cell).',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'municipality', 'email'],
  properties: {
    id: ref('id', 'Registration id', 'Unique within the cohort; used in session ids (intake@r01) and on the command line (`cohort cancel <cohort> r01`).', {
      examples: ['r01', 'r12'],
    }),
    name: prop('Name', 'Full name of the participant as it appears in lists and calendars.', { type: 'string', minLength: 1 }, ['Anneke de Boer']),
    role: ref('office', 'Role (functie)', 'The office the participant holds; checked against the programme\'s audience.', { examples: ['burgemeester', 'wethouder'] }),
    municipality: ref('municipality', 'Municipality (gemeente)', 'The municipality the participant serves (or lives in, for candidates). CBS code or exact name.', {
      examples: ['GM0014', 'Zwolle', 'Den Haag'],
    }),
    email: ref('email', 'E-mail address', 'Contact address of the participant.', { examples: ['a.deboer@example.nl'] }),
    registered: prop(
      'Registered at (aangemeld op)',
      'When the registration came in: an ISO 8601 date-time with its UTC offset (+01:00 in winter, +02:00 in summer, or Z), or a date. Decides the order of the reserve list (reservelijst) among equal priorities.',
      {
        type: 'string',
        pattern: `^${DATE}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]))?$`,
      },
      ['2026-10-02T09:14:00+02:00', '2026-11-20T16:05:00+01:00', '2027-01-08'],
    ),
    member: prop(
      'Member (lid)',
      'Whether the participant is a member of the organising association. Programmes with eligibility members-only reject non-members. In CSV: yes/no.',
      { type: 'boolean', default: false },
      [true],
    ),
    party: ref('party', 'Political party', 'The participant\'s party, if known.', { examples: ['CDA', 'Lokaal Belang'] }),
    partner: prop('Partner', 'Name of the participant\'s partner, for programmes where partners may take part.', { type: 'string', minLength: 1 }, [
      'Peter de Boer',
    ]),
    'partner-joins': prop(
      'Partner joins',
      'Whether the partner takes part; then the partner takes a seat when the programme has partner-seat: true. Requires `partner`. In CSV: yes/no.',
      { type: 'boolean', default: false },
      [true],
    ),
    unavailable: ref('date-ranges', 'Unavailable (verhinderd)', 'Dates on which the participant cannot attend; the planner avoids them where it can (a soft rule).', {
      examples: [['2027-03-01..2027-03-05', '2027-04-23']],
    }),
    status: prop(
      'Status',
      'registered: signed up, seated in order of priority and registration while seats are free; waiting: on the reserve list (reservelijst), moves up only through an offer; confirmed: keeps the seat; offered: a seat is held until `offer-expires`; declined: said no to an offer; expired: did not answer in time; cancelled: the participant cancelled (afgemeld); withdrawn: taken off by the organiser or after the introductory talk. Declined, expired, cancelled and withdrawn registrations take no seat and are never offered one again.',
      { type: 'string', enum: ['registered', 'waiting', 'confirmed', 'offered', 'declined', 'expired', 'cancelled', 'withdrawn'], default: 'registered' },
      ['confirmed', 'offered'],
    ),
    'offer-expires': ref(
      'date',
      'Offer expires (aanbod geldig tot)',
      'The last day to answer an offer of a seat (status offered): the seat is held until then. Kept on declined and expired registrations as a record. `cohort cancel` and `cohort offer` write it.',
      { examples: ['2027-01-22'] },
    ),
    decision: prop(
      'Decision (besluit)',
      'Go or no-go after the programme\'s go-no-go phase (the intake, the introductory talk). no-go goes with status withdrawn: the seat is free and offered to the reserve list. `cohort decide` writes it with `decided`.',
      { type: 'string', enum: ['go', 'no-go'] },
      ['go', 'no-go'],
    ),
    decided: ref('date', 'Decided (besloten op)', 'The day the decision was recorded: not before the go-no-go appointment (its fixed date, else the cohort\'s start).', { examples: ['2027-01-25'] }),
    priority: prop(
      'Priority (voorrang)',
      'Optional placement priority: a lower number is placed first (1 before 2); without a priority a registration comes after all prioritised ones, then by `registered`.',
      { type: 'integer', minimum: 0 },
      [1],
    ),
  },
  if: { properties: { 'partner-joins': { const: true } }, required: ['partner-joins'] },
  then: { properties: { partner: true }, required: ['partner'] },
  examples: [
    {
      id: 'r01',
      name: 'Anneke de Boer',
      role: 'burgemeester',
      municipality: 'GM0014',
      email: 'a.deboer@example.nl',
      registered: '2026-10-02T09:14:00+02:00',
      member: true,
      partner: 'Peter de Boer',
      'partner-joins': true,
      status: 'confirmed',
    },
  ],
};

// ---------- person ----------
const person = {
  title: 'Person',
  description: 'A facilitator (begeleider), coach or intake interviewer, referred to by id from cohorts.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'roles'],
  properties: {
    id: ref('id', 'Person id', 'Unique across all people files; cohorts list it under facilitators or pool.', { examples: ['marleen-vos'] }),
    name: prop('Name', 'Full name as shown in plans and calendars.', { type: 'string', minLength: 1 }, ['Marleen Vos']),
    email: ref('email', 'E-mail address', 'Contact address; used for per-person calendar exports, never as an attendee.', { examples: ['m.vos@example.nl'] }),
    municipality: ref('municipality', 'Home municipality', 'Where the person is based, for travel estimates and to avoid coaching someone from their own municipality.', {
      examples: ['Tilburg', 'GM0855'],
    }),
    roles: prop(
      'Roles',
      'What the person does in programmes: facilitator (begeleider, leads group sessions and appointments), coach (one-to-one coaching, e.g. in the Bestuurderspool), intake (holds intake interviews), speaker (gastspreker), coordinator (programme staff).',
      {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          title: 'Role',
          description: 'One role of the person.',
          type: 'string',
          enum: ['facilitator', 'coach', 'intake', 'speaker', 'coordinator'],
          examples: ['facilitator'],
        },
      },
      [['facilitator'], ['coach', 'intake']],
    ),
    unavailable: ref('date-ranges', 'Unavailable (afwezig)', 'Dates on which the person cannot work; a hard rule for the planner.', {
      examples: [['2027-04-12..2027-04-16']],
    }),
    hours: ref('hours', 'Working hours', 'The person\'s own working day, driving included: their appointments fall within it and within the programme\'s hours, and with home-base every appointment is reachable from their municipality and back within it.', {
      examples: [{ start: '07:30', end: '18:30' }],
    }),
    travel: ref('travel', 'Travel estimate', 'This person\'s own travel settings (e.g. a slower speed for someone who travels by train); they win over the programme\'s.', {
      examples: [{ speed: 60 }],
    }),
    'max-per-day': prop('Maximum appointments per day', 'At most this many individual appointments on one day.', { type: 'integer', minimum: 1 }, [3]),
    'former-roles': prop(
      'Former offices (voormalige functies)',
      'Offices the person held before, e.g. for coaches of the Bestuurderspool (oud-bestuurders, "oude rotten").',
      { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/office' } },
      [['wethouder', 'burgemeester'], ['gedeputeerde']],
    ),
    party: ref('party', 'Political party', 'Party affiliation (for coaches): used in coach matching.', { examples: ['D66'] }),
    capacity: prop('Coaching capacity', 'How many coachees this coach takes on at the same time.', { type: 'integer', minimum: 1 }, [2]),
  },
  examples: [{ id: 'marleen-vos', name: 'Marleen Vos', email: 'm.vos@example.nl', municipality: 'Tilburg', roles: ['facilitator'], 'max-per-day': 3 }],
};

// ---------- programme ----------
const phaseId = ref('id', 'Phase id', 'Unique within the programme; used in `after`, in session ids (groepsblok-1#2) and in `fixed`.', {
  examples: ['intake', 'groepsblok-1'],
});
const common = {
  id: phaseId,
  name: prop('Phase name', 'Name shown in plans and calendars, in the programme\'s own language.', { type: 'string', minLength: 1 }, ['Intake', 'Groepsblok 1']),
  description: prop('Description', 'What happens in this phase; goes into the calendar description.', { type: 'string' }, [
    'Kennismaking; uw vraag en die van uw partner worden verkend.',
  ]),
  preparation: prop('Preparation (voorbereiding)', 'What participants prepare; goes into the calendar description.', { type: 'string' }, [
    'Neem uw actieplan mee.',
  ]),
  after: ref(
    'after',
    'After (volgt op)',
    'Orders this phase after another one with a gap. Without `after`, the first phase starts at the cohort\'s start and a later phase has no ordering beyond the span.',
    { examples: [{ phase: 'intake', min: '1w', max: '6w' }] },
  ),
  location: ref('location', 'Location', 'Where the sessions of this phase take place. Default: venue.', { examples: ['venue'] }),
  weekdays: prop(
    'Weekdays of this phase',
    'Narrows the programme\'s weekdays for this phase, e.g. appointments Monday to Friday while the group blocks run Friday to Saturday. Every day listed must be a programme weekday.',
    { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/definitions/weekday' } },
    [['mon', 'tue', 'wed', 'thu', 'fri']],
  ),
  hours: ref('hours', 'Hours of this phase', 'Narrows the programme\'s hours for this phase\'s appointments; must lie within them.', { examples: [{ start: '13:00', end: '17:00' }] }),
  dagdelen: prop(
    'Dagdelen (half-days)',
    'Effort in dagdelen (half-days: morning, afternoon or evening) as the brochures count it; a multiple of 0.5. Informative: the real times come from the slot.',
    { type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 },
    [3.5, 2],
  ),
};
const mode = (value, description) => ({ title: 'Mode', description, type: 'string', const: value, examples: [value] });

const phaseBranch = (name, modeValue, title, description, own, required, example) => ({
  title,
  description,
  type: 'object',
  additionalProperties: false,
  required,
  properties: { id: common.id, name: common.name, mode: mode(modeValue, description), description: common.description, preparation: common.preparation, after: common.after, location: common.location, weekdays: common.weekdays, hours: common.hours, dagdelen: common.dagdelen, ...own },
  examples: [example],
});

const sessions = (description) => prop('Sessions', description, { type: 'integer', minimum: 1, default: 1 }, [1, 4]);

const programmeDefs = {
  ...pick('id', 'duration', 'duration-range', 'date', 'date-range', 'date-ranges', 'time', 'hours', 'travel', 'office'),
  weekday: {
    title: 'Weekday',
    description: 'A day of the week: mon, tue, wed, thu, fri, sat, sun.',
    type: 'string',
    enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    examples: ['thu'],
  },
  location: {
    title: 'Location kind',
    description:
      'venue: the cohort\'s venue; online: a video meeting; host-rotation: each member hosts the group once in their own municipality (intervisie); participant-municipality: at the participant\'s own town hall (individual appointments, observations).',
    type: 'string',
    enum: ['venue', 'online', 'host-rotation', 'participant-municipality'],
    examples: ['venue', 'host-rotation'],
  },
  after: {
    title: 'After (volgt op)',
    description:
      'This phase starts at least `min` and at most `max` after the end of the last session (or deadline) of the phase named. The gap is measured from the end of that phase to the start of this one.',
    type: 'object',
    additionalProperties: false,
    required: ['phase'],
    properties: {
      phase: ref('id', 'Previous phase', 'The id of an earlier phase of this programme.', { examples: ['intake'] }),
      min: ref('duration', 'Minimum gap', 'Shortest gap; default 0d.', { examples: ['1w', '0d'] }),
      max: ref('duration', 'Maximum gap', 'Longest gap; without it only the span limits the gap.', { examples: ['6w'] }),
    },
    examples: [{ phase: 'intake', min: '1w', max: '6w' }],
  },
  slot: {
    title: 'Slot (tijdslot)',
    description:
      'The fixed weekday and times of a group session. With days > 1 the block runs from `start` on the weekday to `end` on the last day: { weekday: thu, start: "18:30", end: "17:00", days: 2 } is Thursday 18:30 to Friday 17:00, one event, every day it touches must be free.',
    type: 'object',
    additionalProperties: false,
    required: ['weekday', 'start', 'end'],
    properties: {
      weekday: ref('weekday', 'Weekday', 'The day the block starts on.', { examples: ['thu'] }),
      start: ref('time', 'Start time', 'Start on the first day, local time.', { examples: ['18:30'] }),
      end: ref('time', 'End time', 'End on the last day (the first day when days is 1), local time.', { examples: ['17:00'] }),
      days: prop('Days', 'Number of calendar days the block touches (1 = same day; 2 = overnight to the next day). Default 1.', { type: 'integer', minimum: 1, maximum: 7, default: 1 }, [
        1, 2,
      ]),
    },
    examples: [{ weekday: 'thu', start: '18:30', end: '17:00', days: 2 }, { weekday: 'fri', start: '09:30', end: '16:30' }],
  },
  'count-range': {
    title: 'Count range',
    description: 'A number of sessions: a whole number, or `min..max` as text when the number varies (5..8). A minimum of 0 makes the sessions optional.',
    oneOf: [
      { title: 'Fixed count', description: 'Exactly this many sessions.', type: 'integer', minimum: 1, examples: [6] },
      {
        title: 'Count range text',
        description: '`min..max` (or one number) as text.',
        type: 'string',
        pattern: `^${NUM}(?:\\.\\.[1-9][0-9]*)?$`,
        examples: ['5..8', '0..2'],
      },
    ],
    examples: ['5..8', 6],
  },
  'phase-individual': phaseBranch(
    'phase-individual',
    'individual',
    'Individual phase (persoonlijk gesprek)',
    'individual: one appointment per registration (the participant, with partner if they join) with the facilitators, placed within `window` from the phase start and within working hours.',
    {
      duration: ref('duration-range', 'Duration (duur)', 'Length of one appointment; a range lets the planner reserve the maximum.', { examples: ['2h', '2h..3h'] }),
      sessions: sessions('Appointments per registration in this phase; with same-day: true they are held on one day. Default 1.'),
      'same-day': prop('Same day', 'Hold all appointments of a registration on one day, separated by `break` (e.g. "2 x 2 uur met lunch tussendoor"). Default false.', { type: 'boolean', default: false }, [true]),
      break: ref('duration', 'Break (pauze)', 'Pause between same-day appointments, e.g. lunch. Default 0m.', { examples: ['1h'] }),
      window: ref('duration', 'Window (termijn)', 'All appointments of this phase fall within this long from the phase\'s start.', { examples: ['4w'] }),
      facilitators: prop(
        'Facilitators present',
        'all: every facilitator of the cohort attends each appointment; one: any one of them. Default one.',
        { type: 'string', enum: ['all', 'one'], default: 'one' },
        ['all'],
      ),
    },
    ['id', 'name', 'mode', 'duration', 'window'],
    { id: 'intake', name: 'Intake', mode: 'individual', duration: '2h', window: '4w', location: 'participant-municipality' },
  ),
  'phase-group': phaseBranch(
    'phase-group',
    'group',
    'Group phase (groepsbijeenkomst)',
    'group: a session for the whole group at a fixed slot; `sessions` repeats it, `every` spaces the repeats.',
    {
      slot: ref('slot', 'Slot (tijdslot)', 'Weekday and times; days > 1 for overnight blocks.', { examples: [{ weekday: 'thu', start: '18:30', end: '17:00', days: 2 }] }),
      sessions: sessions('How many times the group meets in this phase. Default 1.'),
      every: ref('duration-range', 'Every (interval)', 'Start-to-start spacing of consecutive sessions of this phase.', { examples: ['4w', '3w..6w'] }),
      guests: prop(
        'Required guests (gasten)',
        'Roles of people who must be at every session of this phase (a guest speaker, the association\'s director). The cohort names the person for each role under `guests`; the planner keeps their availability, working hours, travel and other bookings like a facilitator\'s.',
        { type: 'array', uniqueItems: true, minItems: 1, items: { $ref: '#/definitions/id' } },
        [['directeur']],
      ),
    },
    ['id', 'name', 'mode', 'slot'],
    { id: 'groepsblok-2', name: 'Groepsblok 2', mode: 'group', dagdelen: 3, slot: { weekday: 'fri', start: '13:00', end: '12:30', days: 2 }, location: 'venue' },
  ),
  'phase-self-study': phaseBranch(
    'phase-self-study',
    'self-study',
    'Self-study phase (zelfstudie)',
    'self-study: no meeting; participants work on their own and the phase ends at a deadline `window` after its start (exported as an all-day event).',
    {
      effort: ref('duration-range', 'Effort (tijdsinvestering)', 'Expected work per participant.', { examples: ['3h..4h'] }),
      window: ref('duration', 'Window (termijn)', 'The deadline falls this long after the phase\'s start.', { examples: ['3w'] }),
    },
    ['id', 'name', 'mode', 'effort', 'window'],
    { id: 'actieplan', name: 'Actieplan', mode: 'self-study', effort: '2h', window: '3w', location: 'online' },
  ),
  'phase-coaching': phaseBranch(
    'phase-coaching',
    'coaching',
    'Coaching phase (coachingsgesprekken)',
    'coaching: a series of one-to-one conversations between each registration and the coach matched from the cohort\'s pool.',
    {
      sessions: ref('count-range', 'Sessions (gesprekken)', 'Number of conversations: a whole number or a range such as 5..8; 0..2 for optional ones.', { examples: ['5..8'] }),
      every: ref('duration-range', 'Every (interval)', 'Spacing between consecutive conversations.', { examples: ['4w..8w'] }),
      duration: ref('duration', 'Duration (duur)', 'Length of one conversation.', { examples: ['1h30m'] }),
      spread: ref('duration-range', 'Spread (looptijd)', 'Total period over which the series runs, first to last conversation.', { examples: ['6 months..12 months'] }),
      dates: {
        title: 'Dates (data)',
        description: 'fixed: the planner proposes no date; a conversation exists only where the cohort\'s `fixed` gives its date and start (an observation at a council or committee meeting), held then even in the evening, outside working hours. Default: planned.',
        enum: ['planned', 'fixed'],
        examples: ['fixed'],
      },
    },
    ['id', 'name', 'mode', 'sessions', 'every', 'duration'],
    { id: 'coaching', name: 'Coachingsgesprekken', mode: 'coaching', sessions: '5..8', every: '4w..8w', duration: '1h30m', spread: '6 months..12 months' },
  ),
  phase: {
    title: 'Phase (onderdeel)',
    description:
      'One step of the programme. The `mode` decides which other keys apply: individual, group, self-study or coaching.',
    type: 'object',
    discriminator: { propertyName: 'mode' },
    oneOf: [
      { $ref: '#/definitions/phase-individual' },
      { $ref: '#/definitions/phase-group' },
      { $ref: '#/definitions/phase-self-study' },
      { $ref: '#/definitions/phase-coaching' },
    ],
  },
};

const programme = {
  $schema: DRAFT,
  $id: 'programme.schema.json',
  title: 'Programme',
  description:
    'A development programme (leergang, traject) of the NGB or the Wethoudersvereniging: who it is for, how many seats, which calendar rules, and its ordered phases. One file per programme under programmes/<id>.yaml.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'organiser', 'audience'],
  properties: {
    'not-plannable': prop('Not plannable (niet te plannen)', 'Why this offer has no sessions to plan (a network, a handbook): validate accepts it without span, capacity and phases, and no cohort can run it.', { type: 'string', minLength: 1 }, ['een netwerk zonder vaste bijeenkomsten']),
    id: ref('id', 'Programme id', 'Equals the file name without .yaml; cohorts refer to it.', { examples: ['loopbaanplus', 'wv-basisopleiding'] }),
    name: prop('Name', 'The programme\'s name as the brochure writes it.', { type: 'string', minLength: 1 }, ['LoopbaanPlus voor burgemeesters']),
    organiser: prop('Organiser', 'The association or bureau that runs the programme (and its partners).', { type: 'string', minLength: 1 }, [
      'Nederlands Genootschap van Burgemeesters',
      'Wethoudersvereniging',
    ]),
    'organiser-email': prop(
      "Organiser's e-mail (e-mailadres organisator)",
      "Where replies about the sessions go. With it the calendar exports are published (METHOD:PUBLISH) with the organiser as ORGANIZER of every event (RFC 5546); without it they are plain snapshots with neither.",
      { type: 'string', format: 'email' },
      ['programmabureau@example.nl'],
    ),
    audience: prop(
      'Audience (doelgroep)',
      'The offices the programme is for; a registration\'s role is checked against it.',
      { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/definitions/office' } },
      [['burgemeester'], ['wethouder', 'oud-wethouder']],
    ),
    stage: prop(
      'Career stage (fase)',
      'The Wethoudersvereniging\'s career stage: instroom (newly in office or aspiring), doorstroom (experienced), uitstroom (towards the next step after office).',
      { type: 'string', enum: ['instroom', 'doorstroom', 'uitstroom'] },
      ['doorstroom'],
    ),
    eligibility: {
      title: 'Eligibility (toelating)',
      description: 'Who may register.',
      type: 'object',
      additionalProperties: false,
      properties: {
        'members-only': prop('Members only (alleen leden)', 'Only members of the organising association may take a seat; non-member registrations are reported. Default false.', {
          type: 'boolean',
          default: false,
        }, [true]),
      },
      examples: [{ 'members-only': true }],
    },
    span: ref('duration-range', 'Span (doorlooptijd)', 'Overall duration from the cohort\'s start to the end of the last session; every session must fall within it.', {
      examples: ['9 months', '3 months..4 months'],
    }),
    capacity: {
      title: 'Capacity (groepsgrootte)',
      description: 'Seats per group: the group does not run below `min`; registrations beyond `max` go to the reserve list (reservelijst).',
      type: 'object',
      additionalProperties: false,
      required: ['max'],
      properties: {
        min: prop('Minimum', 'Fewest participants for the group to run. Default 1.', { type: 'integer', minimum: 1, default: 1 }, [6]),
        max: prop('Maximum', 'Most seats in one group (partners who join count when partner-seat is true).', { type: 'integer', minimum: 1 }, [12]),
        total: prop(
          'Total seats (programme-wide)',
          'Most seats of all cohorts of this programme together, when the budget or the bureau limits the whole programme. A registration takes a seat only where both its group and the total have room; reports name the one that binds.',
          { type: 'integer', minimum: 1 },
          [24],
        ),
        quotas: prop(
          'Quotas (per group)',
          'Caps on the seats one kind of participant takes in a group: by role (office) or by province. A quota counts participants, not partners. A registration held back only by its quota waits without holding up the others.',
          {
            type: 'array',
            items: {
              title: 'Quota',
              description: 'Either `role` or `province` (not both), with `max`; `cohort validate` checks that exactly one is given.',
              type: 'object',
              additionalProperties: false,
              required: ['max'],
              properties: {
                role: { $ref: '#/definitions/office', title: 'Role', description: 'The office this quota counts.', examples: ['oud-wethouder'] },
                province: {
                  title: 'Province',
                  description: 'The province this quota counts, as CBS spells it (Fryslân, Noord-Brabant), of the registration\'s municipality.',
                  type: 'string',
                  enum: ['Drenthe', 'Flevoland', 'Fryslân', 'Gelderland', 'Groningen', 'Limburg', 'Noord-Brabant', 'Noord-Holland', 'Overijssel', 'Utrecht', 'Zeeland', 'Zuid-Holland'],
                  examples: ['Fryslân'],
                },
                max: { title: 'Maximum', description: 'Most participants of this kind in one group.', type: 'integer', minimum: 0, examples: [3] },
              },
              examples: [{ province: 'Fryslân', max: 3 }],
            },
          },
          [[{ role: 'oud-wethouder', max: 2 }, { province: 'Fryslân', max: 3 }]],
        ),
        'skip-ahead': prop(
          'Skip ahead (doorschuiven)',
          'When the registration at the head of the reserve list does not fit (a couple, one seat free): false (default) keeps the seat for them, so nobody is ever passed over and the couple gets the next seats; true lets a smaller registration further down take it.',
          { type: 'boolean', default: false },
          [false],
        ),
      },
      examples: [{ min: 6, max: 12 }, { min: 6, max: 12, total: 24, 'skip-ahead': false }],
    },
    offers: {
      title: 'Offers (aanbod aan de reservelijst)',
      description: 'How a seat that frees up is offered to the next on the reserve list: `cohort cancel`, `cohort offer` and `cohort register` make the offers and record the answers.',
      type: 'object',
      additionalProperties: false,
      properties: {
        days: prop('Days to answer', 'Working days the next in line has to answer an offer; weekends and Dutch public holidays do not count. Default 5.', { type: 'integer', minimum: 1, default: 5 }, [5]),
        until: prop(
          'No offers from',
          'No offers are made from the first session of this phase on (its date in the cohort\'s `fixed` list, else the cohort\'s start), and an offer expires before it at the latest. `start` (default): the cohort\'s start.',
          { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', default: 'start' },
          ['groepsblok-1', 'start'],
        ),
      },
      examples: [{ days: 5, until: 'groepsblok-1' }],
    },
    'go-no-go': prop(
      'Go/no-go after (besluit na)',
      'The individual phase (an intake, an introductory talk) after which each participant decides whether to go on; the registration records it (`decision`, `decided`; `cohort decide`).',
      { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
      ['intake', 'kennismaking'],
    ),
    partners: prop(
      'Partners',
      'Whether participants\' partners take part: none, optional (welcome, not required) or required. Default none.',
      { type: 'string', enum: ['none', 'optional', 'required'], default: 'none' },
      ['optional'],
    ),
    'partner-seat': prop('Partner takes a seat', 'Whether a participating partner counts against capacity. Default true.', { type: 'boolean', default: true }, [true]),
    calendar: {
      title: 'Calendar rules (agenda)',
      description: 'When sessions may be planned.',
      type: 'object',
      additionalProperties: false,
      properties: {
        timezone: prop('Time zone', 'IANA time zone of all local times. Default Europe/Amsterdam.', { type: 'string', pattern: '^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$', default: 'Europe/Amsterdam' }, [
          'Europe/Amsterdam',
        ]),
        weekdays: prop(
          'Weekdays',
          'Days on which sessions may take place (a multi-day block must touch only these). Default mon-fri.',
          { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/definitions/weekday' } },
          [['mon', 'tue', 'wed', 'thu', 'fri']],
        ),
        avoid: prop(
          'Avoid (vermijden)',
          'Days never used: public-holidays (New Year, Easter, King\'s Day, Ascension, Whitsun, Christmas), good-friday (Goede Vrijdag), liberation-day (5 May, Bevrijdingsdag), remembrance-evening (the evening of 4 May, Dodenherdenking), school-holidays (of `school-region`), council-evenings (nothing runs past 18:00 Monday to Thursday, when councils and committees meet). Default [public-holidays].',
          {
            type: 'array',
            uniqueItems: true,
            items: {
              title: 'Avoided day set',
              description: 'A set of days to avoid.',
              type: 'string',
              enum: ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening', 'school-holidays', 'council-evenings'],
              examples: ['public-holidays'],
            },
          },
          [['public-holidays', 'good-friday', 'liberation-day', 'school-holidays']],
        ),
        'school-region': prop(
          'School holiday region (vakantieregio)',
          'Which school holidays (schoolvakanties) to avoid: noord, midden or zuid, or participants: the regions of the municipalities the cohort\'s active participants come from (a programme with a national audience). Required when avoid lists school-holidays.',
          { type: 'string', enum: ['noord', 'midden', 'zuid', 'participants'] },
          ['midden'],
        ),
        blackout: ref('date-ranges', 'Blackout dates', 'Extra dates never used by any cohort of this programme.', { examples: [['2027-12-20..2027-12-31']] }),
        hours: ref('hours', 'Working hours', 'The daily window for individual appointments. Default 09:00-17:00.', { examples: [{ start: '09:00', end: '17:30' }] }),
      },
      if: { properties: { avoid: { type: 'array', contains: { const: 'school-holidays' } } }, required: ['avoid'] },
      then: { properties: { 'school-region': true }, required: ['school-region'] },
      examples: [{ timezone: 'Europe/Amsterdam', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], avoid: ['public-holidays', 'school-holidays'], 'school-region': 'midden' }],
    },
    travel: ref('travel', 'Travel estimate (reistijd)', 'How the travel of this programme\'s facilitators and coaches is estimated; a person\'s own settings win.', {
      examples: [{ speed: 70 }],
    }),
    matching: {
      title: 'Coach matching (koppeling coach en coachee)',
      description:
        'The weights of the cost `cohort match` minimises for a coaching cohort, in minutes of a coach\'s driving: a pair costs travel × the round trip in minutes, + role when the coach never held the coachee\'s office, + availability × the working days of the track either of the two is unavailable, + party when both name a different party. Whole numbers; 0 leaves a term out.',
      type: 'object',
      additionalProperties: false,
      properties: {
        travel: prop('Travel weight', 'Per minute of the coach\'s round trip to the coachee\'s town hall (the planner\'s travel estimate). Default 1.', { type: 'integer', minimum: 0, default: 1 }, [1]),
        role: prop('Former-role weight', 'Added when the coach never held the coachee\'s office (a former alderman for an alderman). Default 60.', { type: 'integer', minimum: 0, default: 60 }, [60]),
        availability: prop('Availability weight', 'Per working day of the track on which the coach or the coachee is unavailable. Default 2.', { type: 'integer', minimum: 0, default: 2 }, [2]),
        party: prop(
          'Party weight',
          'Added when coach and coachee both name a party and the parties differ. Default 0: a preference at most, never a requirement (the coaching is about personal functioning, not politics; political opinion is special personal data; small parties would run out of coaches).',
          { type: 'integer', minimum: 0, default: 0 },
          [15],
        ),
      },
      examples: [{ travel: 1, role: 60, availability: 2, party: 15 }],
    },
    phases: prop('Phases (opbouw)', 'The ordered steps of the programme.', { type: 'array', minItems: 1, items: { $ref: '#/definitions/phase' } }),
  },
  definitions: programmeDefs,
};

// ---------- cohort ----------
const FILE = (ext) => `^(?![/\\\\]|[A-Za-z]:)[^\\\\]*\\.${ext}$`;
// A programme that says it is not plannable (the alumni network) needs no span, seats or phases.
// `if` holds when not-plannable is absent (a property schema `false` fails only when the key is there).
Object.assign(programme, {
  if: { properties: { 'not-plannable': false } },
  then: { properties: { span: true, capacity: true, phases: true }, required: ['span', 'capacity', 'phases'] },
});

const cohort = {
  $schema: DRAFT,
  $id: 'cohort.schema.json',
  title: 'Cohort',
  description: 'One run (editie, groep) of a programme: dates, venue, facilitators and registrations. One file per cohort under cohorts/<id>.yaml.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'programme', 'title', 'start'],
  properties: {
    id: ref('id', 'Cohort id', 'Equals the file name without .yaml; part of every calendar UID.', { examples: ['loopbaanplus-2027'] }),
    programme: ref('id', 'Programme', 'The id of the programme this cohort runs (programmes/<id>.yaml).', { examples: ['loopbaanplus'] }),
    title: prop('Title', 'Name of this run, shown in plans, calendars and reports.', { type: 'string', minLength: 1 }, ['LoopbaanPlus 2027']),
    start: ref('date', 'Start', 'Earliest date of the first session; the programme\'s span counts from here.', { examples: ['2027-01-11'] }),
    end: ref('date', 'End', 'Latest date of the last session (optional; the span applies anyway).', { examples: ['2027-10-08'] }),
    venue: {
      title: 'Venue (locatie)',
      description: 'Where sessions with location: venue take place.',
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: prop('Venue name', 'Name of the conference centre or building.', { type: 'string', minLength: 1 }, ['Landgoed De Horst']),
        address: prop('Address', 'Street, number, postcode and place, as one line.', { type: 'string', minLength: 1 }, ['Amersfoortseweg 1, 3951 LA Maarn']),
        municipality: ref('municipality', 'Municipality', 'The venue\'s municipality, for travel estimates and the map.', { examples: ['Utrechtse Heuvelrug', 'GM0352'] }),
      },
      examples: [{ name: 'Landgoed De Horst', address: 'Amersfoortseweg 1, 3951 LA Maarn', municipality: 'Utrechtse Heuvelrug' }],
    },
    facilitators: prop(
      'Facilitators (begeleiders)',
      'Ids of the people who lead this cohort\'s sessions and appointments, defined in a people file.',
      { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/id' } },
      [['marleen-vos', 'joost-hendriks']],
    ),
    people: prop(
      'People files',
      'People files (*.people.yaml) that define the facilitators and coaches, as paths relative to this cohort file.',
      {
        type: 'array',
        uniqueItems: true,
        items: { title: 'People file', description: 'A relative path to a *.people.yaml file.', type: 'string', pattern: FILE('ya?ml'), examples: ['ngb-begeleiders.people.yaml'] },
      },
      [['ngb-begeleiders.people.yaml']],
    ),
    guests: prop(
      'Guests (gasten)',
      'Who fills each guest role the programme\'s phases ask for: role → person id, defined in a people file.',
      { type: 'object', minProperties: 1, propertyNames: { $ref: '#/definitions/id' }, additionalProperties: { $ref: '#/definitions/id' } },
      [{ directeur: 'ruth-mulder' }],
    ),
    pool: prop(
      'Coach pool',
      'Ids of the coaches a coaching cohort matches its registrations with (people with role coach).',
      { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/id' } },
      [['jan-de-wit', 'ria-bakker']],
    ),
    registrations: {
      title: 'Registrations (aanmeldingen)',
      description:
        'Either a path (relative to this file) to a registrations file (.csv with , or ; and an optional BOM, or .yaml), or the registrations inline as a list.',
      oneOf: [
        {
          title: 'Path to a registrations file',
          description: 'A relative path to a .csv, .yaml or .yml file.',
          type: 'string',
          pattern: FILE('(?:csv|ya?ml)'),
          examples: ['loopbaanplus-2027.registrations.csv'],
        },
        { title: 'Inline list of registrations', description: 'The registrations written in this file.', type: 'array', items: { $ref: '#/definitions/registration' } },
      ],
      examples: ['loopbaanplus-2027.registrations.csv'],
    },
    fixed: prop(
      'Fixed sessions (vastgelegd)',
      'Sessions whose date is already decided and must not move; `cohort plan --pin` writes these.',
      {
        type: 'array',
        items: {
          title: 'Fixed session',
          description: 'One session pinned to a date (and optionally a start time).',
          type: 'object',
          additionalProperties: false,
          required: ['session', 'date'],
          properties: {
            session: prop(
              'Session id',
              'phase for a single group session, phase#n for the n-th of several (1-based), phase@registration for an individual appointment, phase#n@registration for the n-th of a same-day pair or a coaching conversation; group/phase#n for a meeting of one of an intervisie cohort\'s pinned groups when it has two or more.',
              { type: 'string', pattern: '^(?:[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9-]*(?:#[1-9][0-9]*)?(?:@[a-z0-9][a-z0-9-]*)?$' },
              ['groepsblok-1', 'bijeenkomst#2', 'intake@r03', 'coaching#1@r05', 'g1/bijeenkomst#2'],
            ),
            date: ref('date', 'Date', 'The date the session starts.', { examples: ['2027-03-19'] }),
            start: ref('time', 'Start time', 'For individual appointments, or to override the slot\'s start time.', { examples: ['10:00'] }),
            sequence: prop(
              'Sequence',
              'How often this session changed after it was communicated (the ICS SEQUENCE); `cohort plan --pin` raises it when a pinned session moves or is cancelled.',
              { type: 'integer', minimum: 0 },
              [1],
            ),
            status: prop(
              'Status',
              'cancelled: the session was dropped after it was communicated; exports keep sending a cancellation (STATUS:CANCELLED) so calendars remove it.',
              { type: 'string', enum: ['confirmed', 'cancelled'] },
              ['cancelled'],
            ),
            replan: prop(
              'Replan',
              'true releases this pinned session: the planner may move it, the re-plan reports it as moved, and the next --pin writes the new date with a higher sequence.',
              { type: 'boolean' },
              [true],
            ),
            host: prop(
              'Host',
              'Intervisie: the member (registration id) who hosts this meeting at their town hall, as the group agreed; `cohort roster --pin` writes it, and plan and roster keep that member on this meeting.',
              { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
              ['i06'],
            ),
            facilitator: prop(
              'Facilitator',
              'An appointment of a phase with `facilitators: one`: the facilitator (person id, one of the cohort\'s facilitators) who holds it, as it was sent out; `cohort plan --pin` writes it, and a later plan keeps that facilitator on this appointment.',
              { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
              ['marleen-vos'],
            ),
          },
          examples: [{ session: 'groepsblok-1', date: '2027-03-19' }],
        },
      },
      [[{ session: 'groepsblok-1', date: '2027-03-19' }]],
    ),
    matches: prop(
      'Matched coaches (koppelingen)',
      'Coachee–coach pairs of a coaching cohort, kept once proposed: `cohort match --pin` writes them, `cohort plan` plans with them and a later `cohort match` keeps them.',
      {
        type: 'array',
        items: {
          title: 'Pair',
          description: 'A coachee and their coach.',
          type: 'object',
          additionalProperties: false,
          required: ['coachee', 'coach'],
          properties: {
            coachee: ref('id', 'Coachee', 'The registration id of the coachee.', { examples: ['b03'] }),
            coach: ref('id', 'Coach', 'The person id of the coach (from the pool).', { examples: ['greet-van-leeuwen'] }),
          },
        },
      },
      [[{ coachee: 'b03', coach: 'greet-van-leeuwen' }]],
    ),
    excluded: prop(
      'Excluded pairs (geen klik)',
      'Coachee–coach pairs never to be matched (the personal click was missing); `cohort match --exclude coachee:coach --pin` adds them with the date.',
      {
        type: 'array',
        items: {
          title: 'Excluded pair',
          description: 'A coachee and a coach who are never matched.',
          type: 'object',
          additionalProperties: false,
          required: ['coachee', 'coach'],
          properties: {
            coachee: ref('id', 'Coachee', 'The registration id of the coachee.', { examples: ['b03'] }),
            coach: ref('id', 'Coach', 'The person id of the coach (from the pool).', { examples: ['greet-van-leeuwen'] }),
            date: ref('date', 'Date', 'When the pair was excluded.', { examples: ['2027-03-02'] }),
          },
        },
      },
      [[{ coachee: 'b09', coach: 'marian-krol', date: '2027-03-02' }]],
    ),
    groups: prop(
      'Intervisie groups (vastgelegde groepen)',
      'Groups that were announced and must be kept; `cohort groups --pin` writes these. A later `cohort groups` keeps every member listed here where they are; `--replan <group>` releases a group.',
      {
        type: 'array',
        items: {
          title: 'Pinned group',
          description: 'One group: its id, its members (registration ids) and its facilitator.',
          type: 'object',
          additionalProperties: false,
          required: ['id', 'members'],
          properties: {
            id: ref('id', 'Group id', 'Stable within the cohort (g1, g2, …); used in session ids and calendar UIDs.', { examples: ['g1'] }),
            members: prop('Members', 'Registration ids of the group\'s members.', { type: 'array', items: { $ref: '#/definitions/id' } }, [['i01', 'i05', 'i07']]),
            facilitator: ref('id', 'Facilitator', 'A person id from the cohort\'s facilitators.', { examples: ['hanneke-de-ruiter'] }),
          },
          examples: [{ id: 'g1', members: ['i01', 'i05', 'i07'], facilitator: 'hanneke-de-ruiter' }],
        },
      },
      [[{ id: 'g1', members: ['i01', 'i05', 'i07'], facilitator: 'hanneke-de-ruiter' }]],
    ),
    unavailable: ref('date-ranges', 'Unavailable (geblokkeerd)', 'Cohort-wide blackout dates, e.g. the council\'s summer recess or a venue closure.', {
      examples: [['2027-02-15..2027-02-19']],
    }),
  },
  definitions: {
    ...pick('id', 'date', 'date-range', 'date-ranges', 'time', 'office', 'municipality', 'party', 'email'),
    registration,
  },
};

const registrations = {
  $schema: DRAFT,
  $id: 'registrations.schema.json',
  title: 'Registrations file',
  description:
    'A registrations file (<cohort>.registrations.yaml). The same rows may be kept as CSV (<cohort>.registrations.csv), one column per field; each CSV row is checked against #/definitions/registration.',
  type: 'object',
  additionalProperties: false,
  required: ['registrations'],
  properties: {
    registrations: prop('Registrations (aanmeldingen)', 'One entry per registration.', { type: 'array', items: { $ref: '#/definitions/registration' } }),
  },
  definitions: {
    ...pick('id', 'date', 'date-range', 'date-ranges', 'office', 'municipality', 'party', 'email'),
    registration,
  },
};

const people = {
  $schema: DRAFT,
  $id: 'people.schema.json',
  title: 'People file',
  description: 'Facilitators (begeleiders) and coaches, referred to by id from cohorts. Files are named <name>.people.yaml.',
  type: 'object',
  additionalProperties: false,
  required: ['people'],
  properties: {
    people: prop('People', 'One entry per person.', { type: 'array', items: { $ref: '#/definitions/person' } }),
  },
  definitions: {
    ...pick('id', 'duration', 'date', 'date-range', 'date-ranges', 'time', 'hours', 'travel', 'office', 'municipality', 'party', 'email'),
    person,
  },
};

// Building blocks that exist only to be expanded into other definitions.
const EXPAND_ONLY = new Set(['after', 'slot', 'phase-individual', 'phase-group', 'phase-self-study', 'phase-coaching']);
const ANNOTATIONS = ['title', 'description'];

/** Replaces every `$ref` below `node` by a copy of its target; the referring node's annotations win. */
function expand(node, defs) {
  if (Array.isArray(node)) return node.map((n) => expand(n, defs));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const { $ref, ...siblings } = node;
    const target = defs[$ref.replace('#/definitions/', '')];
    if (!target) throw new Error(`unknown ${$ref}`);
    const merged = { ...expand(target, defs), ...expand(siblings, defs) };
    const ordered = Object.fromEntries(ANNOTATIONS.filter((k) => k in merged).map((k) => [k, merged[k]]));
    return Object.assign(ordered, merged);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v, defs)]));
}

function finish(schema) {
  const defs = schema.definitions;
  const definitions = Object.fromEntries(
    Object.entries(defs)
      .filter(([name]) => !EXPAND_ONLY.has(name))
      .map(([name, def]) => [name, expand(def, defs)]),
  );
  return { ...schema, definitions };
}

const outputs = [programme, cohort, registrations, people].map((s) => [join(OUT, s.$id), `${JSON.stringify(finish(s), null, 2)}\n`]);

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [file] of stale) console.error(`${file} is out of date: run node schema/generate.mjs`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
}
