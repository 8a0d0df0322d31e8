/**
 * Local search (PLANNER.md steps 3–4): Late Acceptance Hill Climbing over change moves — a group
 * session a few weeks earlier or later on its slot weekday, a self-study window a few days, an
 * appointment or coaching conversation to another day (time and, for `facilitators: one`, facilitator
 * chosen again). Every move keeps every hard rule; only the moved cohort is re-scored. The number of
 * steps depends on the size of the input, never on the clock, and randomness comes from a PRNG seeded
 * from the cohort ids, so the same input gives the same plan.
 */
import type { CohortCtx, Env, Item, PhaseCtx } from './context.js';
import { affectedCost, cohortCost } from './cost.js';
import { plus } from './days.js';
import { findSlot, shapeOf, whoOptions } from './pack.js';
import { phaseChangeOk } from './phases.js';
import type { Bookings } from './resources.js';
import { keysOf } from './resources.js';
import { appointmentDay, deadlineDay, groupDay } from './static.js';

export const STEPS_PER_UNIT = 12;
export const MIN_STEPS = 3000;
export const MAX_STEPS = 25_000;
const LATE_LENGTH = 40;
const PATIENCE_MIN = 2000;
const PATIENCE_PER_UNIT = 6;

/** FNV-1a, 32 bit. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
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
  const { c, p } = u;
  const before = u.items.map(save);
  const open = p.open;
  const sign = rng() < 0.5 ? -1 : 1;
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
    const nd = i.day + sign * 7 * (1 + pick(rng, 4));
    if (nd < c.h0 || nd > c.h1 || !groupDay(env, c, p, nd, { fixed: false })) return fail();
    const len = i.endDay - i.day;
    i.day = nd;
    i.endDay = nd + len;
    for (const k of keysOf(i)) if (bookings.clash(k, i.day * 1440 + i.startMin, i.endDay * 1440 + i.endMin)) return fail();
  } else if (u.kind === 'deadline') {
    if (p.open === undefined || p.phase.mode !== 'self-study') return fail();
    const no = p.open + sign * (1 + pick(rng, 7));
    const nd = plus(no, p.phase.window);
    if (no < c.start || !deadlineDay(env, c, nd)) return fail();
    p.open = no;
    u.items[0]!.day = nd;
    u.items[0]!.endDay = nd;
  } else {
    const first = u.items[0]!;
    const nd = first.day + sign * (1 + pick(rng, 10));
    if (nd < c.h0 || nd > c.h1) return fail();
    let options: string[][];
    if (p.phase.mode === 'coaching') {
      options = [first.facilitators];
      if (!appointmentDay(env, c, nd, first.facilitators, true)) return fail();
    } else {
      if (!appointmentDay(env, c, nd, c.facilitators, p.phase.mode === 'individual' && p.phase.facilitators === 'all')) return fail();
      const load = new Map<string, number>();
      if (p.phase.mode === 'individual' && p.phase.facilitators === 'one')
        for (const i of p.items) if (i.reg !== first.reg) for (const f of i.facilitators) load.set(f, (load.get(f) ?? 0) + 1);
      options = whoOptions(env, c, p, nd, load);
    }
    const shape = shapeOf(p, u.items.length);
    let done = false;
    for (const who of options) {
      const tm = findSlot(env, c, bookings, who, nd, shape);
      if (typeof tm !== 'number') continue;
      u.items.forEach((i, k) => {
        const s = tm + shape.parts[k]!.at;
        put(i, { day: nd, startMin: s, endDay: nd, endMin: s + shape.parts[k]!.len, facilitators: who });
      });
      done = true;
      break;
    }
    if (!done) return fail();
  }
  if (!phaseChangeOk(c, p)) return fail();
  for (const i of u.items) bookings.add(i);
  return { undo, before, open };
}

interface Move {
  undo: () => void;
  before: Saved[];
  open: number | undefined;
}

/** The affected cost as it was before the move (fields swapped back and forth; bookings untouched). */
function costBefore(u: Unit, move: Move): number {
  const now = u.items.map(save);
  const open = u.p.open;
  u.items.forEach((i, k) => put(i, move.before[k]!));
  u.p.open = move.open;
  const cost = affectedCost(u.c, u.p);
  u.items.forEach((i, k) => put(i, now[k]!));
  u.p.open = open;
  return cost;
}

export function improve(env: Env, planned: readonly CohortCtx[], bookings: Bookings): void {
  const units = unitsOf(planned);
  if (units.length === 0) return;
  const rng = prng(hash(planned.map((c) => c.cohort.id).join('\n')));
  let current = 0;
  for (const c of planned) current += cohortCost(c);
  const steps = Math.min(MAX_STEPS, Math.max(MIN_STEPS, units.length * STEPS_PER_UNIT));
  const late = new Array<number>(LATE_LENGTH).fill(current);
  let best = current;
  let bestUnsaved = true;
  let snapshot: { saved: Saved[][]; open: (number | undefined)[] } | undefined;
  const takeSnapshot = () => ({ saved: units.map((u) => u.items.map(save)), open: units.map((u) => u.p.open) });

  // stop early after a long stretch without a new best (still counted in steps, never in time)
  const patience = Math.max(PATIENCE_MIN, units.length * PATIENCE_PER_UNIT);
  let lastBest = 0;
  for (let step = 0; step < steps && step - lastBest < patience; step++) {
    const at = pick(rng, units.length);
    const u = units[at]!;
    const move = propose(env, bookings, u, rng);
    if (!move) {
      late[step % LATE_LENGTH] = current;
      continue;
    }
    const after = affectedCost(u.c, u.p);
    const next = current - costBefore(u, move) + after;
    const slot = step % LATE_LENGTH;
    if (next <= current + 1e-9 || next <= late[slot]! + 1e-9) {
      if (next > current + 1e-9 && bestUnsaved) {
        // about to leave the best plan seen: keep a copy of it (the moved unit as it was)
        snapshot = takeSnapshot();
        snapshot.saved[at] = move.before;
        snapshot.open[at] = move.open;
        bestUnsaved = false;
      }
      current = next;
      if (current < best - 1e-9) {
        best = current;
        bestUnsaved = true;
        lastBest = step;
      }
    } else {
      move.undo();
    }
    late[slot] = current;
  }
  if (current > best + 1e-9 && !bestUnsaved && snapshot) {
    units.forEach((u, k) => {
      u.items.forEach((i, j) => put(i, snapshot!.saved[k]![j]!));
      if (u.kind === 'deadline') u.p.open = snapshot!.open[k];
    });
  }
}
