/** Planned items as PlannedSession values (src/model/plan.ts); the pinned plan is applied afterwards (pinned.ts). */
import type { PlannedSession, SessionLocation, TravelLeg } from '../model/plan.js';
import type { CohortCtx, Item } from './context.js';
import { hhmm, iso } from './days.js';

export function uidOf(cohort: string, session: string): string {
  return `${session}.${cohort}@cohort`;
}

function titleOf(i: Item): string {
  const name = i.p.phase.name;
  if ((i.kind === 'group' || i.kind === 'coaching') && i.of > 1) return `${name} (${i.n}/${i.of})`;
  return name;
}

function locationOf(c: CohortCtx, i: Item): SessionLocation {
  const kind = i.p.phase.location;
  if (kind === 'venue') {
    const v = c.cohort.venue;
    const loc: SessionLocation = { kind };
    if (v?.name) loc.name = v.name;
    if (v?.address) loc.address = v.address;
    if (v?.municipality) loc.municipality = v.municipality;
    return loc;
  }
  if (kind === 'participant-municipality' && i.reg !== undefined) {
    const r = c.active.find((x) => x.id === i.reg);
    return r ? { kind, municipality: r.municipality } : { kind };
  }
  return { kind };
}

export function toSession(i: Item, travelBefore?: readonly TravelLeg[]): PlannedSession {
  const { c } = i;
  const deadline = i.kind === 'deadline';
  const s: PlannedSession = {
    uid: uidOf(c.cohort.id, i.session),
    cohort: c.cohort.id,
    programme: c.programme.id,
    phase: i.p.phase.id,
    session: i.session,
    kind: i.kind,
    title: titleOf(i),
    timezone: c.tz,
    start: deadline ? iso(i.day) : `${iso(i.day)}T${hhmm(i.startMin)}`,
    end: deadline ? iso(i.day) : `${iso(i.endDay)}T${hhmm(i.endMin)}`,
    allDay: deadline,
    // a guest is booked with the facilitators (p.people) but listed apart, unless also a facilitator
    facilitators: i.p.guests.length === 0 ? [...i.facilitators] : i.facilitators.filter((f) => !i.p.guests.includes(f) || c.facilitators.includes(f)),
    participants: i.reg !== undefined ? [i.reg] : [...c.participants],
    location: locationOf(c, i),
    fixed: i.fixed,
    status: 'confirmed',
    sequence: 0,
  };
  if (i.kind === 'group' && i.p.phase.dagdelen !== undefined) s.dagdelen = i.p.phase.dagdelen;
  if (i.p.guests.length > 0) s.guests = (c.cohort.guests ?? []).filter((g) => i.p.phase.mode === 'group' && (i.p.phase.guests ?? []).includes(g.role));
  if (travelBefore && travelBefore.length > 0) s.travelBefore = [...travelBefore];
  return s;
}
