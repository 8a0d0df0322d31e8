import { listSeparator } from '../../i18n/index.js';
import type { PlannedSession } from '../../model/plan.js';
import type { ExportContext } from './context.js';
import { facilitatorNames, locationText, phaseName, programmeName, t } from './common.js';
import { csvCell } from './text.js';
import { dominantZone, hhmm, isoDate, parseSessionTime, sortSessions, utcToZoned, zonedToUtc, type Civil } from './time.js';

export interface CsvOptions {
  delimiter?: ',' | ';';
}

const COLUMNS = [
  'uid', 'cohort', 'programme', 'phase', 'session', 'title', 'date', 'start', 'end_date', 'end',
  'kind', 'location', 'facilitators', 'participants', 'status', 'sequence', 'travel_before',
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
  ];
}

/** RFC 4180 CSV with BOM and CRLF; `;` for Dutch (Excel nl), `,` otherwise; participants as a count only. */
export function renderCsv(sessions: readonly PlannedSession[], ctx: ExportContext, opts: CsvOptions = {}): string {
  const delimiter = opts.delimiter ?? listSeparator(ctx.lang);
  const sorted = sortSessions(sessions);
  const zone = dominantZone(sorted);
  const header = COLUMNS.map((c) => (c === 'start' || c === 'end' ? t(ctx, `csv.${c}`, { tz: zone }) : t(ctx, `csv.${c}`)));
  const records = [header, ...sorted.map((s) => row(s, ctx, zone))];
  return '\uFEFF' + records.map((r) => r.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
