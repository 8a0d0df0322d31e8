/**
 * The capacity report's facts, per cohort and per programme: seats, who has one, partner seats,
 * open offers, free seats and the binding capacity, the reserve list with positions and reasons,
 * members and non-members, demand per province, whether the reserve list could fill a new group,
 * and across the cohorts of a programme where free seats and waiting people could meet.
 */
import { findMunicipality } from '../calendar/municipalities.js';
import type { Cohort, IsoDate, Programme, Registration } from '../model/types.js';
import { seatsDue, type Layer, type LayerUse, type Placement, type Seated, type WaitReason } from './place.js';

export interface ReserveEntry {
  registration: Registration;
  position?: number;
  seats: number;
  reason: WaitReason;
}

export interface OfferEntry {
  registration: Registration;
  seats: number;
  expires: IsoDate;
}

export interface ProvinceDemand {
  province: string;
  /** Registrations still in the running (seated or waiting). */
  demand: number;
  seated: number;
}

export interface CohortCapacity {
  cohort: Cohort;
  programme: Programme;
  /** The group's max. */
  seats: number;
  /** Seats taken by the placed, partners included. */
  used: number;
  /** Of `used`: the seats of partners who join. */
  partnerSeats: number;
  /** Registrations with a seat of their own (confirmed or registered), not counting open offers. */
  placed: number;
  /** Who has a seat, in queue order: confirmed, open offers, registered. */
  seated: Seated[];
  offers: OfferEntry[];
  free: number;
  binding: Layer;
  layers: LayerUse[];
  reserve: ReserveEntry[];
  /** Registrations in the running: seated or waiting. */
  members: number;
  nonMembers: number;
  provinces: ProvinceDemand[];
  /** The province of each registration in the running, by id. */
  provinceOf: ReadonlyMap<string, string>;
  /** The size of a new group the reserve list could fill, once it reaches the programme's minimum. */
  newGroup?: number;
  /** Seats free and held for a waiting registration: offers still to make. */
  due: Registration[];
  /** Of `used`'s neighbours: the seats held for `due` (neither taken nor free). */
  dueSeats: number;
  /** Offers past their last day (by `today`) that the file still calls offered: they hold no seat; `cohort offer update` records them. */
  expired: Registration[];  /** An intervisie cohort: registrations more that would open another group (as `cohort groups` says). */
  opening?: Placement['opening'];
}

export interface Meeting {
  /** Waiting in this cohort… */
  from: string;
  /** …could take free seats in this one. */
  to: string;
  registrations: Registration[];
  seats: number;
}

export interface ProgrammeCapacity {
  programme: Programme;
  cohorts: string[];
  seats: number;
  used: number;
  free: number;
  /** Waiting with a place in line, over every cohort. */
  waiting: number;
  total?: LayerUse;
  newGroup?: number;
  meetings: Meeting[];
}

export interface CapacityReport {
  today: IsoDate;
  cohorts: CohortCapacity[];
  programmes: ProgrammeCapacity[];
}

function provinceOf(r: Registration): string {
  return findMunicipality(r.municipality)?.province ?? '?';
}

/** Waiting registrations that could be seated if a seat were theirs (not members-only or quota cases). */
function movable(e: ReserveEntry): boolean {
  return e.position !== undefined && (e.reason.kind === 'full' || e.reason.kind === 'behind' || e.reason.kind === 'offer-due');
}

/** A new group from the reserve list: as many as it holds up to the group max, once it reaches the minimum. */
function newGroupSize(waiting: number, programme: Programme): number | undefined {
  return waiting >= programme.capacity.min ? Math.min(waiting, programme.capacity.max) : undefined;
}

export function capacityReport(cohorts: readonly { cohort: Cohort; programme: Programme }[], placements: ReadonlyMap<string, Placement>, today: IsoDate): CapacityReport {
  const rows: CohortCapacity[] = cohorts.map(({ cohort, programme }) => {
    const p = placements.get(cohort.id)!;
    const reserve = p.waiting.map((w) => ({ registration: w.registration, seats: w.seats, reason: w.reason, ...(w.position !== undefined ? { position: w.position } : {}) }));
    const running = [...p.placed, ...p.reserve];
    const byProvince = new Map<string, ProvinceDemand>();
    const seatedSet = new Set(p.placed);
    const provinces = new Map(running.map((r) => [r.id, provinceOf(r)]));
    for (const r of running) {
      const name = provinces.get(r.id)!;
      const d = byProvince.get(name) ?? { province: name, demand: 0, seated: 0 };
      d.demand++;
      if (seatedSet.has(r)) d.seated++;
      byProvince.set(name, d);
    }
    const group = newGroupSize(reserve.filter(movable).length, programme);
    return {
      cohort,
      programme,
      seats: p.seats,
      used: p.seatsUsed,
      partnerSeats: p.seated.reduce((n, s) => n + s.seats - 1, 0),
      placed: p.seated.filter((x) => x.via !== 'offered').length,
      seated: p.seated,
      offers: p.seated.filter((s) => s.via === 'offered').map((s) => ({ registration: s.registration, seats: s.seats, expires: s.registration.offerExpires ?? '' })),
      free: p.free,
      binding: p.binding,
      layers: p.layers,
      reserve,
      members: running.filter((r) => r.member).length,
      nonMembers: running.filter((r) => !r.member).length,
      provinceOf: provinces,
      provinces: [...byProvince.values()].sort((a, b) => b.demand - a.demand || (a.province < b.province ? -1 : a.province > b.province ? 1 : 0)),
      ...(group !== undefined ? { newGroup: group } : {}),
      due: p.due,
      dueSeats: seatsDue(p),
      expired: p.left.filter((l) => l.why === 'offer-expired').map((l) => l.registration),
      ...(p.opening ? { opening: p.opening } : {}),
    };
  });

  const byProgramme = new Map<string, CohortCapacity[]>();
  for (const r of rows) byProgramme.set(r.programme.id, [...(byProgramme.get(r.programme.id) ?? []), r]);
  const programmes = [...byProgramme.values()].map((list): ProgrammeCapacity => {
    const programme = list[0]!.programme;
    const total = list[0]!.layers.find((l) => l.layer.kind === 'total');
    const waiting = list.reduce((n, c) => n + c.reserve.filter(movable).length, 0);
    const group = newGroupSize(waiting, programme);
    return {
      programme,
      cohorts: list.map((c) => c.cohort.id),
      seats: total ? Math.min(total.layer.max, list.reduce((n, c) => n + c.seats, 0)) : list.reduce((n, c) => n + c.seats, 0),
      used: list.reduce((n, c) => n + c.used, 0),
      free: total ? Math.min(total.free, list.reduce((n, c) => n + c.free, 0)) : list.reduce((n, c) => n + c.free, 0),
      waiting,
      ...(total ? { total } : {}),
      ...(list.length > 1 && group !== undefined ? { newGroup: group } : {}),
      meetings: meetings(list),
    };
  });
  return { today, cohorts: rows, programmes };
}

/** Where the reserve list of one cohort could fill free seats of another of the same programme, in queue order. */
function meetings(list: readonly CohortCapacity[]): Meeting[] {
  const out: Meeting[] = [];
  const freeLeft = new Map(list.map((c) => [c.cohort.id, c.free]));
  const taken = new Set<string>();
  for (const to of list) {
    for (const from of list) {
      if (from === to || (freeLeft.get(to.cohort.id) ?? 0) === 0) continue;
      const moved: Registration[] = [];
      let seats = 0;
      for (const e of from.reserve) {
        if (seats === (freeLeft.get(to.cohort.id) ?? 0)) break;
        const key = `${from.cohort.id}/${e.registration.id}`;
        if (!movable(e) || taken.has(key)) continue;
        // The other cohort's own quotas and the programme total still apply: only group seats are compared here.
        if (seats + e.seats > (freeLeft.get(to.cohort.id) ?? 0)) continue;
        moved.push(e.registration);
        seats += e.seats;
        taken.add(key);
      }
      if (moved.length === 0) continue;
      freeLeft.set(to.cohort.id, (freeLeft.get(to.cohort.id) ?? 0) - seats);
      out.push({ from: from.cohort.id, to: to.cohort.id, registrations: moved, seats });
    }
  }
  return out;
}
