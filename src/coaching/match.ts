/**
 * Who coaches whom in a coaching cohort (the Bestuurderspool, seed 001): an optimal assignment of
 * coachees to the pool's coaches (solve.ts), with the hard rules as forbidden pairs, the cost as the
 * programme weighs it, the pairs kept once pinned, and the facts the views put into words.
 *
 * Hard: a coach takes at most `capacity` coachees at once, counted across every cohort whose track
 * overlaps and that uses the coach; never a coach from the coachee's own municipality; never the
 * coachee's intaker (a pool coach who is also a facilitator of the cohort's intake); never an
 * excluded pair; never a coach who cannot drive to the coachee's town hall, hold the longest
 * conversation and drive back within their working day (the planner's travel rule).
 * Cost (MatchWeights): travel × round-trip minutes, + role when the coach never held the coachee's
 * office, + availability × working days of the track either is unavailable, + party when both name
 * a party and they differ.
 */
import { dayNumber, timeToMinutes, weekdayIndex } from '../calendar/date.js';
import { addDuration, durationMinutes } from '../calendar/duration.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { kmAt, minutesAt, placeIndex } from '../calendar/travel.js';
import { personTravel } from '../plan/input.js';
import { WEEKDAYS, type CoachPair, type Cohort, type DateRange, type ExcludedPair, type IsoDate, type MatchWeights, type Person, type Programme, type Registration } from '../model/types.js';
import { solveAssignment } from './solve.js';

export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({ travel: 1, role: 60, availability: 2, party: 0 });

/** A cohort as matching sees it: `cohort.registrations` are the ones with a seat (src/capacity/place.ts). */
export interface CoachingCohort {
  cohort: Cohort;
  programme: Programme;
}

export function isCoaching(programme: Programme): boolean {
  return programme.phases.some((p) => p.mode === 'coaching');
}

/** The facts behind one pair's cost, each term with its share. */
export interface PairCost {
  coach: string;
  total: number;
  /** Round trip from the coach's municipality to the coachee's town hall; unknown when the coach has no municipality. */
  travel: { minutes: number; km: number; cost: number; known: boolean };
  /** Whether the coach once held the coachee's office. */
  role: { office: string; fits: boolean; cost: number };
  /** Working days of the track on which the coach or the coachee is unavailable. */
  availability: { days: number; coachDays: number; coacheeDays: number; cost: number };
  /** undefined: one of the two names no party, or the weight is 0. */
  party: { same: boolean | undefined; cost: number };
}

export type BlockReason = 'own-municipality' | 'intaker' | 'excluded' | 'too-far';

export interface Blocked {
  coach: string;
  reason: BlockReason;
  /** too-far: the round trip and the working day, in minutes. */
  trip?: number;
  day?: number;
}

export interface Pair {
  coachee: Registration;
  coach: string;
  cost: PairCost;
  /** Pinned in the cohort file and kept. */
  kept: boolean;
  /** The coach this coachee had before the re-match (pinned or proposed), when it changed. */
  was?: string;
}

export interface Alternative {
  cost: PairCost;
  /** Whether the coach has room left in this match. */
  free: boolean;
}

/** What would let a coachee without a coach get one. */
export type Help =
  | { kind: 'raise-capacity'; coach: string; capacity: number; cost: number }
  | { kind: 'outside-pool'; coach: string; cost: number }
  | { kind: 'rematch-all'; changes: number };

export interface Unmatched {
  coachee: Registration;
  blocked: Blocked[];
  /** Coaches allowed but full. */
  full: string[];
  help: Help[];
}

export interface CoachLoad {
  coach: string;
  /** undefined: no limit. */
  capacity: number | undefined;
  here: number;
  /** Coachees of other cohorts whose track overlaps, by cohort id. */
  elsewhere: { cohort: string; n: number }[];
}

export interface MatchResult {
  cohort: string;
  track: DateRange;
  weights: MatchWeights;
  pairs: Pair[];
  unmatched: Unmatched[];
  total: number;
  /** Per coachee id: the next-best allowed coaches, cheapest first. */
  alternatives: ReadonlyMap<string, Alternative[]>;
  loads: CoachLoad[];
  /** Pinned pairs not kept: excluded since, or no longer allowed (coach left the pool, coachee left). */
  dropped: { pair: CoachPair; reason: 'not-in-pool' | 'no-seat' | BlockReason; blocked?: Blocked }[];
  /** The exclusions in force, those of the file and of --exclude (with `today`). */
  excluded: ExcludedPair[];
  /** --exclude pairs that are new (not yet in the file). */
  newlyExcluded: ExcludedPair[];
  /** The least total given pairs that were kept (pinned, or the others on a re-match); false: the least of all. */
  constrained: boolean;
  /** --all: what the full re-optimisation changes against keeping the other pairs. */
  reoptimised?: { changes: number; gained: number };
}

export interface MatchOptions {
  /** `--exclude coachee:coach`: recorded with `today`. */
  exclude?: readonly CoachPair[];
  /** `--all`: re-optimise every pair (pinned ones too); only exclusions stay. */
  all?: boolean;
  today?: IsoDate;
  /** How many next-best coaches to report per coachee. */
  alternatives?: number;
}

export function matchWeights(programme: Programme): MatchWeights {
  return { ...DEFAULT_WEIGHTS, ...programme.matching };
}

/** The track: from the cohort's start to its end, else to the longest span. */
export function trackOf({ cohort, programme }: CoachingCohort): DateRange {
  return { start: cohort.start, end: cohort.end ?? addDuration(cohort.start, programme.span.max) };
}

function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function code(municipality: string | undefined): string | undefined {
  return municipality === undefined ? undefined : (findMunicipality(municipality)?.code ?? municipality);
}

/** The coaches of a cohort: its pool, else (no pool) its facilitators. */
export function coachesOf(cohort: Cohort): string[] {
  return [...new Set(cohort.pool.length > 0 ? cohort.pool : cohort.facilitators)];
}

/**
 * Pool coaches who hold every coachee's intake: the facilitators of an individual phase before the
 * coaching that all of them attend (`facilitators: all`, the Bestuurderspool's "coach en
 * oud-bestuurder"). With `one` the planner picks the intaker after matching, so no coach is known
 * to be it. A cohort whose pool is its facilitators (they coach, no separate pool) has no rule.
 */
function intakers({ cohort, programme }: CoachingCohort): Set<string> {
  const pool = new Set(cohort.pool);
  if (pool.size === 0 || (pool.size === new Set(cohort.facilitators).size && cohort.facilitators.every((f) => pool.has(f)))) return new Set();
  const coaching = programme.phases.findIndex((p) => p.mode === 'coaching');
  const intake = programme.phases.some((p, k) => k < coaching && p.mode === 'individual' && p.facilitators === 'all');
  return new Set(intake ? cohort.facilitators : []);
}

/** Working days (the programme's weekdays) of the track within `ranges`, as day numbers. */
function workingDaysIn(ranges: readonly DateRange[], track: DateRange, weekdays: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const from = dayNumber(track.start);
  const to = dayNumber(track.end);
  for (const r of ranges) {
    const a = Math.max(from, dayNumber(r.start));
    const b = Math.min(to, dayNumber(r.end));
    if (a > b) continue;
    let wd = weekdayIndex(r.start < track.start ? track.start : r.start);
    for (let d = a; d <= b; d++, wd = (wd + 1) % 7) if (weekdays.has(wd)) out.add(d);
  }
  return out;
}

/** The longest conversation a coach holds at the coachee's town hall, in minutes (0: none there). */
function longestVisit(programme: Programme): number {
  let longest = 0;
  for (const ph of programme.phases) if (ph.mode === 'coaching' && ph.location === 'participant-municipality') longest = Math.max(longest, durationMinutes(ph.duration) ?? 0);
  return longest;
}

/** Everything about the pairs of one cohort that does not depend on the other pairs. */
export interface PairTable {
  coachees: Registration[];
  coaches: string[];
  /** coachees × coaches, row-major: each pair's cost, Infinity where a hard rule forbids it. */
  total: Float64Array;
  /** The facts behind the cost of coachee i with coach j (worked out when asked), undefined where forbidden. */
  cost(i: number, j: number): PairCost | undefined;
  blocked(i: number, j: number): Blocked | undefined;
}

export function pairTable(c: CoachingCohort, people: ReadonlyMap<string, Person>, excluded: readonly CoachPair[], scope: readonly CoachingCohort[] = [c]): PairTable {
  const { cohort, programme } = c;
  const weights = matchWeights(programme);
  const coaches = coachesOf(cohort);
  const coachees = cohort.registrations;
  const n = coachees.length;
  const m = coaches.length;
  const track = trackOf(c);
  const weekdays = new Set(programme.calendar.weekdays.map((w) => WEEKDAYS.indexOf(w)));
  const intake = intakers(c);
  const visit = longestVisit(programme);
  const rowOf = new Map(coachees.map((r, i) => [r.id, i]));
  const colOf = new Map(coaches.map((k, j) => [k, j]));
  const out = new Set<number>();
  for (const e of excluded) {
    const i = rowOf.get(e.coachee);
    const j = colOf.get(e.coach);
    if (i !== undefined && j !== undefined) out.add(i * m + j);
  }
  const homes = coachees.map((r) => {
    const home = code(r.municipality);
    return { home, at: placeIndex(home), days: workingDaysIn(r.unavailable, track, weekdays) };
  });
  const facts = coaches.map((id) => {
    const p = people.get(id);
    const hours = p?.hours ?? programme.calendar.hours;
    const municipality = code(p?.municipality);
    return {
      id,
      person: p,
      municipality,
      at: placeIndex(municipality),
      settings: personTravel({ cohorts: scope, people }, id),
      day: timeToMinutes(hours.end) - timeToMinutes(hours.start),
      days: workingDaysIn(p?.unavailable ?? [], track, weekdays),
      roles: new Set(p?.formerRoles ?? []),
    };
  });
  const trips = new Float64Array(n * m).fill(-1);
  const trip = (i: number, j: number) => {
    let t = trips[i * m + j]!;
    if (t < 0) {
      const f = facts[j]!;
      t = f.municipality === undefined ? 0 : 2 * minutesAt(f.at, homes[i]!.at, f.settings);
      trips[i * m + j] = t;
    }
    return t;
  };
  const blocked = (i: number, j: number): Blocked | undefined => {
    const f = facts[j]!;
    if (out.has(i * m + j)) return { coach: f.id, reason: 'excluded' };
    if (intake.has(f.id)) return { coach: f.id, reason: 'intaker' };
    if (f.municipality === undefined) return undefined;
    if (f.municipality === homes[i]!.home) return { coach: f.id, reason: 'own-municipality' };
    const t = trip(i, j);
    if (visit > 0 && f.settings.homeBase && t + visit > f.day) return { coach: f.id, reason: 'too-far', trip: t, day: f.day };
    return undefined;
  };
  const cost = (i: number, j: number): PairCost | undefined => {
    if (blocked(i, j)) return undefined;
    const r = coachees[i]!;
    const f = facts[j]!;
    const mine = homes[i]!.days;
    let both = 0;
    for (const d of mine) if (f.days.has(d)) both++;
    const days = mine.size + f.days.size - both;
    const fits = f.roles.has(r.role);
    const same = weights.party > 0 && r.party !== undefined && f.person?.party !== undefined ? r.party === f.person.party : undefined;
    const minutes = trip(i, j);
    const known = f.municipality !== undefined;
    const c: PairCost = {
      coach: f.id,
      total: 0,
      travel: { minutes, km: known ? 2 * kmAt(f.at, homes[i]!.at, f.settings.roadFactor) : 0, cost: weights.travel * minutes, known },
      role: { office: r.role, fits, cost: fits ? 0 : weights.role },
      availability: { days, coachDays: f.days.size, coacheeDays: mine.size, cost: weights.availability * days },
      party: { same, cost: same === false ? weights.party : 0 },
    };
    c.total = c.travel.cost + c.role.cost + c.availability.cost + c.party.cost;
    return c;
  };
  // The totals of every pair, without building the facts (the same sums as cost()).
  const total = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const r = coachees[i]!;
    const mine = homes[i]!.days;
    for (let j = 0; j < m; j++) {
      if (blocked(i, j)) {
        total[i * m + j] = Infinity;
        continue;
      }
      const f = facts[j]!;
      let both = 0;
      if (mine.size > 0 && f.days.size > 0) for (const d of mine) if (f.days.has(d)) both++;
      const party = f.person?.party;
      const otherParty = weights.party > 0 && r.party !== undefined && party !== undefined && r.party !== party;
      total[i * m + j] = weights.travel * trip(i, j) + (f.roles.has(r.role) ? 0 : weights.role) + weights.availability * (mine.size + f.days.size - both) + (otherParty ? weights.party : 0);
    }
  }
  return { coachees, coaches, total, cost, blocked };
}

/** Coachees of `others` per coach while their track overlaps `track`: pinned pairs (`matches`) of coachees with a seat. */
function loadsElsewhere(others: readonly CoachingCohort[], track: DateRange, self: string): Map<string, { cohort: string; n: number }[]> {
  const out = new Map<string, { cohort: string; n: number }[]>();
  for (const o of others) {
    if (o.cohort.id === self || !overlaps(track, trackOf(o))) continue;
    const seated = new Set(o.cohort.registrations.map((r) => r.id));
    const per = new Map<string, number>();
    for (const m of o.cohort.matches ?? []) if (seated.has(m.coachee)) per.set(m.coach, (per.get(m.coach) ?? 0) + 1);
    for (const [coach, n] of per) out.set(coach, [...(out.get(coach) ?? []), { cohort: o.cohort.id, n }]);
  }
  return out;
}

interface Solved {
  coachOf: Map<string, string>;
  total: number;
  unmatched: number[];
}

function solve(t: PairTable, room: readonly number[], fixed: ReadonlyMap<string, string>): Solved {
  const n = t.coachees.length;
  const m = t.coaches.length;
  const col = new Map(t.coaches.map((c, j) => [c, j]));
  const fix: { row: number; col: number }[] = [];
  t.coachees.forEach((r, i) => {
    const c = fixed.get(r.id);
    const j = c === undefined ? undefined : col.get(c);
    if (j !== undefined && t.total[i * m + j] !== Infinity) fix.push({ row: i, col: j });
  });
  const a = solveAssignment({ rows: n, cols: m, cost: t.total, capacity: Int32Array.from(room.map((x) => Math.max(0, x))), fixed: fix });
  const coachOf = new Map<string, string>();
  t.coachees.forEach((r, i) => {
    const j = a.colOf[i]!;
    if (j >= 0) coachOf.set(r.id, t.coaches[j]!);
  });
  return { coachOf, total: a.total, unmatched: a.unassigned };
}

/** The `k` cheapest allowed coaches of coachee i other than column `own`, by cost then id. */
function nextBest(t: PairTable, i: number, own: number, k: number): number[] {
  const m = t.coaches.length;
  const best: number[] = [];
  const before = (a: number, b: number) => t.total[i * m + a]! < t.total[i * m + b]! || (t.total[i * m + a] === t.total[i * m + b] && t.coaches[a]! < t.coaches[b]!);
  for (let j = 0; j < m; j++) {
    if (j === own || t.total[i * m + j] === Infinity) continue;
    if (best.length === k && !before(j, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(j, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = j;
  }
  return best;
}

function pairKey(p: CoachPair): string {
  return `${p.coachee}\u0000${p.coach}`;
}

/**
 * Matches one coaching cohort. `others`: the cohorts that may share its coaches (their pinned pairs
 * take capacity while their tracks overlap). Pinned pairs are kept; an `--exclude` re-matches only
 * the coachees it concerns, every other pair (pinned or proposed) stays; `all` re-optimises every pair.
 */
export function matchCohort(target: CoachingCohort, others: readonly CoachingCohort[], people: ReadonlyMap<string, Person>, options: MatchOptions = {}): MatchResult {
  const { cohort } = target;
  const weights = matchWeights(target.programme);
  const track = trackOf(target);
  const inFile = new Set((cohort.excluded ?? []).map(pairKey));
  const newlyExcluded: ExcludedPair[] = [];
  for (const e of options.exclude ?? []) {
    if (inFile.has(pairKey(e)) || newlyExcluded.some((x) => pairKey(x) === pairKey(e))) continue;
    newlyExcluded.push({ coachee: e.coachee, coach: e.coach, ...(options.today ? { date: options.today } : {}) });
  }
  const excluded = [...(cohort.excluded ?? []), ...newlyExcluded];
  const scope = [target, ...others];
  const before = pairTable(target, people, cohort.excluded ?? [], scope);
  const t = newlyExcluded.length > 0 ? pairTable(target, people, excluded, scope) : before;
  const m = t.coaches.length;
  const elsewhere = loadsElsewhere(others, track, cohort.id);
  const room = t.coaches.map((c) => {
    const cap = people.get(c)?.capacity;
    const used = (elsewhere.get(c) ?? []).reduce((s, x) => s + x.n, 0);
    return cap === undefined ? t.coachees.length : cap - used;
  });

  // Pinned pairs that still hold.
  const seated = new Set(t.coachees.map((r) => r.id));
  const inPool = new Set(t.coaches);
  const dropped: MatchResult['dropped'] = [];
  const pinned = new Map<string, string>();
  for (const p of cohort.matches ?? []) {
    if (!seated.has(p.coachee)) dropped.push({ pair: p, reason: 'no-seat' });
    else if (!inPool.has(p.coach)) dropped.push({ pair: p, reason: 'not-in-pool' });
    else {
      // Against the file's own exclusions: a pinned pair excluded now is re-matched below (and says what it was).
      const i = t.coachees.findIndex((r) => r.id === p.coachee);
      const b = before.blocked(i, t.coaches.indexOf(p.coach));
      if (b) dropped.push({ pair: p, reason: b.reason, blocked: b });
      else pinned.set(p.coachee, p.coach);
    }
  }
  // The match as it stands (before this run's exclusions), then the re-match of what they take away.
  const baseline = solve(before, room, pinned);
  const newly = new Set(newlyExcluded.map(pairKey));
  const keepFixed = new Map([...baseline.coachOf].filter(([coachee, coach]) => !newly.has(pairKey({ coachee, coach }))));
  const kept = newlyExcluded.length > 0 ? solve(t, room, keepFixed) : baseline;
  const result = options.all ? solve(t, room, new Map()) : kept;
  const reoptimised = options.all ? { changes: t.coachees.filter((r) => kept.coachOf.get(r.id) !== result.coachOf.get(r.id)).length, gained: kept.total - result.total } : undefined;

  const load = new Map<string, number>();
  for (const c of result.coachOf.values()) load.set(c, (load.get(c) ?? 0) + 1);
  const pairs: Pair[] = [];
  const alternatives = new Map<string, Alternative[]>();
  const unmatched: Unmatched[] = [];
  const limit = options.alternatives ?? 3;
  t.coachees.forEach((r, i) => {
    const coach = result.coachOf.get(r.id);
    const own = coach === undefined ? -1 : t.coaches.indexOf(coach);
    const next = nextBest(t, i, own, coach === undefined ? m : limit).map((j) => t.cost(i, j)!);
    alternatives.set(
      r.id,
      next.slice(0, limit).map((c) => ({ cost: c, free: (load.get(c.coach) ?? 0) < room[t.coaches.indexOf(c.coach)]! })),
    );
    if (coach !== undefined) {
      const before = pinned.get(r.id) ?? baseline.coachOf.get(r.id);
      pairs.push({ coachee: r, coach, cost: t.cost(i, own)!, kept: !options.all && pinned.get(r.id) === coach, ...(before !== undefined && before !== coach ? { was: before } : {}) });
      return;
    }
    const blocked = t.coaches.map((_, j) => t.blocked(i, j)).filter((b): b is Blocked => b !== undefined);
    const full = next.map((c) => c.coach);
    const help: Help[] = [];
    const cheapestFull = next[0];
    if (cheapestFull) {
      const cap = people.get(cheapestFull.coach)?.capacity;
      if (cap !== undefined) help.push({ kind: 'raise-capacity', coach: cheapestFull.coach, capacity: cap + 1, cost: cheapestFull.total });
    }
    unmatched.push({ coachee: r, blocked, full, help });
  });
  // Coaches outside the pool (people with role coach, not yet in any overlapping cohort's limit) who could take someone.
  if (unmatched.length > 0) addOutsideHelp(target, people, unmatched, scope, excluded, elsewhere);
  if (unmatched.length > 0 && !options.all) {
    const full = solve(t, room, new Map());
    const changes = t.coachees.filter((r) => full.coachOf.get(r.id) !== result.coachOf.get(r.id) && result.coachOf.has(r.id)).length;
    for (const u of unmatched) if (full.coachOf.has(u.coachee.id)) u.help.push({ kind: 'rematch-all', changes });
  }
  const loads: CoachLoad[] = t.coaches.map((c) => ({ coach: c, capacity: people.get(c)?.capacity, here: load.get(c) ?? 0, elsewhere: elsewhere.get(c) ?? [] }));
  const constrained = !options.all && (pinned.size > 0 || newlyExcluded.length > 0);
  return { cohort: cohort.id, track, weights, pairs, unmatched, total: result.total, constrained, alternatives, loads, dropped, excluded, newlyExcluded, ...(reoptimised ? { reoptimised } : {}) };
}

/** People with role coach who are not in the pool and have room: the cheapest allowed one per coachee. */
function addOutsideHelp(target: CoachingCohort, people: ReadonlyMap<string, Person>, unmatched: Unmatched[], scope: readonly CoachingCohort[], excluded: readonly CoachPair[], elsewhere: Map<string, { cohort: string; n: number }[]>): void {
  const pool = new Set(coachesOf(target.cohort));
  const outside = [...people.values()].filter((p) => p.roles.includes('coach') && !pool.has(p.id)).map((p) => p.id);
  if (outside.length === 0) return;
  const probe: CoachingCohort = { cohort: { ...target.cohort, pool: outside, registrations: unmatched.map((u) => u.coachee) }, programme: target.programme };
  const t = pairTable(probe, people, excluded, scope);
  const m = t.coaches.length;
  unmatched.forEach((u, i) => {
    let best: PairCost | undefined;
    for (let j = 0; j < m; j++) {
      const c = t.cost(i, j);
      const cap = people.get(t.coaches[j]!)?.capacity;
      const used = (elsewhere.get(t.coaches[j]!) ?? []).reduce((s, x) => s + x.n, 0);
      if (!c || (cap !== undefined && used >= cap)) continue;
      if (!best || c.total < best.total) best = c;
    }
    if (best) u.help.push({ kind: 'outside-pool', coach: best.coach, cost: best.total });
  });
}
