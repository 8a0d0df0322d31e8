/** Planned items as PlannedSession values (src/model/plan.ts), with sequence numbers against the pinned plan. */
import type { PlannedSession, SessionLocation } from '../model/plan.js';
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

export function toSession(i: Item): PlannedSession {
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
    facilitators: [...i.facilitators],
    participants: i.reg !== undefined ? [i.reg] : [...c.participants],
    location: locationOf(c, i),
    fixed: i.fixed,
    status: 'confirmed',
    sequence: 0,
  };
  if (i.kind === 'group' && i.p.phase.dagdelen !== undefined) s.dagdelen = i.p.phase.dagdelen;
  return s;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By start, then cohort, then session id (plain code-unit order, the same on every machine). */
export function compareSessions(a: PlannedSession, b: PlannedSession): number {
  return cmp(a.start, b.start) || cmp(a.cohort, b.cohort) || cmp(a.session, b.session);
}

function sameEvent(a: PlannedSession, b: PlannedSession): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.title === b.title &&
    a.status === b.status &&
    JSON.stringify(a.location) === JSON.stringify(b.location) &&
    a.facilitators.join() === b.facilitators.join()
  );
}

/**
 * RFC 5545 SEQUENCE: unchanged sessions keep the pinned plan's number, changed ones go one up; a
 * session of a replanned cohort that the new plan no longer has comes back cancelled, one up.
 */
export function withPrevious(
  sessions: PlannedSession[],
  previous: readonly PlannedSession[] | undefined,
  replanned: ReadonlySet<string>,
): PlannedSession[] {
  if (!previous || previous.length === 0) return sessions;
  const before = new Map(previous.map((p) => [p.uid, p]));
  const out = sessions.map((s) => {
    const p = before.get(s.uid);
    if (!p) return s;
    return { ...s, sequence: sameEvent(p, s) ? p.sequence : p.sequence + 1 };
  });
  const now = new Set(sessions.map((s) => s.uid));
  for (const p of previous) {
    if (now.has(p.uid) || !replanned.has(p.cohort)) continue;
    out.push(p.status === 'cancelled' ? { ...p } : { ...p, status: 'cancelled', sequence: p.sequence + 1 });
  }
  return out;
}
