/**
 * Proofs that no plan places a set of cohorts together (issue 12, scale), for a cohort the planner
 * left out: an exhaustive search over the dates of the group sessions of the cohort and of cohorts
 * that share a facilitator or its venue with it.
 *
 * The model is a relaxation of the planner's hard rules, so "no dates" there means no plan at all:
 * each group session on a day of its domain after arc consistency over its own cohort (domains.ts;
 * those remove only days that no plan of that cohort can use, whatever else is planned), consecutive
 * sessions within their gap (`every`, and `after` between group phases), and no two sessions that
 * share a person or the venue at overlapping times (a double booking). Everything else (appointments,
 * travel, self-study deadlines, gaps through other phases, fixed sessions) is left out: leaving rules
 * out only leaves more plans. The search is complete within a node budget; when the budget runs out
 * nothing is claimed. Where the search over three or more cohorts would give up (a pigeonhole over
 * many dates: three series that must each meet on one of the two Mondays before a long holiday), a
 * counting argument over the same relaxation proves it (`bottleneck`), tried before those searches
 * because it is cheaper.
 *
 * A cohort can also be unplannable on its own, by its appointments (`appointmentRoom`): an individual
 * phase holds every participant's appointments within its window, and where no opening its domain
 * allows leaves room for them all on the facilitators' days, hours and daily maximum, no plan exists
 * whatever the other cohorts do. Or by travel (`travelReach`): a participant whom no facilitator the
 * phase allows can visit from home and be back within their working day.
 */
import type { GroupPhase, IndividualPhase } from '../model/types.js';
import { minutesAt, placeIndex } from '../calendar/travel.js';
import { maxPerDay, personHours } from './context.js';
import type { CohortCtx, Env, PhaseCtx } from './context.js';
import type { Var } from './domains.js';
import { edgeWindow, propagate } from './domains.js';
import type { EndRange } from './domains.js';
import { appointmentDay, groupTimes } from './static.js';
import { DAY_MINUTES, plus } from './days.js';
import { hoursOf, shapeOf, unitsOf } from './pack.js';
import { personKey } from './resources.js';
import { placeOf } from './travel.js';

function atVenue(v: Var): boolean {
  return v.p.phase.mode === 'group' && v.p.phase.location === 'venue' && v.c.venueKey !== undefined;
}

/** Nodes the exhaustive search may visit per set of cohorts; past it, no claim is made. */
export const JOINT_BUDGET = 20_000;

interface JointVar {
  v: Var;
  /** Candidate start days, ascending, with each one's [start, end) in absolute minutes. */
  days: number[];
  from: number[];
  to: number[];
  /** Index of the parent var in the same search (an `every` or `after` edge), or -1. */
  parent: number;
  keys: string[];
}

/**
 * Whether the group sessions of `cohorts` can be dated together at all, by an exhaustive search: each
 * session on a day of its propagated domain, consecutive sessions within their gap (`every`, `after`
 * between group phases), and no two sessions that share a person or the venue at overlapping times.
 * Every other rule (appointments, travel, self-study phases, other phases' gaps) is left out, which
 * only leaves more plans, so `false` proves that no plan places all of these cohorts.
 * `undefined` when the search ran out of its node budget (no claim either way).
 */
export function jointlyDatable(vars: readonly Var[], cohorts: readonly CohortCtx[], budget = JOINT_BUDGET): boolean | undefined {
  const r = jointSearch(vars, cohorts, budget);
  return r === undefined ? undefined : r !== false;
}

/**
 * A witness for `jointlyDatable`: one dating of the group sessions of `cohorts` in the same model (false
 * when there is none, undefined when the node budget ran out), a start day per var. With `rank`, a cost
 * per session and day (the repair counts the other cohorts' bookings on it), the dating costs at most
 * `limit` in all and each session tries its cheapest days first; without it, this is `jointlyDatable`'s
 * search exactly.
 */
export function jointDating(
  vars: readonly Var[],
  cohorts: readonly CohortCtx[],
  budget = JOINT_BUDGET,
  rank?: (v: Var, day: number) => number,
  limit = Infinity,
): Map<Var, number> | false | undefined {
  return jointSearch(vars, cohorts, budget, rank, limit);
}

function jointSearch(vars: readonly Var[], cohorts: readonly CohortCtx[], budget: number, rank?: (v: Var, day: number) => number, limit = Infinity): Map<Var, number> | false | undefined {
  const set = new Set(cohorts);
  const chosen = vars.filter((v) => set.has(v.c) && v.p.phase.mode === 'group' && v.fixedDay === undefined);
  const index = new Map(chosen.map((v, x) => [v, x]));
  const js: JointVar[] = chosen.map((v) => {
    const { start, end } = groupTimes(v.p.phase as GroupPhase);
    const days: number[] = [];
    for (let x = 0; x < v.dom.length; x++) if (v.dom[x] === 1) days.push(v.c.h0 + x);
    const keys = v.c.facilitators.map(personKey);
    if (atVenue(v)) keys.push(`v:${v.c.venueKey!}`);
    return { v, days, from: days.map((d) => d * DAY_MINUTES + start), to: days.map((d) => d * DAY_MINUTES + end), parent: v.parent ? (index.get(v.parent) ?? -1) : -1, keys };
  });
  const n = js.length;
  if (n === 0) return new Map();
  if (js.some((j) => j.days.length === 0)) return false;
  // the order in which each var tries its days: ascending, or by rank
  const cost = js.map((j) => j.days.map((d) => (rank ? rank(j.v, d) : 0)));
  const tries = js.map((j, x) => j.days.map((_, k) => k).sort((a, b) => cost[x]![a]! - cost[x]![b]! || a - b));
  let spent = 0;
  // per var, the others it can conflict with (a shared person or venue) and its children in the search
  const shares = js.map((a) => js.map((b) => a !== b && a.keys.some((k) => b.keys.includes(k))));
  const near = js.map((_, x) => js.map((_, y) => y).filter((y) => shares[x]![y] || js[y]!.parent === x));
  const value = new Int32Array(n).fill(-1);
  let witness = new Map<Var, number>();
  let nodes = 0;
  const ok = (x: number, k: number): boolean => {
    const j = js[x]!;
    const d = j.days[k]!;
    if (spent + cost[x]![k]! > limit) return false;
    if (j.parent >= 0 && value[j.parent]! >= 0) {
      const [lo, hi] = edgeWindow(j.v, js[j.parent]!.days[value[j.parent]!]!);
      if (d < lo || d > hi) return false;
    }
    for (const y of near[x]!) {
      const w = value[y]!;
      if (w < 0) continue;
      const o = js[y]!;
      // a child already dated constrains this var as its parent
      if (o.parent === x) {
        const [lo, hi] = edgeWindow(o.v, d);
        if (o.days[w]! < lo || o.days[w]! > hi) return false;
      }
      if (shares[x]![y] && j.from[k]! < o.to[w]! && o.from[w]! < j.to[k]!) return false;
    }
    return true;
  };
  const search = (depth: number): boolean | undefined => {
    if (depth === n) {
      witness = new Map(js.map((j, x) => [j.v, j.days[value[x]!]!]));
      return true;
    }
    if (++nodes > budget) return undefined;
    // the undated var with the fewest values left (first in order among equals)
    let pick = -1;
    let fewest = Infinity;
    for (let x = 0; x < n; x++) {
      if (value[x]! >= 0) continue;
      let count = 0;
      for (let k = 0; k < js[x]!.days.length && count < fewest; k++) if (ok(x, k)) count++;
      if (count < fewest) {
        fewest = count;
        pick = x;
        if (count === 0) return false;
      }
    }
    for (const k of tries[pick]!) {
      if (!ok(pick, k)) continue;
      value[pick] = k;
      spent += cost[pick]![k]!;
      const r = search(depth + 1);
      spent -= cost[pick]![k]!;
      value[pick] = -1;
      if (r !== false) return r;
    }
    return false;
  };
  const found = search(0);
  if (found !== true) return found;
  // (the search puts every value back on its way out: the dating is read on the way down instead)
  return witness;
}

/** What a proof shows: these cohorts cannot all be placed; what they share pair by pair. */
export interface JointProof {
  cohorts: CohortCtx[];
  /** `p:<person>` and `v:<venue>` keys that cohorts of the set share, sorted. */
  shared: string[];
  /** A counting proof (`bottleneck`): days [from, to] in which the cohorts need `need` sessions where `room` fit. */
  window?: { from: number; to: number; need: number; room: number };
  /** An appointment proof (`appointmentRoom`): the cohort alone cannot hold the phase's appointments. */
  room?: RoomProof;
  /** A travel proof (`travelReach`): one participant's appointment cannot be reached within a working day. */
  reach?: ReachProof;
  /** A shared-appointment proof (`sharedRoom`): two cohorts' appointments with one person do not fit together. */
  shares?: SharedRoom;
}

/** Why one participant's appointment (unit) of a phase fits no working day: per person who may take it, the drive each way. */
export interface ReachProof {
  p: PhaseCtx;
  reg: string;
  /** The appointment's municipality (CBS code). */
  place: string;
  /** Minutes of the unit, first start to last end (a same-day pair with its break). */
  minutes: number;
  /** `facilitators: all`: every one of them attends; else any one may take it (or the coachee's coach). */
  all: boolean;
  /** The appointment hours of the phase (the programme's, narrowed by the phase's). */
  hours: { start: number; end: number };
  /** Per way of staffing it (all together: one): from when the appointment can start and by when it must end there, and each person's drive each way and working day. */
  options: { from: number; to: number; who: { id: string; drive: number; day: { start: number; end: number } }[] }[];
}

/** An individual phase whose appointments do not fit when it opens on some days its domain allows. */
export interface PhaseRoom {
  var: Var;
  /** Appointment days to hold (one per participant and unit: a same-day pair is one). */
  need: number;
  /** The most any of the removed openings holds, and the first and last of them. */
  room: number;
  from: number;
  to: number;
  /** The last day any of those windows reaches. */
  through: number;
  /** Sessions per unit (same day), and the most units each facilitator holds in a day (hours and daily maximum). */
  count: number;
  perDay: Map<string, number>;
}

/** Why a cohort alone has no plan: the openings its appointments rule out, and the var left with no date. */
export interface RoomProof {
  phases: PhaseRoom[];
  empty: Var;
}

/**
 * The home rule's bound for a unit of `minutes` at place index `at` taken by all of `who` together
 * (travel.ts `homeFails`: with a home, an appointment starts no earlier than the start of the
 * person's working day plus the drive from home, and ends no later than its end minus the drive back;
 * other sessions that day only take time away, so one drive there and one back is the least). With the
 * appointment hours, the latest such start must leave room for the unit. Ignores the quarter-hour grid
 * and every other rule, so `ok: false` means no day and no time can hold it.
 */
function reachable(env: Env, c: CohortCtx, p: PhaseCtx, who: readonly string[], at: number, minutes: number): ReachProof['options'][number] & { ok: boolean; hoursOk: boolean } {
  const hours = hoursOf(env, c, who, p);
  let lo = hours.start;
  let hi = hours.end;
  const drives: ReachProof['options'][number]['who'] = [];
  for (const f of who) {
    const home = env.homeAt.get(f);
    const s = env.travelOf(f);
    const day = personHours(env, c, f);
    const drive = home === undefined || home < 0 || !s.homeBase ? 0 : minutesAt(home, at, s);
    drives.push({ id: f, drive, day });
    if (drive === 0) continue;
    lo = Math.max(lo, day.start + drive);
    hi = Math.min(hi, day.end - drive);
  }
  return { ok: lo + minutes <= hi, hoursOk: hours.start + minutes <= hours.end, from: lo, to: hi, who: drives };
}

/**
 * A proof that cohort c alone has no plan, by travel: an appointment of one of its participants (an
 * individual phase without fixed sessions, or a coaching conversation with the coachee's coach) that no
 * one who may take it can reach from home and leave again within their working day, at the
 * appointment hours (`reachable`). The cohort is placed whole or not at all, so no plan exists whatever
 * other cohorts do. The first such participant in phase and registration order; undefined when there is none.
 */
export function travelReach(env: Env, c: CohortCtx): ReachProof | undefined {
  for (const p of c.phases) {
    const mode = p.phase.mode;
    if ((mode !== 'individual' && mode !== 'coaching') || p.n === 0) continue;
    if ([...c.fixed.values()].some((f) => f.session === p.phase.id || f.session.startsWith(`${p.phase.id}#`) || f.session.startsWith(`${p.phase.id}@`))) continue;
    const all = mode === 'individual' && (p.phase as IndividualPhase).facilitators === 'all';
    for (const r of c.active) {
      const place = placeOf(c, p, r.id);
      const at = placeIndex(place);
      if (place === undefined || at < 0) continue;
      let options: string[][];
      if (mode === 'coaching') {
        const coach = c.coaches.get(r.id);
        if (coach === undefined) continue;
        options = [[coach]];
      } else {
        if (c.facilitators.length === 0) continue;
        options = all ? [c.facilitators] : c.facilitators.map((f) => [f]);
      }
      const minutes = mode === 'coaching' ? p.apptMinutes : shapeOf(p, unitsOf(p, r.id)[0]!.count).total;
      const tries = options.map((who) => reachable(env, c, p, who, at, minutes));
      // where the hours alone leave no room, that is not the drive (the appointment proof says so)
      if (tries.some((x) => x.ok || !x.hoursOk)) continue;
      return { p, reg: r.id, place, minutes, all, hours: hoursOf(env, c, [], p), options: tries.map(({ from, to, who }) => ({ from, to, who })) };
    }
  }
  return undefined;
}

/**
 * The openings of an individual phase (without fixed sessions) in which its appointments cannot all be
 * held: a day of the window holds at most, per facilitator free that day, the units (one
 * participant's same-day sessions) that fit in the hours (back to back, travel left out) and the daily
 * maximum; with `facilitators: all` every facilitator must be free and the day holds the least of theirs,
 * with `one` their sum. Other cohorts' bookings, travel and the participants' unavailability only take
 * room away. For the openings with room, the days the phase can end on (its last appointment): not
 * before the day by which all units fit, not after the last day that holds one. Undefined for a phase
 * with fixed sessions.
 */
function phaseRoom(env: Env, v: Var): { room: PhaseRoom; out: number[]; ends: Map<number, [number, number]>; dayRoom: (n: number) => number } | undefined {
  const { c, p } = v;
  const ph = p.phase as IndividualPhase;
  if ([...c.fixed.values()].some((f) => f.session === ph.id || f.session.startsWith(`${ph.id}#`) || f.session.startsWith(`${ph.id}@`))) return undefined;
  const all = ph.facilitators === 'all';
  const count = unitsOf(p, c.active[0]!.id)[0]!.count;
  const need = c.active.reduce((s, r) => s + unitsOf(p, r.id).length, 0);
  // A unit's sessions are a break apart exactly (check.ts), and a person's sessions never overlap. Where
  // every session is longer than the break, no session of another unit fits in it, so units do not
  // overlap at all and each takes its whole span of the hours; else sessions of two units can alternate
  // (a 1 h talk in another's 2 h break), and only the sessions' own minutes count.
  const unit = count > 1 && p.apptMinutes <= p.breakMinutes ? count * p.apptMinutes : shapeOf(p, count).total;
  const perDay = new Map<string, number>();
  for (const f of c.facilitators) {
    const h = hoursOf(env, c, all ? c.facilitators : [f], p);
    perDay.set(f, Math.max(0, Math.min(Math.floor(maxPerDay(env, f) / count), Math.floor((h.end - h.start) / unit))));
  }
  const cap = new Map<number, number>();
  const dayRoom = (n: number): number => {
    let r = cap.get(n);
    if (r !== undefined) return r;
    if (all) r = appointmentDay(env, c, p, n, c.facilitators, true) ? Math.min(...c.facilitators.map((f) => perDay.get(f)!)) : 0;
    else r = c.facilitators.reduce((s, f) => s + (appointmentDay(env, c, p, n, [f], true) ? perDay.get(f)! : 0), 0);
    cap.set(n, r);
    return r;
  };
  const out: number[] = [];
  // per opening with room: the first day by which all units fit, and the last day that holds one
  const ends = new Map<number, [number, number]>();
  const room: PhaseRoom = { var: v, need, room: 0, from: Infinity, to: -Infinity, through: -Infinity, count, perDay };
  for (let x = 0; x < v.dom.length; x++) {
    if (v.dom[x] !== 1) continue;
    const open = c.h0 + x;
    const last = Math.min(plus(open, ph.window) - 1, c.limit);
    let r = 0;
    let first = -1;
    let lastRoom = -1;
    for (let n = open; n <= last; n++) {
      const d = dayRoom(n);
      if (d === 0) continue;
      r += d;
      lastRoom = n;
      if (first < 0 && r >= need) first = n;
    }
    if (r >= need) {
      ends.set(open, [first, lastRoom]);
      continue;
    }
    out.push(x);
    room.room = Math.max(room.room, r);
    room.from = Math.min(room.from, open);
    room.to = Math.max(room.to, open);
    room.through = Math.max(room.through, last);
  }
  return { room, out, ends, dayRoom };
}

/**
 * Copies of a cohort's vars (`own`) with the openings of the individual phases in `used` that cannot
 * hold their appointments removed, each such phase ending only on the days its appointments can end
 * on, and the gaps propagated again (domains.ts: arc consistency over the phase tree). `empty`: a var
 * left with no day (no plan of the cohort exists). Every day removed is one no plan of the cohort uses.
 */
function narrow(own: readonly Var[], used: readonly { room: PhaseRoom; out: number[]; ends: Map<number, [number, number]> }[]): { copies: Var[]; ends: EndRange; empty?: Var } {
  const copies = copyVars(own);
  const endsOf = new Map<Var, Map<number, [number, number]>>();
  for (const r of used) {
    const w = copies[own.indexOf(r.room.var)]!;
    for (const x of r.out) w.dom[x] = 0;
    endsOf.set(w, r.ends);
  }
  const ends: EndRange = (w, d) => endsOf.get(w)?.get(d);
  const empty = copies.find((w) => w.dom.every((d) => d === 0)) ?? propagate(copies, ends);
  return { copies, ends, empty };
}

/** Copies of a cohort's vars (parents and children linked among the copies) whose domains can be narrowed. */
function copyVars(vars: readonly Var[]): Var[] {
  const copy = new Map<Var, Var>(vars.map((v) => [v, { ...v, dom: v.dom.slice(), why: v.why.slice(), children: [] }]));
  for (const v of vars) {
    const w = copy.get(v)!;
    w.parent = v.parent && copy.get(v.parent);
    w.children = v.children.map((ch) => copy.get(ch)!);
  }
  return vars.map((v) => copy.get(v)!);
}

/**
 * A proof that cohort c alone has no plan, by its appointments: the openings of its individual phases
 * in which their appointments cannot be held (`phaseRoom`) are removed from copies of its domains, and
 * the gaps are propagated again (domains.ts: arc consistency over the phase tree, exact for the gaps),
 * with each such phase ending only on the days its appointments can end on.
 * When a var is left with no day, no plan exists whatever other cohorts do. The phases named are the
 * fewest that prove it: one alone where one does. Undefined when no claim can be made.
 */
export function appointmentRoom(env: Env, vars: readonly Var[], c: CohortCtx): RoomProof | undefined {
  if (c.facilitators.length === 0 || c.active.length === 0) return undefined;
  const own = vars.filter((v) => v.c === c);
  const rooms = own.filter((v) => v.p.phase.mode === 'individual' && v.fixedDay === undefined).flatMap((v) => phaseRoom(env, v) ?? []);
  const short = rooms.filter((r) => r.out.length > 0);
  if (short.length === 0) return undefined;
  const emptied = (used: typeof rooms): Var | undefined => {
    const { copies, empty } = narrow(own, used);
    return empty && own[copies.indexOf(empty)];
  };
  // one phase short of room alone where that proves it, else all of them (every phase's end days narrowed)
  for (const r of short) {
    const empty = emptied([r]);
    if (empty) return { phases: [r.room], empty };
  }
  const empty = emptied(rooms);
  return empty && { phases: short.map((r) => r.room), empty };
}

/** Node budgets: a pair, the whole neighbourhood, and each step that makes a proven set smaller. */
const PAIR_BUDGET = 2_000;
const SET_BUDGET = 20_000;
const SHRINK_BUDGET = 5_000;
/** At most this many neighbours join the failed cohort in one search. */
const MAX_NEAR = 12;

function groupKeys(c: CohortCtx): Set<string> {
  const keys = new Set(c.facilitators.map(personKey));
  if (c.venueKey !== undefined && c.phases.some((p) => p.phase.mode === 'group' && p.phase.location === 'venue')) keys.add(`v:${c.venueKey}`);
  return keys;
}

/**
 * For each left-out cohort, a set of cohorts (itself included) that no plan places together, when the
 * search proves one: first the cohort with one other cohort that shares a person or its venue in its
 * window, then with all of those (at most MAX_NEAR, nearest in id order first), made smaller by
 * dropping every cohort the proof does not need. Deterministic (fixed orders, node budgets).
 */
export function proveLeftOut(vars: readonly Var[], failed: readonly CohortCtx[], all: readonly CohortCtx[]): Map<CohortCtx, JointProof> {
  const out = new Map<CohortCtx, JointProof>();
  const keysOf = new Map(all.map((c) => [c, groupKeys(c)]));
  const proof = (set: CohortCtx[]): JointProof => {
    const shared = new Set<string>();
    for (const a of set) for (const b of set) if (a.idx < b.idx) for (const k of keysOf.get(a)!) if (keysOf.get(b)!.has(k)) shared.add(k);
    return { cohorts: [...set].sort((a, b) => a.idx - b.idx), shared: [...shared].sort() };
  };
  for (const x of failed) {
    const mine = keysOf.get(x)!;
    const near = all.filter((o) => o !== x && o.h1 >= x.h0 && o.h0 <= x.h1 && [...keysOf.get(o)!].some((k) => mine.has(k)));
    const pair = near.find((o) => jointlyDatable(vars, [x, o], PAIR_BUDGET) === false);
    if (pair) {
      out.set(x, proof([x, pair]));
      continue;
    }
    // a counting argument is cheaper than the exhaustive searches over three or more cohorts below, and
    // proves what they give up on (a pigeonhole over many dates)
    const counted = bottleneck(vars, x, near, keysOf);
    if (counted) {
      out.set(x, { ...proof(counted.cohorts), window: counted.window });
      continue;
    }
    // three that share pair by pair (the smallest sets after pairs)
    const linked = (a: CohortCtx, b: CohortCtx): boolean => [...keysOf.get(a)!].some((k) => keysOf.get(b)!.has(k));
    let triangle: CohortCtx[] | undefined;
    for (let i = 0; i < near.length && !triangle; i++)
      for (let j = i + 1; j < near.length && !triangle; j++)
        if (linked(near[i]!, near[j]!) && jointlyDatable(vars, [x, near[i]!, near[j]!], PAIR_BUDGET) === false) triangle = [x, near[i]!, near[j]!];
    if (triangle) {
      out.set(x, proof(triangle));
      continue;
    }
    let set = [x, ...near.slice(0, MAX_NEAR)];
    if (set.length < 3 || jointlyDatable(vars, set, SET_BUDGET) !== false) continue;
    for (const o of [...set].reverse()) {
      if (o === x) continue;
      const smaller = set.filter((y) => y !== o);
      if (jointlyDatable(vars, smaller, SHRINK_BUDGET) === false) set = smaller;
    }
    out.set(x, proof(set));
  }
  return out;
}

/** The counting proof alone (cheap, budgeted): a set of cohorts, x among them, that no plan places together. */
export function proveByCount(vars: readonly Var[], x: CohortCtx, all: readonly CohortCtx[]): JointProof | undefined {
  const keysOf = new Map(all.map((c) => [c, groupKeys(c)]));
  const mine = keysOf.get(x)!;
  const near = all.filter((o) => o !== x && o.h1 >= x.h0 && o.h0 <= x.h1 && [...keysOf.get(o)!].some((k) => mine.has(k)));
  const counted = bottleneck(vars, x, near, keysOf);
  if (!counted) return undefined;
  const shared = new Set<string>();
  for (const a of counted.cohorts) for (const b of counted.cohorts) if (a.idx < b.idx) for (const k of keysOf.get(a)!) if (keysOf.get(b)!.has(k)) shared.add(k);
  return { cohorts: [...counted.cohorts].sort((a, b) => a.idx - b.idx), shared: [...shared].sort(), window: counted.window };
}

/** Steps the counting proof may take per left-out cohort; past it, no claim is made (deterministic). */
const COUNT_BUDGET = 300_000;
/** The longest stretch of days the counting proof looks at. */
const COUNT_SPAN = 42;

/**
 * A counting proof for cohort x (a relaxation like `jointlyDatable`'s): for a person or venue k that x
 * shares, and a stretch of days [a, b], each cohort that uses k needs at least m sessions that use k
 * starting in [a, b] in every dating of its group sessions its domains and gaps allow (a dynamic
 * programme over its series: the fewest such sessions over all datings); no two sessions that use k may
 * overlap, so at most `room` of them start in [a, b] (the most pairwise disjoint candidate times,
 * earliest end first). Where the cohorts' needs add up to more than `room`, no plan places them
 * together. The cohorts named are the fewest, largest needs first, x always among them.
 */
function bottleneck(
  vars: readonly Var[],
  x: CohortCtx,
  near: readonly CohortCtx[],
  keysOf: ReadonlyMap<CohortCtx, Set<string>>,
): { cohorts: CohortCtx[]; window: { from: number; to: number; need: number; room: number } } | undefined {
  const work = { steps: 0 };
  for (const k of [...keysOf.get(x)!].sort()) {
    const set = [x, ...near.filter((o) => keysOf.get(o)!.has(k))];
    if (set.length < 2) continue;
    const series = set.map((c) => seriesOf(vars, c, k));
    if (series.some((s) => s === undefined)) continue;
    const days = [...new Set(series.flatMap((s) => s!.flatMap((j) => (j.uses ? j.days : []))))].sort((p, q) => p - q);
    for (let i = 0; i < days.length; i++)
      for (let j = i; j < days.length && days[j]! - days[i]! < COUNT_SPAN; j++) {
        const a = days[i]!;
        const b = days[j]!;
        const needs: number[] = [];
        for (const s of series) {
          if (work.steps > COUNT_BUDGET) return undefined;
          needs.push(fewestIn(s!, a, b, work));
          if (needs[0] === 0) break;
        }
        if (needs[0] === 0) continue;
        const room = disjointIn(series, a, b);
        const order = set.map((c, n) => ({ c, m: needs[n]! })).filter((e) => e.c !== x).sort((p, q) => q.m - p.m || p.c.idx - q.c.idx);
        let need = needs[0]!;
        const named = [x];
        for (const e of order) {
          if (need > room) break;
          need += e.m;
          named.push(e.c);
        }
        if (need > room && named.length > 1) return { cohorts: named, window: { from: a, to: b, need, room } };
      }
  }
  return undefined;
}

interface SeriesVar {
  days: number[];
  from: number[];
  to: number[];
  /** Index of the parent in the series, or -1. */
  parent: number;
  v: Var;
  /** Whether the session takes the person or venue counted. */
  uses: boolean;
}

/** The cohort's non-fixed group sessions in var order (parents before children); undefined when one has no day. */
function seriesOf(vars: readonly Var[], c: CohortCtx, k: string): SeriesVar[] | undefined {
  const chosen = vars.filter((v) => v.c === c && v.p.phase.mode === 'group' && v.fixedDay === undefined);
  const index = new Map(chosen.map((v, n) => [v, n]));
  const out: SeriesVar[] = [];
  for (const v of chosen) {
    const { start, end } = groupTimes(v.p.phase as GroupPhase);
    const days: number[] = [];
    for (let n = 0; n < v.dom.length; n++) if (v.dom[n] === 1) days.push(v.c.h0 + n);
    if (days.length === 0) return undefined;
    const keys = c.facilitators.map(personKey);
    if (atVenue(v)) keys.push(`v:${c.venueKey!}`);
    const parent = v.parent ? (index.get(v.parent) ?? -1) : -1;
    out.push({ v, days, from: days.map((d) => d * DAY_MINUTES + start), to: days.map((d) => d * DAY_MINUTES + end), parent, uses: keys.includes(k) });
  }
  // parents come first in var order; the dynamic programme below relies on it
  return out.every((s, n) => s.parent < n) ? out : undefined;
}

/** The fewest sessions that use the key and start in [a, b] over every dating of the series (Infinity: none). */
function fewestIn(series: readonly SeriesVar[], a: number, b: number, work: { steps: number }): number {
  // best[n][i]: the fewest in the subtree of var n when it is on its i-th day (children after parents: backwards)
  const best: Float64Array[] = series.map((s) => new Float64Array(s.days.length));
  for (let n = series.length - 1; n >= 0; n--) {
    const s = series[n]!;
    for (let i = 0; i < s.days.length; i++) if (s.uses && s.days[i]! >= a && s.days[i]! <= b) best[n]![i]! += 1;
    if (s.parent < 0) continue;
    const p = series[s.parent]!;
    const bp = best[s.parent]!;
    // the child's window moves forward with the parent's day: a pointer to its first day in it
    let from = 0;
    let lastLo = -Infinity;
    for (let i = 0; i < p.days.length; i++) {
      const [lo, hi] = edgeWindow(s.v, p.days[i]!);
      if (lo < lastLo) from = 0;
      lastLo = lo;
      while (from < s.days.length && s.days[from]! < lo) from++;
      let m = Infinity;
      for (let j = from; j < s.days.length && s.days[j]! <= hi; j++) {
        work.steps++;
        if (best[n]![j]! < m) m = best[n]![j]!;
      }
      work.steps++;
      bp[i]! += m;
    }
  }
  let total = 0;
  for (let n = 0; n < series.length; n++) {
    if (series[n]!.parent >= 0) continue;
    let m = Infinity;
    for (const x of best[n]!) if (x < m) m = x;
    total += m;
  }
  return total;
}

/** The most pairwise disjoint candidate times of sessions that use the key and start in [a, b] (earliest end first). */
function disjointIn(series: readonly (SeriesVar[] | undefined)[], a: number, b: number): number {
  const spans: [number, number][] = [];
  const seen = new Set<string>();
  for (const s of series)
    for (const v of s!) {
      if (!v.uses) continue;
      v.days.forEach((d, i) => {
        if (d < a || d > b) return;
        const key = `${v.from[i]}|${v.to[i]}`;
        if (seen.has(key)) return;
        seen.add(key);
        spans.push([v.from[i]!, v.to[i]!]);
      });
    }
  spans.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
  let n = 0;
  let end = -Infinity;
  for (const [f, t] of spans)
    if (f >= end) {
      n++;
      end = t;
    }
  return n;
}

/** One side of a shared-appointment proof: a cohort's individual phase whose every unit one person takes. */
export interface SharedSide {
  var: Var;
  /** Units (one participant's same-day sessions) to hold, and sessions per unit. */
  need: number;
  count: number;
  /** The first and last opening the cohort's own rules leave the phase (after `narrow`). */
  from: number;
  to: number;
}

/** A shared-appointment proof (`sharedRoom`): two cohorts' phases that one person takes every unit of. */
export interface SharedRoom {
  person: string;
  sides: [SharedSide, SharedSide];
  /** The most units of both that the person's days hold, over every pair of openings (less than the two needs). */
  room: number;
  /** The most units of both that one of the person's days holds. */
  perDay: number;
}

interface SharedPhase {
  side: SharedSide;
  /** Per opening left (ascending), the last day a unit can be on. */
  opens: { o: number; last: number }[];
  /** Units of the phase a day holds with the cohort's own facilitators (phaseRoom's count). */
  dayRoom: (n: number) => number;
  hours: { start: number; end: number };
  /** Minutes of one unit first start to last end, one session, and the break between two. */
  unit: number;
  appt: number;
  gap: number;
}

/**
 * The individual phases of cohort c that person f takes every unit of (`facilitators: all` with f
 * among the cohort's facilitators, or f its only facilitator), each with the openings that the
 * cohort's own rules leave (`narrow` over all its individual phases: appointmentRoom's model) and per
 * opening the last day a unit can be on: not past the last day of the window that holds one (phaseRoom's
 * ends), and an end e only where every phase that follows the phase has a day of its narrowed domain
 * within its gap after e (edgeWindow with the end exactly e). Undefined when the cohort has no such
 * phase or alone has no plan (appointmentRoom proves that one).
 */
function sharedPhases(env: Env, vars: readonly Var[], c: CohortCtx, f: string): SharedPhase[] | undefined {
  if (!c.facilitators.includes(f) || c.active.length === 0) return undefined;
  const own = vars.filter((v) => v.c === c);
  const ind = own.filter((v) => v.p.phase.mode === 'individual' && v.fixedDay === undefined);
  const rooms = ind.map((v) => phaseRoom(env, v));
  const { copies, empty } = narrow(
    own,
    rooms.flatMap((r) => r ?? []),
  );
  if (empty) return undefined;
  const out: SharedPhase[] = [];
  ind.forEach((v, x) => {
    const r = rooms[x];
    const ph = v.p.phase as IndividualPhase;
    if (!r || !(ph.facilitators === 'all' || c.facilitators.length === 1)) return;
    const w = copies[own.indexOf(v)]!;
    const count = r.room.count;
    const opens: SharedPhase['opens'] = [];
    for (let d = 0; d < w.dom.length; d++) {
      if (w.dom[d] !== 1) continue;
      const o = c.h0 + d;
      const range = r.ends.get(o);
      if (!range) continue;
      let last = -1;
      for (let e = range[1]; e >= o && last < 0; e--) {
        const fits = w.children.every((ch) => {
          const [lo, hi] = edgeWindow(ch, o, () => [e, e]);
          for (let n = Math.max(lo, c.h0); n <= Math.min(hi, c.h1); n++) if (ch.dom[n - c.h0] === 1) return true;
          return false;
        });
        if (fits) last = e;
      }
      if (last >= 0) opens.push({ o, last });
    }
    if (opens.length === 0) return;
    out.push({
      side: { var: v, need: r.room.need, count, from: opens[0]!.o, to: opens[opens.length - 1]!.o },
      opens,
      dayRoom: r.dayRoom,
      hours: hoursOf(env, c, ph.facilitators === 'all' ? c.facilitators : [f], v.p),
      unit: shapeOf(v.p, count).total,
      appt: v.p.apptMinutes,
      gap: count > 1 ? v.p.breakMinutes : 0,
    });
  });
  return out.length > 0 ? out : undefined;
}

/**
 * A proof that cohort x and another cohort cannot both be placed, by the appointments of one person
 * they share. Sound because it is a relaxation of the planner's hard rules (check.ts) over every
 * placement of both cohorts' phases:
 *
 * - In any plan of a cohort, each individual phase opens on a day of its narrowed domain and its units
 *   lie on days from that opening to the opening's `last` day (`sharedPhases`: appointmentRoom's model,
 *   which removes only openings and ends no plan of the cohort can have). Every pair of openings, one
 *   per cohort, is tried below: nothing is assumed about where either cohort's other phases go.
 * - Person f takes every unit of both phases. On one day, the units f takes lie within each cohort's
 *   hours (the programme's, the phase's and each facilitator's own), so within the hull of the two; they
 *   do not overlap: a session of one unit can sit in another unit's break only if it is no longer than
 *   the break (the break is exact: check.ts), so when every session is longer than every break the
 *   units' whole spans are disjoint, else only their sessions are (busy minutes); and f holds at most
 *   maxPerDay appointments a day over all cohorts. With each cohort's own count per day (phaseRoom: its
 *   facilitators free, its hours, their daily maximum), that bounds the units of both a day holds.
 * - Units to days is then a flow: the source gives each cohort its need, a cohort reaches a day of its
 *   window with at most its own count, a day holds at most the joint count. The most that flows is the
 *   least cut, one of four (both needs; one need plus what the other's days hold; all the days of both
 *   windows). Where for every pair of openings that is less than the two needs, no plan places both.
 *
 * Travel, participants' own days, group sessions and every other cohort are left out: each only takes
 * room away. Returns the first such pair in id order; undefined when none is proven.
 */
export function sharedRoom(env: Env, vars: readonly Var[], x: CohortCtx, all: readonly CohortCtx[]): JointProof | undefined {
  for (const f of [...x.facilitators].sort()) {
    const mine = sharedPhases(env, vars, x, f);
    if (!mine) continue;
    const others = all.filter((o) => o !== x && o.h1 >= x.h0 && o.h0 <= x.h1 && o.facilitators.includes(f)).sort((a, b) => a.idx - b.idx);
    for (const y of others) {
      const theirs = sharedPhases(env, vars, y, f);
      if (!theirs) continue;
      for (const a of mine)
        for (const b of theirs) {
          // the sides in the order the proof names its cohorts
          const proof = y.idx < x.idx ? pairRoom(env, f, b, a) : pairRoom(env, f, a, b);
          if (proof) return { cohorts: [x, y].sort((p, q) => p.idx - q.idx), shared: [personKey(f)], shares: proof };
        }
    }
  }
  return undefined;
}

/** The flow bound of `sharedRoom` for two phases that person f takes every unit of; undefined when some pair of openings leaves room for both. */
function pairRoom(env: Env, f: string, a: SharedPhase, b: SharedPhase): SharedRoom | undefined {
  const max = maxPerDay(env, f);
  const hull = Math.max(a.hours.end, b.hours.end) - Math.min(a.hours.start, b.hours.start);
  // every session longer than every break: no session fits in another unit's break, so whole units are disjoint
  const spans = Math.min(a.appt, b.appt) > Math.max(a.gap, b.gap);
  const len = (s: SharedPhase): number => (spans ? s.unit : s.appt * s.side.count);
  // the most units one day holds: na of a's (at most its own count) and nb of b's
  const joint = (ca: number, cb: number): number => {
    let best = 0;
    for (let na = 0; na <= ca; na++) {
      const left = { n: max - na * a.side.count, m: hull - na * len(a) };
      if (left.n < 0 || left.m < 0) break;
      const nb = Math.min(cb, Math.floor(left.n / b.side.count), Math.floor(left.m / len(b)));
      best = Math.max(best, na + nb);
    }
    return best;
  };
  const lo = Math.min(a.opens[0]!.o, b.opens[0]!.o);
  const hi = Math.max(...a.opens.map((x) => x.last), ...b.opens.map((x) => x.last));
  // prefix sums over [lo, hi]: a alone, b alone, and what a day loses when both use it
  const n = hi - lo + 1;
  const pa = new Float64Array(n + 1);
  const pb = new Float64Array(n + 1);
  const pl = new Float64Array(n + 1);
  let perDay = 0;
  for (let i = 0; i < n; i++) {
    const ca = a.dayRoom(lo + i);
    const cb = b.dayRoom(lo + i);
    const ka = joint(ca, 0);
    const kb = joint(0, cb);
    const kab = joint(ca, cb);
    perDay = Math.max(perDay, kab);
    pa[i + 1] = pa[i]! + ka;
    pb[i + 1] = pb[i]! + kb;
    pl[i + 1] = pl[i]! + (ka + kb - kab);
  }
  const sum = (p: Float64Array, from: number, to: number): number => (to < from ? 0 : p[to - lo + 1]! - p[from - lo]!);
  const needA = a.side.need;
  const needB = b.side.need;
  let room = 0;
  for (const x of a.opens)
    for (const y of b.opens) {
      const sa = sum(pa, x.o, x.last);
      const sb = sum(pb, y.o, y.last);
      const both = sa + sb - sum(pl, Math.max(x.o, y.o), Math.min(x.last, y.last));
      const flow = Math.min(needA + needB, needB + sa, needA + sb, both);
      if (flow >= needA + needB) return undefined;
      room = Math.max(room, flow);
    }
  return { person: f, sides: [a.side, b.side], room, perDay };
}
