/**
 * `cohort roster --format ics`: one calendar per group, through the plan's ICS export (the same
 * UIDs, VTIMEZONE, folding and LOCATION "Gemeentehuis <municipality> (host: <name>)" with GEO as
 * `cohort plan --format ics`); each event's description names the facilitator and the group's
 * members. No ATTENDEE lines (SPEC §6: an import file is not an invitation, and no addresses).
 */
import type { RosterRow } from '../../intervisie/plan.js';
import type { ExportContext } from '../../model/export-context.js';
import type { PlannedSession } from '../../model/plan.js';
import { renderIcsGroup, safeFileName } from '../plan/index.js';

export interface GroupCalendar {
  group: string;
  /** `<cohort>-<group>.ics`, e.g. `intervisie-2027-g1.ics`: stable over runs, one per group. */
  fileName: string;
  ics: string;
}

/** One calendar per group (id and member names in the group's order), with each group's roster meetings as planned in `sessions`. */
export function renderRosterIcs(sessions: readonly PlannedSession[], rows: readonly RosterRow[], groups: readonly { id: string; members: readonly string[] }[], ctx: ExportContext, cohort: { id: string; title: string }): GroupCalendar[] {
  return groups.map((g) => {
    const ids = new Set(rows.filter((r) => r.group === g.id).map((r) => r.session));
    const own = sessions.filter((s) => s.cohort === cohort.id && ids.has(s.session));
    return { group: g.id, fileName: `${safeFileName(`${cohort.id}-${g.id}`)}.ics`, ics: renderIcsGroup(own, ctx, `${cohort.title} — ${g.id}`, g.members) };
  });
}
