import type { Plan, PlannedSession } from '../../model/plan.js';
import type { ExportContext } from './context.js';
import { sortSessions } from './time.js';

function session(s: PlannedSession): Record<string, unknown> {
  const l = s.location;
  return {
    uid: s.uid,
    cohort: s.cohort,
    programme: s.programme,
    phase: s.phase,
    session: s.session,
    kind: s.kind,
    title: s.title,
    timezone: s.timezone,
    start: s.start,
    end: s.end,
    allDay: s.allDay,
    facilitators: [...s.facilitators],
    guests: s.guests?.map((g) => ({ role: g.role, person: g.person })),
    participants: [...s.participants],
    location: { kind: l.kind, name: l.name, address: l.address, municipality: l.municipality, lat: l.lat, lon: l.lon, host: l.host },
    dagdelen: s.dagdelen,
    fixed: s.fixed,
    status: s.status,
    sequence: s.sequence,
    travelBefore: (s.travelBefore ?? []).map((l) => ({ person: l.person, from: l.from, fromHome: l.fromHome, km: l.km, minutes: l.minutes })),
  };
}

/** The plan as JSON with a fixed key order, sessions by start then uid, 2-space indent, final newline. */
export function renderPlanJson(plan: Plan, _ctx: ExportContext): string {
  const doc = {
    version: 1,
    sessions: sortSessions(plan.sessions).map(session),
    score: {
      hard: plan.score.hard,
      soft: plan.score.soft,
      items: plan.score.items.map((i) => ({
        constraint: i.constraint,
        level: i.level,
        cost: i.cost,
        sessions: [...i.sessions],
        facts: [...i.facts],
      })),
    },
    infeasible: plan.infeasible.map((f) => ({
      cohort: f.cohort,
      session: f.session,
      rule: f.rule,
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      ...(f.proven ? { proven: true } : {}),
      ...(f.proof ? { proof: f.proof } : {}),
      tried: f.tried.map((r) => ({ date: r.date, reasons: [...r.reasons] })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
