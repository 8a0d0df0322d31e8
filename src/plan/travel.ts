/**
 * Travel while planning (SPEC §5): where each session is, whether a person can get from one session to
 * the next in time, and how far they drive in a day. The estimate itself is src/calendar/travel.ts.
 *
 * The hard rule, per person and day (a session that runs past midnight counts on each day it touches):
 * - between two consecutive sessions at known places, the free time (the gap minus the person's
 *   sessions without a place in between: online ones, taken wherever the person is) is at least the
 *   travel time;
 * - with a home municipality (and `homeBase`), every appointment is reachable from home after the start
 *   of the person's working hours (their own, else the programme's), and leaves time to get back before
 *   their end, again minus
 *   the sessions without a place in that stretch. With only appointments in a day this is exactly "the
 *   first appointment is reachable from home and the last one gets them home"; group sessions keep
 *   their slot times, so they are left out of this part.
 * Because the estimate keeps the triangle inequality, taking a session out never breaks the rule, so
 * only adding one needs a check.
 */
import { findMunicipality } from '../calendar/municipalities.js';
import { allMunicipalities } from '../calendar/municipalities.js';
import { kmAt, minutesAt, placeIndex, type TravelSettings } from '../calendar/travel.js';
import type { TravelLeg } from '../model/plan.js';
import type { CohortCtx, Env, Item, PhaseCtx } from './context.js';
import { personHours } from './context.js';
import { WEIGHT } from './cost.js';
import { DAY_MINUTES } from './days.js';
import { personKey, type Bookings } from './resources.js';

/** Where a session of phase p (for registration reg) is held: a CBS code, or undefined (online, or not known yet). */
/** The CBS code of a municipality index. */
export function codeAt(at: number): string {
  return allMunicipalities()[at]!.code;
}

const places = new WeakMap<CohortCtx, { venue?: string; byReg: Map<string, string | undefined> }>();

/** A municipality as its CBS code (validation already writes codes; names are looked up). */
export function codeOf(municipality: string | undefined): string | undefined {
  return municipality === undefined ? undefined : (findMunicipality(municipality)?.code ?? municipality);
}

export function placeOf(c: CohortCtx, p: PhaseCtx, reg: string | undefined): string | undefined {
  let known = places.get(c);
  if (!known) places.set(c, (known = { venue: codeOf(c.cohort.venue?.municipality), byReg: new Map(c.active.map((r) => [r.id, codeOf(r.municipality)])) }));
  switch (p.phase.location) {
    case 'venue':
      return known.venue;
    case 'participant-municipality':
      return reg === undefined ? undefined : known.byReg.get(reg);
    default:
      // online; host-rotation until a host is rostered
      return undefined;
  }
}

/** What is being placed: enough of an item to check it before it exists. */
export interface Probe {
  c: CohortCtx;
  p: PhaseCtx;
  kind: Item['kind'];
  place?: string;
  /** placeIndex(place), when known already. */
  at?: number;
}

function isAppointment(kind: Item['kind']): boolean {
  return kind === 'individual' || kind === 'coaching';
}


export interface Seg {
  a: number;
  b: number;
  /** Index of the municipality (src/calendar/travel.ts placeIndex), -1 without a place. */
  at: number;
  item?: Item;
  appt: boolean;
  c?: CohortCtx;
  p?: PhaseCtx;
}

const NO_SEGS: readonly Seg[] = [];

function segsOn(bookings: Bookings, f: string, n: number, except?: ReadonlySet<Item>): readonly Seg[] {
  const key = personKey(f);
  // the day's segments are kept by the bookings until something on that day is booked or unbooked
  let all = bookings.segsCache(key, n);
  if (all === undefined) {
    all = buildSegs(bookings.itemsOn(key, n), n);
    bookings.cacheSegs(key, n, all);
  }
  if (!except || all.length === 0) return all;
  let hit = false;
  for (const x of all) if (except.has(x.item!)) hit = true;
  return hit ? all.filter((x) => !except.has(x.item!)) : all;
}

function buildSegs(items: readonly Item[], n: number): readonly Seg[] {
  if (items.length === 0) return NO_SEGS;
  const out: Seg[] = [];
  const d0 = n * DAY_MINUTES;
  for (const i of items) {
    out.push({ a: Math.max(i.day * DAY_MINUTES + i.startMin, d0), b: Math.min(i.endDay * DAY_MINUTES + i.endMin, d0 + DAY_MINUTES), at: i.at ?? -1, item: i, appt: isAppointment(i.kind), c: i.c, p: i.p });
  }
  if (out.length > 1) out.sort((x, y) => x.a - y.a || x.b - y.b);
  return out;
}

/** Minutes of the segments without a place inside [from, to). */
function placeless(segs: readonly Seg[], from: number, to: number): number {
  let u = 0;
  for (const s of segs) if (s.at < 0) u += Math.max(0, Math.min(s.b, to) - Math.max(s.a, from));
  return u;
}

/** The home rule for appointment segment x among segs: undefined when it holds. */
function homeFails(env: Env, f: string, x: Seg, segs: readonly Seg[]): boolean {
  const home = env.homeAt.get(f);
  if (home === undefined || x.at < 0 || !x.appt || !x.c || !x.p) return false;
  const s = env.travelOf(f);
  if (!s.homeBase) return false;
  const t = minutesAt(home, x.at, s);
  if (t === 0) return false;
  const d0 = Math.floor(x.a / DAY_MINUTES) * DAY_MINUTES;
  // the person's own working day (their file's hours, else the programme's): driving counts as work
  const h = personHours(env, x.c, f);
  const from = d0 + h.start;
  const to = d0 + h.end;
  return x.a - from - placeless(segs, from, x.a) < t || to - x.b - placeless(segs, x.b, to) < t;
}

/**
 * Why person f cannot take probe at [s, e) (absolute minutes; it overlaps nothing) without breaking the
 * travel rule: the booked item they could not reach or leave in time, or 'home' when the probe itself is
 * out of reach from home within the hours. Undefined when the rule holds.
 */
export function travelConflict(env: Env, bookings: Bookings, f: string, s: number, e: number, probe: Probe, except?: ReadonlySet<Item>): Item | 'home' | undefined {
  for (let n = Math.floor(s / DAY_MINUTES); n <= Math.floor((e - 1) / DAY_MINUTES); n++) {
    const hit = conflictOnDay(env, f, segsOn(bookings, f, n, except), Math.max(s, n * DAY_MINUTES), Math.min(e, (n + 1) * DAY_MINUTES), probe);
    if (hit) return hit;
  }
  return undefined;
}

/** Person f's sessions on day n, clipped to the day, in time order (for conflictOnDay). */
export function daySegs(bookings: Bookings, f: string, n: number): readonly Seg[] {
  return segsOn(bookings, f, n);
}

/** travelConflict for the part [ps, pe) of the probe on one day, against that day's segments. */
export function conflictOnDay(env: Env, f: string, segs: readonly Seg[], ps: number, pe: number, probe: Probe): Item | 'home' | undefined {
  const at = probe.at ?? placeIndex(probe.place);
  const appt = isAppointment(probe.kind);
  // nothing else that day: only the trip from home and back can fail
  if (segs.length === 0) return at >= 0 && appt && homeFails(env, f, { a: ps, b: pe, at, appt, c: probe.c, p: probe.p }, segs) ? 'home' : undefined;
  const settings = env.travelOf(f);
  // the located sessions just before and after the probe, and the placeless time between them and it
  let before: Seg | undefined;
  let after: Seg | undefined;
  for (const x of segs) {
    if (x.at < 0) continue;
    if (x.b <= ps && (!before || x.b >= before.b)) before = x;
    if (x.a >= pe && !after) after = x;
  }
  if (at >= 0) {
    if (before && ps - before.b - placeless(segs, before.b, ps) < minutesAt(before.at, at, settings)) return before.item;
    if (after && after.a - pe - placeless(segs, pe, after.a) < minutesAt(at, after.at, settings)) return after.item;
    return appt && homeFails(env, f, { a: ps, b: pe, at, appt, c: probe.c, p: probe.p }, segs) ? 'home' : undefined;
  }
  // a placeless probe takes free time from the trip around it and from the home trips of appointments
  const withMe = [...segs, { a: ps, b: pe, at, appt, c: probe.c, p: probe.p }];
  if (before && after && after.a - before.b - placeless(withMe, before.b, after.a) < minutesAt(before.at, after.at, settings)) return after.item;
  for (const x of segs) if (x.appt && homeFails(env, f, x, withMe)) return x.item;
  return undefined;
}

/** One leg of a person's day. */
export interface Leg {
  from?: Item;
  to?: Item;
  fromAt: number;
  toAt: number;
  km: number;
  minutes: number;
}

/** One person's driving on one day: road km and travel minutes, the legs included. */
export interface DayTravel {
  km: number;
  minutes: number;
  legs: Leg[];
}

/**
 * Person f's trips on day n: from home to the first session at a known place, between consecutive ones,
 * and back home after the last (no home trip across midnight: a block that runs overnight stays put);
 * the km alone: kmWith.
 */
function walkDay(env: Env, segs: readonly Seg[], f: string, n: number, legs: Leg[]): { km: number; minutes: number } {
  const settings = env.travelOf(f);
  const home = env.homeAt.get(f) ?? -1;
  let km = 0;
  let minutes = 0;
  const leg = (fromAt: number, toAt: number, from?: Item, to?: Item): void => {
    const d = kmAt(fromAt, toAt, settings.roadFactor);
    if (d === 0) return;
    const m = minutesAt(fromAt, toAt, settings);
    km += d;
    minutes += m;
    legs.push({ from, to, fromAt, toAt, km: d, minutes: m });
  };
  let last: Seg | undefined;
  const d0 = n * DAY_MINUTES;
  for (const x of segs) {
    if (x.at < 0) continue;
    if (!last) {
      if (x.a > d0) leg(home, x.at, undefined, x.item);
    } else leg(last.at, x.at, last.item, x.item);
    last = x;
  }
  if (last && last.b < d0 + DAY_MINUTES) leg(last.at, home, last.item, undefined);
  return { km, minutes };
}

/**
 * Road km of a day's segments (in time order) with one more stop at `at` over [a, b) put among them
 * where a stable sort by (start, end) would put it (after the equal ones): walkDay's km of that
 * list, without building it or any leg (the best responses ask this for every candidate day, the
 * ledger for every day that changed).
 */
function kmWith(segs: readonly Seg[], n: number, a: number, b: number, at: number, home: number, factor: number): number {
  let km = 0;
  let last = -1;
  let lastB = 0;
  let started = false;
  let placed = false;
  const d0 = n * DAY_MINUTES;
  const visit = (xa: number, xb: number, xat: number): void => {
    if (xat < 0) return;
    km += started ? kmAt(last, xat, factor) : xa > d0 ? kmAt(home, xat, factor) : 0;
    started = true;
    last = xat;
    lastB = xb;
  };
  for (const x of segs) {
    if (!placed && (a < x.a || (a === x.a && b < x.b))) {
      visit(a, b, at);
      placed = true;
    }
    visit(x.a, x.b, x.at);
  }
  if (!placed) visit(a, b, at);
  if (started && lastB < d0 + DAY_MINUTES) km += kmAt(last, home, factor);
  return km;
}

export function dayTravel(env: Env, bookings: Bookings, f: string, n: number): DayTravel {
  const legs: Leg[] = [];
  const { km, minutes } = walkDay(env, segsOn(bookings, f, n), f, n, legs);
  return { km, minutes, legs };
}

/** Road km of person f's day n. */
function dayKm(env: Env, bookings: Bookings, f: string, n: number): number {
  // (no extra stop: one without a place is no stop)
  return kmWith(segsOn(bookings, f, n), n, 0, 0, -1, env.homeAt.get(f) ?? -1, env.travelOf(f).roadFactor);
}

/** Extra road km for person f if a session at municipality index `at` over [s, e) joined their days. */
export function extraKm(env: Env, bookings: Bookings, f: string, s: number, e: number, at: number): number {
  if (at < 0) return 0;
  const settings = env.travelOf(f);
  const home = env.homeAt.get(f) ?? -1;
  let km = 0;
  for (let n = Math.floor(s / DAY_MINUTES); n <= Math.floor((e - 1) / DAY_MINUTES); n++) {
    const d0 = n * DAY_MINUTES;
    const a = Math.max(s, d0);
    const b = Math.min(e, d0 + DAY_MINUTES);
    const segs = segsOn(bookings, f, n);
    if (segs.length === 0) {
      // a day with nothing else: there from home and back (not across midnight)
      km += (a > d0 ? kmAt(home, at, settings.roadFactor) : 0) + (b < d0 + DAY_MINUTES ? kmAt(at, home, settings.roadFactor) : 0);
      continue;
    }
    km += kmWith(segs, n, a, b, at, home, settings.roadFactor) - (bookings.ledger ? bookings.ledger.km(f, n) : dayKm(env, bookings, f, n));
  }
  return km;
}

/**
 * Road km of every person's days, kept up to date as items are booked and unbooked: a day is
 * recomputed only when something on it changed. Totals are kept in whole metres so that undoing a move
 * gives back exactly the total before it. Keys are person number × 100 000 + day number.
 */
export class TravelLedger {
  private readonly metres = new Map<number, number>();
  /** Per (person, day): coaching pairs beyond the first (bunchedOn). */
  private readonly bunch = new Map<number, number>();
  private bunchSum = 0;
  private readonly dirty = new Set<number>();
  private readonly people = new Map<string, number>();
  private readonly names: string[] = [];
  private sum = 0;
  /** Between begin() and commit()/rollback(): each (person, day) recomputed meanwhile, with its metres and pairs before. */
  private readonly journal = new Map<number, [number, number]>();
  private journaling = false;

  private readonly env: Env;
  private readonly bookings: Bookings;

  constructor(env: Env, bookings: Bookings) {
    this.env = env;
    this.bookings = bookings;
  }

  private key(f: string, n: number): number {
    let k = this.people.get(f);
    if (k === undefined) {
      k = this.names.length;
      this.people.set(f, k);
      this.names.push(f);
    }
    return k * 100_000 + n;
  }

  touch(f: string, n: number): void {
    this.dirty.add(this.key(f, n));
  }

  private settle(): void {
    if (this.dirty.size === 0) return;
    for (const key of this.dirty) {
      const f = this.names[Math.floor(key / 100_000)]!;
      if (this.journaling && !this.journal.has(key)) this.journal.set(key, [this.metres.get(key) ?? 0, this.bunch.get(key) ?? 0]);
      const m = Math.round(dayKm(this.env, this.bookings, f, key % 100_000) * 1000);
      this.sum += m - (this.metres.get(key) ?? 0);
      if (m === 0) this.metres.delete(key);
      else this.metres.set(key, m);
      const b = bunchedOn(this.bookings, f, key % 100_000);
      this.bunchSum += b - (this.bunch.get(key) ?? 0);
      if (b === 0) this.bunch.delete(key);
      else this.bunch.set(key, b);
    }
    this.dirty.clear();
  }

  /**
   * Marks the bookings as they are now. When they are later put back exactly as they were (a move
   * undone), rollback() restores the days' figures from before instead of recomputing them.
   */
  begin(): void {
    this.settle();
    this.journal.clear();
    this.journaling = true;
  }

  /** The bookings stay as they are now. */
  commit(): void {
    this.journaling = false;
  }

  /** The bookings are exactly as they were at begin() again: every day's figures as they were then. */
  rollback(): void {
    if (!this.journaling) return;
    for (const [key, [m, b]] of this.journal) {
      this.sum += m - (this.metres.get(key) ?? 0);
      if (m === 0) this.metres.delete(key);
      else this.metres.set(key, m);
      this.bunchSum += b - (this.bunch.get(key) ?? 0);
      if (b === 0) this.bunch.delete(key);
      else this.bunch.set(key, b);
    }
    // a day touched but not recomputed since begin() still holds its figures from then
    this.dirty.clear();
    this.journaling = false;
  }

  /** Road km of all booked days together. */
  totalKm(): number {
    this.settle();
    return this.sum / 1000;
  }

  /** Coaching pairs beyond the first on one person's day, over all booked days. */
  totalBunched(): number {
    this.settle();
    return this.bunchSum;
  }

  /** Every (person, day) with more than one coaching pair, with the pairs beyond the first, in a stable order. */
  bunchedDays(): { person: string; day: number; extra: number }[] {
    this.settle();
    return [...this.bunch]
      .map(([k, extra]) => ({ person: this.names[Math.floor(k / 100_000)]!, day: k % 100_000, extra }))
      .sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : a.day - b.day));
  }

  km(f: string, n: number): number {
    this.settle();
    return (this.metres.get(this.key(f, n)) ?? 0) / 1000;
  }

  /** Every (person, day) with driving, in a stable order. */
  days(): { person: string; day: number }[] {
    this.settle();
    return [...this.metres.keys()]
      .map((k) => ({ person: this.names[Math.floor(k / 100_000)]!, day: k % 100_000 }))
      .sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : a.day - b.day));
  }
}

/** Every booked session's trips to it, per person: the legs of each person's days (for the exports). */
export function legsBefore(env: Env, bookings: Bookings): Map<Item, TravelLeg[]> {
  const out = new Map<Item, TravelLeg[]>();
  if (!bookings.ledger) return out;
  for (const { person, day } of bookings.ledger.days()) {
    for (const leg of dayTravel(env, bookings, person, day).legs) {
      if (!leg.to) continue;
      const list = out.get(leg.to) ?? [];
      list.push({ person, from: codeAt(leg.fromAt), fromHome: leg.from === undefined, km: Math.round(leg.km * 10) / 10, minutes: leg.minutes });
      out.set(leg.to, list);
    }
  }
  return out;
}

/**
 * The coaching pairs (cohort and coachee) whose conversations or observations person f holds on day n,
 * in a stable order: more than one is a bunched day (cost.ts, WEIGHT.bunching).
 */
export function pairsOn(bookings: Bookings, f: string, n: number): string[] {
  const pairs = new Set<string>();
  for (const i of bookings.itemsOn(personKey(f), n)) if (i.kind === 'coaching' && i.reg !== undefined) pairs.add(`${i.c.cohort.id}/${i.reg}`);
  return [...pairs].sort();
}

function bunchedOn(bookings: Bookings, f: string, n: number): number {
  // most days hold no coaching or one pair's: nothing to name or sort
  let pair: Item | undefined;
  for (const i of bookings.itemsOn(personKey(f), n)) {
    if (i.kind !== 'coaching' || i.reg === undefined) continue;
    if (pair && (pair.c.cohort.id !== i.c.cohort.id || pair.reg !== i.reg)) return Math.max(0, pairsOn(bookings, f, n).length - 1);
    pair = i;
  }
  return 0;
}

/** The travel cost alone: WEIGHT.travel per road km of everything booked. */
export function kmCost(bookings: Bookings): number {
  return bookings.ledger ? bookings.ledger.totalKm() * WEIGHT.travel : 0;
}

/** The bunching cost alone: WEIGHT.bunching per coaching pair beyond the first on a person's day. */
export function bunchingCost(bookings: Bookings): number {
  return bookings.ledger ? bookings.ledger.totalBunched() * WEIGHT.bunching : 0;
}

/**
 * The costs of people's days, everything booked (0 for scratch bookings without a ledger): travel and
 * bunching. One figure, so every search move that weighs the drive it saves also weighs the pairs it
 * bunches, and the score adds up to what the search minimised.
 */
export function travelCost(bookings: Bookings): number {
  return kmCost(bookings) + bunchingCost(bookings);
}

/** The travel cost that an (unbooked) item at [s, e) and municipality index `at` with these facilitators would add. */
export function addedTravelCost(env: Env, bookings: Bookings, facilitators: readonly string[], s: number, e: number, at: number | undefined): number {
  if (!bookings.ledger || at === undefined || at < 0) return 0;
  let km = 0;
  for (const f of facilitators) km += extraKm(env, bookings, f, s, e, at);
  return km * WEIGHT.travel;
}

export type { TravelSettings };
