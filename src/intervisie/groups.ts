/**
 * `formGroups`: intervisie groups from open registration (seed 004: "op basis van de behoefte groepen
 * samenstellen", a reserve list when a group is full). Who is in the running and in which order comes
 * from src/capacity/place.ts (the one owner of seats: statuses, members-only, quotas, the programme
 * total, queue order); this module decides how many groups there are, who is placed, who is in which
 * group, and who facilitates it.
 *
 * Rules (SPEC §5): group sizes within the programme's `capacity` and balanced (they differ by at most
 * one); never two members of one municipality in a group; the least travel, a group's travel being
 * the sum of the road km between every two of its members (each member hosts once, so each visits
 * every other member's municipality once). The number of groups is the largest that can be filled.
 *
 * Policies for who is placed when not everyone fits:
 * - `order` (default): registration order. Confirmed registrations and open offers first, then the
 *   queue, each taking a seat while one is left and their municipality is not yet in every group.
 * - `best`: the best groups. Confirmed registrations and open offers keep a seat; of the rest, those
 *   whose places make the least travel are placed, whatever their registration time.
 */
import { findMunicipality } from '../calendar/municipalities.js';
import { kmAt, placeIndex } from '../calendar/travel.js';
import { placeQueue, queueOrder, type GroupReason, type WaitReason } from '../capacity/queue.js';
import type { Cohort, IsoDate, PinnedGroup, Person, Programme, Registration } from '../model/types.js';
import { assignFacilitators } from './facilitators.js';
import { atPoints, balancedSizes, partition, type PartitionResult } from './partition.js';

export type GroupPolicy = 'order' | 'best';
export const GROUP_POLICIES: readonly GroupPolicy[] = ['order', 'best'];

export interface GroupsOptions {
  policy?: GroupPolicy;
  /** Offers past their last day hold no seat (src/capacity/place.ts). */
  today?: IsoDate;
  /** Pinned groups released for re-optimisation: their ids, or `all` to ignore the pins. */
  replan?: readonly string[] | 'all';
  /** false: skip the lower bound on the travel (`lowerBound` 0) where nobody shows it (seats, plan, roster). */
  bound?: boolean;
}

export interface GroupMember {
  registration: Registration;
  /** CBS name of the member's municipality, and its province. */
  municipality: string;
  province: string;
}

export interface FormedGroup {
  /** `g1`, `g2`, … numbered by each group's earliest member in registration order. */
  id: string;
  /** In registration order. */
  members: GroupMember[];
  /** Facilitator id, or undefined when the cohort names none. */
  facilitator?: string;
  /** The province most of its members come from (alphabetical on a tie). */
  province: string;
  /** Sum of the road km between every two members. */
  memberKm: number;
  /** The facilitator's km: from home to every member's municipality and back. */
  facilitatorKm: number;
}

export type ReserveReason =
  /** Not in the running for a seat at all, or held back by a quota or the programme total (src/capacity/queue.ts). */
  | { kind: 'placement'; reason: WaitReason }
  /** Too few, the municipality, registration order or travel (the type is capacity's: place.ts reports these reasons as the seats of the cohort). */
  | GroupReason;

export interface ReserveEntry {
  member: GroupMember;
  /** 1 is first in line; none for a registration that can never be placed (not a member). */
  position?: number;
  reason: ReserveReason;
}

export interface GroupsResult {
  cohort: Cohort;
  programme: Programme;
  policy: GroupPolicy;
  groups: FormedGroup[];
  reserve: ReserveEntry[];
  /** Active registrations in the running (not excluded by place.ts). */
  running: number;
  /** Different municipalities among them (an unknown one counts on its own). */
  municipalities: number;
  memberKm: number;
  facilitatorKm: number;
  /** The groups' member km is the proven optimum for the members placed. */
  proven: boolean;
  /** A proven lower bound on the member km of any partition of the same members (equal when proven). */
  lowerBound: number;
  /** Ids of the pinned groups kept as they were (members may have joined or left). */
  kept: string[];
  /** Registrations more that would open another group, and where most of the reserve list is. */
  opening?: { more: number; province: string; with: string[] };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function memberOf(r: Registration): GroupMember {
  const m = findMunicipality(r.municipality);
  return { registration: r, municipality: m?.name ?? r.municipality, province: m?.province ?? '' };
}

/** The province most of them are in; alphabetical on a tie. */
function mainProvince(members: readonly GroupMember[]): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.province, (count.get(m.province) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? '';
}

/** FNV-1a of the cohort and its registrations: the same files give the same search. */
function seedOf(cohort: Cohort, ids: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const s of [cohort.id, ...ids]) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Members placed in `k` groups of [min, max] with at most k of each municipality, or undefined when k groups cannot be filled. */
function placedFor(k: number, perPlace: readonly number[], min: number, max: number): number | undefined {
  const p = Math.min(k * max, perPlace.reduce((s, c) => s + Math.min(c, k), 0));
  return p >= k * min ? p : undefined;
}

/** What both ways of forming groups read: the registrations in the running, in order, and the size rule. */
interface Pool {
  running: readonly Registration[];
  members: readonly GroupMember[];
  /** Municipality number per running index (a unique number for an unknown one). */
  placeOf: readonly number[];
  holders: ReadonlySet<string>;
  min: number;
  max: number;
  policy: GroupPolicy;
  seed: number;
  km: (i: number, j: number) => number;
  bound: boolean;
  /** Municipality index (src/calendar/travel.ts) per running index, -1 when unknown. */
  location: readonly number[];
  /** false: who is placed only (policy `order`), the groups dealt out by municipality instead of the least-travel partition. */
  arrange: boolean;
}

/** Groups as lists of running indices (members in registration order), their ids and reasons for everyone left out. */
interface Formed {
  lists: number[][];
  ids: string[];
  /** The pinned facilitator of a kept group, by list index. */
  facilitator: (string | undefined)[];
  reasons: Map<number, ReserveReason>;
  proven: boolean;
  lowerBound: number;
  kept: string[];
}

function perPlaceOf(pool: Pool, indices: readonly number[]): number[] {
  const count = new Map<number, number>();
  for (const i of indices) count.set(pool.placeOf[i]!, (count.get(pool.placeOf[i]!) ?? 0) + 1);
  return [...count.values()];
}

/** The most groups `indices` can fill, and how many of them are placed then (0, 0 when not one). */
function groupsFor(pool: Pool, indices: readonly number[]): { k: number; placed: number } {
  const perPlace = perPlaceOf(pool, indices);
  for (let t = Math.floor(indices.length / Math.max(1, pool.min)); t >= 1; t--) {
    const placed = placedFor(t, perPlace, pool.min, pool.max);
    if (placed !== undefined) return { k: t, placed };
  }
  return { k: 0, placed: 0 };
}

/**
 * `k` groups from `indices` (in running order): `must` always get a seat, then the policy decides who
 * else (registration order, or the least travel). Groups come back ordered by their earliest member.
 */
function formFrom(pool: Pool, indices: readonly number[], k: number, placedCount: number, must: ReadonlySet<number>): { lists: number[][]; reasons: Map<number, ReserveReason>; proven: boolean; lowerBound: number } {
  const { running, members, placeOf, holders, policy, max } = pool;
  const inPlay: number[] = [];
  const forced: boolean[] = [];
  const reasons = new Map<number, ReserveReason>();
  const taken = new Map<number, number>();
  // Members given a seat so far (counted, not recounted: a national round has thousands).
  let seatedCount = 0;
  const admit = (i: number, isForced: boolean) => {
    inPlay.push(i);
    forced.push(isForced);
    if (isForced) {
      seatedCount++;
      taken.set(placeOf[i]!, (taken.get(placeOf[i]!) ?? 0) + 1);
    }
  };
  const municipalityFull = (i: number) => (taken.get(placeOf[i]!) ?? 0) >= k;
  const seated = () => seatedCount;
  if (k === 0) {
    const municipalities = new Set(indices.map((i) => placeOf[i]!)).size;
    indices.forEach((i) => reasons.set(i, { kind: 'too-few', running: indices.length, municipalities, min: pool.min }));
    return { lists: [], reasons, proven: true, lowerBound: 0 };
  }
  for (const i of indices) if (must.has(i)) admit(i, true);
  const firstIn = (i: number) => policy === 'order' || holders.has(running[i]!.id);
  for (const i of indices) {
    if (must.has(i) || !firstIn(i)) continue;
    if (municipalityFull(i)) reasons.set(i, { kind: 'municipality', municipality: members[i]!.municipality, groups: k });
    else if (seated() >= placedCount) reasons.set(i, { kind: 'full', seats: k * max, province: members[i]!.province });
    else admit(i, true);
  }
  // Best groups: everyone else whose municipality still has a group left competes on travel.
  for (const i of indices) {
    if (must.has(i) || firstIn(i) || reasons.has(i)) continue;
    if (municipalityFull(i)) reasons.set(i, { kind: 'municipality', municipality: members[i]!.municipality, groups: k });
    else admit(i, false);
  }
  const n = inPlay.length;
  const placeIds = Int32Array.from(inPlay.map((i) => placeOf[i]!));
  // Distances between the members' municipalities (points × points), never between every two members.
  const result = pool.arrange ? partition({ n, ...atPoints(inPlay.map((i) => pool.location[i]!), kmAt), place: placeIds, forced, groups: k, placed: Math.min(placedCount, n), seed: pool.seed, bound: pool.bound }) : dealt(placeIds, k);
  const byGroup = new Map<number, number[]>();
  inPlay.forEach((i, a) => {
    const g = result.group[a]!;
    if (g >= 0) byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  const lists = [...byGroup.values()].map((l) => l.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  // Best groups: who was left out is the one whose nearest group would have gained the most.
  inPlay.forEach((i, a) => {
    if (result.group[a]! >= 0 || reasons.has(i)) return;
    let best = { group: -1, averageKm: Number.POSITIVE_INFINITY };
    lists.forEach((list, g) => {
      if (list.some((j) => placeOf[j] === placeOf[i])) return;
      const avg = list.reduce((s, j) => s + pool.km(i, j), 0) / list.length;
      if (avg < best.averageKm) best = { group: g, averageKm: avg };
    });
    reasons.set(i, best.group < 0 ? { kind: 'municipality', municipality: members[i]!.municipality, groups: k } : { kind: 'far', group: String(best.group), averageKm: best.averageKm });
  });
  return { lists, reasons, proven: result.proven, lowerBound: result.lowerBound };
}

/**
 * Everyone in play in `k` groups without the search: grouped by municipality and dealt out in turn,
 * so a municipality (at most `k` members, see `formFrom`) never has two in a group and the sizes are
 * balanced. Under policy `order` everyone in play has a seat before the partition is asked, so this
 * places the same members as `partition`, only not with the least travel.
 */
function dealt(place: Int32Array, k: number): Pick<PartitionResult, 'group' | 'proven' | 'lowerBound'> {
  const order: number[] = [];
  for (let a = 0; a < place.length; a++) order.push(a);
  order.sort((a, b) => place[a]! - place[b]! || a - b);
  const group = new Int32Array(place.length);
  order.forEach((a, t) => (group[a] = t % k));
  return { group, proven: false, lowerBound: 0 };
}

/** Names `far` reasons' group by the id of the list it points at. */
function nameGroups(reasons: Map<number, ReserveReason>, ids: readonly string[], offset: number): void {
  for (const [i, r] of reasons) if (r.kind === 'far' && /^\d+$/.test(r.group)) reasons.set(i, { ...r, group: ids[offset + Number(r.group)]! });
}

/** No pinned groups (or `--replan all`): as many groups as can be filled, numbered g1, g2, … by their earliest member. */
function formFresh(pool: Pool): Formed {
  const all = pool.running.map((_, i) => i);
  const { k, placed } = groupsFor(pool, all);
  const f = formFrom(pool, all, k, placed, new Set());
  const ids = f.lists.map((_, g) => `g${g + 1}`);
  nameGroups(f.reasons, ids, 0);
  return { lists: f.lists, ids, facilitator: f.lists.map(() => undefined), reasons: f.reasons, proven: f.proven, lowerBound: f.lowerBound, kept: [] };
}

/**
 * Pinned groups are kept (seed 004: a group, once composed, meets as that group): every pinned member
 * still in the running stays where they are. Released groups (`--replan g2`) are formed again from
 * their own members (who keep a seat) and the reserve list; then each remaining registration, in
 * registration order, takes a free seat in a kept group that keeps the rules (the one it adds the
 * least travel to), else waits; when the reserve list can fill a group of its own, it forms a new one.
 */
function formAroundPins(pool: Pool, pins: readonly PinnedGroup[], release: readonly string[]): Formed {
  const indexOf = new Map(pool.running.map((r, i) => [r.id, i]));
  const active = (g: PinnedGroup) => g.members.flatMap((m) => (indexOf.has(m) ? [indexOf.get(m)!] : []));
  const kept = pins.filter((g) => !release.includes(g.id));
  const released = pins.filter((g) => release.includes(g.id));
  const lists = kept.map((g) => active(g).sort((a, b) => a - b));
  const ids = kept.map((g) => g.id);
  const facilitator: (string | undefined)[] = kept.map((g) => g.facilitator);
  const inKept = new Set(lists.flat());
  let rest = pool.running.map((_, i) => i).filter((i) => !inKept.has(i));
  const reasons = new Map<number, ReserveReason>();
  let proven = kept.length === 0;
  let lowerBound = lists.reduce((s, l) => s + pairs(l, pool.km), 0);
  const addFormed = (f: ReturnType<typeof formFrom>, newIds: string[]) => {
    const offset = lists.length;
    lists.push(...f.lists);
    ids.push(...newIds.slice(0, f.lists.length));
    facilitator.push(...f.lists.map(() => undefined));
    lowerBound += f.lowerBound;
    proven &&= f.proven;
    const placed = new Set(f.lists.flat());
    rest = rest.filter((i) => !placed.has(i));
    nameGroups(f.reasons, ids, offset);
    for (const [i, r] of f.reasons) reasons.set(i, r);
  };
  if (released.length > 0) {
    const must = new Set(released.flatMap(active));
    const k = released.length;
    const placed = Math.min(k * pool.max, perPlaceOf(pool, rest).reduce((s, c) => s + Math.min(c, k), 0));
    const f = formFrom(pool, rest, k, Math.max(placed, must.size), must);
    // The released ids go to the new groups in the order of their earliest member.
    addFormed(f, released.map((g) => g.id));
  }
  // Free seats of kept groups, in registration order.
  const waiting: number[] = [];
  for (const i of rest) {
    let target = -1;
    let added = Number.POSITIVE_INFINITY;
    let blocked = false;
    lists.forEach((list, g) => {
      if (g >= kept.length || list.length >= pool.max) return;
      if (list.some((j) => pool.placeOf[j] === pool.placeOf[i])) {
        blocked = true;
        return;
      }
      const cost = list.reduce((s, j) => s + pool.km(i, j), 0);
      if (cost < added) [target, added] = [g, cost];
    });
    if (target >= 0) {
      lists[target]!.push(i);
      lists[target]!.sort((a, b) => a - b);
      reasons.delete(i);
      lowerBound += added;
      continue;
    }
    waiting.push(i);
    reasons.set(i, blocked ? { kind: 'municipality', municipality: pool.members[i]!.municipality, groups: lists.length } : { kind: 'full', seats: lists.length * pool.max, province: pool.members[i]!.province });
  }
  rest = waiting;
  // Enough waiting for a group of their own: new groups, numbered after the highest pinned number.
  const { k, placed } = groupsFor(pool, rest);
  if (k > 0) {
    const highest = Math.max(0, ...pins.map((g) => Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0)));
    for (const i of rest) reasons.delete(i);
    addFormed(formFrom(pool, rest, k, placed, new Set()), Array.from({ length: k }, (_, t) => `g${highest + t + 1}`));
  }
  // A kept group everyone left and nobody could join is dropped (the diff says so).
  const live = lists.map((l, g) => (l.length > 0 ? g : -1)).filter((g) => g >= 0);
  return {
    lists: live.map((g) => lists[g]!),
    ids: live.map((g) => ids[g]!),
    facilitator: live.map((g) => facilitator[g]),
    reasons,
    proven,
    lowerBound,
    kept: live.filter((g) => g < kept.length).map((g) => ids[g]!),
  };
}

function pairs(list: readonly number[], km: (i: number, j: number) => number): number {
  let total = 0;
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) total += km(list[a]!, list[b]!);
  return total;
}

/** Who is in the running, who is placed in how many groups, and who waits: what `formGroups` and `seatGroups` share. */
interface Seating {
  pool: Pool;
  formed: Formed;
  reserve: ReserveEntry[];
  opening?: GroupsResult['opening'];
}

function seat(cohort: Cohort, programme: Programme, options: GroupsOptions, arrange: boolean): Seating {
  const policy = options.policy ?? 'order';
  const { min, max } = programme.capacity;
  // Seats are place.ts's: with room for everyone it says who is in the running and in which order.
  const everyone = cohort.registrations.length;
  const open = { ...programme, capacity: { ...programme.capacity, max: Math.max(everyone, 1) } };
  const placement = placeQueue([{ cohort, programme: open }], { today: options.today }).get(cohort.id)!;
  // Holders (confirmed, open offers) first, then the queue in its order: registered, and waiting registrations a seat is free for.
  const holding = placement.seated.filter((s) => s.via !== 'queue').map((s) => s.registration);
  const queued = [...placement.seated.filter((s) => s.via === 'queue').map((s) => s.registration), ...placement.waiting.filter((w) => w.reason.kind === 'offer-due').map((w) => w.registration)];
  const running = [...holding, ...queued.sort(queueOrder(programme.calendar.timezone))];
  const holders = new Set(placement.seated.filter((s) => s.via !== 'queue').map((s) => s.registration.id));
  const members = running.map(memberOf);
  const placeOf = running.map((r, i) => {
    const p = placeIndex(r.municipality);
    return p >= 0 ? p : 1_000_000 + i;
  });
  const location = running.map((r) => placeIndex(r.municipality));
  const km = (i: number, j: number) => kmAt(location[i]!, location[j]!);
  const seed = seedOf(cohort, running.map((r) => r.id));
  const pins = options.replan === 'all' ? [] : (cohort.groups ?? []);
  const pool: Pool = { running, members, placeOf, holders, min, max, policy, seed, km, bound: options.bound !== false, location, arrange };
  const formed = pins.length > 0 ? formAroundPins(pool, pins, options.replan === 'all' ? [] : (options.replan ?? [])) : formFresh(pool);

  // The reserve list in registration order; place.ts's own waiting list after it, in its order.
  const reserve: ReserveEntry[] = [];
  let position = 0;
  running.forEach((_, i) => {
    const reason = formed.reasons.get(i);
    if (reason) reserve.push({ member: members[i]!, position: ++position, reason });
  });
  for (const w of placement.waiting) {
    if (w.reason.kind === 'offer-due') continue;
    reserve.push({ member: memberOf(w.registration), ...(w.reason.kind !== 'not-member' ? { position: ++position } : {}), reason: { kind: 'placement', reason: w.reason } });
  }

  // What would open one more group: `min` members from different municipalities, the reserve's distinct ones counting.
  const candidates = reserve.filter((e) => e.reason.kind !== 'placement');
  const places = new Set(candidates.map((e) => placeIndex(e.member.registration.municipality)));
  const opening =
    candidates.length > 0
      ? { more: Math.max(1, min - places.size), province: mainProvince(candidates.map((e) => e.member)), with: candidates.map((e) => e.member.registration.id) }
      : undefined;
  return { pool, formed, reserve, ...(opening ? { opening } : {}) };
}

/** The seats of the groups `formGroups` forms (policy `order`) without arranging them for the least travel: who is placed, in how many groups, and the reserve list. */
export interface GroupSeats {
  groups: number;
  /** In running order: holders first, then the queue. */
  placed: Registration[];
  reserve: ReserveEntry[];
  opening?: GroupsResult['opening'];
}

/**
 * Who `formGroups` (policy `order`) places and who waits, for src/capacity/place.ts. Under `order`
 * who has a seat is decided before the partition, which only arranges the placed members, so the
 * counting skips it (the partition was a third of `cohort capacity`'s time over 200 cohorts).
 */
export function seatGroups(cohort: Cohort, programme: Programme, options: Pick<GroupsOptions, 'today'> = {}): GroupSeats {
  const { pool, formed, reserve, opening } = seat(cohort, programme, { ...(options.today !== undefined ? { today: options.today } : {}) }, false);
  return { groups: formed.lists.length, placed: formed.lists.flat().sort((a, b) => a - b).map((i) => pool.running[i]!), reserve, ...(opening ? { opening } : {}) };
}

/** The seats of groups `formGroups` formed: the same shape as `seatGroups` gives without forming them. */
export function seatsOfGroups(formed: GroupsResult): GroupSeats {
  return { groups: formed.groups.length, placed: formed.groups.flatMap((g) => g.members.map((m) => m.registration)), reserve: formed.reserve, ...(formed.opening ? { opening: formed.opening } : {}) };
}

export function formGroups(cohort: Cohort, programme: Programme, people: ReadonlyMap<string, Person>, options: GroupsOptions = {}): GroupsResult {
  const { pool, formed, reserve, opening } = seat(cohort, programme, options, true);
  const { running, members, placeOf, km, policy, location } = pool;
  const { lists: ordered, ids } = formed;
  const pairKm = (list: readonly number[]) => pairs(list, km);
  const facilitators = cohort.facilitators.filter((id) => people.has(id));
  const homeOf = (f: string) => placeIndex(people.get(f)?.municipality);
  const travelAt = (home: number, list: readonly number[]) => list.reduce((s, i) => s + 2 * kmAt(home, location[i]!), 0);
  const travelOf = (f: string, list: readonly number[]) => travelAt(homeOf(f), list);
  // A facilitator's km for a group depends on their home only: once per group and home (a national
  // round has hundreds of facilitators in fewer municipalities), each home looked up once.
  const homes = facilitators.map(homeOf);
  const homeNumber = new Map<number, number>();
  const homeAt = Int32Array.from(homes, (h) => {
    let x = homeNumber.get(h);
    if (x === undefined) homeNumber.set(h, (x = homeNumber.size));
    return x;
  });
  const byHome = new Float64Array(ordered.length * homeNumber.size).fill(-1);
  const facilitatorKm = (g: number, f: number) => {
    const at = g * homeNumber.size + homeAt[f]!;
    if (byHome[at]! < 0) byHome[at] = travelAt(homes[f]!, ordered[g]!);
    return byHome[at]!;
  };
  // A kept group keeps its pinned facilitator (assignFacilitators: any other costs too much); the balance counts it.
  const pinnedFacilitator = (g: number) => formed.facilitator[g];
  const chosen = assignFacilitators(
    facilitatorKm,
    ordered.length,
    homes.map((h, x) => (h >= 0 ? h : -1 - x)),
    ordered.map((_, g) => facilitators.indexOf(pinnedFacilitator(g) ?? '')),
  );
  const groups: FormedGroup[] = ordered.map((list, g) => {
    const f = facilitators.includes(pinnedFacilitator(g) ?? '') ? pinnedFacilitator(g) : facilitators[chosen[g]!];
    const ms = list.map((i) => members[i]!);
    return {
      id: ids[g]!,
      members: ms,
      ...(f !== undefined ? { facilitator: f } : {}),
      province: mainProvince(ms),
      memberKm: pairKm(list),
      facilitatorKm: f !== undefined ? travelOf(f, list) : 0,
    };
  });

  const memberKm = groups.reduce((s, g) => s + g.memberKm, 0);
  return {
    cohort,
    programme,
    policy,
    groups,
    reserve,
    running: running.length,
    municipalities: new Set(placeOf).size,
    memberKm,
    facilitatorKm: groups.reduce((s, g) => s + g.facilitatorKm, 0),
    proven: formed.proven,
    lowerBound: Math.min(formed.lowerBound, memberKm),
    kept: formed.kept,
    ...(opening ? { opening } : {}),
  };
}

export { balancedSizes };
