/**
 * Appointments: individual phases (one appointment, or a same-day pair, per registration) and coaching
 * series, packed into a phase's window around everything already booked.
 */
import { sessionId } from '../model/plan.js';
import type { CoachingPhase, IndividualPhase, Registration } from '../model/types.js';
import { COACHING_START_WINDOW, TIME_STEP, maxPerDay } from './context.js';
import type { CohortCtx, Env, Item, PhaseCtx, Reason } from './context.js';
import { DAY_MINUTES, calmDay, hhmm, iso, plus, timeExists } from './days.js';
import { blockReason } from './explain.js';
import { t } from './messages.js';
import { personKey, type Bookings } from './resources.js';
import { appointmentDay, eveningHit, personFree } from './static.js';
import { placeIndex } from '../calendar/travel.js';
import { conflictOnDay, daySegs, placeOf, type Probe, type Seg } from './travel.js';

/** Offsets (minutes from the first start) and lengths of the appointments of one unit. */
export interface Shape {
  readonly parts: readonly { readonly at: number; readonly len: number }[];
  readonly total: number;
}

const shapes = new WeakMap<PhaseCtx, Shape[]>();

/** The shape of `count` appointments of phase p (one object per phase and count: the searches ask for it on every move). */
export function shapeOf(p: PhaseCtx, count: number): Shape {
  let known = shapes.get(p);
  if (!known) shapes.set(p, (known = []));
  return (known[count] ??= shapeOfNew(p, count));
}

function shapeOfNew(p: PhaseCtx, count: number): Shape {
  const parts: { at: number; len: number }[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    parts.push({ at, len: p.apptMinutes });
    at += p.apptMinutes + p.breakMinutes;
  }
  return { parts, total: at - p.breakMinutes };
}

/** When an appointment can be: the programme's hours, narrowed by the phase's and by each person's own working hours. */
export function hoursOf(env: Env, c: CohortCtx, who: readonly string[], p?: PhaseCtx): { start: number; end: number } {
  let start = c.hours.start;
  let end = c.hours.end;
  for (const f of who) {
    const h = env.hours.get(f);
    if (!h) continue;
    start = Math.max(start, h.start);
    end = Math.min(end, h.end);
  }
  if (p?.hours) {
    start = Math.max(start, p.hours.start);
    end = Math.min(end, p.hours.end);
  }
  return { start, end };
}

export type SlotFailure = 'max-per-day' | 'hours' | 'evening' | 'busy' | 'travel';

/** The booked session that last stood in a unit's way, and whose time it took. */
export interface Blocked {
  item?: Item;
  person?: string;
  /** The minutes of the day the unit was tried at when it was blocked. */
  from?: number;
  to?: number;
}

/**
 * The earliest start on day n (quarter-hour grid, not before `notBefore`) at which every person in
 * `who` is free for the whole unit, within their hours, their daily maximum, existing local times and
 * no remembrance evening, with time to travel to and from it (travel.ts).
 */
export function findSlot(
  env: Env,
  c: CohortCtx,
  bookings: Bookings,
  who: readonly string[],
  n: number,
  shape: Shape,
  probe: Probe,
  notBefore = 0,
  fixedStart?: number,
  blocked?: Blocked,
): number | SlotFailure {
  for (const f of who) if (bookings.appointments(f, n) + shape.parts.length > maxPerDay(env, f)) return 'max-per-day';
  const hours = hoursOf(env, c, who, probe.p);
  if (fixedStart !== undefined && (fixedStart < hours.start || fixedStart + shape.total > hours.end)) return 'hours';
  let tm = fixedStart ?? Math.ceil(Math.max(hours.start, notBefore) / TIME_STEP) * TIME_STEP;
  let failure: SlotFailure = 'hours';
  // the people's sessions that day, read once (bookings do not change while a slot is sought)
  let segs: Map<string, readonly Seg[]> | undefined;
  const calm = calmDay(n, c.tz);
  const keys = who.map(personKey);
  while (tm + shape.total <= hours.end || fixedStart !== undefined) {
    let next: number | undefined;
    for (const part of shape.parts) {
      const s = tm + part.at;
      const e = s + part.len;
      if (eveningHit(c, n, s, e)) return 'evening';
      if (!calm && (!timeExists(n, s, c.tz) || !timeExists(n, e, c.tz))) {
        next = tm + TIME_STEP;
        break;
      }
      for (let w = 0; w < who.length; w++) {
        const f = who[w]!;
        const end = bookings.clashEnd(keys[w]!, n * DAY_MINUTES + s, n * DAY_MINUTES + e);
        if (end !== undefined) {
          failure = 'busy';
          if (blocked) {
            blocked.item = bookings.clash(keys[w]!, n * DAY_MINUTES + s, n * DAY_MINUTES + e);
            blocked.person = f;
            blocked.from = s;
            blocked.to = e;
          }
          const rel = end - n * DAY_MINUTES - part.at;
          next = Math.max(next ?? 0, Math.ceil(rel / TIME_STEP) * TIME_STEP);
        }
      }
      if (next !== undefined) break;
    }
    if (next === undefined) {
      segs ??= new Map(who.map((f) => [f, daySegs(bookings, f, n)]));
      const hit = unreachable(env, segs, who, n, tm, shape, probe);
      if (!hit) return tm;
      failure = 'travel';
      if (blocked && hit.item !== 'home') {
        blocked.item = hit.item;
        blocked.person = hit.person;
        blocked.from = tm;
        blocked.to = tm + shape.total;
      }
      next = tm + TIME_STEP;
    }
    if (fixedStart !== undefined) return failure;
    tm = next;
  }
  return failure;
}

/** Who in `who` cannot travel to or from a part of the unit starting at tm, and what stands in the way. */
function unreachable(
  env: Env,
  segs: ReadonlyMap<string, readonly Seg[]>,
  who: readonly string[],
  n: number,
  tm: number,
  shape: Shape,
  probe: Probe,
): { person: string; item: Item | 'home' } | undefined {
  for (const part of shape.parts) {
    const s = n * DAY_MINUTES + tm + part.at;
    for (const f of who) {
      const item = conflictOnDay(env, f, segs.get(f)!, s, s + part.len, probe);
      if (item) return { person: f, item };
    }
  }
  return undefined;
}

/** What blocked a registration's unit on the days tried (a few, the first days first), put in words only when it is reported. */
class Blockers {
  private readonly seen: { n: number; item: Item; person: string; from: number; to: number; place?: string }[] = [];
  note(n: number, probe: Probe, b: Blocked): void {
    const item = b.item;
    b.item = undefined;
    if (!item || b.person === undefined || this.seen.length >= 3 || this.seen.some((x) => x.item === item)) return;
    this.seen.push({ n, item, person: b.person, from: b.from ?? 0, to: b.to ?? 0, ...(probe.place !== undefined ? { place: probe.place } : {}) });
  }
  text(env: Env): string {
    const texts = new Map<string, string>();
    for (const x of this.seen) {
      const text = blockReason(env, { day: x.n, startMin: x.from, endDay: x.n, endMin: x.to, place: x.place }, x.item, `p:${x.person}`).text;
      if (!texts.has(text)) texts.set(text, `${iso(x.n)}: ${text}`);
    }
    return [...texts.values()].join('; ');
  }
}

function participantFree(c: CohortCtx, reg: string, n: number): boolean {
  return !c.partUnavail.get(n)?.includes(reg);
}

/** Days lo..hi, those the participant can make first (each part in date order); `compact`: just in date order. */
function preferredDays(c: CohortCtx, reg: string, lo: number, hi: number, compact = false): number[] {
  if (compact) return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
  const good: number[] = [];
  const bad: number[] = [];
  for (let d = lo; d <= hi; d++) (participantFree(c, reg, d) ? good : bad).push(d);
  return good.concat(bad);
}

export function makeItem(
  c: CohortCtx,
  p: PhaseCtx,
  session: string,
  kind: Item['kind'],
  n: number,
  of: number,
  reg: string | undefined,
  d: number,
  startMin: number,
  endMin: number,
  facilitators: string[],
  fixed: boolean,
): Item {
  const endDay = d + Math.floor(endMin / DAY_MINUTES);
  const place = placeOf(c, p, reg);
  // every item has every field, in this order (deadlineItem too): one object shape keeps the property
  // look-ups of the clash checks monomorphic
  return {
    c,
    p,
    session,
    kind,
    n,
    of,
    reg,
    day: d,
    startMin,
    endDay,
    endMin: endMin - (endDay - d) * DAY_MINUTES,
    facilitators,
    venue: undefined,
    place,
    at: place === undefined ? undefined : placeIndex(place),
    fixed,
  };
}

export interface Unit {
  reg: string;
  /** 1-based number of the first appointment in the unit. */
  first: number;
  count: number;
}

/** How an individual phase splits into units: a same-day pair is one unit, separate appointments each one. */
export function unitsOf(p: PhaseCtx, reg: string): Unit[] {
  const ph = p.phase as IndividualPhase;
  if (p.n === 1 || ph.sameDay) return [{ reg, first: 1, count: p.n }];
  return Array.from({ length: p.n }, (_, i) => ({ reg, first: i + 1, count: 1 }));
}

const sessionIds = new WeakMap<PhaseCtx, Map<string, string[]>>();

export function unitSessions(p: PhaseCtx, u: Unit): string[] {
  let byUnit = sessionIds.get(p);
  if (!byUnit) sessionIds.set(p, (byUnit = new Map()));
  const key = `${u.reg}#${u.first}`;
  let ids = byUnit.get(key);
  if (!ids) byUnit.set(key, (ids = Array.from({ length: u.count }, (_, i) => sessionId(p.phase.id, p.n > 1 ? u.first + i : undefined, u.reg))));
  return ids;
}

/** Facilitator options for a unit on day n: everyone (`all`), or each one, least loaded first (`one`). */
export function whoOptions(env: Env, c: CohortCtx, p: PhaseCtx, n: number, load: ReadonlyMap<string, number>): string[][] {
  const ph = p.phase as IndividualPhase;
  if (c.facilitators.length === 0) return [[]];
  if (ph.facilitators === 'all') return c.facilitators.every((f) => personFree(env, f, n)) ? [[...c.facilitators]] : [];
  // one facilitator: no ranking to do
  if (c.facilitators.length === 1) return personFree(env, c.facilitators[0]!, n) ? [[c.facilitators[0]!]] : [];
  return c.facilitators
    .filter((f) => personFree(env, f, n))
    .map((f, i) => ({ f, i, load: load.get(f) ?? 0 }))
    .sort((a, b) => a.load - b.load || a.i - b.i)
    .map((x) => [x.f]);
}

/** Items of one unit placed at day n, time tm, with `who`. */
export function unitItems(c: CohortCtx, p: PhaseCtx, u: Unit, n: number, tm: number, who: string[], fixed: boolean): Item[] {
  const shape = shapeOf(p, u.count);
  const ids = unitSessions(p, u);
  return shape.parts.map((part, i) =>
    makeItem(c, p, ids[i]!, 'individual', u.first + i, p.n, u.reg, n, tm + part.at, tm + part.at + part.len, who, fixed),
  );
}

export interface PackResult {
  items: Item[];
  failure?: Reason;
}

/**
 * All appointments of an individual phase in [open, window end]: registrations in id order, each on the
 * first day they can make (days they are unavailable last), least-loaded facilitator first.
 * `fixedItems` are already booked and kept as they are.
 */
export function packIndividual(
  env: Env,
  c: CohortCtx,
  p: PhaseCtx,
  open: number,
  bookings: Bookings,
  notBefore: { day: number; min: number } | undefined,
  fixedItems: ReadonlyMap<string, Item>,
  compact = false,
): PackResult {
  const ph = p.phase as IndividualPhase;
  const last = Math.min(plus(open, ph.window) - 1, c.limit);
  // the days the phase may use, by n − open
  const openDays = new Uint8Array(Math.max(0, last - open + 1));
  for (let n = open; n <= last; n++) if (appointmentDay(env, c, p, n, c.facilitators, ph.facilitators === 'all')) openDays[n - open] = 1;
  const placed: Item[] = [];
  const load = new Map<string, number>();
  const undo = (): void => {
    for (const i of placed) if (!i.fixed) bookings.remove(i);
  };
  for (const r of c.active) {
    let prevDay = open - 1;
    for (const u of unitsOf(p, r.id)) {
      const pinned = fixedItems.size === 0 ? [] : unitSessions(p, u).flatMap((s) => fixedItems.get(s) ?? []);
      if (pinned.length > 0) {
        placed.push(...pinned);
        prevDay = pinned[0]!.day;
        continue;
      }
      const shape = shapeOf(p, u.count);
      let done = false;
      let why: SlotFailure | 'closed' = 'closed';
      const place = placeOf(c, p, r.id);
      const probe: Probe = { c, p, kind: 'individual', place, at: placeIndex(place) };
      const blocked: Blocked = {};
      const blockers = new Blockers();
      for (const n of preferredDays(c, r.id, Math.max(open, prevDay + (u.first > 1 ? 1 : 0)), last, compact)) {
        if (openDays[n - open] !== 1) continue;
        const min = notBefore && notBefore.day === n ? notBefore.min : 0;
        for (const who of whoOptions(env, c, p, n, load)) {
          const tm = findSlot(env, c, bookings, who, n, shape, probe, min, undefined, blocked);
          if (typeof tm !== 'number') {
            why = tm;
            blockers.note(n, probe, blocked);
            continue;
          }
          const items = unitItems(c, p, u, n, tm, who, false);
          for (const i of items) bookings.add(i);
          placed.push(...items);
          for (const f of who) load.set(f, (load.get(f) ?? 0) + 1);
          prevDay = n;
          done = true;
          break;
        }
        if (done) break;
      }
      if (!done) {
        undo();
        return { items: [], failure: noRoom(env, c, p, r, ph.window, why, blockers.text(env)) };
      }
    }
  }
  return { items: placed };
}

function noRoom(env: Env, c: CohortCtx, p: PhaseCtx, r: Registration, window: CoachingPhase['duration'], why: SlotFailure | 'closed', blockers = ''): Reason {
  const who = p.phase.mode === 'coaching' ? [c.coaches.get(r.id) ?? ''] : c.facilitators;
  const h = hoursOf(env, c, who.filter(Boolean), p);
  const max = Math.min(...who.map((f) => maxPerDay(env, f)));
  const params = { registration: r.id, hours: `${hhmm(h.start)}–${hhmm(h.end)}`, max: Number.isFinite(max) ? max : '—', window, detail: t(env.lang, `slot.${why}`) };
  // the rule that decided: the drive, another cohort's session holding the person, or the hours and daily maximum
  return {
    rule: why === 'travel' ? 'travel-time' : why === 'busy' ? 'double-booking' : 'hours',
    text: blockers ? t(env.lang, 'why.no-appointment-blocked', { ...params, blockers }) : t(env.lang, 'why.no-appointment', params),
  };
}

/**
 * A coaching series per coachee with their coach: the first conversation within COACHING_START_WINDOW
 * of `open`, then each `every` after the previous one, aiming at the middle of the range (or more
 * when the spread's minimum needs it).
 */
export function packCoaching(
  env: Env,
  c: CohortCtx,
  p: PhaseCtx,
  open: number,
  bookings: Bookings,
  notBefore: { day: number; min: number } | undefined,
  fixedItems: ReadonlyMap<string, Item>,
): PackResult {
  const ph = p.phase as CoachingPhase;
  const placed: Item[] = [];
  const undo = (): void => {
    for (const i of placed) if (!i.fixed) bookings.remove(i);
  };
  const firstLast = Math.min(plus(open, COACHING_START_WINDOW) - 1, c.limit);
  const shape = shapeOf(p, 1);
  for (const r of c.active) {
    const coach = c.coaches.get(r.id);
    if (coach === undefined) continue; // reported as coach-capacity
    // who is asked about each day (an item gets an array of its own)
    const coachOnly = [coach];
    const days: number[] = [];
    let why: SlotFailure | 'closed' = 'closed';
    const place = placeOf(c, p, r.id);
    const probe: Probe = { c, p, kind: 'coaching', place, at: placeIndex(place) };
    const blocked: Blocked = {};
    const blockers = new Blockers();
    const { count, extras } = seriesOf(p, ph, r.id, fixedItems);
    for (let k = 1; k <= count; k++) {
      const id = sessionId(ph.id, k, r.id);
      const pinned = fixedItems.get(id);
      if (pinned) {
        placed.push(pinned);
        days.push(pinned.day);
        continue;
      }
      let lo: number;
      let hi: number;
      let target: number;
      if (k === 1) {
        lo = open;
        hi = firstLast;
        target = open;
      } else {
        const prev = days[k - 2]!;
        lo = plus(prev, ph.every.min);
        hi = Math.min(plus(prev, ph.every.max), c.limit);
        target = Math.round((lo + plus(prev, ph.every.max)) / 2);
        if (ph.spread) {
          const remaining = count - k + 1;
          const need = plus(days[0]!, ph.spread.min);
          target = Math.max(target, prev + Math.ceil((need - prev) / remaining));
          target = Math.min(target, prev + Math.floor((plus(days[0]!, ph.spread.max) - prev) / remaining));
        }
      }
      const order: number[] = [];
      // whether the participant is away, looked up once per day rather than in every comparison
      const away = new Uint8Array(Math.max(0, hi - lo + 1));
      for (let d = lo; d <= hi; d++) {
        order.push(d);
        away[d - lo] = participantFree(c, r.id, d) ? 0 : 1;
      }
      order.sort((a, b) => away[a - lo]! - away[b - lo]! || Math.abs(a - target) - Math.abs(b - target) || a - b);
      let placedOne = false;
      for (const n of order) {
        if (!seriesCanFinish(c, ph, count, days, k, n, fixedItems, r.id)) continue;
        if (!appointmentDay(env, c, p, n, coachOnly, true)) continue;
        const min = notBefore && notBefore.day === n ? notBefore.min : 0;
        const tm = findSlot(env, c, bookings, coachOnly, n, shape, probe, min, undefined, blocked);
        if (typeof tm !== 'number') {
          why = tm;
          blockers.note(n, probe, blocked);
          continue;
        }
        const item = makeItem(c, p, id, 'coaching', k, count, r.id, n, tm, tm + p.apptMinutes, [coach], false);
        bookings.add(item);
        placed.push(item);
        days.push(n);
        placedOne = true;
        break;
      }
      if (!placedOne) {
        undo();
        return { items: [], failure: noRoom(env, c, p, r, COACHING_START_WINDOW, why, blockers.text(env)) };
      }
    }
    placed.push(...extras);
  }
  return { items: placed };
}

/**
 * A coachee's series: the planned count, or more when the pair fixed a later conversation within
 * the usual range (`sessions: 5..8`, "doorgaans"); fixed conversations beyond it are extras ("extra
 * gesprekken ... op basis van onderlinge afspraken"), kept as they are and outside the series' rhythm.
 */
function seriesOf(p: PhaseCtx, ph: CoachingPhase, reg: string, fixedItems: ReadonlyMap<string, Item>): { count: number; extras: Item[] } {
  let count = p.n;
  const extras: Item[] = [];
  for (const item of fixedItems.values()) {
    if (item.p !== p || item.reg !== reg) continue;
    if (item.n > ph.sessions.max || ph.dates === 'fixed') extras.push(item);
    else count = Math.max(count, item.n);
  }
  return { count, extras: extras.sort((a, b) => a.n - b.n) };
}

/** Whether a series with conversation k on day n can still reach the limit, the spread and any later fixed conversation. */
function seriesCanFinish(
  c: CohortCtx,
  ph: CoachingPhase,
  count: number,
  days: readonly number[],
  k: number,
  n: number,
  fixedItems: ReadonlyMap<string, Item>,
  reg: string,
): boolean {
  let lo = n;
  let hi = n;
  for (let j = k + 1; j <= count; j++) {
    lo = plus(lo, ph.every.min);
    hi = plus(hi, ph.every.max);
    const pinned = fixedItems.size === 0 ? undefined : fixedItems.get(sessionId(ph.id, j, reg));
    if (pinned && (pinned.day < lo || pinned.day > hi)) return false;
    if (pinned) lo = hi = pinned.day;
  }
  if (lo > c.limit) return false;
  if (ph.spread) {
    const first = k === 1 ? n : days[0]!;
    if (hi < plus(first, ph.spread.min) || lo > plus(first, ph.spread.max)) return false;
  }
  return true;
}
