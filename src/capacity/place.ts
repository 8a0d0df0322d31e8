/**
 * Who has a seat and who waits: the one owner of seats, used by every command (`plan`, `groups`,
 * `capacity`, `cancel`, `offer`, `register`, `explain`, `validate`, `report`).
 *
 * Most cohorts are placed by the queue and its capacity layers (src/capacity/queue.ts: units,
 * order, the group `max`, the programme `total`, quotas, members-only). A cohort whose programme
 * forms intervisie groups (a `host-rotation` group phase) has the seats of its groups instead: as
 * many groups as `cohort groups` forms, or the groups pinned in the cohort file, times the
 * programme's `max`, never two members of one municipality in a group. Who is placed, who waits and
 * why are then exactly what `cohort groups` says (src/intervisie/groups.ts, policy `order`), so a
 * cancellation in a pinned group frees a seat in that group only, for the first in line whose
 * municipality the group does not have yet.
 */
import { formGroups, seatGroups, seatsOfGroups } from '../intervisie/groups.js';
import { isHostRotation } from '../intervisie/plan.js';
import type { Cohort, Person, Programme, Registration } from '../model/types.js';
import { AS_WRITTEN, queueOrder, placeQueue, seatsOf, type Layer, type Placement, type PlaceOptions, type Seated, type Waiting } from './queue.js';

export * from './queue.js';

/** Seats every cohort given, the cohorts of one programme together (its `total` spans them); intervisie cohorts in their groups. */
export function placeCohorts(cohorts: readonly { cohort: Cohort; programme: Programme; people?: ReadonlyMap<string, Person> }[], options: PlaceOptions): Map<string, Placement> {
  const queued = placeQueue(cohorts, options);
  for (const { cohort, programme, people } of cohorts) {
    const facilitators = options.facilitators === true && people ? people : new Map<string, Person>();
    if (isHostRotation(programme)) queued.set(cohort.id, placeInGroups(cohort, programme, queued.get(cohort.id)!, options, facilitators));
  }
  return queued;
}

/** One cohort on its own (a programme total then counts only this cohort); `cohort` gives its id and pinned groups. */
export function placeRegistrations(registrations: readonly Registration[], programme: Programme, options: PlaceOptions = AS_WRITTEN, cohort: Pick<Cohort, 'id'> & Partial<Pick<Cohort, 'groups'>> = { id: '' }): Placement {
  const whole: Cohort = { id: cohort.id, programme: programme.id, title: '', start: '', facilitators: [], pool: [], fixed: [], unavailable: [], registrations: [...registrations], ...(cohort.groups ? { groups: cohort.groups } : {}) };
  return placeCohorts([{ cohort: whole, programme }], options).get(cohort.id)!;
}

/**
 * The seats of an intervisie cohort are its groups' (policy `order`: `cohort groups --policy best`
 * is a proposal until pinned). Group members hold their seats as their status says (confirmed, an
 * open offer, registered); a `waiting` member is an offer due. The reserve list: offers due first,
 * then the groups' reserve list in its order and with its reasons.
 */
function placeInGroups(cohort: Cohort, programme: Programme, queued: Placement, options: PlaceOptions, people: ReadonlyMap<string, Person>): Placement {
  const today = options.today !== undefined ? { today: options.today } : {};
  // `plan` asks for the groups themselves (with facilitators) and gets them in the placement; every
  // other command needs the seats alone, which the least-travel arrangement never changes.
  const full = options.facilitators === true ? formGroups(cohort, programme, people, { bound: false, ...today }) : undefined;
  const formed = full ? seatsOfGroups(full) : seatGroups(cohort, programme, today);
  const { max, min } = programme.capacity;
  const members = [...formed.placed].sort(queueOrder(programme.calendar.timezone));
  const seated: Seated[] = [];
  const due: Waiting[] = [];
  for (const r of members) {
    const seats = seatsOf(r, programme);
    if (r.status === 'waiting') due.push({ registration: r, seats, reason: { kind: 'offer-due' } });
    else seated.push({ registration: r, seats, via: r.status === 'confirmed' ? 'confirmed' : r.status === 'offered' ? 'offered' : 'queue' });
  }
  const waiting: Waiting[] = [
    ...due,
    ...formed.reserve.map(
      (e): Waiting => ({ registration: e.member.registration, seats: seatsOf(e.member.registration, programme), reason: e.reason.kind === 'placement' ? e.reason.reason : { kind: 'group', reason: e.reason } }),
    ),
  ];
  let position = 0;
  for (const w of waiting) if (w.reason.kind !== 'not-member') w.position = ++position;
  const layer: Layer = { kind: 'groups', cohort: cohort.id, groups: formed.groups, max, min };
  const seats = formed.groups * max;
  const seatsUsed = seated.reduce((n, s) => n + s.seats, 0);
  const held = seatsUsed + due.reduce((n, w) => n + w.seats, 0);
  return {
    cohort: cohort.id,
    placed: seated.map((s) => s.registration),
    reserve: waiting.map((w) => w.registration),
    seated,
    waiting,
    left: queued.left,
    seatsUsed,
    seats,
    free: Math.max(0, seats - held),
    binding: layer,
    layers: [{ layer, used: held, free: seats - held }],
    due: due.map((w) => w.registration),
    ...(formed.opening ? { opening: formed.opening } : {}),
    ...(full ? { groups: full } : {}),
  };
}
