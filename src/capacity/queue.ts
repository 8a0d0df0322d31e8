/**
 * The queue of src/capacity/place.ts: who has a seat and who waits by the capacity layers. Every
 * command places through place.ts (`placeCohorts`), which seats a cohort that forms intervisie
 * groups in its groups instead; the groups use case itself (src/intervisie/groups.ts) asks this
 * queue who is in the running, and in which order.
 *
 * A registration and a partner who joins form one unit (two seats where the programme says a
 * partner takes one), placed together or not at all. Capacity comes in layers: the group's `max`,
 * the programme's `total` over all its cohorts placed together, and quotas per role or province in
 * a group; a unit takes a seat only where every layer that applies has room, and reports name the
 * layer that binds. Members-only programmes seat no non-member.
 *
 * Order: confirmed registrations and open offers keep their seats first; then the queue (registered
 * and waiting) by priority (lower first), registration time, id. With `skip-ahead: false` (the
 * default) a unit that does not fit holds up everyone behind it in the layers it lacks room in, so
 * nobody is passed over; with `skip-ahead: true` a smaller unit further down may take the seats. A
 * unit held back only by its own quota holds up nobody. A `waiting` registration moves up only
 * through an offer: the seats it fits are held for it and reported as an offer due.
 */
import { findMunicipality } from '../calendar/municipalities.js';
import { registeredInstant } from '../calendar/tz.js';
import type { GroupsResult } from '../intervisie/groups.js';
import type { Cohort, IsoDate, Programme, Registration } from '../model/types.js';

export type Layer =
  | { kind: 'group'; cohort: string; max: number }
  /** A cohort that forms intervisie groups: `groups` groups (as `cohort groups` forms or pins them) of at most `max`; `min` to form one. */
  | { kind: 'groups'; cohort: string; groups: number; max: number; min: number }
  | { kind: 'total'; programme: string; max: number }
  | { kind: 'quota'; cohort: string; on: 'role' | 'province'; value: string; max: number };

export interface LayerUse {
  layer: Layer;
  /** Seats taken, including seats held for an offer that is due. */
  used: number;
  free: number;
}

export interface Seated {
  registration: Registration;
  seats: number;
  /** What gives the seat: a confirmation, an open offer, or the queue (registered, not yet confirmed). */
  via: 'confirmed' | 'offered' | 'queue';
}

/** Why `cohort groups` leaves a registration in the running out of every group (src/intervisie/groups.ts decides). */
export type GroupReason =
  /** Too few in the running for one group of `min` from different municipalities: `running` registrations from `municipalities` different ones. */
  | { kind: 'too-few'; running: number; municipalities: number; min: number }
  /** Every group with a free seat already has a member from this municipality. */
  | { kind: 'municipality'; municipality: string; groups: number }
  /** Registration order: every seat was taken before this registration's turn. */
  | { kind: 'full'; seats: number; province: string }
  /** Best groups: the group nearest this registration would gain the most travel of anyone (average km to its members). */
  | { kind: 'far'; group: string; averageKm: number };

export type WaitReason =
  /** The unit needs more seats than this layer has free. */
  | { kind: 'full'; layer: Layer }
  /** Strict order: there is room, but a unit ahead that does not fit waits first. */
  | { kind: 'behind'; id: string }
  /** Only its own quota is full. */
  | { kind: 'quota'; layer: Layer }
  /** A members-only programme, and not a member. */
  | { kind: 'not-member' }
  /** On the reserve list and a seat is free for it: the seats are held until the offer is made. */
  | { kind: 'offer-due' }
  /** Confirmed or offered, but the layer has no seat left (capacity lowered, or too many confirmed). */
  | { kind: 'over-capacity'; layer: Layer }
  /** In the running, but the intervisie groups have no seat for them (the reason `cohort groups` gives). */
  | { kind: 'group'; reason: GroupReason };

export interface Waiting {
  registration: Registration;
  seats: number;
  /** 1 is first in line; none for a registration that cannot be seated at all (not a member). */
  position?: number;
  reason: WaitReason;
}

export interface Left {
  registration: Registration;
  /** An offer past its expiry (by `today`) holds no seat, though the file may still say offered. */
  why: 'declined' | 'expired' | 'cancelled' | 'withdrawn' | 'offer-expired';
}

export interface Placement {
  cohort: string;
  /** Seated registrations in queue order. */
  placed: Registration[];
  /** Waiting registrations in order: position 1 is offered the next free seat. */
  reserve: Registration[];
  seated: Seated[];
  waiting: Waiting[];
  left: Left[];
  /** Seats the placed take, partners included. */
  seatsUsed: number;
  /** The group's `max`; for a cohort that forms groups, the groups' seats (groups × max). */
  seats: number;
  /** Free seats: the fewest of the group and the programme total (seats held for a due offer are not free). */
  free: number;
  /** The group or the total, whichever leaves fewer seats free (the group on a tie). */
  binding: Layer;
  /** Every layer of this cohort: group, total (if any), quotas. */
  layers: LayerUse[];
  /** Waiting registrations a free seat is held for: the offers to make. */
  due: Registration[];
  /** An intervisie cohort: how many registrations more would open another group, and where most of the reserve list is (`cohort groups`' line). */
  opening?: { more: number; province: string; with: string[] };
  /** An intervisie cohort: the groups its seats are (formGroups' result; with facilitators when placed with `facilitators`). */
  groups?: GroupsResult;
}

export interface PlaceOptions {
  /**
   * The day of the placement (`--today`, the one date every command is given): an offer whose last
   * day is before it holds no seat. Required, so that no command places without it; `undefined`
   * reads the file as it stands, every offer open (validate's check of the seats held, and the
   * lifecycle's "before" that says who waited).
   */
  today: IsoDate | undefined;
  /** Intervisie groups get their facilitators from each cohort's `people` too (plan assembly: one formGroups serves seats and facilitators). */
  facilitators?: boolean;
}

/** The file as it stands: every offer holds its seat, whatever the date. */
export const AS_WRITTEN: PlaceOptions = { today: undefined };

/** Seats held for waiting registrations a seat is free for, until the offer is made: neither taken nor free. */
export function seatsDue(p: Placement): number {
  return p.waiting.reduce((n, w) => n + (w.reason.kind === 'offer-due' ? w.seats : 0), 0);
}

/** Statuses that hold a seat or wait for one. */
export function isActive(r: Registration): boolean {
  return r.status === 'registered' || r.status === 'waiting' || r.status === 'confirmed' || r.status === 'offered';
}

/** An offer still holds its seat on `today` (the expiry day is the last day to answer). */
export function isOpenOffer(r: Registration, today: IsoDate | undefined): boolean {
  return r.status === 'offered' && (today === undefined || r.offerExpires === undefined || r.offerExpires >= today);
}

export function seatsOf(r: Registration, programme: Programme): number {
  return 1 + (r.partnerJoins && programme.partnerSeat && programme.partners !== 'none' ? 1 : 0);
}

/** Seats the registrations take together, partners who join included. */
export function seatsTaken(registrations: readonly Registration[], programme: Programme): number {
  return registrations.reduce((n, r) => n + seatsOf(r, programme), 0);
}

/** ISO timestamps with offsets compare as instants only after conversion; a date alone is midnight in the programme's zone. */
function instant(r: Registration, tz: string): number {
  const t = registeredInstant(r.registered, tz);
  // No time, no claim on a place in the queue: validate reports it, and here it waits behind every dated one.
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

interface QueueKey {
  priority: number;
  at: number;
  id: string;
}

function queueKey(r: Registration, tz: string): QueueKey {
  return { priority: r.priority ?? Number.MAX_SAFE_INTEGER, at: instant(r, tz), id: r.id };
}

function compareKeys(a: QueueKey, b: QueueKey): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function layerKey(l: Layer): string {
  return l.kind === 'total' ? `total:${l.programme}` : l.kind === 'group' ? `group:${l.cohort}` : l.kind === 'groups' ? `groups:${l.cohort}` : `quota:${l.cohort}:${l.on}:${l.value}`;
}

/** Queue order of a programme's registrations: priority (lower first, none last), registration time (a date alone is midnight in `tz`), id. */
export function queueOrder(tz: string): (a: Registration, b: Registration) => number {
  return (a, b) => compareKeys(queueKey(a, tz), queueKey(b, tz));
}

interface Unit {
  reg: Registration;
  /** Computed once: a sort compares each registration many times. */
  key: QueueKey;
  /** Place in the order of every unit of the programme, for the lists of each cohort. */
  rank: number;
  cohort: string;
  seats: number;
  /** Group, then total: the seats every unit competes for. */
  shared: Counter[];
  quotas: Counter[];
}

interface Counter {
  layer: Layer;
  used: number;
}

const free = (c: Counter) => c.layer.max - c.used;

/** The queue across the cohorts of one programme: queue order, then cohort id for equal ids. */
function compareUnits(a: Unit, b: Unit): number {
  return compareKeys(a.key, b.key) || (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0);
}

/** The layer that leaves the fewest seats free; the first (the group) on a tie. */
function tightest(counters: readonly Counter[]): Counter {
  return counters.reduce((best, c) => (free(c) < free(best) ? c : best));
}

function province(r: Registration): string | undefined {
  return r.municipality ? findMunicipality(r.municipality)?.province : undefined;
}

/** Seats every cohort given by the capacity layers, the cohorts of one programme together (its `total` spans them). */
export function placeQueue(cohorts: readonly { cohort: Cohort; programme: Programme }[], options: PlaceOptions): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const byProgramme = new Map<string, { cohort: Cohort; programme: Programme }[]>();
  for (const c of cohorts) {
    const group = byProgramme.get(c.programme.id);
    if (group) group.push(c);
    else byProgramme.set(c.programme.id, [c]);
  }
  for (const group of byProgramme.values()) for (const p of placeProgramme(group, options)) out.set(p.cohort, p);
  // In the order given, whatever the programmes.
  return new Map(cohorts.map((c) => [c.cohort.id, out.get(c.cohort.id)!]));
}

/** The first index whose unit is not `before` the one looked for (the units are in order). */
function lowerBound(units: readonly Unit[], before: (u: Unit) => boolean): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(units[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function placeProgramme(cohorts: readonly { cohort: Cohort; programme: Programme }[], options: PlaceOptions): Placement[] {
  const programme = cohorts[0]!.programme;
  const cap = programme.capacity;
  const total: Counter | undefined = cap.total !== undefined ? { layer: { kind: 'total', programme: programme.id, max: cap.total }, used: 0 } : undefined;
  const groups = new Map<string, Counter>();
  const quotas = new Map<string, Counter[]>();
  const seated = new Map<string, (Seated & { rank: number })[]>();
  const waiting = new Map<string, (Waiting & { rank: number })[]>();
  const left = new Map<string, Left[]>();
  const due = new Map<string, Set<Registration>>();
  const holders: Unit[] = [];
  const queue: Unit[] = [];
  const ineligible: (Waiting & { key: QueueKey; cohort: string })[] = [];
  const byProvince = (cap.quotas ?? []).some((q) => q.on === 'province');
  for (const { cohort } of cohorts) {
    const group: Counter = { layer: { kind: 'group', cohort: cohort.id, max: cap.max }, used: 0 };
    groups.set(cohort.id, group);
    const own = (cap.quotas ?? []).map((q): Counter => ({ layer: { kind: 'quota', cohort: cohort.id, on: q.on, value: q.value, max: q.max }, used: 0 }));
    quotas.set(cohort.id, own);
    seated.set(cohort.id, []);
    waiting.set(cohort.id, []);
    left.set(cohort.id, []);
    due.set(cohort.id, new Set());
    // Every unit of the cohort competes for the same seats: one list for them all.
    const shared = total ? [group, total] : [group];
    const noQuotas: Counter[] = [];
    for (const reg of cohort.registrations) {
      if (!isActive(reg)) {
        left.get(cohort.id)!.push({ registration: reg, why: reg.status as Left['why'] });
        continue;
      }
      if (reg.status === 'offered' && !isOpenOffer(reg, options.today)) {
        left.get(cohort.id)!.push({ registration: reg, why: 'offer-expired' });
        continue;
      }
      const seats = seatsOf(reg, programme);
      const key = queueKey(reg, programme.calendar.timezone);
      if (programme.membersOnly && !reg.member) {
        ineligible.push({ registration: reg, seats, reason: { kind: 'not-member' }, key, cohort: cohort.id });
        continue;
      }
      // The province is looked up only when a quota counts provinces.
      const where = byProvince ? province(reg) : undefined;
      const mine = own.length === 0 ? noQuotas : own.filter((q) => (q.layer.kind === 'quota' && q.layer.on === 'role' ? q.layer.value === reg.role : q.layer.kind === 'quota' && q.layer.value === where));
      const unit: Unit = { reg, key, rank: 0, cohort: cohort.id, seats, shared, quotas: mine };
      (reg.status === 'confirmed' || reg.status === 'offered' ? holders : queue).push(unit);
    }
  }
  const take = (u: Unit) => {
    for (const c of u.shared) c.used += u.seats;
    for (const c of u.quotas) c.used += 1;
  };
  const NONE = { shared: [] as Counter[], quota: [] as Counter[] };
  // Most units fit or most are turned away: the lists of what is short are made only when something is.
  const roomFor = (u: Unit) => (u.shared.every((c) => free(c) >= u.seats) && u.quotas.every((c) => free(c) >= 1) ? NONE : { shared: u.shared.filter((c) => free(c) < u.seats), quota: u.quotas.filter((c) => free(c) < 1) });

  // One order over every unit: the lists of each cohort follow it without sorting again.
  const everyone = [...holders, ...queue].sort(compareUnits);
  everyone.forEach((u, i) => (u.rank = i));
  // Who can never be seated keeps their place in the order too, between the units around them.
  ineligible.sort((a, b) => compareKeys(a.key, b.key) || (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));
  ineligible.forEach((x, i) => {
    const at = lowerBound(everyone, (u) => compareKeys(u.key, x.key) < 0);
    waiting.get(x.cohort)!.push({ registration: x.registration, seats: x.seats, reason: x.reason, rank: at - 1 + (i + 1) / (ineligible.length + 1) });
  });

  // Confirmed registrations and open offers keep their seats, in queue order while they fit.
  for (const u of holders.sort(compareUnits)) {
    const short = roomFor(u);
    const lacking = short.shared[0] ?? short.quota[0];
    if (lacking) {
      waiting.get(u.cohort)!.push({ registration: u.reg, seats: u.seats, reason: { kind: 'over-capacity', layer: lacking.layer }, rank: u.rank });
      continue;
    }
    take(u);
    seated.get(u.cohort)!.push({ registration: u.reg, seats: u.seats, via: u.reg.status === 'confirmed' ? 'confirmed' : 'offered', rank: u.rank });
  }

  // The queue: blocked layers hold up every later unit that needs them (strict order).
  // Keyed by the counter itself: one counter a layer (a cohort's group, the programme's total).
  const blockedBy = new Map<Counter, string>();
  for (const u of queue.sort(compareUnits)) {
    const short = roomFor(u);
    const wait = (reason: WaitReason) => waiting.get(u.cohort)!.push({ registration: u.reg, seats: u.seats, reason, rank: u.rank });
    if (short.shared.length > 0) {
      wait({ kind: 'full', layer: tightest(short.shared).layer });
      if (!cap.skipAhead) for (const c of short.shared) if (!blockedBy.has(c)) blockedBy.set(c, u.reg.id);
      continue;
    }
    let blocker: string | undefined;
    if (blockedBy.size > 0) for (const c of u.shared) blocker ??= blockedBy.get(c);
    if (blocker !== undefined) {
      wait({ kind: 'behind', id: blocker });
      continue;
    }
    if (short.quota.length > 0) {
      wait({ kind: 'quota', layer: short.quota[0]!.layer });
      continue;
    }
    take(u);
    if (u.reg.status === 'waiting') {
      wait({ kind: 'offer-due' });
      due.get(u.cohort)!.add(u.reg);
    } else seated.get(u.cohort)!.push({ registration: u.reg, seats: u.seats, via: 'queue', rank: u.rank });
  }

  return cohorts.map(({ cohort }) => {
    const id = cohort.id;
    const group = groups.get(id)!;
    const s = seated.get(id)!.sort((a, b) => a.rank - b.rank).map(({ rank: _r, ...x }): Seated => x);
    // Holders that lost their seat come first; then the queue in order; positions skip who can never be seated.
    const first = (w: Waiting) => (w.reason.kind === 'over-capacity' ? 0 : 1);
    const w = waiting.get(id)!.sort((a, b) => first(a) - first(b) || a.rank - b.rank).map(({ rank: _r, ...x }): Waiting => x);
    let position = 0;
    for (const x of w) if (x.reason.kind !== 'not-member') x.position = ++position;
    const shared = total ? [group, total] : [group];
    const layers = [...shared, ...quotas.get(id)!].map((c) => ({ layer: c.layer, used: c.used, free: free(c) }));
    const seatsUsed = s.reduce((n, x) => n + x.seats, 0);
    return {
      cohort: id,
      placed: s.map((x) => x.registration),
      reserve: w.map((x) => x.registration),
      seated: s,
      waiting: w,
      left: left.get(id)!.map((l) => ({ l, key: queueKey(l.registration, programme.calendar.timezone) })).sort((a, b) => compareKeys(a.key, b.key)).map((x) => x.l),
      seatsUsed,
      seats: cap.max,
      free: Math.max(0, Math.min(...shared.map(free))),
      binding: tightest(shared).layer,
      layers,
      due: w.filter((x) => x.reason.kind === 'offer-due').map((x) => x.registration),
    };
  });
}
