import { listSeparator } from '../../i18n/index.js';
import type { PlannedSession } from '../../model/plan.js';
import type { ExportContext } from './context.js';
import { deadlineEffort, facilitatorNames, guestNames, locationText, phaseName, programmeName, t } from './common.js';
import { csvCell } from './text.js';
import { dominantZone, hhmm, isoDate, parseSessionTime, sortSessions, utcToZoned, zonedToUtc, type Civil } from './time.js';

export interface CsvOptions {
  delimiter?: ',' | ';';
  /** `--names`: the participant of each one-to-one appointment by name (off by default, as in the table). */
  names?: boolean;
}

const COLUMNS = [
  'uid', 'cohort', 'programme', 'phase', 'session', 'title', 'date', 'start', 'end_date', 'end',
  'kind', 'location', 'facilitators', 'participants', 'status', 'sequence', 'travel_before', 'effort', 'guests',
] as const;

/** Each person's trip to the session: "Marleen Vos: 1h15, 84 km from Zwolle". */
function travelText(s: PlannedSession, ctx: ExportContext): string {
  return (s.travelBefore ?? [])
    .map((l) =>
      t(ctx, l.fromHome ? 'csv.travel-leg-home' : 'csv.travel-leg', {
        who: ctx.people.get(l.person)?.name ?? l.person,
        hours: Math.floor(l.minutes / 60),
        minutes: l.minutes % 60,
        km: Math.round(l.km),
        from: ctx.municipalities?.get(l.from)?.name ?? l.from,
      }),
    )
    .join('; ');
}

/** Wall clock of a timed session in the file's zone (converted only when the session has another zone). */
function inZone(s: PlannedSession, which: 'start' | 'end', zone: string): Civil {
  const local = parseSessionTime(s, which);
  return s.timezone === zone ? local : utcToZoned(zonedToUtc(local, s.timezone), zone);
}

function row(s: PlannedSession, ctx: ExportContext, zone: string): string[] {
  const start = s.allDay ? parseSessionTime(s, 'start') : inZone(s, 'start', zone);
  const end = s.allDay ? parseSessionTime(s, 'end') : inZone(s, 'end', zone);
  return [
    s.uid,
    s.cohort,
    programmeName(s, ctx),
    phaseName(s, ctx),
    s.session,
    s.title,
    isoDate(start),
    s.allDay ? '' : hhmm(start),
    isoDate(end),
    s.allDay ? '' : hhmm(end),
    t(ctx, `kind.${s.kind}`),
    locationText(s, ctx),
    facilitatorNames(s, ctx).join(', '),
    String(s.participants.length),
    t(ctx, `status.${s.status}`),
    String(s.sequence),
    travelText(s, ctx),
    deadlineEffort(s, ctx) ?? '',
    guestNames(s, ctx).join(', '),
  ];
}

/** The planner's columns after the session's own: whose cohort it is and, with `--names`, whose appointment. */
function plannerColumns(opts: CsvOptions): ('cohort_title' | 'participant')[] {
  return opts.names ? ['cohort_title', 'participant'] : ['cohort_title'];
}

function plannerCells(s: PlannedSession, ctx: ExportContext, opts: CsvOptions): string[] {
  const cells = [ctx.cohorts?.get(s.cohort)?.title ?? ''];
  if (!opts.names) return cells;
  // Only a one-to-one appointment names its participant; a group session is for everyone seated.
  const oneToOne = (s.kind === 'individual' || s.kind === 'coaching') && s.participants.length === 1;
  const id = s.participants[0];
  cells.push(oneToOne && id !== undefined ? (ctx.registrations.get(id)?.name ?? id) : '');
  return cells;
}

/** RFC 4180 CSV with BOM and CRLF; `;` for Dutch (Excel nl), `,` otherwise; participants as a count unless `names`. */
export function renderCsv(sessions: readonly PlannedSession[], ctx: ExportContext, opts: CsvOptions = {}): string {
  const delimiter = opts.delimiter ?? listSeparator(ctx.lang);
  const sorted = sortSessions(sessions);
  const zone = dominantZone(sorted);
  const header = [
    ...COLUMNS.map((c) => (c === 'start' || c === 'end' ? t(ctx, `csv.${c}`, { tz: zone }) : t(ctx, `csv.${c}`))),
    ...plannerColumns(opts).map((c) => t(ctx, `csv.${c}`)),
  ];
  const records = [header, ...sorted.map((s) => [...row(s, ctx, zone), ...plannerCells(s, ctx, opts)])];
  return '\uFEFF' + records.map((r) => r.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
