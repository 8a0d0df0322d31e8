/**
 * The report use case: from loaded cohorts to the facts `cohort report` draws. Pure. The plan comes
 * from assemblePlan (src/plan/assemble.ts), seats, offers, the reserve list and the counts per
 * province and members from capacityReport (src/capacity/report.ts): the report recomputes none of
 * them, so its charts and tables say what `cohort plan` and `cohort capacity` say.
 *
 * Intervisie groups (src/intervisie/) and coach pairs (src/coaching/) arrive as `links`, already
 * decided by their own use cases; the report only draws them.
 */
import type { IntervisiePlan } from '../intervisie/plan.js';
import type { CoachAssignment } from '../coaching/assign.js';
import { dutchHolidays } from '../calendar/holidays.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { avoidedSchoolRegions, schoolHolidays } from '../calendar/school.js';
import { daysInMonth } from '../calendar/date.js';
import { placeCohorts } from '../capacity/place.js';
import type { WaitReason } from '../capacity/place.js';
import { capacityReport, type CohortCapacity } from '../capacity/report.js';
import { roadKm, travelMinutes, type TravelSettings } from '../calendar/travel.js';
import type { Lang } from '../i18n/index.js';
import type { ExportContext } from '../model/export-context.js';
import type { Infeasibility, PlannedSession } from '../model/plan.js';
import type { CohortModel } from '../model/project.js';
import type { AvoidKind, IsoDate, Programme, Registration, SchoolRegion } from '../model/types.js';
import { assemblePlan } from '../plan/assemble.js';
import { personTravel } from '../plan/input.js';

export interface ReportOptions {
  lang: Lang;
  today: IsoDate;
  version: string;
  /** Leave out names (participants, facilitators, coaches): ids stand in for them. E-mail addresses are never in a report. */
  redact: boolean;
}

/** An intervisie group as `cohort groups` formed it: its members are registration ids of `cohort`. */
export interface ReportGroup {
  cohort: string;
  id: string;
  members: readonly string[];
}

/** A coach pair as `cohort match` decided it: a registration of `cohort` and a person id from its pool. */
export interface ReportPair {
  cohort: string;
  coachee: string;
  coach: string;
}

/** What other use cases decided and the report draws as links on the map. */
export interface ReportLinks {
  groups?: readonly ReportGroup[];
  pairs?: readonly ReportPair[];
}

export interface Point {
  lat: number;
  lon: number;
}

/** A participant as the report may show them: an id, and the name unless redacted. */
export interface Who {
  id: string;
  label: string;
}

export interface Count {
  /** A province or party name; '' for a registration without a party. */
  key: string;
  count: number;
}

/** Participants in the running (seated or waiting), counted three ways. */
export interface Distribution {
  total: number;
  members: number;
  nonMembers: number;
  provinces: Count[];
  parties: Count[];
}

export interface ReportPhase {
  id: string;
  name: string;
  /** First and last day of the phase's sessions; absent when none is planned. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface ReportCapacity {
  seats: number;
  used: number;
  partnerSeats: number;
  placed: number;
  free: number;
  offers: { who: Who; seats: number; expires: IsoDate }[];
  reserve: { who: Who; position?: number; seats: number; reason: WaitReason }[];
}

export interface ReportCohort {
  id: string;
  title: string;
  programme: { id: string; name: string };
  phases: ReportPhase[];
  /** In the one session order; cancelled sessions included (drawn as such). */
  sessions: PlannedSession[];
  infeasible: Infeasibility[];
  capacity: ReportCapacity;
  distribution: Distribution;
  /** The school regions whose holidays this cohort's plan avoids (none, one, or its participants' with `school-region: participants`). */
  schoolRegions: SchoolRegion[];
}

export interface ReportProgramme {
  id: string;
  name: string;
  cohorts: string[];
  distribution: Distribution;
}

/** One dot on the map: a municipality with participants in the running. */
export interface ReportPlace extends Point {
  code: string;
  name: string;
  province: string;
  participants: (Who & { cohort: string })[];
}

export interface TravelDay {
  date: IsoDate;
  km: number;
  minutes: number;
  /** Trips to sessions that day; km and minutes include the drive home after the last one. */
  trips: number;
}

/** A facilitator or coach with a home on the map and their driving per day. */
export interface ReportTraveller extends Point {
  id: string;
  label: string;
  municipality: string;
  days: TravelDay[];
}

export interface ReportLink {
  kind: 'group' | 'pair';
  cohort: string;
  /** Group id, or `coachee → coach`. */
  label: string;
  from: Point;
  to: Point;
}

export interface Report {
  lang: Lang;
  today: IsoDate;
  version: string;
  redacted: boolean;
  /** First day of the first month and last day of the last month any cohort touches. */
  axis: { from: IsoDate; to: IsoDate };
  publicHolidays: { date: IsoDate; name: string }[];
  schoolHolidays: { region: SchoolRegion; name: string; start: IsoDate; end: IsoDate }[];
  cohorts: ReportCohort[];
  programmes: ReportProgramme[];
  places: ReportPlace[];
  travellers: ReportTraveller[];
  links: ReportLink[];
  /** Names, places and labels for the session tables (names redacted with `redact`). */
  exportContext: ExportContext;
}

const AVOID: AvoidKind[] = ['public-holidays'];
const REGIONS: SchoolRegion[] = ['noord', 'midden', 'zuid'];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most first, then by name (code-unit order: the same on every machine). */
function counted(map: ReadonlyMap<string, number>): Count[] {
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || cmp(a.key, b.key));
}

function tally(into: Map<string, number>, key: string, n = 1): void {
  into.set(key, (into.get(key) ?? 0) + n);
}

/** The registrations of a capacity row in the running (seated or waiting): the ones its province counts are over. */
function running(c: CohortCapacity): Registration[] {
  return c.cohort.registrations.filter((r) => c.provinceOf.has(r.id));
}

function distribution(rows: readonly CohortCapacity[]): Distribution {
  const provinces = new Map<string, number>();
  const parties = new Map<string, number>();
  let members = 0;
  let nonMembers = 0;
  for (const c of rows) {
    members += c.members;
    nonMembers += c.nonMembers;
    for (const p of c.provinces) tally(provinces, p.province, p.demand);
    for (const r of running(c)) tally(parties, r.party?.trim() ?? '');
  }
  return { total: members + nonMembers, members, nonMembers, provinces: counted(provinces), parties: counted(parties) };
}

function monthStart(d: IsoDate): IsoDate {
  return `${d.slice(0, 7)}-01`;
}

function monthEnd(d: IsoDate): IsoDate {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return `${d.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

const day = (s: string): IsoDate => s.slice(0, 10);

function phasesOf(programme: Programme, sessions: readonly PlannedSession[]): ReportPhase[] {
  return programme.phases.map((ph) => {
    const own = sessions.filter((s) => s.phase === ph.id && s.status !== 'cancelled');
    if (own.length === 0) return { id: ph.id, name: ph.name };
    const from = own.map((s) => day(s.start)).reduce((a, b) => (b < a ? b : a));
    const to = own.map((s) => day(s.end)).reduce((a, b) => (b > a ? b : a));
    return { id: ph.id, name: ph.name, from, to };
  });
}

/** The cohorts' facilitators and coaches with a known home, and their driving per day from the legs the planner gave each session. */
function travellers(
  staff: readonly string[],
  sessions: readonly PlannedSession[],
  people: ReadonlyMap<string, { name: string; municipality?: string }>,
  settingsOf: (person: string) => TravelSettings,
  label: (id: string, name: string) => string,
): ReportTraveller[] {
  const days = new Map<string, Map<IsoDate, TravelDay>>();
  // the last session of each person's day that ends that day, for the drive home
  const last = new Map<string, PlannedSession>();
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    for (const leg of s.travelBefore ?? []) {
      const own = days.get(leg.person) ?? new Map<IsoDate, TravelDay>();
      const d = own.get(day(s.start)) ?? { date: day(s.start), km: 0, minutes: 0, trips: 0 };
      d.km += leg.km;
      d.minutes += leg.minutes;
      d.trips++;
      own.set(d.date, d);
      days.set(leg.person, own);
    }
    for (const f of s.facilitators) {
      const key = `${f}\u0000${day(s.start)}`;
      const before = last.get(key);
      if (!before || s.end > before.end) last.set(key, s);
    }
  }
  // The planner's legs are the trips to sessions; the drive home after a person's last session of
  // the day (not after a block that runs overnight) is estimated by the same functions.
  for (const [key, s] of last) {
    const [person = '', date = ''] = key.split('\u0000');
    const d = days.get(person)?.get(date);
    const home = people.get(person)?.municipality;
    const at = s.location.kind === 'online' ? undefined : s.location.municipality;
    if (!d || !home || !at || day(s.end) !== date) continue;
    const settings = settingsOf(person);
    d.km += roadKm(at, home, settings.roadFactor);
    d.minutes += travelMinutes(at, home, settings);
  }
  const out: ReportTraveller[] = [];
  for (const id of [...new Set([...staff, ...days.keys()])].sort(cmp)) {
    const p = people.get(id);
    const m = p?.municipality ? findMunicipality(p.municipality) : undefined;
    if (!p || !m) continue;
    const list = [...(days.get(id)?.values() ?? [])].sort((a, b) => cmp(a.date, b.date)).map((d) => ({ ...d, km: Math.round(d.km), minutes: Math.round(d.minutes) }));
    out.push({ id, label: label(id, p.name), municipality: m.name, lat: m.lat, lon: m.lon, days: list });
  }
  return out;
}

function linksFrom(links: ReportLinks, where: (cohort: string, registration: string) => Point | undefined, coachAt: (coach: string) => Point | undefined): ReportLink[] {
  const out: ReportLink[] = [];
  for (const g of links.groups ?? []) {
    const points = g.members.map((m) => where(g.cohort, m)).filter((p): p is Point => p !== undefined);
    // A ring through the members in the group's order: every member is on it, each once.
    if (points.length < 2) continue;
    for (let i = 0; i < points.length; i++) {
      if (points.length === 2 && i === 1) break;
      out.push({ kind: 'group', cohort: g.cohort, label: g.id, from: points[i]!, to: points[(i + 1) % points.length]! });
    }
  }
  for (const p of links.pairs ?? []) {
    const a = where(p.cohort, p.coachee);
    const b = coachAt(p.coach);
    if (a && b) out.push({ kind: 'pair', cohort: p.cohort, label: `${p.coachee} → ${p.coach}`, from: a, to: b });
  }
  return out;
}

/** The coach pairs the plan was made with: each coaching cohort's pinned match, or the match `cohort match` proposes (src/coaching/assign.ts). */
function pairsOf(coaches: CoachAssignment | undefined): ReportPair[] {
  const out: ReportPair[] = [];
  for (const [cohort, pairs] of coaches ?? []) for (const [coachee, coach] of pairs) out.push({ cohort, coachee, coach });
  return out;
}

/** The intervisie groups the plan was made with (AssembledPlan.intervisie: those `cohort groups` forms on `today`, pinned groups kept as pinned). */
function groupsOf(intervisie: ReadonlyMap<string, IntervisiePlan>): ReportGroup[] {
  return [...intervisie.values()].flatMap((ip) => ip.groups.map((g) => ({ cohort: ip.cohort, id: g.group.id, members: g.group.members.map((m) => m.registration.id) })));
}

export function assembleReport(loaded: readonly CohortModel[], options: ReportOptions, links: ReportLinks = {}): Report {
  const { lang, today, version, redact } = options;
  const assembled = assemblePlan(loaded, { lang, today, version });
  const pairs = assembled.cohorts.map((c) => ({ cohort: c.cohort, programme: c.programme }));
  // Seats, offers and the reserve list exactly as `cohort capacity` reports them on `today`.
  const placements = placeCohorts(pairs, { today });
  const capacity = capacityReport(pairs, placements, today);
  const label = (id: string, name: string) => (redact ? id : name);
  const who = (r: Registration): Who => ({ id: r.id, label: label(r.id, r.name) });

  const cohorts: ReportCohort[] = capacity.cohorts.map((c) => {
    const sessions = assembled.plan.sessions.filter((s) => s.cohort === c.cohort.id);
    return {
      id: c.cohort.id,
      title: c.cohort.title,
      programme: { id: c.programme.id, name: c.programme.name },
      phases: phasesOf(c.programme, sessions),
      sessions,
      infeasible: assembled.plan.infeasible.filter((f) => f.cohort === c.cohort.id),
      capacity: {
        seats: c.seats,
        used: c.used,
        partnerSeats: c.partnerSeats,
        placed: c.placed,
        free: c.free,
        offers: c.offers.map((o) => ({ who: who(o.registration), seats: o.seats, expires: o.expires })),
        reserve: c.reserve.map((e) => ({ who: who(e.registration), seats: e.seats, reason: e.reason, ...(e.position !== undefined ? { position: e.position } : {}) })),
      },
      distribution: distribution([c]),
      // the regions the planner avoided: the seated participants', as src/plan/context.ts asks
      schoolRegions: c.programme.calendar.avoid.includes('school-holidays')
        ? avoidedSchoolRegions(c.programme.calendar.schoolRegion, (placements.get(c.cohort.id)?.placed ?? []).map((r) => r.municipality))
        : [],
    };
  });

  const programmes: ReportProgramme[] = [];
  for (const p of capacity.programmes) {
    const rows = capacity.cohorts.filter((c) => c.programme.id === p.programme.id);
    programmes.push({ id: p.programme.id, name: p.programme.name, cohorts: rows.map((c) => c.cohort.id), distribution: distribution(rows) });
  }

  const places = new Map<string, ReportPlace>();
  const registrationAt = new Map<string, Point>();
  for (const c of capacity.cohorts) {
    for (const r of running(c)) {
      const m = findMunicipality(r.municipality);
      if (!m) continue;
      const place = places.get(m.code) ?? { code: m.code, name: m.name, province: m.province, lat: m.lat, lon: m.lon, participants: [] };
      place.participants.push({ ...who(r), cohort: c.cohort.id });
      places.set(m.code, place);
      registrationAt.set(`${c.cohort.id}\u0000${r.id}`, { lat: m.lat, lon: m.lon });
    }
  }

  const people = assembled.input.people;
  const dates = [
    ...assembled.cohorts.flatMap((c) => [c.cohort.start, ...(c.cohort.end ? [c.cohort.end] : [])]),
    ...assembled.plan.sessions.flatMap((s) => [day(s.start), day(s.end)]),
  ].sort(cmp);
  const from = monthStart(dates[0] ?? today);
  const to = monthEnd(dates[dates.length - 1] ?? today);
  const years = { first: Number(from.slice(0, 4)), last: Number(to.slice(0, 4)) };
  const publicHolidays = [...dutchHolidays(years.first, years.last, AVOID)]
    .filter(([date]) => date >= from && date <= to)
    .map(([date, h]) => ({ date, name: h[lang] }))
    .sort((a, b) => cmp(a.date, b.date));
  const school = REGIONS.flatMap((region) => schoolHolidays(region).filter((h) => h.end >= from && h.start <= to).map((h) => ({ region, name: h.name, start: h.start, end: h.end })));

  const ctx = assembled.exportContext;
  const exportContext: ExportContext = redact
    ? {
        ...ctx,
        people: new Map([...ctx.people].map(([id]) => [id, { id, name: id }])),
        registrations: new Map([...ctx.registrations].map(([id, r]) => [id, { id, name: id, ...(r.municipality ? { municipality: r.municipality } : {}) }])),
      }
    : ctx;

  const coachAt = (id: string): Point | undefined => {
    const m = people.get(id)?.municipality ? findMunicipality(people.get(id)!.municipality!) : undefined;
    return m ? { lat: m.lat, lon: m.lon } : undefined;
  };

  return {
    lang,
    today,
    version,
    redacted: redact,
    axis: { from, to },
    publicHolidays,
    schoolHolidays: school,
    cohorts,
    programmes,
    places: [...places.values()].sort((a, b) => cmp(a.code, b.code)),
    travellers: travellers(
      assembled.cohorts.flatMap((c) => [...c.cohort.facilitators, ...c.cohort.pool]),
      assembled.plan.sessions,
      people,
      (person) => personTravel(assembled.input, person),
      label,
    ),
    links: linksFrom({ groups: links.groups ?? groupsOf(assembled.intervisie), pairs: links.pairs ?? pairsOf(assembled.input.coaches ?? new Map()) }, (c, r) => registrationAt.get(`${c}\u0000${r}`), coachAt),
    exportContext,
  };
}
