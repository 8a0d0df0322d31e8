/**
 * Local search (PLANNER.md steps 3–4): Late Acceptance Hill Climbing over change moves — a group
 * session a few weeks earlier or later on its slot weekday, a self-study window a few days, an
 * appointment or coaching conversation to another day (time and, for `facilitators: one`, facilitator
 * chosen again); tail shifts (a session with everything after it, by whole weeks); kicks (a group
 * phase and one to three rivals for its people or venue unbooked and re-placed one by one by their
 * exact best response, moves.ts). Best-response sweeps over every group phase run before and after.
 * Every move keeps every hard rule; only the touched cohorts are re-scored. The number of
 * steps depends on the size of the input, never on the clock, and randomness comes from a PRNG seeded
 * from the cohort ids, so the same input gives the same plan.
 */
import { prng } from './random.js';
import { componentsOf } from './components.js';
import type { CohortCtx, Env, Item, PhaseCtx } from './context.js';
import { affectedCost, cohortCost } from './cost.js';
import { bestPhase, bookPhase, descendants, dpReady, improvePhase, setGroupDays, shiftPhases, unbookPhase } from './moves.js';
import { plus } from './days.js';
import { findSlot, shapeOf, whoOptions } from './pack.js';
import { phaseChangeOk } from './phases.js';
import type { Bookings } from './resources.js';
import { absEnd, absStart, keysOf, personKey } from './resources.js';
import { kmAt } from '../calendar/travel.js';
import { maxPerDay } from './context.js';
import { travelConflict, travelCost } from './travel.js';
import { appointmentDay, deadlineDay, groupDay } from './static.js';

export const STEPS_PER_UNIT = 6;
export const MIN_STEPS = 4000;
export const MAX_STEPS = 25_000;
const LATE_LENGTH = 40;
/** A component stops after this many steps per unit without a new best (2,000 over all components at least). */
const PATIENCE_MIN = 2000;
const PATIENCE_PER_UNIT = 1;

/** FNV-1a, 32 bit. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


interface Unit {
  c: CohortCtx;
  p: PhaseCtx;
  items: Item[];
  kind: 'group' | 'deadline' | 'appointment';
}

function unitsOf(planned: readonly CohortCtx[]): Unit[] {
  const units: Unit[] = [];
  for (const c of planned) {
    for (const p of c.phases) {
      if (p.items.some((i) => i.fixed) && p.phase.mode === 'self-study') continue;
      if (p.phase.mode === 'group') for (const i of p.items) if (!i.fixed) units.push({ c, p, items: [i], kind: 'group' });
      if (p.phase.mode === 'self-study' && p.items.length > 0) units.push({ c, p, items: [p.items[0]!], kind: 'deadline' });
      if (p.phase.mode === 'individual' || p.phase.mode === 'coaching') {
        // a same-day pair moves together
        const byKey = new Map<string, Item[]>();
        for (const i of p.items) {
          if (i.fixed) continue;
          const key = p.phase.mode === 'individual' && p.phase.sameDay ? i.reg! : i.session;
          byKey.set(key, [...(byKey.get(key) ?? []), i]);
        }
        for (const items of byKey.values()) units.push({ c, p, items, kind: 'appointment' });
      }
    }
  }
  return units;
}

interface Saved {
  day: number;
  startMin: number;
  endDay: number;
  endMin: number;
  facilitators: string[];
}

function save(i: Item): Saved {
  return { day: i.day, startMin: i.startMin, endDay: i.endDay, endMin: i.endMin, facilitators: i.facilitators };
}

function put(i: Item, s: Saved): void {
  i.day = s.day;
  i.startMin = s.startMin;
  i.endDay = s.endDay;
  i.endMin = s.endMin;
  i.facilitators = s.facilitators;
}

function pick(rng: () => number, n: number): number {
  return Math.floor(rng() * n);
}

/** Tries one random change of unit u; on success the change is applied and booked, and undo() reverts it. */
function propose(env: Env, bookings: Bookings, u: Unit, rng: () => number): Move | undefined {
  const sign = rng() < 0.5 ? -1 : 1;
  if (u.kind === 'group') return moveTo(env, bookings, u, u.items[0]!.day + sign * 7 * (1 + pick(rng, 4)));
  if (u.kind === 'deadline') return u.p.open === undefined ? undefined : moveTo(env, bookings, u, u.p.open + sign * (1 + pick(rng, 7)));
  return moveTo(env, bookings, u, u.items[0]!.day + sign * (1 + pick(rng, 10)));
}

/**
 * For an appointment of a `facilitators: one` phase, how many appointments of the phase's other
 * registrations each facilitator holds (whoOptions ranks by it); empty otherwise. Reads only items of
 * other registrations, which moving u leaves where they are.
 */
function loadOf(u: Unit): Map<string, number> {
  const { p } = u;
  const first = u.items[0]!;
  const load = new Map<string, number>();
  if (p.phase.mode === 'individual' && p.phase.facilitators === 'one')
    for (const i of p.items) if (i.reg !== first.reg) for (const f of i.facilitators) load.set(f, (load.get(f) ?? 0) + 1);
  return load;
}

/**
 * Unit u to day `to` (a group session's day, a self-study phase's opening, an appointment's day, its
 * time and, for `facilitators: one`, its facilitator chosen again); on success the change is applied
 * and booked, and undo() reverts it.
 */
function moveTo(env: Env, bookings: Bookings, u: Unit, to: number): Move | undefined {
  const { c, p } = u;
  const before = u.items.map(save);
  const travelBefore = travelCost(bookings);
  const open = p.open;
  for (const i of u.items) bookings.remove(i);
  const undo = (): void => {
    for (const i of u.items) bookings.remove(i);
    u.items.forEach((i, k) => put(i, before[k]!));
    p.open = open;
    for (const i of u.items) bookings.add(i);
  };
  const fail = (): undefined => {
    u.items.forEach((i, k) => put(i, before[k]!));
    p.open = open;
    for (const i of u.items) bookings.add(i);
    return undefined;
  };
  if (u.kind === 'group') {
    const i = u.items[0]!;
    const nd = to;
    if (nd < c.h0 || nd > c.h1 || !groupDay(env, c, p, nd, { fixed: false })) return fail();
    const len = i.endDay - i.day;
    i.day = nd;
    i.endDay = nd + len;
    for (const k of keysOf(i)) if (bookings.clash(k, i.day * 1440 + i.startMin, i.endDay * 1440 + i.endMin, undefined, i)) return fail();
  } else if (u.kind === 'deadline') {
    if (p.open === undefined || p.phase.mode !== 'self-study') return fail();
    const no = to;
    const nd = plus(no, p.phase.window);
    if (no < c.start || !deadlineDay(env, c, p, nd)) return fail();
    p.open = no;
    u.items[0]!.day = nd;
    u.items[0]!.endDay = nd;
  } else {
    const first = u.items[0]!;
    const nd = to;
    if (nd < c.h0 || nd > c.h1) return fail();
    let options: string[][];
    if (p.phase.mode === 'coaching') {
      options = [first.facilitators];
      if (!appointmentDay(env, c, p, nd, first.facilitators, true)) return fail();
    } else {
      if (!appointmentDay(env, c, p, nd, c.facilitators, p.phase.mode === 'individual' && p.phase.facilitators === 'all')) return fail();
      options = whoOptions(env, c, p, nd, loadOf(u));
    }
    if (!placeAppointment(env, bookings, u, nd, options)) return fail();
  }
  if (!phaseChangeOk(c, p)) return fail();
  for (const i of u.items) bookings.add(i);
  const travel = travelCost(bookings) - travelBefore;
  // the affected cost as it was before the move (fields swapped back and forth; bookings untouched)
  const after = affectedCost(c, p);
  const now = u.items.map(save);
  const openNow = p.open;
  u.items.forEach((i, k) => put(i, before[k]!));
  p.open = open;
  const was = affectedCost(c, p);
  u.items.forEach((i, k) => put(i, now[k]!));
  p.open = openNow;
  return { undo, before: u.items.map((i, k) => [i, before[k]!]), opens: [[p, open]], delta: after - was + travel };
}

/** An (unbooked) appointment unit on day nd at the earliest time with the first of `options` that has one; false when none has. */
function placeAppointment(env: Env, bookings: Bookings, u: Unit, nd: number, options: readonly string[][]): boolean {
  const { c, p } = u;
  const first = u.items[0]!;
  const shape = shapeOf(p, u.items.length);
  for (const who of options) {
    const tm = findSlot(env, c, bookings, who, nd, shape, first);
    if (typeof tm !== 'number') continue;
    u.items.forEach((i, k) => {
      const s = tm + shape.parts[k]!.at;
      put(i, { day: nd, startMin: s, endDay: nd, endMin: s + shape.parts[k]!.len, facilitators: who });
    });
    return true;
  }
  return false;
}

/** What stays the same while stretch tries one unit on day after day: each try starts from the same plan. */
interface Trial {
  /** The unit's items and its phase's opening as they are. */
  before: Saved[];
  open: number | undefined;
  /** affectedCost of the unit's phase as it is. */
  was: number;
  /** loadOf(u): reads only other registrations' items, which no try moves. */
  load: ReadonlyMap<string, number>;
}

/**
 * moveTo(env, bookings, u, d) followed by its undo(), for a deadline or appointment unit and a day
 * that passed dayOk (the day rules moveTo asks first, which read no bookings), giving moveTo's delta
 * to the bit. It makes the same bookings calls in the same order, so every day's lists end up holding
 * their items in the same order as after moveTo and undo(), and the ledger settles the same days. The
 * delta is the same sum, `after - was + travel`, in the same order; only `was` is taken from the
 * Trial: moveTo computes it on every call by putting the unit's old fields back, and those are the
 * fields every try starts from (the undo puts them back), while affectedCost reads no bookings. No
 * Move, undo closure or saved copies per day. Undefined where moveTo would fail.
 */
function tryDay(env: Env, bookings: Bookings, u: Unit, d: number, t: Trial): number | undefined {
  const { c, p } = u;
  const first = u.items[0]!;
  const travelBefore = travelCost(bookings);
  for (const i of u.items) bookings.remove(i);
  let placed = true;
  if (u.kind === 'deadline') {
    // (dayOk let only a self-study phase's unit through)
    if (p.phase.mode !== 'self-study') placed = false;
    else {
      const nd = plus(d, p.phase.window);
      p.open = d;
      first.day = nd;
      first.endDay = nd;
    }
  } else {
    placed = placeAppointment(env, bookings, u, d, p.phase.mode === 'coaching' ? [first.facilitators] : whoOptions(env, c, p, d, t.load));
  }
  let delta: number | undefined;
  if (placed && phaseChangeOk(c, p)) {
    for (const i of u.items) bookings.add(i);
    const travel = travelCost(bookings) - travelBefore;
    delta = affectedCost(c, p) - t.was + travel;
    for (const i of u.items) bookings.remove(i);
  }
  u.items.forEach((i, k) => put(i, t.before[k]!));
  p.open = t.open;
  for (const i of u.items) bookings.add(i);
  return delta;
}

/**
 * Two appointment units of one individual phase trade places (day, time and facilitators): the move
 * that groups a facilitator's nearby appointments on one day and orders a day's trip. Kept only when
 * every trip still fits (travel.ts) and the phase's order rules hold.
 */
function swap(env: Env, bookings: Bookings, u: Unit, others: readonly Unit[], rng: () => number): Move | undefined {
  if (others.length < 2) return undefined;
  const v = others[pick(rng, others.length)]!;
  if (v === u || v.items.length !== u.items.length || v.items[0]!.reg === u.items[0]!.reg) return undefined;
  // online appointments drive nowhere: trading them changes nothing but the participants' clashes
  if (u.items[0]!.place === undefined && v.items[0]!.place === undefined) {
    const away = (reg: string | undefined, day: number) => reg !== undefined && (u.c.partUnavail.get(day)?.includes(reg) ?? false);
    const [x, y] = [u.items[0]!, v.items[0]!];
    if (!away(x.reg, x.day) && !away(x.reg, y.day) && !away(y.reg, x.day) && !away(y.reg, y.day)) return undefined;
  }
  const { c, p } = u;
  const a = u.items.map(save);
  const b = v.items.map(save);
  if (a[0]!.day === b[0]!.day && a[0]!.startMin === b[0]!.startMin) return undefined;
  const was = affectedCost(c, p);
  const travelBefore = travelCost(bookings);
  const all = [...u.items, ...v.items];
  for (const i of all) bookings.remove(i);
  const setTo = (x: Unit, s: Saved[]) => x.items.forEach((i, k) => put(i, s[k]!));
  setTo(u, b);
  setTo(v, a);
  const undo = (): void => {
    for (const i of all) bookings.remove(i);
    setTo(u, a);
    setTo(v, b);
    for (const i of all) bookings.add(i);
  };
  if (!phaseChangeOk(c, p)) {
    setTo(u, a);
    setTo(v, b);
    for (const i of all) bookings.add(i);
    return undefined;
  }
  // book one unit, check the other against it, then check the first against the second
  const fits = (x: Unit): boolean => x.items.every((i) => i.facilitators.every((f) => !bookings.clash(personKey(f), absStart(i), absEnd(i), undefined, i) && !travelConflict(env, bookings, f, absStart(i), absEnd(i), i)));
  let ok = fits(u);
  if (ok) {
    for (const i of u.items) bookings.add(i);
    ok = fits(v);
    for (const i of u.items) bookings.remove(i);
  }
  if (ok) {
    for (const i of v.items) bookings.add(i);
    ok = fits(u);
    for (const i of u.items) bookings.add(i);
  }
  if (!ok) {
    for (const i of all) bookings.remove(i);
    setTo(u, a);
    setTo(v, b);
    for (const i of all) bookings.add(i);
    return undefined;
  }
  const delta = affectedCost(c, p) - was + travelCost(bookings) - travelBefore;
  return { undo, before: [...u.items.map((i, k): [Item, Saved] => [i, a[k]!]), ...v.items.map((i, k): [Item, Saved] => [i, b[k]!])], opens: [], delta };
}

/** Whether one of the unit's participants is unavailable on day m or n. */
function awayOn(u: Unit, m: number, n: number): boolean {
  const reg = u.items[0]!.reg;
  return reg !== undefined && ((u.c.partUnavail.get(m)?.includes(reg) ?? false) || (u.c.partUnavail.get(n)?.includes(reg) ?? false));
}

/** A person's movable one-person appointment units on a day, in time order (others stay where they are). */
function movableOn(bookings: Bookings, unitOf: ReadonlyMap<Item, Unit>, f: string, n: number, except?: Unit): Unit[] {
  const out: Unit[] = [];
  for (const i of bookings.itemsOn(personKey(f), n)) {
    const u = unitOf.get(i);
    if (!u || u === except || u.items[0] !== i || i.facilitators.length !== 1 || i.day !== n) continue;
    out.push(u);
  }
  return out.sort((a, b) => a.items[0]!.startMin - b.items[0]!.startMin);
}

/** Books the (unbooked) units one after the other on day n with person f, each at its earliest time; false when one does not fit. */
function retime(env: Env, bookings: Bookings, f: string, n: number, order: readonly Unit[]): boolean {
  return retimed(env, bookings, f, n, order) === order.length;
}

/**
 * retime, telling how many units of the order it booked: the order's length when all fit, else the
 * position of the first that did not (with nothing booked). The same first units fail the same way in
 * any order that starts with them.
 */
function retimed(env: Env, bookings: Bookings, f: string, n: number, order: readonly Unit[]): number {
  let cursor = 0;
  for (let j = 0; j < order.length; j++) {
    const u = order[j]!;
    const shape = shapeOf(u.p, u.items.length);
    const tm = findSlot(env, u.c, bookings, [f], n, shape, u.items[0]!, cursor);
    if (typeof tm !== 'number') {
      for (let d = 0; d < j; d++) for (const i of order[d]!.items) bookings.remove(i);
      return j;
    }
    u.items.forEach((i, k) => {
      const at = tm + shape.parts[k]!.at;
      put(i, { day: n, startMin: at, endDay: n, endMin: at + shape.parts[k]!.len, facilitators: [f] });
    });
    for (const i of u.items) bookings.add(i);
    cursor = tm + shape.total;
  }
  return order.length;
}

/**
 * Insertion: an appointment unit goes to another day (or another facilitator of a `one` phase) at the
 * best place in that person's sequence for the day, the other appointments there re-timed around it:
 * the move that lets a facilitator's day take one more nearby visit without being full up front.
 * Undefined when no place fits.
 */
function insert(env: Env, bookings: Bookings, u: Unit, unitOf: ReadonlyMap<Item, Unit>, rng: () => number): Move | undefined {
  const { c, p } = u;
  const first = u.items[0]!;
  if (first.facilitators.length !== 1) return undefined;
  const nd = first.day + (rng() < 0.2 ? 0 : (rng() < 0.5 ? -1 : 1) * (1 + pick(rng, 10)));
  if (nd < c.h0 || nd > c.h1) return undefined;
  const who = p.phase.mode === 'individual' && p.phase.facilitators === 'one' ? c.facilitators[pick(rng, c.facilitators.length)]! : first.facilitators[0]!;
  if (nd === first.day && who === first.facilitators[0]) return undefined;
  if (!appointmentDay(env, c, p, nd, [who], true)) return undefined;
  const there = movableOn(bookings, unitOf, who, nd, u);
  if (there.length + 1 > 5) return undefined;
  const moved = [u, ...there];
  const before: [Item, Saved][] = moved.flatMap((x) => x.items.map((i): [Item, Saved] => [i, save(i)]));
  const wasLocal = affectedCost(c, p);
  const wasTravel = travelCost(bookings);
  for (const [i] of before) bookings.remove(i);
  const restore = (): void => {
    for (const [i] of before) bookings.remove(i);
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
  };
  let best: { order: Unit[]; cost: number } | undefined;
  for (let pos = 0; pos <= there.length; pos++) {
    const order = [...there.slice(0, pos), u, ...there.slice(pos)];
    if (!retime(env, bookings, who, nd, order)) continue;
    const ok = phaseChangeOk(c, p) && there.every((x) => phaseChangeOk(x.c, x.p));
    const cost = affectedCost(c, p) + travelCost(bookings);
    for (const x of order) for (const i of x.items) bookings.remove(i);
    if (ok && (!best || cost < best.cost - 1e-12)) best = { order, cost };
  }
  if (!best || !retime(env, bookings, who, nd, best.order)) {
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
    return undefined;
  }
  return { undo: restore, before, opens: [], delta: best.cost - wasLocal - wasTravel };
}

/** All orders of a person's movable appointments on one day (at most four), the one that drives least kept. */
function reorder(env: Env, bookings: Bookings, u: Unit, unitOf: ReadonlyMap<Item, Unit>): Move | undefined {
  const first = u.items[0]!;
  if (first.facilitators.length !== 1) return undefined;
  const f = first.facilitators[0]!;
  const n = first.day;
  const units = movableOn(bookings, unitOf, f, n);
  if (units.length < 2 || units.length > 4) return undefined;
  const before: [Item, Saved][] = units.flatMap((x) => x.items.map((i): [Item, Saved] => [i, save(i)]));
  const was = travelCost(bookings);
  for (const [i] of before) bookings.remove(i);
  const restore = (): void => {
    for (const [i] of before) bookings.remove(i);
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
  };
  if (!bestSequence(env, bookings, f, n, units, () => units.every((x) => phaseChangeOk(x.c, x.p)))) {
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
    return undefined;
  }
  return { undo: restore, before, opens: [], delta: travelCost(bookings) - was };
}

/**
 * Books the (unbooked) units on person f's day n in the order that drives least among those that fit
 * (every order of up to four; more keep their given order); false, with nothing booked, when none fits.
 */
function bestSequence(env: Env, bookings: Bookings, f: string, n: number, units: readonly Unit[], ok: () => boolean): boolean {
  if (units.length === 0) return true;
  // orders by their route alone (cheap), then the first that fits is booked: exact on a day without other sessions
  const home = env.homeAt.get(f) ?? -1;
  const factor = env.travelOf(f).roadFactor;
  const orders = (units.length <= 4 ? orderings(units.length).map((ix) => ix.map((j) => units[j]!)) : [[...units]]).map((order) => {
    let km = 0;
    let at = home;
    for (const w of order) {
      const q = w.items[0]!.at ?? -1;
      km += kmAt(at, q, factor);
      at = q;
    }
    return { order, km: km + kmAt(at, home, factor) };
  });
  orders.sort((x, y) => x.km - y.km);
  // the first units of orders that did not fit, up to and with the one that failed
  const failed: (readonly Unit[])[] = [];
  const doomed = (order: readonly Unit[]) => failed.some((head) => head.every((w, j) => order[j] === w));
  for (const { order } of orders) {
    if (failed.length > 0 && doomed(order)) continue;
    const fit = retimed(env, bookings, f, n, order);
    if (fit < order.length) {
      failed.push(order.slice(0, fit + 1));
      continue;
    }
    if (ok()) return true;
    for (const x of order) for (const i of x.items) bookings.remove(i);
  }
  return false;
}

/**
 * Two one-person appointment units of a phase trade days (and facilitators), and both days are put in
 * their cheapest order again: what turns Limburg–Friesland–Limburg into a Limburg day and a Friesland
 * day when both days are full.
 */
function exchange(env: Env, bookings: Bookings, u: Unit, others: readonly Unit[], unitOf: ReadonlyMap<Item, Unit>, rng: () => number): Move | undefined {
  const v = others[pick(rng, others.length)]!;
  const [x, y] = [u.items[0]!, v.items[0]!];
  if (v === u || x.facilitators.length !== 1 || y.facilitators.length !== 1 || v.items.length !== u.items.length || x.reg === y.reg) return undefined;
  const [fu, fv] = [x.facilitators[0]!, y.facilitators[0]!];
  if (fu === fv && x.day === y.day) return undefined;
  const { c, p } = u;
  const a = movableOn(bookings, unitOf, fu, x.day, u);
  const b = movableOn(bookings, unitOf, fv, y.day, v).filter((w) => !a.includes(w));
  if (a.length + 1 > 5 || b.length + 1 > 5) return undefined;
  const all = [u, v, ...a, ...b];
  // every unit online: nobody drives to any of them, so trading and re-ordering the two days changes
  // nothing but the participants' clashes (as in swap), and with nobody away there is nothing to gain
  if (all.every((w) => w.items.every((i) => i.place === undefined)) && !awayOn(u, x.day, y.day) && !awayOn(v, x.day, y.day)) return undefined;
  const before: [Item, Saved][] = all.flatMap((w) => w.items.map((i): [Item, Saved] => [i, save(i)]));
  const wasLocal = affectedCost(c, p);
  const wasTravel = travelCost(bookings);
  for (const [i] of before) bookings.remove(i);
  const back = (): void => {
    for (const [i] of before) bookings.remove(i);
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
  };
  const phasesOk = () => all.every((w) => phaseChangeOk(w.c, w.p));
  // u takes v's day and person, v takes u's; staffing rules are the phase's: `one` may change person, others may not
  if (fu !== fv && !(p.phase.mode === 'individual' && p.phase.facilitators === 'one')) {
    back();
    return undefined;
  }
  if (!appointmentDay(env, c, p, y.day, [fv], true) || !appointmentDay(env, c, p, x.day, [fu], true)) {
    back();
    return undefined;
  }
  const okA = bestSequence(env, bookings, fu, x.day, [...a, v], phasesOk);
  // (y is v's item, booked on x's day by now: u and b go there too, with fv; see `daysOk`)
  const okB = okA && bestSequence(env, bookings, fv, y.day, [...b, u], phasesOk);
  // every unit moved must keep its own phase's day rules with the person it now has (u takes fv, and b
  // comes along to a day its phase was never checked on)
  const daysOk = () => all.every((w) => w.items.every((i) => appointmentDay(env, w.c, w.p, i.day, i.facilitators, true)));
  if (!okA || !okB || !phasesOk() || !daysOk()) {
    back();
    return undefined;
  }
  return { undo: back, before, opens: [], delta: affectedCost(c, p) - wasLocal + travelCost(bookings) - wasTravel };
}

/**
 * Road km of the cheapest round trip from home past every subset of the places (Held–Karp over at most
 * eight places): entry `mask` is the subset of places whose bits are set; 0 for the empty one.
 */
function routes(env: Env, f: string, places: readonly number[]): Float64Array {
  const home = env.homeAt.get(f) ?? -1;
  const factor = env.travelOf(f).roadFactor;
  const k = places.length;
  const full = 1 << k;
  const out = new Float64Array(full);
  const dp = new Float64Array(full * k).fill(Infinity);
  for (let j = 0; j < k; j++) dp[(1 << j) * k + j] = kmAt(home, places[j]!, factor);
  for (let mask = 1; mask < full; mask++) {
    let best = Infinity;
    for (let j = 0; j < k; j++) {
      if (!(mask & (1 << j))) continue;
      const here = dp[mask * k + j]!;
      if (here === Infinity) continue;
      best = Math.min(best, here + kmAt(places[j]!, home, factor));
      for (let n = 0; n < k; n++) {
        if (mask & (1 << n)) continue;
        const next = (mask | (1 << n)) * k + n;
        const via = here + kmAt(places[j]!, places[n]!, factor);
        if (via < dp[next]!) dp[next] = via;
      }
    }
    out[mask] = best;
  }
  return out;
}

/**
 * Two days (of one facilitator, or of two facilitators of a `one` phase) are emptied of their
 * one-person appointments and these are split between the two days again: the splits are ranked by
 * their cheapest routes, and the best few are tried until one keeps every rule. The exact answer for
 * the pair, where exchanges one by one would have to get worse before they get better.
 */
function recombine(env: Env, bookings: Bookings, u: Unit, others: readonly Unit[], unitOf: ReadonlyMap<Item, Unit>, rng: () => number): Move | undefined {
  const x = u.items[0]!;
  if (x.facilitators.length !== 1) return undefined;
  const fa = x.facilitators[0]!;
  const da = x.day;
  // the other day: one with another appointment of the phase, or any day near it (perhaps empty), of a person who may take it
  let fb: string;
  let db: number;
  if (rng() < 0.5) {
    const y = others[pick(rng, others.length)]!.items[0]!;
    if (y.facilitators.length !== 1) return undefined;
    fb = y.facilitators[0]!;
    db = y.day;
  } else {
    const { c, p } = u;
    fb = p.phase.mode === 'individual' && p.phase.facilitators === 'one' ? c.facilitators[pick(rng, c.facilitators.length)]! : fa;
    db = da + (rng() < 0.5 ? -1 : 1) * (1 + pick(rng, 10));
    if (db < c.h0 || db > c.h1) return undefined;
  }
  if (fa === fb && da === db) return undefined;
  const a = movableOn(bookings, unitOf, fa, da);
  const b = movableOn(bookings, unitOf, fb, db).filter((w) => !a.includes(w));
  const units = [...a, ...b];
  if (units.length > 8) return undefined;
  const may = (w: Unit, f: string) => w.items[0]!.facilitators[0] === f || (w.p.phase.mode === 'individual' && w.p.phase.facilitators === 'one' && w.c.facilitators.includes(f));
  const size = (ws: readonly Unit[]) => ws.reduce((k, w) => k + w.items.length, 0);
  const room = (f: string, n: number, ws: readonly Unit[]) => bookings.appointments(f, n) - size(ws);
  const freeA = maxPerDay(env, fa) - room(fa, da, a);
  const freeB = maxPerDay(env, fb) - room(fb, db, b);
  // every split's routes from the subsets' round trips: both people's, over the same places
  const places = units.map((w) => w.items[0]!.at ?? -1);
  const ra = routes(env, fa, places);
  const rb = fa === fb ? ra : routes(env, fb, places);
  const all = (1 << units.length) - 1;
  const maskA = (1 << a.length) - 1;
  const current = ra[maskA]! + rb[all & ~maskA]!;
  const fitsA = units.map((w) => may(w, fa));
  const fitsB = units.map((w) => may(w, fb));
  const sizes = units.map((w) => w.items.length);
  const splits: { mask: number; km: number }[] = [];
  for (let mask = 0; mask <= all; mask++) {
    let na = 0;
    let nb = 0;
    let ok = true;
    for (let j = 0; j < units.length && ok; j++) {
      if (mask & (1 << j)) {
        na += sizes[j]!;
        ok = fitsA[j]!;
      } else {
        nb += sizes[j]!;
        ok = fitsB[j]!;
      }
    }
    if (!ok || na > freeA || nb > freeB) continue;
    const km = ra[mask]! + rb[all & ~mask]!;
    if (km < current - 1e-6) splits.push({ mask, km });
  }
  if (splits.length === 0) return undefined;
  splits.sort((p, q) => p.km - q.km || p.mask - q.mask);
  const before: [Item, Saved][] = units.flatMap((w) => w.items.map((i): [Item, Saved] => [i, save(i)]));
  const phases = [...new Set(units.map((w) => w.p))];
  const cohortOf = new Map(units.map((w) => [w.p, w.c]));
  const localOf = () => phases.reduce((t, q) => t + affectedCost(cohortOf.get(q)!, q), 0);
  const wasLocal = localOf();
  const wasTravel = travelCost(bookings);
  const back = (): void => {
    for (const [i] of before) bookings.remove(i);
    for (const [i, sv] of before) put(i, sv);
    for (const [i] of before) bookings.add(i);
  };
  for (const [i] of before) bookings.remove(i);
  const phasesOk = () => phases.every((q) => phaseChangeOk(cohortOf.get(q)!, q));
  for (const { mask } of splits.slice(0, 3)) {
    const sa = units.filter((_, k) => mask & (1 << k));
    const sb = units.filter((_, k) => !(mask & (1 << k)));
    if (!sa.every((w) => appointmentDay(env, w.c, w.p, da, [fa], true)) || !sb.every((w) => appointmentDay(env, w.c, w.p, db, [fb], true))) continue;
    if (bestSequence(env, bookings, fa, da, sa, () => true)) {
      if (bestSequence(env, bookings, fb, db, sb, () => true) && phasesOk())
        return { undo: back, before, opens: [], delta: localOf() - wasLocal + travelCost(bookings) - wasTravel };
      for (const [i] of before) bookings.remove(i);
    }
  }
  for (const [i, sv] of before) put(i, sv);
  for (const [i] of before) bookings.add(i);
  return undefined;
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

const orderingsOf = new Map<number, readonly (readonly number[])[]>();
/** Every order of the positions 0..n-1, in permutations' order: worked out once per n. */
function orderings(n: number): readonly (readonly number[])[] {
  let out = orderingsOf.get(n);
  if (!out) orderingsOf.set(n, (out = permutations(Array.from({ length: n }, (_, j) => j))));
  return out;
}

interface Move {
  undo: () => void;
  /** Every item the move changed, as it was before. */
  before: [Item, Saved][];
  opens: [PhaseCtx, number | undefined][];
  /** Change of the total cost. */
  delta: number;
}

interface GroupPhase {
  c: CohortCtx;
  p: PhaseCtx;
  /** Group phases (of any cohort) sharing a facilitator or the venue with this one. */
  rivals: GroupPhase[];
}

function groupPhasesOf(planned: readonly CohortCtx[]): GroupPhase[] {
  const out: GroupPhase[] = [];
  const byKey = new Map<string, GroupPhase[]>();
  for (const c of planned)
    for (const p of c.phases) {
      if (!dpReady(p)) continue;
      const g: GroupPhase = { c, p, rivals: [] };
      out.push(g);
      for (const k of new Set(p.items.flatMap((i) => keysOf(i)))) byKey.set(k, [...(byKey.get(k) ?? []), g]);
    }
  for (const g of out) {
    const rivals = new Set<GroupPhase>();
    for (const k of new Set(g.p.items.flatMap((i) => keysOf(i)))) for (const o of byKey.get(k) ?? []) if (o !== g) rivals.add(o);
    g.rivals = out.filter((o) => rivals.has(o));
  }
  return out;
}

/** The part of the cost that moving these group phases can change. */
function costOf(phases: readonly GroupPhase[]): number {
  let x = 0;
  for (let j = 0; j < phases.length; j++) {
    const { c, p } = phases[j]!;
    let alone = true;
    for (let i = 0; i < phases.length && alone; i++) if (i !== j && phases[i]!.c === c) alone = false;
    if (alone) x += affectedCost(c, p);
    // several phases of one cohort: the whole cohort, once
    else if (phases.findIndex((g) => g.c === c) === j) x += cohortCost(c);
  }
  return x;
}

/**
 * Ruin and recreate: the phases are unbooked, then each in turn takes its best days around the others
 * placed so far (the first as if the others were not booked). Undefined when one finds no legal days.
 */
function kick(env: Env, bookings: Bookings, phases: readonly GroupPhase[]): Move | undefined {
  const was = costOf(phases) + travelCost(bookings);
  const before: [Item, Saved][] = phases.flatMap((g) => g.p.items.map((i): [Item, Saved] => [i, save(i)]));
  for (const g of phases) unbookPhase(bookings, g.p);
  const restore = (): void => {
    for (const g of phases) unbookPhase(bookings, g.p);
    for (const [i, s] of before) put(i, s);
    for (const g of phases) bookPhase(bookings, g.p);
  };
  for (const g of phases) {
    const best = bestPhase(env, bookings, g.c, g.p);
    if (!best) {
      // put the phases placed so far back where they were
      for (const h of phases) if (h !== g) unbookPhase(bookings, h.p);
      for (const [i, s] of before) put(i, s);
      for (const h of phases) bookPhase(bookings, h.p);
      return undefined;
    }
    setGroupDays(g.p, best.days);
    bookPhase(bookings, g.p);
  }
  for (const g of phases)
    if (!phaseChangeOk(g.c, g.p)) {
      restore();
      return undefined;
    }
  // every phase back on its own days: nothing moved (the same items booked on the same days)
  if (before.every(([i, s]) => i.day === s.day)) return undefined;
  return { undo: restore, before, opens: [], delta: costOf(phases) + travelCost(bookings) - was };
}

/** A session and everything after it in its cohort moved by one or two weeks (see moves.ts). */
function shift(env: Env, bookings: Bookings, u: Unit, rng: () => number): Move | undefined {
  const { c, p } = u;
  const k = u.kind === 'group' ? p.items.indexOf(u.items[0]!) : 0;
  if (k < 0) return undefined;
  const by = (rng() < 0.5 ? -7 : 7) * (1 + pick(rng, 2));
  const phases = [p, ...descendants(c, p)];
  let was = 0;
  let before: [Item, Saved][] = [];
  let opens: [PhaseCtx, number | undefined][] = [];
  const done = shiftPhases(env, bookings, c, p, k, by, () => {
    was = cohortCost(c) + travelCost(bookings);
    before = phases.flatMap((q) => q.items.map((i): [Item, Saved] => [i, save(i)]));
    opens = phases.map((q): [PhaseCtx, number | undefined] => [q, q.open]);
  });
  if (!done) return undefined;
  return { undo: done.undo, before, opens, delta: cohortCost(c) + travelCost(bookings) - was };
}

/**
 * Best responses of every group phase in turn until none improves (at most `rounds` sweeps). A best
 * response reads only the bookings of the phase's people and venue and its own cohort, so a phase
 * that kept its days is asked again only once a rival or a phase of its cohort has moved: the same
 * sweeps, without the answers known to be "stay".
 */
export function descend(env: Env, bookings: Bookings, groups: readonly GroupPhase[], rounds: number): void {
  const byCohort = new Map<CohortCtx, GroupPhase[]>();
  for (const g of groups) byCohort.set(g.c, [...(byCohort.get(g.c) ?? []), g]);
  const stays = new Set<GroupPhase>();
  for (let r = 0; r < rounds; r++) {
    let changed = false;
    for (const g of groups) {
      if (stays.has(g)) continue;
      if (!improvePhase(env, bookings, g.c, g.p)) {
        stays.add(g);
        continue;
      }
      changed = true;
      for (const o of g.rivals) stays.delete(o);
      for (const o of byCohort.get(g.c)!) stays.delete(o);
    }
    if (!changed) return;
  }
}

/** Share of the steps on a group session that kick its phase, and of all steps that shift a tail of the plan. */
const KICK_SHARE = 0.4;
const SHIFT_SHARE = 0.05;
/** Of the steps on an appointment that are not shifts, this share (above KICK_SHARE + SHIFT_SHARE) swaps it with another. */
const SWAP_SHARE = 0.2;
/** Shares of the appointment steps that insert a unit into another day's sequence and that reorder a day. */
const INSERT_SHARE = 0.15;
const REORDER_SHARE = 0.05;
/** And that split two days' appointments between them again. */
const RECOMBINE_SHARE = 0.1;
const DESCENT_ROUNDS = 8;
const MAX_RIVALS = 3;

/**
 * The local search, one independent component (components.ts) at a time: cohorts that book no person
 * or venue in common cannot change each other's cost, so each component gets its own acceptance
 * history, its own random numbers (seeded from its cohort ids), its share of the step budget (by its
 * number of units) and its own patience. One history for the whole year would let a worse move in one
 * part ride on a lucky one in another, and would keep searching a part long settled while another
 * still improves.
 */
export function improve(env: Env, planned: readonly CohortCtx[], bookings: Bookings): void {
  const parts = componentsOf(planned).map((cohorts) => ({ cohorts, units: unitsOf(cohorts) }));
  const total = parts.reduce((n, x) => n + x.units.length, 0);
  if (total === 0) return;
  const steps = Math.min(MAX_STEPS, Math.max(MIN_STEPS, total * STEPS_PER_UNIT));
  for (const { cohorts, units } of parts) {
    if (units.length === 0) continue;
    const share = Math.ceil((steps * units.length) / total);
    const patience = Math.max(Math.ceil((PATIENCE_MIN * units.length) / total), units.length * PATIENCE_PER_UNIT);
    searchComponent(env, cohorts, units, bookings, share, patience);
  }
}

function searchComponent(env: Env, planned: readonly CohortCtx[], units: readonly Unit[], bookings: Bookings, steps: number, patience: number): void {
  const groups = groupPhasesOf(planned);
  const groupOf = new Map(groups.map((g) => [g.p, g]));
  descend(env, bookings, groups, DESCENT_ROUNDS);
  const rng = prng(hash(planned.map((c) => c.cohort.id).join('\n')));
  // the cost of the other components does not change here: only differences count
  let current = 0;
  // appointment units by phase, for swaps
  const byPhase = new Map<PhaseCtx, Unit[]>();
  for (const u of units) if (u.kind === 'appointment' && u.p.phase.mode === 'individual') byPhase.set(u.p, [...(byPhase.get(u.p) ?? []), u]);
  const unitOf = new Map<Item, Unit>();
  for (const u of units) if (u.kind === 'appointment') for (const i of u.items) unitOf.set(i, u);
  const late = new Array<number>(LATE_LENGTH).fill(current);
  let best = current;
  let bestUnsaved = true;
  // the best plan seen, once left: every item and opening changed since, as it was in that plan
  const sinceBest = new Map<Item, Saved>();
  const opensSinceBest = new Map<PhaseCtx, number | undefined>();
  const allItems = planned.flatMap((c) => c.phases.flatMap((p) => p.items.filter((i) => !i.fixed)));

  // stop early after a long stretch without a new best (still counted in steps, never in time)
  let lastBest = 0;
  const pool: GroupPhase[] = [];
  // moves accepted so far, and for a phase kicked alone that stayed, how many had been accepted then
  let accepted = 0;
  const stayedAt = new Map<GroupPhase, number>();
  for (let step = 0; step < steps && step - lastBest < patience; step++) {
    const u = units[pick(rng, units.length)]!;
    const r = rng();
    let move: Move | undefined;
    // a move refused or undone puts the bookings back exactly: the ledger then restores its days' km
    bookings.ledger?.begin();
    const a = u.kind === 'group' ? groupOf.get(u.p) : undefined;
    if (a && r < KICK_SHARE) {
      // the session's phase with one to three rivals, drawn without repetition, in a random order
      pool.length = 0;
      for (const o of a.rivals) pool.push(o);
      const phases = [a];
      for (let n = 1 + pick(rng, MAX_RIVALS); n > 0 && pool.length > 0; n--) {
        // take the drawn one out, the others keeping their order (as splice would, without its array)
        const at = pick(rng, pool.length);
        phases.push(pool[at]!);
        for (let j = at + 1; j < pool.length; j++) pool[j - 1] = pool[j]!;
        pool.pop();
      }
      // a phase alone takes its best response, which reads only its own component: asked again with
      // nothing changed there since it last stayed, it stays again
      if (phases.length > 1 || stayedAt.get(a) !== accepted) {
        move = kick(env, bookings, phases);
        if (!move && phases.length === 1) stayedAt.set(a, accepted);
      }
    } else if (r < KICK_SHARE + SHIFT_SHARE) {
      move = shift(env, bookings, u, rng);
    } else if (byPhase.has(u.p) && r < KICK_SHARE + SHIFT_SHARE + SWAP_SHARE) {
      // one-person appointments trade days and both days are re-ordered; a pair with two people trades slots
      move = u.items[0]!.facilitators.length === 1 ? exchange(env, bookings, u, byPhase.get(u.p)!, unitOf, rng) : swap(env, bookings, u, byPhase.get(u.p)!, rng);
    } else if (u.kind === 'appointment' && r < KICK_SHARE + SHIFT_SHARE + SWAP_SHARE + INSERT_SHARE) {
      move = insert(env, bookings, u, unitOf, rng);
    } else if (u.kind === 'appointment' && r < KICK_SHARE + SHIFT_SHARE + SWAP_SHARE + INSERT_SHARE + REORDER_SHARE) {
      move = reorder(env, bookings, u, unitOf);
    } else if (byPhase.has(u.p) && r < KICK_SHARE + SHIFT_SHARE + SWAP_SHARE + INSERT_SHARE + REORDER_SHARE + RECOMBINE_SHARE) {
      move = recombine(env, bookings, u, byPhase.get(u.p)!, unitOf, rng);
    } else {
      move = propose(env, bookings, u, rng);
    }
    if (!move) {
      bookings.ledger?.rollback();
      late[step % LATE_LENGTH] = current;
      continue;
    }
    const next = current + move.delta;
    const slot = step % LATE_LENGTH;
    if (next <= current + 1e-9 || next <= late[slot]! + 1e-9) {
      bookings.ledger?.commit();
      accepted++;
      if (next > current + 1e-9 && bestUnsaved) {
        // about to leave the best plan seen: from now on keep what the steps change, as it was
        sinceBest.clear();
        opensSinceBest.clear();
        bestUnsaved = false;
      }
      if (!bestUnsaved) {
        for (const [i, s] of move.before) if (!i.fixed && !sinceBest.has(i)) sinceBest.set(i, s);
        for (const [p, o] of move.opens) if (!opensSinceBest.has(p)) opensSinceBest.set(p, o);
      }
      current = next;
      if (current < best - 1e-9) {
        best = current;
        bestUnsaved = true;
        lastBest = step;
      }
    } else {
      move.undo();
      bookings.ledger?.rollback();
    }
    late[slot] = current;
  }
  if (current > best + 1e-9 && !bestUnsaved) {
    for (const i of allItems) bookings.remove(i);
    for (const [i, s] of sinceBest) put(i, s);
    for (const [p, o] of opensSinceBest) p.open = o;
    for (const i of allItems) bookings.add(i);
  }
  stretch(env, bookings, units);
  descend(env, bookings, groups, DESCENT_ROUNDS);
}

/** How far (days) `stretch` tries to move a unit either way. */
const STRETCH_DAYS = 14;
const STRETCH_ROUNDS = 1;

/**
 * A descent after the random steps: every self-study window, and every appointment that opens or
 * closes its phase (or is a coaching conversation, every one of which has gaps to keep), is tried on
 * each day within STRETCH_DAYS of where it is and kept on the cheapest when that is cheaper (every
 * rule checked as for a change move). What the random steps sample a few days of, tried in full for
 * the units whose day moves a gap. Deterministic (fixed order, no random numbers); true when a unit moved.
 */
function stretch(env: Env, bookings: Bookings, units: readonly Unit[]): boolean {
  let moved = false;
  for (let round = 0; round < STRETCH_ROUNDS; round++) {
    let changed = false;
    for (const u of units) {
      if (u.kind === 'group' || !gapUnit(u)) continue;
      const from = u.kind === 'deadline' ? u.p.open : u.items[0]!.day;
      if (from === undefined) continue;
      let best = 0;
      let at = from;
      // every try starts from the plan as it is now (each is undone), so what it reads of it is read once
      let trial: Trial | undefined;
      for (let d = from - STRETCH_DAYS; d <= from + STRETCH_DAYS; d++) {
        if (d === from || !dayOk(env, u, d)) continue;
        trial ??= { before: u.items.map(save), open: u.p.open, was: affectedCost(u.c, u.p), load: loadOf(u) };
        bookings.ledger?.begin();
        const delta = tryDay(env, bookings, u, d, trial);
        if (delta !== undefined && delta < best - 1e-9) {
          best = delta;
          at = d;
        }
        bookings.ledger?.rollback();
      }
      if (at === from) continue;
      bookings.ledger?.begin();
      if (moveTo(env, bookings, u, at)) {
        bookings.ledger?.commit();
        changed = moved = true;
      } else bookings.ledger?.rollback();
    }
    if (!changed) break;
  }
  return moved;
}

/** The rules of moveTo that need no bookings: most days fail on them, and they are cheap to ask first. */
function dayOk(env: Env, u: Unit, d: number): boolean {
  const { c, p } = u;
  if (u.kind === 'deadline') return p.phase.mode === 'self-study' && d >= c.start && deadlineDay(env, c, p, plus(d, p.phase.window));
  if (d < c.h0 || d > c.h1) return false;
  if (p.phase.mode === 'coaching') return appointmentDay(env, c, p, d, u.items[0]!.facilitators, true);
  return appointmentDay(env, c, p, d, c.facilitators, p.phase.mode === 'individual' && p.phase.facilitators === 'all');
}

/** Whether the unit's day is (or may become) one a gap is counted from: its phase's first or last, a coaching conversation, a deadline. */
function gapUnit(u: Unit): boolean {
  if (u.kind === 'deadline' || u.p.phase.mode === 'coaching') return true;
  const day = u.items[0]!.day;
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of u.p.items) {
    lo = Math.min(lo, i.day);
    hi = Math.max(hi, i.endDay);
  }
  return day === lo || day === hi;
}
