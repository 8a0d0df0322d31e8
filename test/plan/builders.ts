/**
 * Builders for planner tests, written to read like the brochures:
 *   aProgramme('droom').withGroupPhase('blok', { slot: 'thu 18:30 → fri 17:00', sessions: 4, every: '4w..5w' })
 *   aCohort('droom-2027').of(programme).starting('2027-03-01').facilitatedBy('marleen-vos').register('r01')
 */
import type { CohortModel } from '../../src/model/project.js';
import { assignCoaches } from '../../src/coaching/assign.js';
import { parseDateRange } from '../../src/calendar/date.js';
import { parseDuration, parseDurationRange } from '../../src/calendar/duration.js';
import { dutchHolidays } from '../../src/calendar/holidays.js';
import { schoolHolidays } from '../../src/calendar/school.js';
import type { Lang } from '../../src/i18n/index.js';
import type { PlanInput } from '../../src/plan/index.js';
import type {
  AvoidKind,
  Cohort,
  DateRange,
  Duration,
  DurationRange,
  LocationKind,
  Person,
  Phase,
  Programme,
  Registration,
  RegistrationStatus,
  SchoolRegion,
  Slot,
  TravelOverrides,
  Weekday,
} from '../../src/model/types.js';

export function dur(s: string): Duration {
  const d = parseDuration(s);
  if (!d) throw new Error(`bad duration ${s}`);
  return d;
}

export function durRange(s: string): DurationRange {
  const d = parseDurationRange(s);
  if (!d) throw new Error(`bad duration range ${s}`);
  return d;
}

export function dates(s: string): DateRange {
  const r = parseDateRange(s);
  if (!r) throw new Error(`bad date range ${s}`);
  return r;
}

/** `thu 18:30 → fri 17:00` (two days), `fri 09:30-16:30` (one day). */
export function slot(s: string): Slot {
  const two = /^(\w{3}) (\d\d:\d\d) → (\w{3}) (\d\d:\d\d)$/.exec(s);
  if (two) {
    const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const days = ((order.indexOf(two[3]!) - order.indexOf(two[1]!) + 7) % 7) + 1;
    return { weekday: two[1] as Weekday, start: two[2]!, end: two[4]!, days };
  }
  const one = /^(\w{3}) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(s);
  if (!one) throw new Error(`bad slot ${s}`);
  return { weekday: one[1] as Weekday, start: one[2]!, end: one[3]!, days: 1 };
}

interface Common {
  name?: string;
  after?: [string, string];
  location?: LocationKind;
  /** Narrows the programme's weekdays for this phase. */
  weekdays?: Weekday[];
  hours?: [string, string];
}

function narrow(o: Common) {
  return { ...(o.weekdays ? { weekdays: o.weekdays } : {}), ...(o.hours ? { hours: { start: o.hours[0], end: o.hours[1] } } : {}) };
}

function after(a: [string, string] | undefined) {
  if (!a) return {};
  const r = durRange(a[1]);
  return { after: { phase: a[0], min: r.min, max: r.max } };
}

export class ProgrammeBuilder {
  private p: Programme;
  constructor(id: string) {
    this.p = {
      id,
      name: `Programme ${id}`,
      organiser: 'NGB',
      audience: ['burgemeester'],
      membersOnly: false,
      span: durRange('12 months'),
      capacity: { min: 1, max: 12 },
      partners: 'optional',
      partnerSeat: true,
      calendar: {
        timezone: 'Europe/Amsterdam',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        avoid: ['public-holidays'],
        blackout: [],
        hours: { start: '09:00', end: '17:30' },
      },
      phases: [],
    };
  }
  named(name: string): this {
    this.p.name = name;
    return this;
  }
  lasting(span: string): this {
    this.p.span = durRange(span);
    return this;
  }
  seats(max: number, min = 1): this {
    this.p.capacity = { min, max };
    return this;
  }
  onWeekdays(...days: Weekday[]): this {
    this.p.calendar.weekdays = days;
    return this;
  }
  avoiding(...kinds: AvoidKind[]): this {
    this.p.calendar.avoid = kinds;
    return this;
  }
  schoolRegion(region: SchoolRegion | 'participants'): this {
    this.p.calendar.schoolRegion = region;
    if (!this.p.calendar.avoid.includes('school-holidays')) this.p.calendar.avoid.push('school-holidays');
    return this;
  }
  blackout(...ranges: string[]): this {
    this.p.calendar.blackout.push(...ranges.map(dates));
    return this;
  }
  hours(start: string, end: string): this {
    this.p.calendar.hours = { start, end };
    return this;
  }
  travelling(t: TravelOverrides): this {
    this.p.travel = t;
    return this;
  }
  partners(mode: Programme['partners'], seat = true): this {
    this.p.partners = mode;
    this.p.partnerSeat = seat;
    return this;
  }
  private push(ph: Phase): this {
    this.p.phases.push(ph);
    return this;
  }
  withGroupPhase(id: string, o: Common & { slot: string; sessions?: number; every?: string; dagdelen?: number; guests?: string[] }): this {
    return this.push({
      id,
      name: o.name ?? id,
      mode: 'group',
      slot: slot(o.slot),
      sessions: o.sessions ?? 1,
      ...(o.every ? { every: durRange(o.every) } : {}),
      location: o.location ?? 'venue',
      ...(o.dagdelen !== undefined ? { dagdelen: o.dagdelen } : {}),
      ...(o.guests ? { guests: o.guests } : {}),
      ...narrow(o),
      ...after(o.after),
    });
  }
  withIndividualPhase(
    id: string,
    o: Common & { duration?: string; window?: string; sessions?: number; sameDay?: boolean; break?: string; facilitators?: 'one' | 'all' } = {},
  ): this {
    return this.push({
      id,
      name: o.name ?? id,
      mode: 'individual',
      duration: durRange(o.duration ?? '2h'),
      window: dur(o.window ?? '4w'),
      sessions: o.sessions ?? 1,
      sameDay: o.sameDay ?? false,
      break: dur(o.break ?? '0m'),
      facilitators: o.facilitators ?? 'one',
      location: o.location ?? 'participant-municipality',
      ...narrow(o),
      ...after(o.after),
    });
  }
  withSelfStudy(id: string, o: Common & { window?: string; effort?: string } = {}): this {
    return this.push({
      id,
      name: o.name ?? id,
      mode: 'self-study',
      effort: durRange(o.effort ?? '2h'),
      window: dur(o.window ?? '3w'),
      location: o.location ?? 'online',
      ...narrow(o),
      ...after(o.after),
    });
  }
  withCoaching(id: string, o: Common & { sessions: string; every: string; duration?: string; spread?: string }): this {
    const [a, b] = o.sessions.split('..');
    return this.push({
      id,
      name: o.name ?? id,
      mode: 'coaching',
      sessions: { min: Number(a), max: Number(b ?? a) },
      every: durRange(o.every),
      duration: dur(o.duration ?? '1h'),
      ...(o.spread ? { spread: durRange(o.spread) } : {}),
      location: o.location ?? 'online',
      ...narrow(o),
      ...after(o.after),
    });
  }
  build(): Programme {
    return structuredClone(this.p);
  }
}

export function aProgramme(id = 'prog'): ProgrammeBuilder {
  return new ProgrammeBuilder(id);
}

export interface RegistrationOptions {
  unavailable?: string[];
  status?: RegistrationStatus;
  partnerJoins?: boolean;
  municipality?: string;
  /** ISO timestamp as written in the file; '' for a row without one. */
  registered?: string;
  priority?: number;
}

/** A confirmed registration of a burgemeester, registered on 1 October 2026 unless told otherwise. */
export function aRegistration(id: string, o: RegistrationOptions = {}): Registration {
  return {
    id,
    name: `Participant ${id}`,
    role: 'burgemeester',
    municipality: o.municipality ?? 'GM0344',
    email: `${id}@example.nl`,
    registered: o.registered ?? '2026-10-01T09:00:00+02:00',
    member: true,
    partnerJoins: o.partnerJoins ?? false,
    ...(o.partnerJoins ? { partner: `Partner of ${id}` } : {}),
    unavailable: (o.unavailable ?? []).map(dates),
    status: o.status ?? 'confirmed',
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
  };
}

export class CohortBuilder {
  private c: Cohort;
  programme?: Programme;
  constructor(id: string) {
    this.c = {
      id,
      programme: 'prog',
      title: `Cohort ${id}`,
      start: '2027-01-04',
      facilitators: [],
      pool: [],
      fixed: [],
      unavailable: [],
      registrations: [],
    };
  }
  of(p: Programme | ProgrammeBuilder): this {
    this.programme = p instanceof ProgrammeBuilder ? p.build() : p;
    this.c.programme = this.programme.id;
    return this;
  }
  starting(date: string): this {
    this.c.start = date;
    return this;
  }
  ending(date: string): this {
    this.c.end = date;
    return this;
  }
  at(name: string, address = 'Dorpsstraat 1', municipality = 'GM0352'): this {
    this.c.venue = { name, address, municipality };
    return this;
  }
  facilitatedBy(...ids: string[]): this {
    this.c.facilitators = ids;
    return this;
  }
  coachPool(...ids: string[]): this {
    this.c.pool = ids;
    return this;
  }
  /** The person who fills a guest role of the programme's group phases. */
  withGuest(role: string, person: string): this {
    this.c.guests = [...(this.c.guests ?? []), { role, person }];
    return this;
  }
  fix(session: string, date: string, start?: string): this {
    this.c.fixed.push({ session, date, ...(start ? { start } : {}) });
    return this;
  }
  unavailable(...ranges: string[]): this {
    this.c.unavailable.push(...ranges.map(dates));
    return this;
  }
  register(id: string, o: RegistrationOptions = {}): this {
    this.c.registrations.push(aRegistration(id, o));
    return this;
  }
  /** r01…rNN. */
  registerMany(n: number): this {
    for (let i = 1; i <= n; i++) this.register(`r${String(i).padStart(2, '0')}`);
    return this;
  }
  build(): { cohort: Cohort; programme: Programme } {
    if (!this.programme) throw new Error('cohort without programme');
    return { cohort: structuredClone(this.c), programme: structuredClone(this.programme) };
  }
}

export function aCohort(id = 'cohort'): CohortBuilder {
  return new CohortBuilder(id);
}

export function aPerson(
  id: string,
  o: { name?: string; municipality?: string; unavailable?: string[]; hours?: [string, string]; maxPerDay?: number; capacity?: number; travel?: TravelOverrides } = {},
): Person {
  return {
    ...(o.travel ? { travel: o.travel } : {}),
    id,
    name: o.name ?? id,
    ...(o.municipality ? { municipality: o.municipality } : {}),
    roles: ['facilitator'],
    unavailable: (o.unavailable ?? []).map(dates),
    ...(o.hours ? { hours: { start: o.hours[0], end: o.hours[1] } } : {}),
    ...(o.maxPerDay !== undefined ? { maxPerDay: o.maxPerDay } : {}),
    formerRoles: [],
    ...(o.capacity !== undefined ? { capacity: o.capacity } : {}),
  };
}

const ALL_KINDS: AvoidKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening'];
let holidayCache: PlanInput['holidays'] | undefined;
let schoolCache: PlanInput['schoolHolidays'] | undefined;

/** Real Dutch holidays 2026–2029 and every region's school holidays, as the CLI would pass them. */
export function calendarFacts(): Pick<PlanInput, 'holidays' | 'schoolHolidays'> {
  holidayCache ??= dutchHolidays(2026, 2029, ALL_KINDS);
  schoolCache ??= (['noord', 'midden', 'zuid'] as const).flatMap((r) => schoolHolidays(r).map((h) => ({ ...h })));
  return { holidays: holidayCache, schoolHolidays: schoolCache };
}

export function planInput(
  cohorts: (CohortBuilder | { cohort: Cohort; programme: Programme })[],
  people: Person[] = [],
  lang: Lang = 'en',
): PlanInput {
  const known = new Map(people.map((p) => [p.id, p]));
  const built = cohorts.map((c) => (c instanceof CohortBuilder ? c.build() : c));
  for (const { cohort } of built) for (const f of [...cohort.facilitators, ...cohort.pool, ...(cohort.guests ?? []).map((g) => g.person)]) if (!known.has(f)) known.set(f, aPerson(f));
  // Coaches are assigned before planning, as src/plan/assemble.ts does.
  return { cohorts: built, people: known, coaches: assignCoaches(built, known), ...calendarFacts(), lang };
}

/** Cohorts as the loader hands them to src/plan/assemble.ts: with their programme, file and people. */
export function loaded(cohorts: CohortBuilder[], people: Person[] = []): CohortModel[] {
  return cohorts.map((b) => {
    const { cohort, programme } = b.build();
    const known = new Map(people.map((p) => [p.id, p]));
    for (const f of [...cohort.facilitators, ...cohort.pool]) if (!known.has(f)) known.set(f, aPerson(f));
    return { cohort, programme, file: `cohorts/${cohort.id}.yaml`, people: known };
  });
}
