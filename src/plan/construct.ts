/**
 * Construction (PLANNER.md steps 1–2): fixed sessions are booked first; then cohorts are planned one by
 * one, most constrained first, each by a depth-first search over its vars in phase order with the
 * candidate dates of its (propagated) domains, cheapest first. Clashes with what other cohorts booked
 * are found here. A cohort that fails on them is let in by moving the cohorts in its way
 * (`moveBlockers`), by settling the clashes among them (`settle`), and as a last resort by ruin and
 * recreate of every cohort that shares its people or venue (`ruinAndRecreate`); only when a cohort is
 * still left out is everything planned again with the failed cohorts first (a second round,
 * deterministic), and the round with fewer failures kept. A cohort left out in the end is proven
 * unplaceable where proof.ts finds that no dates exist for it and the cohorts it shares with.
 */
import { sessionId } from '../model/plan.js';
import type { Infeasibility } from '../model/plan.js';
import type { CoachingPhase, FixedSession, GroupPhase, IndividualPhase } from '../model/types.js';
import { timeToMinutes } from '../calendar/date.js';
import { maxPerDay } from './context.js';
import type { CohortCtx, Env, Item, PhaseCtx, Reason } from './context.js';
import { candidateCost, clashesOf } from './cost.js';
import { DAY_MINUTES, day, durationText, hhmm, iso, plus } from './days.js';
import { buildVars, domainSize, dominantRule, explainDays, explanationWindow, propagate, varSession, varTitle } from './domains.js';
import type { Explained, Var } from './domains.js';
import { t } from './messages.js';
import { findSlot, hoursOf, makeItem, packCoaching, packIndividual, shapeOf, unitItems, unitsOf, unitSessions } from './pack.js';
import { bestChain, bestPhase, bookPhase, dpReady, looseLeaves, reopenLeaf, setChain, setGroupDays, shiftPhases, unbookPhase } from './moves.js';
import { phaseBounds, gapWindow, phaseChangeOk, sameDayOk } from './phases.js';
import { absEnd, absStart, Bookings, keysOf, personKey } from './resources.js';
import { cohortKeys } from './components.js';
import { appointmentDay, deadlineDay, groupDay, groupTimes, personFree } from './static.js';
import { placeOf } from './travel.js';
import { blockReason, driveText, placeName } from './explain.js';
import { appointmentRoom, jointDating, proveByCount, proveLeftOut, sharedRoom, travelReach } from './proof.js';
import type { JointProof, ReachProof, RoomProof, SharedRoom } from './proof.js';

/** Candidate attempts per cohort before the search gives up (deterministic, never wall-clock). */
export const SEARCH_BUDGET = 500;
const ROUNDS = 2;
/** How many blocking cohorts a repair re-plans at most. */
const REPAIR_WIDTH = 4;

export interface Construction {
  bookings: Bookings;
  /** Cohorts that could not be planned (their sessions are left out). */
  failed: Set<CohortCtx>;
  infeasible: Infeasibility[];
}

interface CohortPlan {
  c: CohortCtx;
  vars: Var[];
  /** A var whose domain is empty before any search: no order of cohorts helps. */
  empty?: Var;
}

export function construct(env: Env): Construction {
  const ids = { n: 0 };
  const plans: CohortPlan[] = env.cohorts.map((c) => {
    const vars = buildVars(env, c, ids);
    return { c, vars, empty: propagate(vars) };
  });
  const staticReport: Infeasibility[] = [];
  for (const cp of plans) {
    staticReport.push(...cohortChecks(env, cp.c));
    if (cp.empty) staticReport.push(emptyDomain(env, cp.empty));
  }

  const shared = sharedness(env);
  let order = plans
    .filter((cp) => !cp.empty)
    .map((cp) => ({ cp, size: Math.min(...cp.vars.map(domainSize)), shared: shared.get(cp.c) ?? 0 }))
    .sort((a, b) => a.size - b.size || b.shared - a.shared || (a.cp.c.cohort.id < b.cp.c.cohort.id ? -1 : 1))
    .map((x) => x.cp);

  let best: Construction | undefined;
  let bestFixed: Infeasibility[] = [];
  let bestItems: ReadonlyMap<string, Item> = new Map();
  const searchVars = plans.filter((cp) => !cp.empty).flatMap((cp) => cp.vars);
  // a proof reads only the domains, never the bookings: worked out once per cohort, in any round
  const proofMemo = new Map<CohortCtx, JointProof | null>();
  // the counting proof alone, for the repairs: cheap enough for a cohort that a repair may still let in
  const countMemo = new Map<CohortCtx, JointProof | undefined>();
  // the cohort alone cannot hold its appointments: no other cohort is needed in the proof
  const aloneMemo = new Map<CohortCtx, JointProof | undefined>();
  const aloneProof = (c: CohortCtx): JointProof | undefined => {
    if (!aloneMemo.has(c)) {
      const shared = c.facilitators.map(personKey).sort();
      const reach = travelReach(env, c);
      const room = reach ? undefined : appointmentRoom(env, searchVars, c);
      aloneMemo.set(c, reach ? { cohorts: [c], shared, reach } : room && { cohorts: [c], shared, room });
    }
    return aloneMemo.get(c);
  };
  const countProof = (c: CohortCtx): JointProof | undefined => {
    if (!countMemo.has(c)) countMemo.set(c, aloneProof(c) ?? proveByCount(searchVars, c, env.cohorts));
    return countMemo.get(c);
  };
  const proofsFor = (cs: readonly CohortCtx[]): Map<CohortCtx, JointProof> => {
    for (const c of cs) if (!proofMemo.has(c) && aloneProof(c)) proofMemo.set(c, aloneProof(c)!);
    const missing = cs.filter((c) => !proofMemo.has(c));
    if (missing.length > 0) {
      const got = proveLeftOut(searchVars, missing, env.cohorts);
      // no proof by the group sessions: the appointments of a person it shares with one other cohort
      for (const c of missing) proofMemo.set(c, got.get(c) ?? sharedRoom(env, searchVars, c, env.cohorts) ?? null);
    }
    const out = new Map<CohortCtx, JointProof>();
    for (const c of cs) {
      const pr = proofMemo.get(c);
      if (pr) out.set(c, pr);
    }
    return out;
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of env.cohorts) for (const p of c.phases) p.items = [];
    const bookings = new Bookings(env);
    const fixed = bookFixed(env, bookings);
    const failed = new Set<CohortCtx>(plans.filter((cp) => cp.empty).map((cp) => cp.c));
    const infeasible: Infeasibility[] = [];
    const failedNow: CohortPlan[] = [];
    const blockers = new Map<CohortPlan, Set<CohortCtx>>();
    const failures = new Map<CohortPlan, Infeasibility>();
    for (const cp of order) {
      const by = new Set<CohortCtx>();
      const failure = searchCohort(env, cp, bookings, fixed.items, by);
      if (failure) {
        failures.set(cp, failure);
        blockers.set(cp, by);
      }
    }
    // repair: plan a failed cohort before the cohorts that took its dates, then those again
    for (const [cp, by] of blockers) {
      const others = plans.filter((x) => by.has(x.c) && !failures.has(x)).slice(0, REPAIR_WIDTH);
      if (others.length > 0 && repair(env, cp, others, bookings, fixed.items)) failures.delete(cp);
    }
    // a cohort that still failed: move the cohorts in its way (before planning everything again in
    // another order, which costs a whole round and is skipped when this lets every cohort in)
    if (failures.size > 0)
      for (const c of env.cohorts) {
        const cp = [...failures.keys()].find((x) => x.c === c);
        if (cp && moveBlockers(env, cp, bookings, fixed.items)) failures.delete(cp);
      }
    // still left out: ruin and recreate the cohorts that share its people or venue in its window, unless
    // a proof shows that it cannot join the cohorts placed now (every other cohort of the proof is
    // placed: a repair that lets it in would place them all)
    const hopeless = (cp: CohortPlan): boolean => {
      const pr = countProof(cp.c);
      return pr !== undefined && pr.cohorts.every((o) => o === cp.c || (!failed.has(o) && ![...failures.keys()].some((x) => x.c === o)));
    };
    if (failures.size > 0)
      for (const c of env.cohorts) {
        const cp = [...failures.keys()].find((x) => x.c === c);
        if (cp && !hopeless(cp) && ruinAndRecreate(env, cp, order, failures, bookings, fixed.items)) failures.delete(cp);
      }
    for (const [cp, failure] of failures) {
      failed.add(cp.c);
      infeasible.push(failure);
      failedNow.push(cp);
    }
    const result: Construction = { bookings, failed, infeasible };
    if (!best || failedNow.length < countSearchFailures(best)) {
      best = result;
      bestFixed = fixed.report;
      bestItems = fixed.items;
      snapshot(env, result);
    }
    // another order only helps a cohort that competes with others for people or a venue
    if (!failedNow.some((cp) => (shared.get(cp.c) ?? 0) > 0)) break;
    // nor when each cohort left out is proven unplaceable with others, the proofs pairwise disjoint: every
    // plan leaves out at least one cohort of each, so no order leaves out fewer (and the first round is kept)
    if (round === ROUNDS - 1 && best !== result) break;
    // (the counting proof only: the exhaustive ones cost more than the round they could save)
    const proofs = new Map<CohortCtx, JointProof>();
    for (const cp of failedNow) {
      const pr = countProof(cp.c);
      if (pr) proofs.set(cp.c, pr);
    }
    if (disjointProofs(failedNow, proofs)) break;
    order = [...failedNow, ...order.filter((cp) => !failedNow.includes(cp))];
  }
  restore(env, best!);
  const searched = new Set(best!.infeasible.map((f) => f.cohort));
  let left = env.cohorts.filter((c) => searched.has(c.cohort.id));
  // the joint repair, on the kept round's cohorts that are left out with no proof (none left out: it never runs)
  const unproven = left.filter((c) => !proofsFor([c]).has(c));
  if (unproven.length > 0) {
    const out = new Set(left);
    for (const c of unproven) {
      const cp = plans.find((x) => x.c === c)!;
      if (!jointRepair(env, cp, plans, out, best!.bookings, bestItems, searchVars)) continue;
      out.delete(c);
      best!.failed.delete(c);
      best!.infeasible = best!.infeasible.filter((f) => f.cohort !== c.cohort.id);
    }
    left = left.filter((c) => out.has(c));
  }
  const proofs = proofsFor(left);
  const proofOf = new Map([...proofs].map(([c, pr]) => [c.cohort.id, jointText(env, pr)]));
  best!.infeasible = best!.infeasible.map((f) => (proofOf.has(f.cohort) ? { ...f, proven: true, proof: proofOf.get(f.cohort)! } : f));
  best!.infeasible = [...staticReport, ...bestFixed, ...best!.infeasible];
  return best!;
}

/** Whether every cohort left out has a proof and no cohort is in two of them (a lower bound on what any plan leaves out). */
function disjointProofs(failed: readonly CohortPlan[], proofs: ReadonlyMap<CohortCtx, JointProof>): boolean {
  const seen = new Set<CohortCtx>();
  for (const cp of failed) {
    const pr = proofs.get(cp.c);
    if (!pr) return false;
    for (const c of pr.cohorts) {
      if (seen.has(c)) return false;
      seen.add(c);
    }
  }
  return true;
}

/** The proof's words: the cohorts, and the people (by name) and venues they share. */
function jointText(env: Env, pr: JointProof): string {
  const shared = pr.shared.map((k) => (k.startsWith('v:') ? k.slice(2).split('|')[0]! : (env.people.get(k.slice(2))?.name ?? k.slice(2))));
  const words = { cohorts: pr.cohorts.map((c) => c.cohort.id).join(', '), shared: shared.join(', ') };
  if (pr.reach) return reachText(env, pr.cohorts[0]!, pr.reach);
  if (pr.room) return roomText(env, pr.cohorts[0]!, pr.room);
  if (pr.shares) return sharedText(env, pr.shares);
  const w = pr.window;
  if (w) return t(env.lang, 'infeasible.counted', { ...words, from: iso(w.from), to: iso(w.to), need: w.need, room: w.room });
  return t(env.lang, 'infeasible.joint', words);
}

/** The travel proof's words: the participant, where, how long, and per way of staffing it the time there with each person's drive and working day. */
function reachText(env: Env, c: CohortCtx, r: ReachProof): string {
  const name = (f: string): string => env.people.get(f)?.name ?? f;
  const who = (w: ReachProof['options'][number]['who'][number]): string =>
    t(env.lang, 'infeasible.reach-who', { who: name(w.id), drive: driveText(env.lang, w.drive), home: placeName(env.people.get(w.id)?.municipality), day: `${hhmm(w.day.start)}–${hhmm(w.day.end)}` });
  const clock = (m: number): string => hhmm(Math.max(0, Math.min(DAY_MINUTES, m)));
  const why = r.all
    ? t(env.lang, 'infeasible.reach-all', { from: clock(r.options[0]!.from), to: clock(r.options[0]!.to), who: r.options[0]!.who.map(who).join('; ') })
    : t(env.lang, 'infeasible.reach-any', { who: r.options.map((o) => t(env.lang, 'infeasible.reach-one', { from: clock(o.from), to: clock(o.to), who: o.who.map(who).join('; ') })).join('; ') });
  return t(env.lang, 'infeasible.reach', {
    cohort: c.cohort.id,
    phase: r.p.phase.name,
    reg: r.reg,
    place: placeName(r.place),
    length: driveText(env.lang, r.minutes),
    hours: `${hhmm(r.hours.start)}–${hhmm(r.hours.end)}`,
    why,
  });
}

/** The shared-appointment proof's words: the person, per cohort its phase, units and openings, and how many fit. */
function sharedText(env: Env, r: SharedRoom): string {
  const who = env.people.get(r.person)?.name ?? r.person;
  const sides = r.sides.map((x) =>
    t(env.lang, 'infeasible.shared-side', { cohort: x.var.c.cohort.id, phase: x.var.p.phase.name, need: x.need, count: x.count, window: durationText((x.var.p.phase as IndividualPhase).window), from: iso(x.from), to: iso(x.to) }),
  );
  const c = r.sides[0].var.c;
  const hours = hoursOf(env, c, [r.person], r.sides[0].var.p);
  return t(env.lang, 'infeasible.shared-appointments', {
    cohorts: r.sides.map((x) => x.var.c.cohort.id).join(', '),
    who,
    sides: sides.join('; '),
    need: r.sides[0].need + r.sides[1].need,
    room: r.room,
    perDay: r.perDay,
    hours: `${hhmm(hours.start)}–${hhmm(hours.end)}`,
  });
}

/** The appointment proof's words: per phase what it needs and what fits, the var left with no date, and who is away then. */
function roomText(env: Env, c: CohortCtx, r: RoomProof): string {
  const name = (f: string): string => env.people.get(f)?.name ?? f;
  const hours = hoursOf(env, c, c.facilitators, r.phases[0]!.var.p);
  const phases = r.phases.map((x) => {
    const ph = x.var.p.phase as IndividualPhase;
    return t(env.lang, 'infeasible.appointments-phase', {
      phase: ph.name,
      need: x.need,
      count: x.count,
      who: c.facilitators.map(name).join(ph.facilitators === 'all' ? ' + ' : ' / '),
      window: durationText(ph.window),
      from: iso(x.from),
      to: iso(x.to),
      room: x.room,
      perDay: c.facilitators.map((f) => `${name(f)}: ${x.perDay.get(f)!}`).join(', '),
      hours: `${hhmm(hours.start)}–${hhmm(hours.end)}`,
    });
  });
  const from = Math.min(...r.phases.map((x) => x.from));
  const through = Math.max(...r.phases.map((x) => x.through));
  const away: string[] = [];
  for (const f of c.facilitators)
    for (const u of env.people.get(f)?.unavailable ?? []) if (day(u.end) >= from && day(u.start) <= through) away.push(`${name(f)} ${u.start === u.end ? u.start : `${u.start}..${u.end}`}`);
  const alone = r.phases.length === 1 && r.phases[0]!.var === r.empty;
  return t(env.lang, 'infeasible.appointments', { cohort: c.cohort.id, phases: phases.join('; '), rest: alone ? '' : varTitle(r.empty), away: away.join(', ') });
}

/** Unbooks `others`, plans `cp` first and then `others` again; on any failure everything is put back. */
function repair(env: Env, cp: CohortPlan, others: CohortPlan[], bookings: Bookings, fixed: ReadonlyMap<string, Item>): boolean {
  const before = new Map<PhaseCtx, { items: Item[]; open?: number }>();
  for (const o of others)
    for (const p of o.c.phases) {
      before.set(p, { items: p.items, open: p.open });
      for (const i of p.items) if (!i.fixed) bookings.remove(i);
      p.items = [];
      p.open = undefined;
    }
  const done: CohortPlan[] = [];
  let ok = !searchCohort(env, cp, bookings, fixed);
  if (ok) {
    done.push(cp);
    for (const o of others) {
      if (searchCohort(env, o, bookings, fixed)) {
        ok = false;
        break;
      }
      done.push(o);
    }
  }
  if (ok) return true;
  for (const d of done) unbookCohort(d.c, bookings);
  for (const [p, b] of before) {
    p.items = b.items;
    p.open = b.open;
    for (const i of p.items) if (!i.fixed) bookings.add(i);
  }
  return false;
}

/** How many cohorts ruin and recreate unbooks at most. */
const RUIN_WIDTH = 16;
/** How many orders of the unbooked cohorts ruin and recreate tries. */
const RUIN_ORDERS = 3;

type Saved = Map<PhaseCtx, { items: Item[]; open?: number; at: { day: number; startMin: number; endDay: number; endMin: number; facilitators: string[] }[] }>;

/** Every cohort's items, where they are and each phase's opening (a repair that moves many cohorts can be undone). */
function saveAll(env: Env): Saved {
  const m: Saved = new Map();
  for (const c of env.cohorts)
    for (const p of c.phases)
      m.set(p, { items: [...p.items], open: p.open, at: p.items.map((i) => ({ day: i.day, startMin: i.startMin, endDay: i.endDay, endMin: i.endMin, facilitators: i.facilitators })) });
  return m;
}

function restoreAll(env: Env, bookings: Bookings, saved: Saved): void {
  for (const c of env.cohorts) for (const p of c.phases) for (const i of p.items) if (!i.fixed) bookings.remove(i);
  for (const [p, s] of saved) {
    // a copy: the searches push onto p.items, and the saved list may be restored again
    p.items = [...s.items];
    p.open = s.open;
    s.items.forEach((i, x) => Object.assign(i, s.at[x]!));
    for (const i of p.items) if (!i.fixed) bookings.add(i);
  }
}

/**
 * Ruin and recreate, the last repair of a cohort the others left out: every planned cohort that shares
 * one of its people or its venue and has a session inside its window is unbooked (at most RUIN_WIDTH,
 * in construction order), the failed cohort is planned first, then the unbooked ones again in
 * construction order, each one that finds no dates let in by moving the cohorts in its way
 * (`moveBlockers`). Kept only when every one of them is placed; otherwise everything is put back.
 * Deterministic (fixed orders, the searches' step budgets).
 */
function ruinAndRecreate(
  env: Env,
  cp: CohortPlan,
  order: readonly CohortPlan[],
  failures: ReadonlyMap<CohortPlan, Infeasibility>,
  bookings: Bookings,
  fixed: ReadonlyMap<string, Item>,
): boolean {
  const keys = cohortKeys(cp.c);
  const inWindow = (o: CohortCtx): boolean => o.phases.some((p) => p.items.some((i) => !i.fixed && i.endDay >= cp.c.h0 && i.day <= cp.c.h1));
  const set = order.filter((o) => o !== cp && !failures.has(o) && inWindow(o.c) && [...cohortKeys(o.c)].some((k) => keys.has(k))).slice(0, RUIN_WIDTH);
  if (set.length === 0) return false;
  const saved = saveAll(env);
  // a cohort that finds no room on the way back in goes right after the left-out one next time
  let seq = set;
  for (let attempt = 0; attempt < RUIN_ORDERS; attempt++) {
    for (const o of set) unbookCohort(o.c, bookings);
    let stuck: CohortPlan | undefined;
    if (searchCohort(env, cp, bookings, fixed)) stuck = cp;
    for (const o of seq) {
      if (stuck) break;
      if (searchCohort(env, o, bookings, fixed) && !moveBlockers(env, o, bookings, fixed)) stuck = o;
    }
    if (!stuck) return true;
    restoreAll(env, bookings, saved);
    if (stuck === cp || seq[0] === stuck) return false;
    seq = [stuck, ...seq.filter((o) => o !== stuck)];
  }
  return false;
}

/** The joint repair: cohorts in one repair (the left-out one included), planning rounds, and the dating search's node budget. */
const JOINT_WIDTH = 8;
const JOINT_ROUNDS = 3;
const DATING_BUDGET = 20_000;
const DATING_LIMIT = 3;

/**
 * The joint repair, for a cohort still left out after every other repair. The group sessions of the
 * cohort and of the cohorts in its way are dated together (proof.ts `jointDating`: the model of the
 * joint proofs, taking as few days that cohorts outside the repair hold as it can: at most
 * DATING_LIMIT, else any). Then the cohorts in its way are unbooked and all are planned again in turn,
 * the left-out one first, every var trying its day of that dating first (hints, not bookings: each
 * search still checks every rule against what is booked). A cohort that finds no dates is let in by
 * `moveBlockers`; failing that, everything is put back, the cohorts that stopped it join (over
 * JOINT_WIDTH, cohorts that stopped no one make room: they stay where they were), it goes right before
 * the first of them in the order (the left-out cohort's appointments can take its facilitators' days:
 * then it goes before it), and the next round begins (at most JOINT_ROUNDS). Kept only when every
 * cohort is placed, so the plan places one cohort more than before and breaks no rule (the searches and
 * `moveBlockers` book nothing that clashes); otherwise everything is as it was. Deterministic (fixed
 * orders, node and step budgets, never the clock).
 */
function jointRepair(
  env: Env,
  cp: CohortPlan,
  plans: readonly CohortPlan[],
  left: ReadonlySet<CohortCtx>,
  bookings: Bookings,
  fixed: ReadonlyMap<string, Item>,
  searchVars: readonly Var[],
): boolean {
  const by = new Set<CohortCtx>();
  if (!searchCohort(env, cp, bookings, fixed, by)) return true;
  const joinable = (o: CohortPlan, seq: readonly CohortPlan[]): boolean => !seq.includes(o) && !left.has(o.c);
  let seq = [cp, ...plans.filter((o) => by.has(o.c) && joinable(o, [cp]))].slice(0, JOINT_WIDTH);
  if (seq.length === 1) return false;
  const saved = saveAll(env);
  for (let round = 0; round < JOINT_ROUNDS; round++) {
    const own = new Set(seq.flatMap((o) => o.c.phases.flatMap((p) => p.items.filter((i) => !i.fixed))));
    // a day ranks by the people and venue of the session that cohorts outside the repair hold then
    const rank = (v: Var, d: number): number => {
      const { start, end } = groupTimes(v.p.phase as GroupPhase);
      const s = d * DAY_MINUTES + start;
      const e = d * DAY_MINUTES + end;
      let n = 0;
      for (const f of v.p.people) if (bookings.clash(personKey(f), s, e, own)) n++;
      if (v.p.phase.location === 'venue' && v.c.venueKey && bookings.clash(`v:${v.c.venueKey}`, s, e, own)) n++;
      return n;
    };
    // the dating that takes the fewest of their people's and venue's days (up to DATING_LIMIT)
    let dating: Map<Var, number> | false | undefined = false;
    for (let limit = 0; limit <= DATING_LIMIT && !(dating instanceof Map); limit++) dating = jointDating(searchVars, seq.map((o) => o.c), DATING_BUDGET, rank, limit);
    if (!(dating instanceof Map)) dating = jointDating(searchVars, seq.map((o) => o.c), DATING_BUDGET, rank);
    if (!(dating instanceof Map)) return false;
    for (const o of seq) if (o !== cp) unbookCohort(o.c, bookings);
    const stoppedBy = new Set<CohortCtx>();
    let stuck: CohortPlan | undefined;
    for (const o of seq)
      if (searchCohort(env, o, bookings, fixed, stoppedBy, undefined, dating) && !moveBlockers(env, o, bookings, fixed)) {
        stuck = o;
        break;
      }
    if (!stuck) return true;
    restoreAll(env, bookings, saved);
    const first = seq.findIndex((o) => o !== stuck && stoppedBy.has(o.c));
    const rest = seq.filter((o) => o !== stuck);
    if (first >= 0 && first < seq.indexOf(stuck)) rest.splice(first, 0, stuck);
    else rest.splice(seq.indexOf(stuck), 0, stuck);
    const added = plans.filter((o) => stoppedBy.has(o.c) && joinable(o, rest));
    const next = [...rest, ...added];
    // over the width: cohorts that stopped no one this round stay where they were (last ones first)
    for (let x = next.length - 1; x >= 0 && next.length > JOINT_WIDTH; x--) if (next[x] !== cp && next[x] !== stuck && !stoppedBy.has(next[x]!.c) && !added.includes(next[x]!)) next.splice(x, 1);
    next.length = Math.min(next.length, JOINT_WIDTH);
    if (next.every((o, x) => o === seq[x]) && next.length === seq.length) return false;
    seq = next;
  }
  return false;
}

/** How many blocking cohorts the best-response repair moves at most. */
const BLOCKER_WIDTH = 6;

/**
 * Repair of a cohort that construction gave up on: the cohorts that took its dates are unbooked, the
 * cohort is planned, and each of those cohorts is booked again where it was; where that clashes, its
 * group phases take their best legal days around the new cohort (moves.ts), and failing that the
 * clashing phase is shifted with everything after it by one to four weeks. Tried with all blockers at
 * once, then with each one alone; on failure everything is put back. True when the cohort is now planned.
 */
function moveBlockers(env: Env, cp: CohortPlan, bookings: Bookings, fixed: ReadonlyMap<string, Item>): boolean {
  const by = new Set<CohortCtx>();
  if (!searchCohort(env, cp, bookings, fixed, by)) return true;
  const blockers = env.cohorts.filter((o) => by.has(o) && o !== cp.c).slice(0, BLOCKER_WIDTH);
  const tries = blockers.length > 1 ? [blockers, ...blockers.map((b) => [b])] : [blockers];
  for (const set of tries) {
    const items = set.flatMap((o) => o.phases.flatMap((p) => p.items.filter((i) => !i.fixed)));
    const saved = items.map((i) => ({ day: i.day, endDay: i.endDay }));
    const opens = set.flatMap((o) => o.phases.map((p) => p.open));
    const putBack = (): void => {
      items.forEach((i, x) => {
        i.day = saved[x]!.day;
        i.endDay = saved[x]!.endDay;
      });
      let x = 0;
      for (const o of set) for (const p of o.phases) p.open = opens[x++];
    };
    for (const i of items) bookings.remove(i);
    const avoid = new Bookings();
    for (const i of items) avoid.add(i);
    if (!searchCohort(env, cp, bookings, fixed, undefined, avoid)) {
      // every blocker is booked again (clashing where it must), then the clashes are settled among them
      const roomy = set.map((o) => makeRoom(env, bookings, o)).every(Boolean);
      if ((roomy || settle(env, bookings, [cp.c, ...set])) && [cp.c, ...set].every((o) => !firstConflict(env, bookings, o))) return true;
      unbookCohort(cp.c, bookings);
      for (const i of items) bookings.remove(i);
    }
    putBack();
    for (const i of items) bookings.add(i);
  }
  return false;
}

/** The cohort's first booked item that overlaps another booking or overfills a facilitator's day. */
function firstConflict(env: Env, bookings: Bookings, o: CohortCtx): Item | undefined {
  const self = new Set<Item>();
  for (const p of o.phases)
    for (const i of p.items) {
      if (i.fixed) continue;
      self.clear();
      self.add(i);
      if (clashes(bookings, i, self)) return i;
      if ((i.kind === 'individual' || i.kind === 'coaching') && i.facilitators.some((f) => bookings.appointments(f, i.day) > maxPerDay(env, f))) return i;
    }
  return undefined;
}

const SHIFTS = [7, -7, 14, -14, 21, -21, 28, -28];
/** Ordering cost of a date that takes a moved cohort's people or venue (the repair). */
const AVOID_COST = 1000;

/** Books cohort o again (its items are unbooked) without a clash, moving what clashes; false when it cannot. */
function makeRoom(env: Env, bookings: Bookings, o: CohortCtx): boolean {
  const own = o.phases.flatMap((p) => p.items.filter((i) => !i.fixed));
  for (const i of own) bookings.add(i);
  const clashing = (): Item | undefined => firstConflict(env, bookings, o);
  if (!clashing()) return true;
  for (const p of o.phases) {
    if (!dpReady(p)) continue;
    unbookPhase(bookings, p);
    const best = bestPhase(env, bookings, o, p);
    const before = p.items.map((i) => i.day);
    if (best) setGroupDays(p, best.days);
    if (!phaseChangeOk(o, p)) setGroupDays(p, before);
    bookPhase(bookings, p);
  }
  // a group phase that follows a self-study phase: move the deadline and the sessions together
  for (const p of o.phases) {
    if (!clashing()) return true;
    if (!dpReady(p) || p.parent < 0) continue;
    unbookPhase(bookings, p);
    const best = bestChain(env, bookings, o, p);
    if (best) {
      const q = o.phases[p.parent]!;
      const before = { open: q.open!, days: p.items.map((i) => i.day) };
      setChain(o, p, best.open, best.days);
      if (!phaseChangeOk(o, p) || !phaseChangeOk(o, q)) setChain(o, p, before.open, before.days);
    }
    bookPhase(bookings, p);
  }
  for (let guard = 0; guard < o.phases.length + 4; guard++) {
    const hit = clashing();
    if (!hit) return true;
    // the clashing session with the rest of the plan after it; else its whole phase, else from an earlier phase on
    const starts: [PhaseCtx, number][] = [];
    if (hit.p.phase.mode === 'group' && hit.p.items.indexOf(hit) > 0) starts.push([hit.p, hit.p.items.indexOf(hit)]);
    for (let q: PhaseCtx | undefined = hit.p; q; q = q.parent >= 0 ? o.phases[q.parent] : undefined) starts.push([q, 0]);
    // shiftPhases books the moved items only where they are free
    if (!starts.some(([q, k]) => SHIFTS.some((d) => shiftPhases(env, bookings, o, q, k, d)))) return false;
  }
  return !clashing();
}

/** Rounds of least-conflict best responses in `settle`. */
const SETTLE_ROUNDS = 60;
/** At most this many cohorts take part in settling the clashes (the failed cohort, its blockers, and cohorts they clash with). */
const SETTLE_WIDTH = 10;
/** Cost per person or venue booked twice in a least-conflict best response, before its breakout weight. */
const CLASH_COST = 100;

/**
 * Min-conflicts with breakout among cohorts that are all booked, some of them twice: in rounds, every
 * group phase with a clashing session takes its least-conflict best response (`bestPhase` with a cost
 * for each person or venue it takes twice), together with the self-study phase before it where that is
 * cheaper (`bestChain`). After each round every slot (person or venue, day) still taken twice weighs
 * more, so a clash that no single move removes pushes the cohorts on it apart. Deterministic. True when
 * no cohort of `group` clashes any more; the caller puts everything back otherwise.
 */
function settle(env: Env, bookings: Bookings, start: readonly CohortCtx[]): boolean {
  const group = [...start];
  // cohorts outside `start` drawn in because they clash with it; put back here when settling fails
  const extras: { o: CohortCtx; items: Item[]; days: number[]; opens: (number | undefined)[] }[] = [];
  const putBackExtras = (): void => {
    for (const x of extras) {
      const items = x.o.phases.flatMap((p) => p.items.filter((i) => !i.fixed));
      for (const i of items) bookings.remove(i);
      x.items.forEach((i, j) => {
        const len = i.endDay - i.day;
        i.day = x.days[j]!;
        i.endDay = i.day + len;
      });
      x.o.phases.forEach((p, j) => (p.open = x.opens[j]));
      for (const i of items) bookings.add(i);
    }
  };
  const drawIn = (): void => {
    for (const o of [...group])
      for (const p of o.phases)
        for (const i of p.items) {
          if (i.fixed) continue;
          const s = i.day * DAY_MINUTES + i.startMin;
          const e = i.endDay * DAY_MINUTES + i.endMin;
          for (const k of keysOf(i)) {
            const other = bookings.clash(k, s, e, new Set([i]), i);
            if (!other || other.fixed || group.includes(other.c) || group.length >= SETTLE_WIDTH) continue;
            const items = other.c.phases.flatMap((q) => q.items.filter((x) => !x.fixed));
            extras.push({ o: other.c, items, days: items.map((x) => x.day), opens: other.c.phases.map((q) => q.open) });
            group.push(other.c);
          }
        }
  };
  const ok = settleGroup(env, bookings, group, drawIn);
  if (!ok) putBackExtras();
  return ok;
}

function settleGroup(env: Env, bookings: Bookings, group: CohortCtx[], drawIn: () => void): boolean {
  const weight = new Map<string, number>();
  const cost = (k: string, d: number): number => CLASH_COST * (1 + (weight.get(`${k}|${d}`) ?? 0));
  const clashKeys = (i: Item): string[] => {
    if (i.fixed) return [];
    const s = i.day * DAY_MINUTES + i.startMin;
    const e = i.endDay * DAY_MINUTES + i.endMin;
    return keysOf(i).filter((k) => bookings.clash(k, s, e, new Set([i]), i));
  };
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    if (group.every((o) => !firstConflict(env, bookings, o))) return true;
    drawIn();
    let moved = false;
    let movable = false;
    for (const o of group)
      for (const p of o.phases) {
        if (!dpReady(p) || !p.items.some((i) => clashKeys(i).length > 0)) continue;
        movable = true;
        unbookPhase(bookings, p);
        const before = p.items.map((i) => i.day);
        const q = p.parent >= 0 ? o.phases[p.parent]! : undefined;
        const open = q?.open;
        // a self-study phase that ends the plan after p follows p wherever it goes
        const leaves = looseLeaves(o, p).map((l) => ({ l, items: l.items, open: l.open, day: l.items[0]!.day }));
        for (const x of leaves) {
          x.l.items = [];
          x.l.open = undefined;
        }
        // the chain's choices include the self-study phase where it is, so it is never worse
        const chain = bestChain(env, bookings, o, p, cost);
        const alone = chain ? undefined : bestPhase(env, bookings, o, p, cost);
        if (chain) setChain(o, p, chain.open, chain.days);
        else if (alone) setGroupDays(p, alone.days);
        for (const x of leaves) x.l.items = x.items;
        const leavesOk = leaves.every((x) => reopenLeaf(env, o, x.l));
        if (!leavesOk || !phaseChangeOk(o, p) || (q && !phaseChangeOk(o, q))) {
          if (q && open !== undefined && chain) setChain(o, p, open, before);
          else setGroupDays(p, before);
          for (const x of leaves) {
            x.l.open = x.open;
            x.items[0]!.day = x.day;
            x.items[0]!.endDay = x.day;
          }
        }
        if (p.items.some((i, k) => i.day !== before[k]) || q?.open !== open) moved = true;
        bookPhase(bookings, p);
      }
    // what clashes now is no group session (appointments over a day's maximum): nothing here moves it
    if (!movable) return false;
    // a local minimum: the clashes that are left weigh more
    if (!moved)
      for (const o of group)
        for (const p of o.phases)
          for (const i of p.items) for (const k of clashKeys(i)) weight.set(`${k}|${i.day}`, (weight.get(`${k}|${i.day}`) ?? 0) + 1);
  }
  return group.every((o) => !firstConflict(env, bookings, o));
}

function unbookCohort(c: CohortCtx, bookings: Bookings): void {
  for (const p of c.phases) {
    for (const i of p.items) if (!i.fixed) bookings.remove(i);
    p.items = [];
    p.open = undefined;
  }
}

function countSearchFailures(c: Construction): number {
  return c.infeasible.length;
}

const saved = new WeakMap<Construction, Map<PhaseCtx, { items: Item[]; open?: number }>>();
function snapshot(env: Env, result: Construction): void {
  const m = new Map<PhaseCtx, { items: Item[]; open?: number }>();
  for (const c of env.cohorts) for (const p of c.phases) m.set(p, { items: [...p.items], open: p.open });
  saved.set(result, m);
}
function restore(env: Env, result: Construction): void {
  const m = saved.get(result)!;
  for (const c of env.cohorts)
    for (const p of c.phases) {
      const s = m.get(p)!;
      p.items = s.items;
      p.open = s.open;
    }
}

/** How many other cohorts share a facilitator, coach or venue with each cohort. */
function sharedness(env: Env): Map<CohortCtx, number> {
  const users = new Map<string, CohortCtx[]>();
  for (const c of env.cohorts) {
    const keys = new Set([...c.facilitators, ...c.phases.flatMap((p) => p.guests), ...c.coaches.values()].map((f) => `p:${f}`));
    if (c.venueKey) keys.add(`v:${c.venueKey}`);
    for (const k of keys) users.set(k, [...(users.get(k) ?? []), c]);
  }
  const out = new Map<CohortCtx, number>();
  for (const c of env.cohorts) {
    const others = new Set<CohortCtx>();
    for (const list of users.values()) if (list.includes(c)) for (const o of list) if (o !== c) others.add(o);
    out.set(c, others.size);
  }
  return out;
}

/** A coachee without a coach (src/coaching/ found none with room): reported, but the other dates are still planned. */
function cohortChecks(env: Env, c: CohortCtx): Infeasibility[] {
  const out: Infeasibility[] = [];
  for (const p of c.phases) {
    if (p.phase.mode === 'coaching') {
      const pool = c.cohort.pool.length > 0 ? c.cohort.pool : c.facilitators;
      for (const r of c.active) {
        if (c.coaches.has(r.id)) continue;
        out.push({
          cohort: c.cohort.id,
          session: sessionId(p.phase.id, 1, r.id),
          rule: 'coach-capacity',
          message: t(env.lang, 'infeasible.coach-capacity', { registration: r.id, coaches: pool.join(', ') || '—' }),
          tried: [],
        });
      }
    }
  }
  return out;
}

/** Arc consistency on the phase tree is exact for the gaps: an empty domain proves that no plan exists for the cohort. */
function emptyDomain(env: Env, v: Var): Infeasibility {
  const [lo, hi] = explanationWindow(v);
  return { ...infeasibility(env, v, explainDays(env, v, lo, hi)), proven: true };
}

/**
 * The rule named for a session without a date: what took the dates the calendar leaves open (another
 * cohort's session, a drive, the day's maximum), else the rule most dates fall to; the message names
 * the session that blocked most of those dates.
 */
function infeasibility(env: Env, v: Var, x: Explained): Infeasibility {
  const top = mostFrequent(x.blockers);
  const message =
    t(env.lang, 'infeasible.no-date', { title: varTitle(v), session: varSession(v), cohort: v.c.cohort.id }) +
    (top ? ` ${t(env.lang, 'infeasible.blocked-by', { reason: top.text, dates: x.blockers.length })}` : '') +
    (x.more > 0 ? ` ${t(env.lang, 'infeasible.tried-more', { n: x.more })}` : '');
  const rule = dominantRule(x.blocking.length > 0 ? x.blocking : x.rules);
  return { cohort: v.c.cohort.id, session: varSession(v), rule, message, tried: x.tried };
}

/** The text that occurs most often (the first of equals), with its count. */
function mostFrequent(texts: readonly string[]): { text: string; n: number } | undefined {
  const count = new Map<string, number>();
  for (const s of texts) count.set(s, (count.get(s) ?? 0) + 1);
  let best: { text: string; n: number } | undefined;
  for (const [text, n] of count) if (!best || n > best.n) best = { text, n };
  return best;
}

interface FixedBooking {
  items: Map<string, Item>;
  report: Infeasibility[];
}

/** Books every fixed session where it is fixed, and reports each rule it breaks (it is never moved). */
function bookFixed(env: Env, bookings: Bookings): FixedBooking {
  const items = new Map<string, Item>();
  const report: Infeasibility[] = [];
  for (const c of env.cohorts) {
    for (const f of [...c.fixed.values()].sort((a, b) => (a.session < b.session ? -1 : 1))) {
      if (items.has(`${c.idx}:${f.session}`)) continue;
      const made = fixedItems(env, c, f, bookings);
      if (!made) {
        report.push({
          cohort: c.cohort.id,
          session: f.session,
          rule: 'fixed',
          message: t(env.lang, 'infeasible.fixed-unknown', { session: f.session, programme: c.programme.id }),
          tried: [],
        });
        continue;
      }
      for (const i of made.items) {
        for (const k of keysOf(i)) {
          const other = bookings.clash(k, i.day * DAY_MINUTES + i.startMin, i.endDay * DAY_MINUTES + i.endMin, undefined, i);
          if (!other) continue;
          const travel = !overlaps(i, other);
          report.push({
            cohort: c.cohort.id,
            session: i.session,
            rule: travel ? 'travel-time' : 'double-booking',
            message: t(env.lang, travel ? 'infeasible.fixed-travel' : 'infeasible.fixed-clash', { a: `${c.cohort.id}/${i.session}`, b: `${other.c.cohort.id}/${other.session}`, who: k.slice(2) }),
            tried: [],
          });
        }
        bookings.add(i);
        items.set(`${c.idx}:${i.session}`, i);
      }
      if (made.reasons.length > 0) {
        const rule = made.reasons[0]!.rule;
        report.push({
          cohort: c.cohort.id,
          session: f.session,
          rule,
          message: t(env.lang, 'infeasible.fixed', { session: f.session, date: f.date, reasons: made.reasons.map((r) => r.text).join('; ') }),
          tried: [{ date: f.date, reasons: made.reasons.map((r) => r.text) }],
        });
      }
    }
  }
  return { items, report };
}

/** The items a fixed entry stands for, and the static rules its date breaks; undefined for an unknown session. */
function fixedItems(env: Env, c: CohortCtx, fixed: FixedSession, bookings: Bookings): { items: Item[]; reasons: Reason[] } | undefined {
  const { session, date, start } = fixed;
  const at = session.indexOf('@');
  const head = at < 0 ? session : session.slice(0, at);
  const reg = at < 0 ? undefined : session.slice(at + 1);
  const hash = head.indexOf('#');
  const phaseId = hash < 0 ? head : head.slice(0, hash);
  const k = hash < 0 ? undefined : Number(head.slice(hash + 1));
  const p = c.phases.find((x) => x.phase.id === phaseId);
  if (!p) return undefined;
  const d = day(date);
  const fixedStart = start ? timeToMinutes(start) : undefined;
  const reasons: Reason[] = [];
  const ph = p.phase;
  if (ph.mode === 'group') {
    if (reg !== undefined || (p.n > 1 ? k === undefined || k < 1 || k > p.n : k !== undefined)) return undefined;
    const times = groupTimes(ph as GroupPhase, fixedStart);
    groupDay(env, c, p, d, { fixed: true, fixedStart }, reasons);
    const item = makeItem(c, p, session, 'group', k ?? 1, p.n, undefined, d, times.start, times.end, [...p.people], true);
    if (ph.location === 'venue' && c.venueKey) item.venue = c.venueKey;
    return { items: [item], reasons };
  }
  if (ph.mode === 'self-study') {
    if (reg !== undefined || k !== undefined) return undefined;
    deadlineDay(env, c, p, d, reasons, true);
    return { items: [deadlineItem(c, p, d, true)], reasons };
  }
  if (reg === undefined || !c.active.some((r) => r.id === reg)) return undefined;
  if (ph.mode === 'individual') {
    const unit = unitsOf(p, reg).find((u) => unitSessions(p, u).includes(session));
    if (!unit) return undefined;
    const shape = shapeOf(p, unit.count);
    const one = (ph as IndividualPhase).facilitators === 'one';
    // who holds it as it was sent out (cohort plan --pin), else any one of them; `all`: everyone
    const held = one && fixed.facilitator !== undefined && c.facilitators.includes(fixed.facilitator) ? [[fixed.facilitator]] : undefined;
    const options = held ?? (!one || c.facilitators.length === 0 ? [[...c.facilitators]] : c.facilitators.map((f) => [f]));
    appointmentDay(env, c, p, d, c.facilitators, (ph as IndividualPhase).facilitators === 'all', reasons, true);
    let chosen: { who: string[]; tm: number } | undefined;
    // facilitators who are available that day first; the others only to report what breaks
    const free = options.filter((who) => who.every((f) => personFree(env, f, d)));
    for (const who of free) {
      const tm = findSlot(env, c, bookings, who, d, shape, { c, p, kind: 'individual', place: placeOf(c, p, reg) }, 0, fixedStart);
      if (typeof tm === 'number') {
        chosen = { who, tm };
        break;
      }
    }
    if (!chosen) {
      chosen = { who: free[0] ?? options[0]!, tm: fixedStart ?? c.hours.start };
      reasons.push(fixedTimeReason(env, chosen.tm));
    }
    return { items: unitItems(c, p, unit, d, chosen.tm, chosen.who, true), reasons };
  }
  // a fixed conversation may lie beyond the planned count: more of the usual range, or an extra one
  if (k === undefined || k < 1) return undefined;
  const coach = c.coaches.get(reg);
  const who = coach ? [coach] : [];
  appointmentDay(env, c, p, d, who, true, reasons, true);
  if ((ph as CoachingPhase).dates === 'fixed') {
    // the meeting's own time, evenings included; the coach must still be free then
    const tm = fixedStart ?? c.hours.start;
    if (who.some((f) => bookings.clashEnd(`p:${f}`, d * 24 * 60 + tm, d * 24 * 60 + tm + p.apptMinutes) !== undefined)) reasons.push(fixedTimeReason(env, tm));
    return { items: [makeItem(c, p, session, 'coaching', k, k, reg, d, tm, tm + p.apptMinutes, who, true)], reasons };
  }
  let tm = findSlot(env, c, bookings, who, d, shapeOf(p, 1), { c, p, kind: 'coaching', place: placeOf(c, p, reg) }, 0, fixedStart);
  if (typeof tm !== 'number') {
    tm = fixedStart ?? c.hours.start;
    reasons.push(fixedTimeReason(env, tm));
  }
  return { items: [makeItem(c, p, session, 'coaching', k, Math.max(k, p.n), reg, d, tm, tm + p.apptMinutes, who, true)], reasons };
}


function fixedTimeReason(env: Env, tm: number): Reason {
  return { rule: 'hours', text: t(env.lang, 'why.fixed-time', { time: hhmm(tm) }) };
}

export function deadlineItem(c: CohortCtx, p: PhaseCtx, d: number, fixed: boolean): Item {
  return {
    c,
    p,
    session: p.phase.id,
    kind: 'deadline',
    n: 1,
    of: 1,
    reg: undefined,
    day: d,
    startMin: 0,
    endDay: d,
    endMin: DAY_MINUTES,
    facilitators: [],
    venue: undefined,
    place: undefined,
    at: undefined,
    fixed,
  };
}

interface Attempt {
  v: Var;
  lo: number;
  hi: number;
  refused: Map<number, Reason[]>;
  untried: number[];
}

/** Depth-first over the cohort's vars; undefined on success (items are booked and on the phases). */
function searchCohort(
  env: Env,
  cp: CohortPlan,
  bookings: Bookings,
  fixed: ReadonlyMap<string, Item>,
  blockers?: Set<CohortCtx>,
  avoid?: Bookings,
  hints?: ReadonlyMap<Var, number>,
): Infeasibility | undefined {
  const { c, vars } = cp;
  const fixedOfCohort = new Map<string, Item>();
  for (const [key, item] of fixed) if (item.c === c) fixedOfCohort.set(key.slice(key.indexOf(':') + 1), item);
  let budget = SEARCH_BUDGET;
  const packFailures = new Map<string, Reason>();
  let deepest: Attempt | undefined;
  let exhausted = false;

  const packed_ = new Map<string, { items: Item[]; failure?: Reason }>();
  /** Whether a booked session of this cohort touches days lo..hi. */
  const ownBookedIn = (lo: number, hi: number): boolean => {
    for (const q of c.phases) for (const i of q.items) if (i.kind !== 'deadline' && i.endDay >= lo && i.day <= hi) return true;
    return false;
  };

  const placeRaw = (v: Var, d: number, compact: boolean): Reason[] | undefined => {
    const { p } = v;
    const ph = p.phase;
    const parentPhase = p.parent >= 0 ? c.phases[p.parent]! : undefined;
    const pb = v.k === 0 && parentPhase ? phaseBounds(parentPhase) : undefined;
    const notBefore = pb && pb.endMin !== undefined ? { day: pb.end, min: pb.endMin } : undefined;
    if (ph.mode === 'group') {
      const session = varSession(v);
      let item = fixedOfCohort.get(session);
      if (!item) {
        const times = groupTimes(ph);
        item = makeItem(c, p, session, 'group', v.k + 1, p.n, undefined, d, times.start, times.end, [...p.people], false);
        if (ph.location === 'venue' && c.venueKey) item.venue = c.venueKey;
        if (pb && !sameDayOk(pb, { start: d, startMin: times.start, end: d })) return [orderReason(env, v, pb)];
        const clash = clashReasons(env, bookings, item, undefined, blockers);
        if (clash.length > 0) return clash;
        bookings.add(item);
      }
      p.items.push(item);
      return undefined;
    }
    if (ph.mode === 'self-study') {
      const item = fixedOfCohort.get(ph.id) ?? deadlineItem(c, p, plus(d, ph.window), false);
      p.items.push(item);
      p.open = d;
      return undefined;
    }
    // a pack that failed on this day fails again: other cohorts' bookings do not change during this search
    const memoKey = `${p.idx}|${d}|${notBefore ? `${notBefore.day}:${notBefore.min}` : ''}|${compact}`;
    const known = packFailures.get(memoKey);
    if (known) return [known];
    // A pack reads only the bookings of the days it may use; other cohorts' bookings do not change during
    // this search, so where none of this cohort's own sessions is on those days the same pack gives the
    // same appointments: they are booked again as they were (the search backtracks over the same opens).
    const last = ph.mode === 'individual' ? Math.min(plus(d, ph.window) - 1, c.limit) : c.limit;
    const reusable = !ownBookedIn(d, last);
    // the earlier phase's end matters only on a day the pack may use
    const exactKey = `${p.idx}|${d}|${notBefore && notBefore.day >= d && notBefore.day <= last ? `${notBefore.day}:${notBefore.min}` : ''}|${compact}`;
    const packed = reusable ? packed_.get(exactKey) : undefined;
    let res: { items: Item[]; failure?: Reason };
    if (packed) {
      res = packed.failure ? packed : { items: [...packed.items] };
      for (const i of res.items) if (!i.fixed) bookings.add(i);
    } else {
      const pack = ph.mode === 'individual' ? packIndividual : packCoaching;
      res = pack(env, c, p, d, bookings, notBefore, fixedOfCohort, compact);
      if (reusable) packed_.set(exactKey, res.failure ? res : { items: [...res.items] });
    }
    if (res.failure) {
      packFailures.set(memoKey, res.failure);
      return [res.failure];
    }
    p.items = res.items;
    p.open = d;
    const b = phaseBounds(p);
    if (b && pb) {
      const [, hi] = gapWindow(p, pb.end);
      if (b.start > hi) {
        unplace(v);
        return [
          {
            rule: 'phase-order',
            text: t(env.lang, 'why.phase-too-late', { first: iso(b.start), max: p.gap?.max, phase: parentPhase!.phase.name }),
          },
        ];
      }
    }
    return undefined;
  };

  /** Forward check: every child of v still has a candidate in the window v's placement leaves it. */
  const roomAfter = (v: Var): Var | undefined => {
    for (const ch of v.children) {
      let lo: number;
      let hi: number;
      if (ch.edge === 'every') {
        const pd = v.p.items[v.k]!.day;
        lo = plus(pd, ch.p.every!.min);
        hi = plus(pd, ch.p.every!.max);
      } else {
        const pb = phaseBounds(v.p);
        if (!pb) continue;
        [lo, hi] = gapWindow(ch.p, pb.end);
      }
      let any = false;
      for (let n = Math.max(lo, c.h0); n <= Math.min(hi, c.h1) && !any; n++) any = ch.dom[n - c.h0] === 1;
      if (!any) return ch;
    }
    return undefined;
  };

  const place = (v: Var, d: number): Reason[] | undefined => {
    const appointments = v.p.phase.mode === 'individual' || v.p.phase.mode === 'coaching';
    let blocked: Var | undefined;
    for (const compact of appointments ? [false, true] : [false]) {
      const why = placeRaw(v, d, compact);
      if (why) return why;
      blocked = roomAfter(v);
      if (!blocked) return undefined;
      // appointments spread to suit participants can end too late for what follows: try them packed
      unplace(v);
    }
    const gap = blocked!.edge === 'every' ? blocked!.p.every! : blocked!.p.gap!;
    return [{ rule: 'phase-order', text: t(env.lang, 'why.no-room-after', { next: varTitle(blocked!), gap }) }];
  };

  const unplace = (v: Var): void => {
    const { p } = v;
    if (p.phase.mode === 'group') {
      const item = p.items.pop();
      if (item && !item.fixed) bookings.remove(item);
      return;
    }
    for (const i of p.items) if (!i.fixed) bookings.remove(i);
    p.items = [];
    p.open = undefined;
  };

  const candidates = (v: Var): { lo: number; hi: number; days: number[] } => {
    const { p } = v;
    let lo = c.h0;
    let hi = c.h1;
    let prev: { day: number; every: boolean } | undefined;
    if (v.edge === 'every') {
      const pd = p.items[v.k - 1]!.day;
      lo = plus(pd, p.every!.min);
      hi = plus(pd, p.every!.max);
      prev = { day: pd, every: true };
    } else if (v.edge === 'after') {
      const pb = phaseBounds(c.phases[p.parent]!)!;
      [lo, hi] = gapWindow(p, pb.end);
      prev = { day: pb.end, every: false };
    }
    const days: { d: number; cost: number }[] = [];
    const from = Math.max(lo, c.h0);
    const to = Math.min(hi, c.h1);
    const times = p.phase.mode === 'group' ? groupTimes(p.phase) : undefined;
    // one probe, moved from day to day (clashesOf only reads it)
    const probe = times && ({ c, p, day: 0, endDay: 0, kind: 'group' } as Item);
    for (let d = from; d <= to; d++) {
      if (!v.dom[d - c.h0]) continue;
      let clash = 0;
      let avoided = 0;
      if (times && probe) {
        probe.day = d;
        probe.endDay = d + times.days - 1;
        clash = clashesOf(c, probe).length;
        if (avoid) {
          // the repair: dates of the cohorts it moved last, when nothing else fits
          const s = d * DAY_MINUTES + times.start;
          const e = d * DAY_MINUTES + times.end;
          for (const f of p.people) if (avoid.clash(personKey(f), s, e)) avoided++;
          if (p.phase.location === 'venue' && c.venueKey && avoid.clash(`v:${c.venueKey}`, s, e)) avoided++;
        }
      }
      days.push({ d, cost: candidateCost(c, p, d, prev, clash) + avoided * AVOID_COST });
    }
    days.sort((a, b) => a.cost - b.cost || a.d - b.d);
    // the joint repair's dating: its day first, the others in their usual order after it
    const hint = hints?.get(v);
    const at = hint === undefined ? -1 : days.findIndex((x) => x.d === hint);
    if (at > 0) days.unshift(...days.splice(at, 1));
    // dates shown when nothing fits: the window the parent leaves, else the span
    const shown: [number, number] = v.parent ? [lo, Number.isFinite(hi) ? Math.min(hi, c.limit + 56) : c.limit] : [c.start, c.limit];
    return { lo: shown[0], hi: shown[1], days: days.map((x) => x.d) };
  };

  // windows in which a var's subtree already failed (its outcome depends on the window, not on how we got there)
  const nogoods = vars.map(() => new Set<string>());
  const rec = (i: number): boolean => {
    if (i === vars.length) return true;
    const v = vars[i]!;
    const { lo, hi, days } = candidates(v);
    const key = `${days[0]}|${days.length}|${days[days.length - 1]}|${notBeforeKey(v)}`;
    if (nogoods[i]!.has(key)) return false;
    const refused = new Map<number, Reason[]>();
    for (let j = 0; j < days.length; j++) {
      const d = days[j]!;
      if (budget-- <= 0) {
        exhausted = true;
        if (!deepest || deepest.v.id <= v.id) deepest = { v, lo, hi, refused, untried: days.slice(j) };
        return false;
      }
      const why = place(v, d);
      if (!why) {
        if (rec(i + 1)) return true;
        unplace(v);
        if (exhausted) return false;
        continue;
      }
      refused.set(d, why);
    }
    if (!deepest || deepest.v.id <= v.id) deepest = { v, lo, hi, refused, untried: [] };
    nogoods[i]!.add(key);
    return false;
  };
  const notBeforeKey = (v: Var): string => {
    if (v.k > 0 || v.p.parent < 0) return '';
    const pb = phaseBounds(c.phases[v.p.parent]!);
    return pb ? `${pb.end}:${pb.endMin ?? ''}` : '';
  };

  if (rec(0)) return undefined;
  // leave nothing of this cohort booked
  for (const v of [...vars].reverse()) {
    if (v.p.items.length > 0) unplace(v);
  }
  for (const p of c.phases) p.items = [];
  const at = deepest!;
  const extra = new Map(at.refused);
  for (const d of at.untried) extra.set(d, [{ rule: 'search', text: t(env.lang, 'why.search-budget') }]);
  return infeasibility(env, at.v, explainDays(env, at.v, at.lo, at.hi, extra));
}

function orderReason(env: Env, v: Var, pb: { end: number; endMin?: number }): Reason {
  const parent = v.c.phases[v.p.parent]!;
  return {
    rule: 'phase-order',
    text: t(env.lang, 'why.same-day-order', { phase: parent.phase.name, time: hhmm(pb.endMin ?? 0) }),
  };
}

function overlaps(a: Item, b: Item): boolean {
  return absStart(a) < absEnd(b) && absStart(b) < absEnd(a);
}

/** Whether anyone or anything of the item is already booked during it (or too far away to reach in time): clashReasons without the words. */
function clashes(bookings: Bookings, item: Item, except: ReadonlySet<Item>): boolean {
  const s = item.day * DAY_MINUTES + item.startMin;
  const e = item.endDay * DAY_MINUTES + item.endMin;
  for (const k of keysOf(item)) if (bookings.clash(k, s, e, except, item)) return true;
  return false;
}

/** Who or what is already booked during the item (or too far away to reach in time), as refusal reasons. */
export function clashReasons(env: Env, bookings: Bookings, item: Item, except?: ReadonlySet<Item>, blockers?: Set<CohortCtx>): Reason[] {
  const out: Reason[] = [];
  const s = item.day * DAY_MINUTES + item.startMin;
  const e = item.endDay * DAY_MINUTES + item.endMin;
  for (const k of keysOf(item)) {
    const other = bookings.clash(k, s, e, except, item);
    if (!other) continue;
    if (!other.fixed) blockers?.add(other.c);
    out.push(blockReason(env, item, other, k));
  }
  return out;
}

