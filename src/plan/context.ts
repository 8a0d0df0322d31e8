/**
 * The planner's working view of one cohort: day numbers, the days its programme avoids (with the
 * reason for each), who takes part, and the phase tree. Built once per run from PlanInput.
 */
import { timeToMinutes } from '../calendar/date.js';
import { councilEvening } from '../calendar/holidays.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { avoidedSchoolRegions, participantsByRegion } from '../calendar/school.js';
import { placeIndex, type TravelSettings } from '../calendar/travel.js';
import { isActive } from '../capacity/place.js';
import type { Lang } from '../i18n/index.js';
import type { Infeasibility, SessionKind } from '../model/plan.js';
import type {
  Cohort,
  DateRange,
  Duration,
  DurationRange,
  FixedSession,
  Person,
  Phase,
  Programme,
  Registration,
} from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { day, iso, plus, weekday } from './days.js';
import { bookedDuration } from './booked.js';
import type { HolidayFact, PlanInput, SchoolHolidayFact } from './input.js';
import { personTravel } from './input.js';

/** Group phases with several sessions and no `every`: 3 to 6 weeks between starts ("about monthly"). */
export const DEFAULT_EVERY: DurationRange = { min: { amount: 3, unit: 'week' }, max: { amount: 6, unit: 'week' } };
/** Individual appointments per facilitator per day when the person file sets no max-per-day. */
export const DEFAULT_MAX_PER_DAY = 3;
/** Every coachee's first conversation falls within this long from the coaching phase's start. */
export const COACHING_START_WINDOW: Duration = { amount: 4, unit: 'week' };
/** Appointment start times are on a quarter-hour grid. */
export const TIME_STEP = 15;
/** Remembrance evening blocks what runs after this time unless the holiday says otherwise. */
export const EVENING_FROM = '18:00';

export type RuleId =
  | 'phase-order'
  | 'slot'
  | 'weekdays'
  | 'holidays'
  | 'school-holidays'
  | 'blackout'
  | 'facilitator-unavailable'
  | 'span'
  | 'fixed'
  | 'double-booking'
  | 'travel-time'
  | 'capacity'
  | 'hours'
  | 'dst'
  | 'coach-capacity'
  | 'search';

/** Every hard rule, in the order the score analysis lists them. */
export const HARD_RULES: readonly RuleId[] = [
  'phase-order',
  'slot',
  'weekdays',
  'holidays',
  'school-holidays',
  'blackout',
  'facilitator-unavailable',
  'span',
  'fixed',
  'double-booking',
  'travel-time',
  'capacity',
  'hours',
  'dst',
  'coach-capacity',
];

export interface Reason {
  rule: RuleId;
  text: string;
}

/** One planned meeting (or deadline) while planning; becomes a PlannedSession at the end. */
export interface Item {
  c: CohortCtx;
  p: PhaseCtx;
  session: string;
  kind: SessionKind;
  /** 1-based number within its phase (or series) and how many there are, for titles. */
  n: number;
  of: number;
  reg?: string;
  day: number;
  startMin: number;
  endDay: number;
  endMin: number;
  facilitators: string[];
  venue?: string;
  /** Where it is held (CBS code), for travel; undefined online or where not known yet. */
  place?: string;
  /** The place's index for the travel estimate (src/calendar/travel.ts placeIndex). */
  at?: number;
  fixed: boolean;
}

export interface Gap {
  min: Duration;
  /** Undefined: no upper bound (a phase without `after` simply follows the one before it). */
  max?: Duration;
  explicit: boolean;
}

export interface PhaseCtx {
  idx: number;
  phase: Phase;
  /** Index of the phase this one follows, -1 for the first phase. */
  parent: number;
  gap?: Gap;
  children: number[];
  /** Group: sessions; individual: appointments per registration; coaching: conversations per coachee. */
  n: number;
  every?: DurationRange;
  /** Individual and coaching: minutes per appointment, and the pause between same-day appointments. */
  apptMinutes: number;
  breakMinutes: number;
  /** Minutes of the phase's own working hours, when it narrows the programme's. */
  hours?: { start: number; end: number };
  /** Allowed weekdays (0 = Monday): the programme's, narrowed by the phase's own. */
  weekdays: boolean[];
  /** Group: the people the phase's guest roles name in this cohort (Cohort.guests), booked like facilitators. */
  guests: string[];
  /** Group: who every session books, the cohort's facilitators and the guests (one array, reused by every item). */
  people: string[];
  /** The cohort fixes an appointment or conversation of this phase: it has begun, so it may open before today (CohortCtx.open). */
  begun: boolean;
  /** Current placement. */
  items: Item[];
  /** The day the phase opened: for self-study the deadline is this plus the window. */
  open?: number;
}

export interface CohortCtx {
  idx: number;
  cohort: Cohort;
  programme: Programme;
  tz: string;
  start: number;
  /** First day a session that is not fixed may start: the cohort's start, or `today` once that has passed (PlanInput.today). */
  open: number;
  /** Last day any session may touch: the span's end or the cohort's end, whichever is first. */
  limit: number;
  spanLast: number;
  endLast?: number;
  /** The span's minimum, when the span is a range: a plan that ends before it gets a soft note. */
  spanMinLast?: number;
  /** Days with arrays: [h0, h1]. */
  h0: number;
  h1: number;
  active: Registration[];
  participants: string[];
  facilitators: string[];
  coaches: Map<string, string>;
  phases: PhaseCtx[];
  holidays: Map<number, HolidayFact>;
  /** Avoided school holiday days: the period's name and the regions (with `school-region: participants`, who lives there). */
  school: Map<number, { name: string; regions: { region: string; who: string[] }[] }>;
  closures: Map<number, { own: boolean; range: string }[]>;
  weekdays: boolean[];
  partUnavail: Map<number, string[]>;
  fixed: Map<string, FixedSession>;
  venueKey?: string;
  hours: { start: number; end: number };
}

export interface Env {
  lang: Lang;
  people: ReadonlyMap<string, Person>;
  personUnavail: Map<string, Set<number>>;
  /** Working hours in minutes of people whose file sets them. */
  hours: Map<string, { start: number; end: number }>;
  /** A person's own municipality (CBS code), where their day starts and ends, and its index (src/calendar/travel.ts). */
  home: Map<string, string>;
  homeAt: Map<string, number>;
  /** How a person's travel is estimated (src/calendar/travel.ts). */
  travelOf: (person: string) => TravelSettings;
  cohorts: CohortCtx[];
  infeasible: Infeasibility[];
}

function rangeText(r: DateRange): string {
  return r.start === r.end ? r.start : `${r.start}..${r.end}`;
}

function eachDayOf(r: DateRange, f: (n: number) => void): void {
  const a = day(r.start);
  const b = day(r.end);
  for (let n = a; n <= b; n++) f(n);
}

export function venueKeyOf(cohort: Cohort): string | undefined {
  return cohort.venue ? `${cohort.venue.name}|${cohort.venue.address ?? ''}` : undefined;
}

function resolvePhases(programme: Programme): PhaseCtx[] {
  const index = new Map(programme.phases.map((ph, i) => [ph.id, i]));
  const phases = programme.phases.map((phase, idx): PhaseCtx => {
    let parent = idx - 1;
    let gap: Gap | undefined = idx > 0 ? { min: { amount: 0, unit: 'day' }, explicit: false } : undefined;
    if (phase.after) {
      const at = index.get(phase.after.phase);
      // validation guarantees an earlier phase; anything else falls back to the phase before
      if (at !== undefined && at < idx) parent = at;
      if (parent >= 0) gap = { min: phase.after.min, max: phase.after.max, explicit: true };
    }
    let n = 1;
    let every: DurationRange | undefined;
    let apptMinutes = 0;
    let breakMinutes = 0;
    if (phase.mode === 'group') {
      n = Math.max(1, phase.sessions);
      every = n > 1 ? (phase.every ?? DEFAULT_EVERY) : undefined;
    } else if (phase.mode === 'individual') {
      n = Math.max(1, phase.sessions);
      apptMinutes = minutes(bookedDuration(phase));
      breakMinutes = phase.sameDay ? minutes(phase.break) : 0;
    } else if (phase.mode === 'coaching') {
      every = phase.every;
      apptMinutes = minutes(phase.duration);
      n = phase.dates === 'fixed' ? 0 : coachingCount(phase.sessions.min, phase.sessions.max, phase.every, phase.spread);
    }
    return { idx, phase, parent, gap, children: [], n, every, apptMinutes, breakMinutes, weekdays: [], guests: [], people: [], begun: false, items: [] };
  });
  for (const p of phases) if (p.parent >= 0) phases[p.parent]!.children.push(p.idx);
  return phases;
}

function minutes(d: Duration): number {
  return d.unit === 'hour' ? d.amount * 60 : d.unit === 'minute' ? d.amount : d.amount * 24 * 60;
}

/** sessions.min conversations, more only when every.max is too short to reach spread.min. */
function coachingCount(min: number, max: number, every: DurationRange, spread?: DurationRange): number {
  if (!spread) return min;
  const base = day('2027-01-01');
  const need = plus(base, spread.min) - base;
  for (let n = Math.max(1, min); n <= max; n++) {
    let d = base;
    for (let i = 1; i < n; i++) d = plus(d, every.max);
    if (d - base >= need) return n;
  }
  return Math.max(1, max);
}

function memoTravel(input: PlanInput): (person: string) => TravelSettings {
  const memo = new Map<string, TravelSettings>();
  return (person) => {
    let s = memo.get(person);
    if (!s) memo.set(person, (s = personTravel(input, person)));
    return s;
  };
}

export function buildEnv(input: PlanInput): Env {
  const env: Env = {
    lang: input.lang,
    people: input.people,
    personUnavail: new Map(),
    hours: new Map(),
    home: new Map(),
    homeAt: new Map(),
    travelOf: memoTravel(input),
    cohorts: [],
    infeasible: [],
  };
  for (const [id, person] of [...input.people].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const set = new Set<number>();
    for (const r of person.unavailable) eachDayOf(r, (n) => set.add(n));
    env.personUnavail.set(id, set);
    if (person.hours) env.hours.set(id, { start: timeToMinutes(person.hours.start), end: timeToMinutes(person.hours.end) });
    const home = person.municipality ? findMunicipality(person.municipality)?.code : undefined;
    if (home) {
      env.home.set(id, home);
      env.homeAt.set(id, placeIndex(home));
    }
  }
  const sorted = [...input.cohorts].sort((a, b) => (a.cohort.id < b.cohort.id ? -1 : a.cohort.id > b.cohort.id ? 1 : 0));
  sorted.forEach(({ cohort, programme }, idx) => {
    env.cohorts.push(buildCohort(input, cohort, programme, idx));
  });
  return env;
}

/** Day numbers of the input's holidays (parsed once per input, not once per cohort). */
const holidayDays = new WeakMap<PlanInput['holidays'], { n: number; h: HolidayFact }[]>();
/** A cohort's avoided holidays, by avoid list and day range: the cohorts of one programme and start share one. */
const holidayMaps = new WeakMap<PlanInput['holidays'], Map<string, Map<number, HolidayFact>>>();
/** One council evening (the planner only reads it): the same for every Monday to Thursday. */
const COUNCIL_EVENINGS = [0, 1, 2, 3, 4, 5, 6].map(councilEvening);

/**
 * The holidays of `avoid` on days lo..hi, with council evenings on the days without a holiday of their own.
 * The map is shared between cohorts and only read (CohortCtx.holidays).
 */
function avoidedHolidays(input: PlanInput, list: readonly string[], avoid: ReadonlySet<string>, lo: number, hi: number): Map<number, HolidayFact> {
  let byKey = holidayMaps.get(input.holidays);
  if (!byKey) holidayMaps.set(input.holidays, (byKey = new Map()));
  const key = `${[...list].sort().join(',')}|${lo}|${hi}`;
  const known = byKey.get(key);
  if (known) return known;
  let days = holidayDays.get(input.holidays);
  if (!days) holidayDays.set(input.holidays, (days = [...input.holidays].map(([date, h]) => ({ n: day(date), h }))));
  const holidays = new Map<number, HolidayFact>();
  for (const { n, h } of days) if (avoid.has(h.kind) && n >= lo && n <= hi) holidays.set(n, h);
  // council evenings block the evenings of the days without a holiday of their own
  if (avoid.has('council-evenings'))
    for (let n = lo; n <= hi; n++) {
      const e = holidays.has(n) ? undefined : COUNCIL_EVENINGS[weekday(n)];
      if (e) holidays.set(n, e);
    }
  byKey.set(key, holidays);
  return holidays;
}

/** Day numbers of the input's school holidays (parsed once per input). */
const schoolRanges = new WeakMap<PlanInput['schoolHolidays'], { s: SchoolHolidayFact; a: number; b: number }[]>();
/** School holiday days by region set and days, for the cohorts that name no participants in them (shared, only read). */
const schoolMaps = new WeakMap<PlanInput['schoolHolidays'], Map<string, CohortCtx['school']>>();

/**
 * The days lo..hi of the school holidays of `regions`; `who` (school-region: participants): who lives in
 * each region. lo..hi is the stretch CohortCtx.holidays covers too: no rule asks about a day outside it
 * (the horizon h0..h1 and the explanations' window a few weeks past the limit), and the input has years
 * of school holidays.
 */
function schoolDays(input: PlanInput, regions: ReadonlySet<string>, lo: number, hi: number, who?: ReadonlyMap<string, string[]>): CohortCtx['school'] {
  let ranges = schoolRanges.get(input.schoolHolidays);
  if (!ranges) schoolRanges.set(input.schoolHolidays, (ranges = input.schoolHolidays.map((s) => ({ s, a: day(s.start), b: day(s.end) }))));
  const school: CohortCtx['school'] = new Map();
  for (const { s, a, b } of ranges) {
    if (!regions.has(s.region)) continue;
    const entry = { region: s.region, who: who?.get(s.region) ?? [] };
    for (let n = Math.max(a, lo); n <= Math.min(b, hi); n++) {
      const at = school.get(n);
      if (!at) school.set(n, { name: s.name, regions: [entry] });
      else if (!at.regions.some((e) => e.region === s.region)) at.regions.push(entry);
    }
  }
  return school;
}

function sharedSchoolDays(input: PlanInput, regions: ReadonlySet<string>, lo: number, hi: number): CohortCtx['school'] {
  let byKey = schoolMaps.get(input.schoolHolidays);
  if (!byKey) schoolMaps.set(input.schoolHolidays, (byKey = new Map()));
  const key = `${[...regions].sort().join(',')}|${lo}|${hi}`;
  let school = byKey.get(key);
  if (!school) byKey.set(key, (school = schoolDays(input, regions, lo, hi)));
  return school;
}

/** The closed days of a programme's blackouts, for the cohorts that add none of their own. */
const blackouts = new WeakMap<readonly DateRange[], CohortCtx['closures']>();

function buildCohort(input: PlanInput, cohort: Cohort, programme: Programme, idx: number): CohortCtx {
  const start = day(cohort.start);
  const open = input.today === undefined ? start : Math.max(start, day(input.today));
  const spanLast = plus(start, programme.span.max) - 1;
  const endLast = cohort.end ? day(cohort.end) : undefined;
  const limit = endLast === undefined ? spanLast : Math.min(spanLast, endLast);
  const spanMin = plus(start, programme.span.min) - 1;
  const fixed = new Map(cohort.fixed.map((f) => [f.session, f]));
  let h0 = start;
  let h1 = limit;
  for (const f of cohort.fixed) {
    const n = day(f.date);
    h0 = Math.min(h0, n - 7);
    h1 = Math.max(h1, n + 14);
  }
  h1 += 7;

  const avoid = new Set(programme.calendar.avoid);
  const holidays = avoidedHolidays(input, programme.calendar.avoid, avoid, h0 - 7, h1 + 400);
  // The caller seats registrations (src/capacity/place.ts): the planner plans whoever it is given that is still active.
  const active = cohort.registrations.filter(isActive).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let school: CohortCtx['school'] = new Map();
  if (avoid.has('school-holidays')) {
    const setting = programme.calendar.schoolRegion;
    const regions = new Set(avoidedSchoolRegions(setting, active.map((r) => r.municipality)));
    const who = setting === 'participants' ? participantsByRegion(active) : undefined;
    school = who ? schoolDays(input, regions, h0 - 7, h1 + 400, who) : sharedSchoolDays(input, regions, h0 - 7, h1 + 400);
  }
  // a cohort without blackouts of its own shares its programme's (the map is only read)
  let closures = cohort.unavailable.length === 0 ? blackouts.get(programme.calendar.blackout) : undefined;
  if (!closures) {
    const own = new Map<number, { own: boolean; range: string }[]>();
    const close = (r: DateRange, mine: boolean) =>
      eachDayOf(r, (n) => {
        const list = own.get(n) ?? [];
        list.push({ own: mine, range: rangeText(r) });
        own.set(n, list);
      });
    for (const r of programme.calendar.blackout) close(r, false);
    for (const r of cohort.unavailable) close(r, true);
    if (cohort.unavailable.length === 0) blackouts.set(programme.calendar.blackout, own);
    closures = own;
  }
  const weekdays = WEEKDAYS.map((w) => programme.calendar.weekdays.includes(w));

  const participants = active.map((r) => r.id);
  const partUnavail = new Map<number, string[]>();
  for (const r of active) {
    const seen = new Set<number>();
    for (const u of r.unavailable)
      eachDayOf(u, (n) => {
        if (seen.has(n)) return;
        seen.add(n);
        const list = partUnavail.get(n) ?? [];
        list.push(r.id);
        partUnavail.set(n, list);
      });
  }

  const phases = resolvePhases(programme);
  const facilitators = [...new Set(cohort.facilitators)];
  const guestOf = new Map((cohort.guests ?? []).map((g) => [g.role, g.person]));
  for (const p of phases) {
    // a guest role the cohort leaves unnamed is a validation error (guest/missing); the planner books who is named
    p.guests = p.phase.mode === 'group' ? [...new Set((p.phase.guests ?? []).flatMap((role) => guestOf.get(role) ?? []))] : [];
    p.people = p.guests.length === 0 ? facilitators : [...new Set([...facilitators, ...p.guests])];
    p.begun = cohort.fixed.some((f) => ofPhase(f.session, p.phase.id));
    const own = p.phase.weekdays;
    p.weekdays = own ? WEEKDAYS.map((w, i) => weekdays[i]! && own.includes(w)) : weekdays;
    if (p.phase.hours) p.hours = { start: timeToMinutes(p.phase.hours.start), end: timeToMinutes(p.phase.hours.end) };
  }
  // Who coaches whom is decided before planning (src/coaching/); the planner only finds the dates.
  const coaches = new Map(input.coaches?.get(cohort.id) ?? []);

  return {
    idx,
    cohort,
    programme,
    tz: programme.calendar.timezone,
    start,
    open,
    limit,
    spanLast,
    endLast,
    spanMinLast: spanMin < spanLast ? spanMin : undefined,
    h0,
    h1,
    active,
    participants,
    // a person named twice is still one person
    facilitators,
    coaches,
    phases,
    holidays,
    school,
    closures,
    weekdays,
    partUnavail,
    fixed,
    venueKey: venueKeyOf(cohort),
    hours: {
      start: timeToMinutes(programme.calendar.hours.start),
      end: timeToMinutes(programme.calendar.hours.end),
    },
  };
}

/** A person's working day: their own hours, else the programme's. */
export function personHours(env: Env, c: CohortCtx, id: string): { start: number; end: number } {
  return env.hours.get(id) ?? c.hours;
}

export function maxPerDay(env: Env, id: string): number {
  return env.people.get(id)?.maxPerDay ?? DEFAULT_MAX_PER_DAY;
}

export function isoOf(n: number): string {
  return iso(n);
}

/** Whether a session id (`intake@r01`, `coaching#2@b03`) belongs to phase `id`'s appointments or conversations. */
export function ofPhase(session: string, id: string): boolean {
  return session.startsWith(`${id}@`) || session.startsWith(`${id}#`);
}
