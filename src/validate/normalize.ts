/**
 * Schema-valid file data → the domain types of src/model/types.ts. Problems in values the schema
 * cannot see (an unreal date, a reversed range) are reported here, at the value's position.
 */
import { dateRangeProblem, isIsoDate, parseDateRange } from '../calendar/date.js';
import { durationMinutes, durationRangeProblem, parseDuration, parseDurationRange } from '../calendar/duration.js';
import { DEFAULT_TIMEZONE } from '../calendar/tz.js';
import { REGISTRATION_STATUSES, WADDEN_ISLANDS } from '../model/types.js';
import type {
  After,
  AvoidKind,
  Capacity,
  CoachPair,
  PinnedGroup,
  CountRange,
  DateRange,
  Duration,
  DurationRange,
  ExcludedPair,
  FixedSession,
  GuestAssignment,
  MatchWeights,
  Person,
  Phase,
  Programme,
  Quota,
  Registration,
  RegistrationStatus,
  TravelOverrides,
  Venue,
  Weekday,
} from '../model/types.js';
import type { RuleReporter as Reporter } from './rules-messages.js';

type Raw = Record<string, unknown>;

const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const strs = (v: unknown): string[] => arr(v).map(str).filter((s): s is string => s !== undefined);

const ZERO: Duration = { amount: 0, unit: 'day' };

function duration(r: Reporter, v: unknown, pointer: string, fallback: Duration = ZERO): Duration {
  const s = str(v);
  if (s === undefined) return fallback;
  const d = parseDuration(s);
  if (!d) {
    r.error('duration/invalid', pointer, { value: s });
    return fallback;
  }
  return d;
}

function durationRange(r: Reporter, v: unknown, pointer: string): DurationRange {
  const s = str(v);
  if (s === undefined) return { min: ZERO, max: ZERO };
  const range = parseDurationRange(s);
  if (!range) {
    r.error(durationRangeProblem(s) === 'reversed' ? 'duration/reversed-range' : 'duration/invalid', pointer, { value: s });
    return { min: ZERO, max: ZERO };
  }
  return range;
}

function countRange(r: Reporter, v: unknown, pointer: string): CountRange {
  if (typeof v === 'number') return { min: v, max: v };
  const m = /^\s*(\d+)\s*(?:\.\.\s*(\d+)\s*)?$/.exec(str(v) ?? '');
  if (!m) {
    r.error('count/invalid', pointer, { value: str(v) ?? '' });
    return { min: 1, max: 1 };
  }
  const range = { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
  if (range.min > range.max) r.error('count/reversed-range', pointer, { value: str(v) ?? '' });
  return range;
}

export function dateRanges(r: Reporter, v: unknown, pointer: string): DateRange[] {
  const out: DateRange[] = [];
  arr(v).forEach((item, i) => {
    const s = str(item) ?? '';
    const range = parseDateRange(s);
    if (range) out.push(range);
    else r.error(dateRangeProblem(s) === 'reversed' ? 'date/reversed-range' : 'date/unreal', `${pointer}/${i}`, { value: s });
  });
  return out;
}

function date(r: Reporter, v: unknown, pointer: string): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  if (!isIsoDate(s)) {
    r.error('date/unreal', pointer, { value: s });
    return undefined;
  }
  return s;
}

/** Without `max`, only the span limits the gap: the gap may be as long as the span itself. */
function after(r: Reporter, v: unknown, pointer: string, span: Duration): After {
  const a = obj(v);
  return {
    phase: str(a.phase) ?? '',
    min: duration(r, a.min, `${pointer}/min`),
    max: a.max === undefined ? span : duration(r, a.max, `${pointer}/max`, span),
  };
}

function phase(r: Reporter, raw: Raw, pointer: string, span: Duration): Phase {
  const base = {
    id: str(raw.id) ?? '',
    name: str(raw.name) ?? str(raw.id) ?? '',
    ...(str(raw.description) !== undefined ? { description: str(raw.description)! } : {}),
    ...(str(raw.preparation) !== undefined ? { preparation: str(raw.preparation)! } : {}),
    ...(raw.after !== undefined ? { after: after(r, raw.after, `${pointer}/after`, span) } : {}),
    location: (str(raw.location) ?? 'venue') as Phase['location'],
    ...(raw.weekdays !== undefined ? { weekdays: strs(raw.weekdays) as Weekday[] } : {}),
    ...(raw.hours !== undefined ? { hours: hoursOf(raw.hours) } : {}),
    ...(num(raw.dagdelen) !== undefined ? { dagdelen: num(raw.dagdelen)! } : {}),
  };
  switch (raw.mode) {
    case 'individual':
      return {
        ...base,
        mode: 'individual',
        duration: durationRange(r, raw.duration, `${pointer}/duration`),
        sessions: num(raw.sessions) ?? 1,
        sameDay: raw['same-day'] === true,
        break: duration(r, raw.break, `${pointer}/break`, { amount: 0, unit: 'minute' }),
        window: duration(r, raw.window, `${pointer}/window`, { amount: 4, unit: 'week' }),
        facilitators: raw.facilitators === 'all' ? 'all' : 'one',
      };
    case 'group': {
      const slot = obj(raw.slot);
      return {
        ...base,
        mode: 'group',
        slot: { weekday: (str(slot.weekday) ?? 'mon') as Weekday, start: str(slot.start) ?? '09:00', end: str(slot.end) ?? '17:00', days: num(slot.days) ?? 1 },
        sessions: num(raw.sessions) ?? 1,
        ...(raw.every !== undefined ? { every: durationRange(r, raw.every, `${pointer}/every`) } : {}),
        ...(Array.isArray(raw.guests) ? { guests: strs(raw.guests) } : {}),
      };
    }
    case 'self-study':
      return {
        ...base,
        mode: 'self-study',
        effort: durationRange(r, raw.effort, `${pointer}/effort`),
        window: duration(r, raw.window, `${pointer}/window`),
      };
    default:
      return {
        ...base,
        mode: 'coaching',
        sessions: countRange(r, raw.sessions, `${pointer}/sessions`),
        every: durationRange(r, raw.every, `${pointer}/every`),
        duration: duration(r, raw.duration, `${pointer}/duration`, { amount: 60, unit: 'minute' }),
        ...(raw.spread !== undefined ? { spread: durationRange(r, raw.spread, `${pointer}/spread`) } : {}),
        ...(raw.dates === 'fixed' ? { dates: 'fixed' as const } : {}),
      };
  }
}

function hoursOf(v: unknown): { start: string; end: string } {
  const h = obj(v);
  return { start: str(h.start) ?? '09:00', end: str(h.end) ?? '17:00' };
}

/** `travel:` of a programme or a person; a step is a duration, kept in minutes. */
function travel(r: Reporter, v: unknown, pointer: string): TravelOverrides | undefined {
  if (v === undefined) return undefined;
  const t = obj(v);
  const out: TravelOverrides = {};
  if (num(t['road-factor']) !== undefined) out.roadFactor = num(t['road-factor'])!;
  if (num(t.speed) !== undefined) out.speedKmh = num(t.speed)!;
  if (t.step !== undefined) {
    const step = durationMinutes(duration(r, t.step, `${pointer}/step`, { amount: 15, unit: 'minute' }));
    if (step === undefined || step <= 0) r.error('travel/step', `${pointer}/step`, { value: str(t.step) ?? '' });
    else out.stepMinutes = step;
  }
  if (typeof t['home-base'] === 'boolean') out.homeBase = t['home-base'];
  if (t.ferry !== undefined) {
    const ferry = obj(t.ferry);
    for (const island of WADDEN_ISLANDS) {
      if (ferry[island] === undefined) continue;
      const minutes = durationMinutes(duration(r, ferry[island], `${pointer}/ferry/${island}`, { amount: 0, unit: 'minute' }));
      if (minutes !== undefined) out.ferryMinutes = { ...out.ferryMinutes, [island]: minutes };
    }
  }
  return out;
}

/** Seats in layers: the group's min and max, an optional programme-wide total and quotas per role or province. */
function capacity(r: Reporter, cap: Raw): Capacity {
  const quotas: Quota[] = [];
  arr(cap.quotas).forEach((q, i) => {
    const o = obj(q);
    const role = str(o.role);
    const province = str(o.province);
    if ((role === undefined) === (province === undefined)) r.error('capacity/quota-kind', `/capacity/quotas/${i}`, {});
    else quotas.push({ on: role !== undefined ? 'role' : 'province', value: (role ?? province)!, max: num(o.max) ?? 0 });
  });
  return {
    min: num(cap.min) ?? 1,
    max: num(cap.max) ?? num(cap.min) ?? 1,
    ...(num(cap.total) !== undefined ? { total: num(cap.total)! } : {}),
    ...(quotas.length > 0 ? { quotas } : {}),
    ...(cap['skip-ahead'] === true ? { skipAhead: true } : {}),
  };
}

export function normalizeProgramme(r: Reporter): Programme {
  const raw = obj(r.file.data);
  const cal = obj(raw.calendar);
  const hours = obj(cal.hours);
  const cap = obj(raw.capacity);
  const region = str(cal['school-region']);
  const notPlannable = str(raw['not-plannable']);
  // a programme that is not plannable may leave out span and capacity: nothing to report then
  const span = notPlannable !== undefined && raw.span === undefined ? { min: { amount: 0, unit: 'day' as const }, max: { amount: 0, unit: 'day' as const } } : durationRange(r, raw.span, '/span');
  return {
    id: str(raw.id) ?? '',
    ...(notPlannable !== undefined ? { notPlannable } : {}),
    name: str(raw.name) ?? '',
    organiser: str(raw.organiser) ?? '',
    ...(str(raw['organiser-email']) ? { organiserEmail: str(raw['organiser-email'])! } : {}),
    audience: strs(raw.audience),
    ...(str(raw.stage) !== undefined ? { stage: str(raw.stage) as Programme['stage'] } : {}),
    membersOnly: obj(raw.eligibility)['members-only'] === true,
    span,
    capacity: capacity(r, cap),
    ...(raw.offers !== undefined ? { offers: { days: num(obj(raw.offers).days) ?? 5, until: str(obj(raw.offers).until) ?? 'start' } } : {}),
    ...(str(raw['go-no-go']) !== undefined ? { goNoGo: str(raw['go-no-go'])! } : {}),
    partners: (str(raw.partners) ?? 'none') as Programme['partners'],
    partnerSeat: raw['partner-seat'] !== false,
    calendar: {
      timezone: str(cal.timezone) ?? DEFAULT_TIMEZONE,
      weekdays: (cal.weekdays === undefined ? ['mon', 'tue', 'wed', 'thu', 'fri'] : strs(cal.weekdays)) as Weekday[],
      avoid: (cal.avoid === undefined ? ['public-holidays'] : strs(cal.avoid)) as AvoidKind[],
      ...(region !== undefined ? { schoolRegion: region as Programme['calendar']['schoolRegion'] } : {}),
      blackout: dateRanges(r, cal.blackout, '/calendar/blackout'),
      hours: { start: str(hours.start) ?? '09:00', end: str(hours.end) ?? '17:00' },
    },
    ...(raw.travel !== undefined ? { travel: travel(r, raw.travel, '/travel')! } : {}),
    ...(raw.matching !== undefined ? { matching: matchWeights(raw.matching) } : {}),
    phases: arr(raw.phases).map((p, i) => phase(r, obj(p), `/phases/${i}`, span.max)),
  };
}

/** The weights given (whole numbers; the schema reports others), the rest left to the defaults. */
function matchWeights(raw: unknown): Partial<MatchWeights> {
  const o = obj(raw);
  const out: Partial<MatchWeights> = {};
  for (const k of ['travel', 'role', 'availability', 'party'] as const) {
    const n = num(o[k]);
    if (n !== undefined && Number.isInteger(n) && n >= 0) out[k] = n;
  }
  return out;
}

/** A cohort without its registrations (they may live in another file). */
export interface CohortHead {
  id: string;
  programme: string;
  title: string;
  start: string;
  end?: string;
  venue?: Venue;
  facilitators: string[];
  pool: string[];
  people: string[];
  /** A path relative to the cohort file, or inline rows (validated with the cohort). */
  registrations: string | unknown[] | undefined;
  fixed: FixedSession[];
  unavailable: DateRange[];
  groups?: PinnedGroup[];
  guests?: GuestAssignment[];
  matches: CoachPair[];
  excluded: ExcludedPair[];
}

/** `matches` and `excluded` entries with both ids (the schema reports the rest). */
function pairs(raw: unknown, r: Reporter, at: string): ExcludedPair[] {
  return arr(raw).flatMap((e, i) => {
    const o = obj(e);
    const coachee = str(o.coachee);
    const coach = str(o.coach);
    if (coachee === undefined || coach === undefined) return [];
    const d = o.date === undefined ? undefined : date(r, o.date, `${at}/${i}/date`);
    return [{ coachee, coach, ...(d !== undefined ? { date: d } : {}) }];
  });
}

/** `guests: { directeur: ruth-mulder }` as role–person pairs in file order (the schema reports the rest). */
function guestsOf(raw: unknown): GuestAssignment[] {
  return Object.entries(obj(raw)).flatMap(([role, person]) => (typeof person === 'string' ? [{ role, person }] : []));
}

export function normalizeCohort(r: Reporter): CohortHead {
  const raw = obj(r.file.data);
  const venue = obj(raw.venue);
  const start = date(r, raw.start, '/start') ?? '1970-01-01';
  const end = date(r, raw.end, '/end');
  const fixed: FixedSession[] = [];
  arr(raw.fixed).forEach((f, i) => {
    const o = obj(f);
    const d = date(r, o.date, `/fixed/${i}/date`);
    if (d === undefined) return;
    fixed.push({
      session: str(o.session) ?? '',
      date: d,
      ...(str(o.start) !== undefined ? { start: str(o.start)! } : {}),
      ...(num(o.sequence) !== undefined ? { sequence: num(o.sequence)! } : {}),
      ...(o.status === 'cancelled' || o.status === 'confirmed' ? { status: o.status } : {}),
      ...(o.replan === true ? { replan: true } : {}),
      ...(str(o.host) !== undefined ? { host: str(o.host)! } : {}),
      ...(str(o.facilitator) !== undefined ? { facilitator: str(o.facilitator)! } : {}),
    });
  });
  return {
    id: str(raw.id) ?? '',
    programme: str(raw.programme) ?? '',
    title: str(raw.title) ?? '',
    start,
    ...(end !== undefined ? { end } : {}),
    ...(raw.venue !== undefined
      ? { venue: { name: str(venue.name) ?? '', ...(str(venue.address) ? { address: str(venue.address)! } : {}), ...(str(venue.municipality) ? { municipality: str(venue.municipality)! } : {}) } }
      : {}),
    facilitators: strs(raw.facilitators),
    pool: strs(raw.pool),
    people: strs(raw.people),
    registrations: typeof raw.registrations === 'string' ? raw.registrations : Array.isArray(raw.registrations) ? raw.registrations : undefined,
    fixed,
    unavailable: dateRanges(r, raw.unavailable, '/unavailable'),
    matches: pairs(raw.matches, r, '/matches').map(({ coachee, coach }) => ({ coachee, coach })),
    excluded: pairs(raw.excluded, r, '/excluded'),
    ...(raw.guests !== undefined ? { guests: guestsOf(raw.guests) } : {}),
    ...(raw.groups !== undefined
      ? {
          groups: arr(raw.groups).map((g) => {
            const o = obj(g);
            return { id: str(o.id) ?? '', members: strs(o.members), ...(str(o.facilitator) !== undefined ? { facilitator: str(o.facilitator)! } : {}) };
          }),
        }
      : {}),
  };
}


/** A normalised registration and the pointer of its row, for diagnostics. */
export interface RegistrationRow {
  reg: Registration;
  at: string;
}

/**
 * Registration rows (from CSV, a registrations file or inline) at `base` + `/<index>`; only the rows
 * `keep` accepts are normalised, each with the pointer of its own row.
 */
export function normalizeRegistrations(r: Reporter, rows: readonly unknown[], base: string, keep: (row: unknown) => boolean = () => true): RegistrationRow[] {
  const out: RegistrationRow[] = [];
  rows.forEach((row, i) => {
    if (!keep(row)) return;
    const at = `${base}/${i}`;
    out.push({ reg: registration(r, row, at), at });
  });
  return out;
}

function registration(r: Reporter, row: unknown, at: string): Registration {
  const o = obj(row);
  const status = str(o.status) as RegistrationStatus | undefined;
  const offerExpires = date(r, o['offer-expires'], `${at}/offer-expires`);
  // Keys added in place, in the order they always had (no spread of a temporary object a key): every command builds 10,000 of these.
  const reg = {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    role: str(o.role) ?? '',
    municipality: str(o.municipality) ?? '',
    email: str(o.email) ?? '',
    registered: str(o.registered) ?? '',
    member: o.member === true,
  } as Registration;
  const party = str(o.party);
  if (party !== undefined) reg.party = party;
  const partner = str(o.partner);
  if (partner !== undefined) reg.partner = partner;
  reg.partnerJoins = o['partner-joins'] === true;
  reg.unavailable = dateRanges(r, o.unavailable, `${at}/unavailable`);
  reg.status = status && REGISTRATION_STATUSES.includes(status) ? status : 'registered';
  const priority = num(o.priority);
  if (priority !== undefined) reg.priority = priority;
  if (offerExpires !== undefined) reg.offerExpires = offerExpires;
  const decision = str(o.decision);
  if (decision === 'go' || decision === 'no-go') reg.decision = decision;
  const decided = date(r, o.decided, `${at}/decided`);
  if (decided !== undefined) reg.decided = decided;
  return reg;
}

export function normalizePeople(r: Reporter): Person[] {
  return arr(obj(r.file.data).people).map((p, i) => {
    const o = obj(p);
    const hours = o.hours === undefined ? undefined : obj(o.hours);
    return {
      id: str(o.id) ?? '',
      name: str(o.name) ?? '',
      ...(str(o.email) !== undefined ? { email: str(o.email)! } : {}),
      ...(str(o.municipality) !== undefined ? { municipality: str(o.municipality)! } : {}),
      roles: strs(o.roles),
      unavailable: dateRanges(r, o.unavailable, `/people/${i}/unavailable`),
      ...(hours ? { hours: { start: str(hours.start) ?? '09:00', end: str(hours.end) ?? '17:00' } } : {}),
      ...(num(o['max-per-day']) !== undefined ? { maxPerDay: num(o['max-per-day'])! } : {}),
      ...(o.travel !== undefined ? { travel: travel(r, o.travel, `/people/${i}/travel`)! } : {}),
      formerRoles: strs(o['former-roles']),
      ...(str(o.party) !== undefined ? { party: str(o.party)! } : {}),
      ...(num(o.capacity) !== undefined ? { capacity: num(o.capacity)! } : {}),
    };
  });
}
