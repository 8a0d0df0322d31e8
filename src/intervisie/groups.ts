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
import { placeCohorts, type WaitReason } from '../capacity/place.js';
import type { Cohort, IsoDate, Person, Programme, Registration } from '../model/types.js';
import { assignFacilitators } from './facilitators.js';
import { balancedSizes, partition } from './partition.js';

export type GroupPolicy = 'order' | 'best';
export const GROUP_POLICIES: readonly GroupPolicy[] = ['order', 'best'];

export interface GroupsOptions {
  policy?: GroupPolicy;
  /** Offers past their last day hold no seat (src/capacity/place.ts). */
  today?: IsoDate;
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
  /** Not in the running for a seat at all, or held back by a quota or the programme total (src/capacity/place.ts). */
  | { kind: 'placement'; reason: WaitReason }
  /** Too few in the running for one group of `min` from different municipalities. */
  | { kind: 'too-few'; running: number; min: number }
  /** Every group already has a member from this municipality. */
  | { kind: 'municipality'; municipality: string; groups: number }
  /** Registration order: every seat was taken before this registration's turn. */
  | { kind: 'full'; seats: number; province: string }
  /** Best groups: the group nearest this registration would gain the most travel of anyone (average km to its members). */
  | { kind: 'far'; group: string; averageKm: number };

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
  memberKm: number;
  facilitatorKm: number;
  /** The groups' member km is the proven optimum for the members placed. */
  proven: boolean;
  /** A proven lower bound on the member km of any partition of the same members (equal when proven). */
  lowerBound: number;
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

export function formGroups(cohort: Cohort, programme: Programme, people: ReadonlyMap<string, Person>, options: GroupsOptions = {}): GroupsResult {
  const policy = options.policy ?? 'order';
  const { min, max } = programme.capacity;
  // Seats are place.ts's: with room for everyone it says who is in the running and in which order.
  const everyone = cohort.registrations.length;
  const open = { ...programme, capacity: { ...programme.capacity, max: Math.max(everyone, 1) } };
  const placement = placeCohorts([{ cohort, programme: open }], options.today !== undefined ? { today: options.today } : {}).get(cohort.id)!;
  // Holders (confirmed, open offers) first, then the queue, then a waiting registration a seat is free for.
  const seatedOrder = [...placement.seated.filter((s) => s.via !== 'queue'), ...placement.seated.filter((s) => s.via === 'queue')].map((s) => s.registration);
  const due = placement.waiting.filter((w) => w.reason.kind === 'offer-due').map((w) => w.registration);
  const running = [...seatedOrder, ...due];
  const holders = new Set(placement.seated.filter((s) => s.via !== 'queue').map((s) => s.registration.id));
  const members = running.map(memberOf);
  const placeOf = running.map((r, i) => {
    const p = placeIndex(r.municipality);
    return p >= 0 ? p : 1_000_000 + i;
  });
  const distinct = [...new Set(placeOf)];
  const perPlace = distinct.map((p) => placeOf.filter((x) => x === p).length);

  let k = 0;
  for (let t = Math.floor(running.length / Math.max(1, min)); t >= 1; t--) {
    if (placedFor(t, perPlace, min, max) !== undefined) {
      k = t;
      break;
    }
  }
  const placedCount = k > 0 ? placedFor(k, perPlace, min, max)! : 0;

  // Who takes part in the partition, and who must have a group.
  const inPlay: number[] = [];
  const forced: boolean[] = [];
  const reasons = new Map<number, ReserveReason>();
  const taken = new Map<number, number>();
  const admit = (i: number, must: boolean) => {
    inPlay.push(i);
    forced.push(must);
    taken.set(placeOf[i]!, (taken.get(placeOf[i]!) ?? 0) + 1);
  };
  const municipalityFull = (i: number) => (taken.get(placeOf[i]!) ?? 0) >= k;
  if (k === 0) running.forEach((_, i) => reasons.set(i, { kind: 'too-few', running: running.length, min }));
  else if (policy === 'order') {
    const seats = k * max;
    running.forEach((_, i) => {
      if (municipalityFull(i)) reasons.set(i, { kind: 'municipality', municipality: members[i]!.municipality, groups: k });
      else if (inPlay.length >= placedCount) reasons.set(i, { kind: 'full', seats, province: members[i]!.province });
      else admit(i, true);
    });
  } else {
    // Holders first in order; then everyone whose municipality still has a group left competes on travel.
    running.forEach((r, i) => {
      if (!holders.has(r.id)) return;
      if (municipalityFull(i)) reasons.set(i, { kind: 'municipality', municipality: members[i]!.municipality, groups: k });
      else if (inPlay.length >= placedCount) reasons.set(i, { kind: 'full', seats: k * max, province: members[i]!.province });
      else admit(i, true);
    });
    running.forEach((r, i) => {
      if (holders.has(r.id)) return;
      if ((taken.get(placeOf[i]!) ?? 0) >= k) reasons.set(i, { kind: 'municipality', municipality: members[i]!.municipality, groups: k });
      else {
        inPlay.push(i);
        forced.push(false);
      }
    });
  }

  const n = inPlay.length;
  const dist = new Float64Array(n * n);
  const idx = inPlay.map((i) => placeIndex(running[i]!.municipality));
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) dist[a * n + b] = dist[b * n + a] = kmAt(idx[a]!, idx[b]!);
  const placeIds = Int32Array.from(inPlay.map((i) => placeOf[i]!));
  const result = partition({ n, dist, place: placeIds, forced, groups: k, placed: Math.min(placedCount, n), seed: seedOf(cohort, running.map((r) => r.id)) });

  // Groups in the order of their earliest member; members in registration order.
  const byGroup = new Map<number, number[]>();
  inPlay.forEach((i, a) => {
    const g = result.group[a]!;
    if (g >= 0) byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  const ordered = [...byGroup.values()].sort((x, y) => x[0]! - y[0]!);
  const pairKm = (list: readonly number[]) => {
    let km = 0;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) km += kmAt(placeIndex(running[list[a]!]!.municipality), placeIndex(running[list[b]!]!.municipality));
    return km;
  };
  const facilitators = cohort.facilitators.filter((id) => people.has(id));
  const travelOf = (f: string, list: readonly number[]) => {
    const home = placeIndex(people.get(f)?.municipality);
    return list.reduce((s, i) => s + 2 * kmAt(home, placeIndex(running[i]!.municipality)), 0);
  };
  const chosen = assignFacilitators(
    ordered.map((list) => facilitators.map((f) => travelOf(f, list))),
    facilitators.length,
  );
  const groups: FormedGroup[] = ordered.map((list, g) => {
    const f = facilitators[chosen[g]!];
    const ms = list.map((i) => members[i]!);
    return {
      id: `g${g + 1}`,
      members: ms,
      ...(f !== undefined ? { facilitator: f } : {}),
      province: mainProvince(ms),
      memberKm: pairKm(list),
      facilitatorKm: f !== undefined ? travelOf(f, list) : 0,
    };
  });

  // Best groups: who was left out is the one whose nearest group would have gained the most.
  inPlay.forEach((i, a) => {
    if (result.group[a]! >= 0 || reasons.has(i)) return;
    let best = { group: '', averageKm: Number.POSITIVE_INFINITY };
    ordered.forEach((list, g) => {
      if (list.some((j) => placeOf[j] === placeOf[i])) return;
      const avg = list.reduce((s, j) => s + kmAt(placeIndex(running[i]!.municipality), placeIndex(running[j]!.municipality)), 0) / list.length;
      if (avg < best.averageKm) best = { group: `g${g + 1}`, averageKm: avg };
    });
    reasons.set(i, best.group === '' ? { kind: 'municipality', municipality: members[i]!.municipality, groups: k } : { kind: 'far', ...best });
  });

  // The reserve list in registration order; place.ts's own waiting list after it, in its order.
  const reserve: ReserveEntry[] = [];
  let position = 0;
  running.forEach((_, i) => {
    const reason = reasons.get(i);
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

  const memberKm = groups.reduce((s, g) => s + g.memberKm, 0);
  return {
    cohort,
    programme,
    policy,
    groups,
    reserve,
    running: running.length,
    memberKm,
    facilitatorKm: groups.reduce((s, g) => s + g.facilitatorKm, 0),
    proven: result.proven,
    lowerBound: Math.min(result.lowerBound, memberKm),
    ...(opening ? { opening } : {}),
  };
}

export { balancedSizes };
