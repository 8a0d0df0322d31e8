/**
 * The life cycle of a registration, one command at a time: registered → placed, or the reserve list
 * → offered (until a date) → accepted (confirmed) / declined / expired; cancelled or withdrawn at
 * any point. Every change also settles the cohort as of `today`: offers past their last day are
 * recorded as expired, and every seat that is free goes as an offer to the next in line, so a seat
 * is never handed out without the person being asked (Moodle's face-to-face module books the next
 * person at once). Nobody who left is offered a seat again; after the programme's cutoff no offer is
 * made and the next in line is recorded as waiting. Pure: the commands read and write the files.
 */
import { isOpenOffer, queueOrder, placeCohorts, type Placement, type WaitReason } from './place.js';
import type { Why } from './history.js';
import { offerCutoff, offerExpiry } from './offers.js';
import type { Cohort, Decision, IsoDate, Programme, Registration, RegistrationStatus } from '../model/types.js';

export type Action =
  | { kind: 'cancel'; id: string }
  | { kind: 'accept'; id: string }
  | { kind: 'decline'; id: string }
  /** Go or no-go after the intake or introductory talk: no-go leaves (withdrawn) and frees the seat; go confirms it. */
  | { kind: 'decide'; id: string; decision: Decision }
  /** Only settle: record expired offers, offer free seats. */
  | { kind: 'update' }
  | { kind: 'register'; registration: Registration };

export type Refusal =
  | { kind: 'unknown-id'; id: string }
  | { kind: 'already-out'; id: string; status: RegistrationStatus }
  | { kind: 'not-offered'; id: string; status: RegistrationStatus }
  | { kind: 'offer-expired'; id: string; on: IsoDate }
  | { kind: 'duplicate-id'; id: string }
  /** A go from someone without a seat (on the reserve list, or with an open offer: accept it instead). */
  | { kind: 'not-placed'; id: string; status: RegistrationStatus };

/** One field of one registration, as the files name it. */
export interface Change {
  id: string;
  field: 'status' | 'offer-expires' | 'decision' | 'decided';
  from?: string;
  to?: string;
  why: Why;
}

export interface Outcome {
  ok: true;
  /** The target cohort's registrations after the change (a new one last). */
  registrations: Registration[];
  changes: Change[];
  before: Placement;
  after: Placement;
  /** Offers made by this change, with their last day. */
  offers: { id: string; expires: IsoDate }[];
  /** Offers recorded as expired. */
  expired: string[];
  /** Next in line when a seat came free after the cutoff: not offered, recorded as waiting. */
  held: string[];
  /** The first day without offers. */
  cutoff: IsoDate;
  /** Ahead in the queue of someone offered a seat now, but passed over for it, and why (a couple for one seat, a quota, a group that has their municipality). */
  passed: { id: string; reason: WaitReason }[];
}

export interface LifecycleContext {
  today: IsoDate;
  /** Dutch public holidays around today (they do not count as working days to answer). */
  holidays: ReadonlySet<IsoDate>;
}

type Plan = readonly { cohort: Cohort; programme: Programme }[];

function withFields(r: Registration, status: RegistrationStatus, offerExpires: IsoDate | undefined): Registration {
  const { offerExpires: _old, ...rest } = r;
  return { ...rest, status, ...(offerExpires !== undefined ? { offerExpires } : {}) };
}

function place(plan: Plan, target: string, registrations: readonly Registration[], today: IsoDate | undefined): Placement {
  return placeCohorts(
    plan.map((c) => (c.cohort.id === target ? { ...c, cohort: { ...c.cohort, registrations: [...registrations] } } : c)),
    { today },
  ).get(target)!;
}

/** What the action asks of one registration, or why it cannot be done. */
function asked(action: Action, regs: readonly Registration[], today: IsoDate): { id: string; status: RegistrationStatus; expires: IsoDate | undefined } | Refusal | undefined {
  if (action.kind === 'update') return undefined;
  if (action.kind === 'register') {
    return regs.some((r) => r.id === action.registration.id) ? { kind: 'duplicate-id', id: action.registration.id } : undefined;
  }
  const r = regs.find((x) => x.id === action.id);
  if (!r) return { kind: 'unknown-id', id: action.id };
  if (action.kind === 'cancel' || action.kind === 'decide') {
    if (r.status === 'cancelled' || r.status === 'withdrawn' || r.status === 'declined' || r.status === 'expired') return { kind: 'already-out', id: r.id, status: r.status };
    if (action.kind === 'cancel') return { id: r.id, status: 'cancelled', expires: undefined };
    // "withdrawn: taken off by the organiser or after the introductory talk" (the registration schema)
    if (action.decision === 'no-go') return { id: r.id, status: 'withdrawn', expires: undefined };
    if (r.status === 'waiting' || r.status === 'offered') return { kind: 'not-placed', id: r.id, status: r.status };
    return { id: r.id, status: 'confirmed', expires: undefined };
  }
  if (r.status !== 'offered') return { kind: 'not-offered', id: r.id, status: r.status };
  if (!isOpenOffer(r, today) && r.offerExpires !== undefined) return { kind: 'offer-expired', id: r.id, on: r.offerExpires };
  return action.kind === 'accept' ? { id: r.id, status: 'confirmed', expires: undefined } : { id: r.id, status: 'declined', expires: r.offerExpires };
}

function diff(before: Registration | undefined, after: Registration, why: Why): Change[] {
  const out: Change[] = [];
  if (before?.status !== after.status) out.push({ id: after.id, field: 'status', ...(before ? { from: before.status } : {}), to: after.status, why });
  if (before?.offerExpires !== after.offerExpires) {
    out.push({ id: after.id, field: 'offer-expires', ...(before?.offerExpires !== undefined ? { from: before.offerExpires } : {}), ...(after.offerExpires !== undefined ? { to: after.offerExpires } : {}), why });
  }
  return out;
}

/**
 * `action` on cohort `target`, settled as of `ctx.today`. The cohorts of `plan` are placed together
 * (a programme total spans them); offers are made in the target cohort only.
 */
export function transition(plan: Plan, target: string, action: Action, ctx: LifecycleContext): Outcome | { ok: false; refusal: Refusal } {
  const own = plan.find((c) => c.cohort.id === target);
  if (!own) throw new Error(`no cohort ${target} among those placed`);
  const start = own.cohort.registrations;
  const wish = asked(action, start, ctx.today);
  if (wish && 'kind' in wish) return { ok: false, refusal: wish };
  // As the file stands, every offer still holding its seat: who waited then waits for an offer now.
  const before = place(plan, target, start, undefined);
  if (action.kind === 'decide' && action.decision === 'go' && !before.placed.some((r) => r.id === action.id)) {
    return { ok: false, refusal: { kind: 'not-placed', id: action.id, status: start.find((r) => r.id === action.id)!.status } };
  }
  const changes: Change[] = [];
  const byId = new Map(start.map((r) => [r.id, r]));
  const set = (r: Registration, why: Why) => {
    changes.push(...diff(byId.get(r.id), r, why));
    byId.set(r.id, r);
  };

  let regs = [...start];
  if (wish) {
    const r = withFields(byId.get(wish.id)!, wish.status, wish.expires);
    regs = regs.map((x) => (x.id === r.id ? r : x));
    set(r, { kind: 'asked' });
  }
  if (action.kind === 'register') regs.push(action.registration);
  if (action.kind === 'decide') {
    // the decision and its day are recorded beside the status, as the files name them
    const cur = byId.get(action.id)!;
    const r: Registration = { ...cur, decision: action.decision, decided: ctx.today };
    regs = regs.map((x) => (x.id === r.id ? r : x));
    if (cur.decision !== r.decision) changes.push({ id: r.id, field: 'decision', ...(cur.decision !== undefined ? { from: cur.decision } : {}), to: action.decision, why: { kind: 'asked' } });
    if (cur.decided !== r.decided) changes.push({ id: r.id, field: 'decided', ...(cur.decided !== undefined ? { from: cur.decided } : {}), to: ctx.today, why: { kind: 'asked' } });
    byId.set(r.id, r);
  }

  // Offers past their last day are recorded as expired; their seats go on down the line.
  const expired: string[] = [];
  regs = regs.map((r) => {
    if (r.status !== 'offered' || isOpenOffer(r, ctx.today) || r.offerExpires === undefined) return r;
    expired.push(r.id);
    const e = withFields(r, 'expired', r.offerExpires);
    set(e, { kind: 'offer-expired', on: r.offerExpires });
    return e;
  });

  // Who waited before this change still waits for an offer: a seat is never handed out unasked.
  const waitedBefore = new Set(before.reserve.map((r) => r.id));
  const asWaiting = regs.map((r) => (r.status === 'registered' && waitedBefore.has(r.id) ? { ...r, status: 'waiting' as const } : r));
  const settled = place(plan, target, asWaiting, ctx.today);
  const freedBy = [...(wish && wish.status !== 'confirmed' ? [wish.id] : []), ...expired];
  const offers: { id: string; expires: IsoDate }[] = [];
  const held: string[] = [];
  const dueIds = new Set(settled.due.map((r) => r.id));
  const passed = settled.waiting
    .filter((w) => w.reason.kind !== 'offer-due' && w.position !== undefined && settled.due.some((d) => queueOrder(own.programme.calendar.timezone)(w.registration, d) < 0))
    .map((w) => ({ id: w.registration.id, reason: w.reason }));
  regs = regs.map((r) => {
    if (!dueIds.has(r.id)) return r;
    const expires = offerExpiry(ctx.today, own.cohort, own.programme, ctx.holidays);
    if (expires === undefined) {
      held.push(r.id);
      if (r.status === 'waiting') return r;
      const w = withFields(r, 'waiting', undefined);
      set(w, { kind: 'no-offers-from', cutoff: offerCutoff(own.cohort, own.programme) });
      return w;
    }
    offers.push({ id: r.id, expires });
    const o = withFields(r, 'offered', expires);
    set(o, { kind: 'next-in-line', after: freedBy });
    return o;
  });

  if (action.kind === 'register') {
    // A new registration that does not get a seat is on the reserve list from the start.
    const now = place(plan, target, regs, ctx.today);
    const mine = now.waiting.find((w) => w.registration.id === action.registration.id);
    const r = regs[regs.length - 1]!;
    if (mine && r.status === 'registered') regs[regs.length - 1] = withFields(r, 'waiting', undefined);
    changes.unshift(...diff(undefined, regs[regs.length - 1]!, { kind: 'asked' }).filter((c) => c.field === 'status'));
  }
  const after = place(plan, target, regs, ctx.today);
  return { ok: true, registrations: regs, changes, before, after, offers, expired, held, cutoff: offerCutoff(own.cohort, own.programme), passed: offers.length > 0 ? passed : [] };
}
