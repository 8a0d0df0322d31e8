import type { PlannedSession } from '../../model/plan.js';
import { ExportError, type ExportContext } from './context.js';
import { deadlineEffort, facilitatorNames, guestNames, locationText, phaseName, programmeName, sessionPeople, t } from './common.js';
import { escapeText, foldLine, quoteParam, safeFileName, wellFormed } from './text.js';
import { addDays, dominantZone, icsDate, icsLocal, parseDate, parseSessionTime, sortSessions } from './time.js';
import { vtimezoneLines } from './vtimezone.js';

/** Whose file an event is written into: decides which personal details the description may carry. */
type Audience = { kind: 'plan' } | { kind: 'participant'; id: string } | { kind: 'facilitator'; id: string } | { kind: 'group'; members: readonly string[] };


function description(s: PlannedSession, ctx: ExportContext, audience: Audience): string {
  const phase = ctx.phases?.get(`${s.programme}/${s.phase}`);
  const lines = [t(ctx, 'desc.programme', { name: programmeName(s, ctx) }), t(ctx, 'desc.phase', { name: phaseName(s, ctx) })];
  // A client's preview shows the first line: for a deadline, what is due.
  if (s.kind === 'deadline') lines.unshift(t(ctx, 'desc.hand-in', { name: phaseName(s, ctx) }));
  if (phase?.description) lines.push(phase.description);
  if (phase?.preparation) lines.push(t(ctx, 'desc.preparation', { text: phase.preparation }));
  const effort = deadlineEffort(s, ctx);
  if (effort) lines.push(t(ctx, 'desc.effort', { effort }));
  if (s.dagdelen !== undefined) lines.push(t(ctx, 'desc.dagdelen', { n: s.dagdelen }));
  const names = facilitatorNames(s, ctx);
  if (names.length > 0) lines.push(t(ctx, 'desc.facilitators', { names: names.join(', ') }));
  // A group's own calendar names its members (no addresses, no ATTENDEE: SPEC §6); the plan's files never do.
  if (audience.kind === 'group' && audience.members.length > 0) lines.push(t(ctx, 'desc.group', { names: audience.members.join(', ') }));
  // SPEC §6: no ATTENDEE lines in an import file, so a required guest is named in the description
  const guests = guestNames(s, ctx);
  if (guests.length > 0) lines.push(t(ctx, 'desc.guests', { names: guests.join(', ') }));
  const personal = s.kind === 'individual' || s.kind === 'coaching';
  // A name only in the participant's own file; a facilitator sees the registration id of a one-to-one.
  if (personal && audience.kind === 'participant' && s.participants.length === 1 && s.participants[0] === audience.id) {
    lines.push(t(ctx, 'desc.participant', { name: ctx.registrations.get(audience.id)?.name ?? audience.id }));
  } else if (personal && audience.kind === 'facilitator' && s.participants.length === 1) {
    lines.push(t(ctx, 'desc.registration', { id: s.participants[0]! }));
  }
  return lines.join('\n');
}

/** RFC 5545 3.8.1.6 GEO: two floats, at most 6 decimals. */
function geo(lat: number | undefined, lon: number | undefined): string | undefined {
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const f = (n: number): string => {
    const s = n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
    return s === '-0' ? '0' : s;
  };
  return `${f(lat)};${f(lon)}`;
}

/** mailto URI (RFC 6068): anything outside a conservative set is percent-encoded. */
function mailto(email: string): string {
  return `mailto:${encodeURIComponent(wellFormed(email.trim())).replace(/%40/g, '@')}`;
}

/** Who organises the session: the context's one organizer, else the programme's organiser with its address. */
function organizerOf(s: PlannedSession, ctx: ExportContext): { name: string; email: string } | undefined {
  if (ctx.organizer) return ctx.organizer;
  const p = ctx.programmes.get(s.programme);
  return p?.organiserEmail ? { name: p.organiser, email: p.organiserEmail } : undefined;
}

function eventLines(s: PlannedSession, ctx: ExportContext, dtstamp: string, audience: Audience, publish: boolean): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(s.uid)}`, `DTSTAMP:${dtstamp}`];
  if (s.allDay) {
    // RFC 5545 3.6.1: an all-day event's DTEND is the day after its last day (exclusive).
    const first = parseSessionTime(s, 'start');
    const last = parseSessionTime(s, 'end');
    lines.push(`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(addDays(last, 1))}`);
  } else {
    lines.push(
      `DTSTART;TZID=${s.timezone}:${icsLocal(parseSessionTime(s, 'start'))}`,
      `DTEND;TZID=${s.timezone}:${icsLocal(parseSessionTime(s, 'end'))}`,
    );
  }
  const cancelled = s.status === 'cancelled';
  if (!Number.isInteger(s.sequence) || s.sequence < 0) throw new ExportError(`SEQUENCE of ${s.uid} must be a whole number ≥ 0`);
  lines.push(`SEQUENCE:${s.sequence}`, `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  const prefix = (cancelled ? t(ctx, 'cancelled-prefix') : '') + (s.kind === 'deadline' ? t(ctx, 'deadline-prefix') : '');
  lines.push(`SUMMARY:${escapeText(prefix + s.title)}`);
  const location = locationText(s, ctx);
  if (location !== '') lines.push(`LOCATION:${escapeText(location)}`);
  const g = geo(s.location.lat, s.location.lon);
  if (g) lines.push(`GEO:${g}`);
  lines.push(`DESCRIPTION:${escapeText(description(s, ctx, audience))}`);
  const organizer = publish ? organizerOf(s, ctx) : undefined;
  if (organizer) lines.push(`ORGANIZER;CN=${quoteParam(organizer.name)}:${mailto(organizer.email)}`);
  // A deadline should not block the day in free/busy (RFC 5545 3.8.2.7).
  lines.push(`TRANSP:${s.kind === 'deadline' ? 'TRANSPARENT' : 'OPAQUE'}`);
  lines.push('END:VEVENT');
  return lines;
}

function render(sessions: readonly PlannedSession[], ctx: ExportContext, calendarName: string, audience: Audience): string {
  const sorted = sortSessions(sessions);
  const dtstamp = `${icsDate(parseDate(ctx.today))}T000000Z`;
  // RFC 5546 3.2.1: PUBLISH needs an ORGANIZER in every event; without one the file is a snapshot (RFC 5545 3.7.2).
  const publish = sorted.length > 0 ? sorted.every((s) => organizerOf(s, ctx) !== undefined) : ctx.organizer !== undefined;
  const years = new Map<string, { from: number; to: number }>();
  for (const s of sorted) {
    if (s.allDay) continue;
    const a = parseSessionTime(s, 'start').y;
    const b = parseSessionTime(s, 'end').y;
    const r = years.get(s.timezone);
    years.set(s.timezone, { from: Math.min(a, r?.from ?? a), to: Math.max(b, r?.to ?? b) });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//cohort//cohort ${escapeText(ctx.version)}//EN`,
    'CALSCALE:GREGORIAN',
    ...(publish ? ['METHOD:PUBLISH'] : []),
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${escapeText(dominantZone(sorted))}`,
  ];
  for (const zone of [...years.keys()].sort()) lines.push(...vtimezoneLines(zone, years.get(zone)!));
  for (const s of sorted) lines.push(...eventLines(s, ctx, dtstamp, audience, publish));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The whole plan as one RFC 5545 calendar (UTF-8, no BOM, CRLF, folded); no participant names. */
export function renderIcs(sessions: readonly PlannedSession[], ctx: ExportContext): string {
  return render(sessions, ctx, ctx.calendarName, { kind: 'plan' });
}

/**
 * One group's calendar (`cohort roster --format ics`): the same events, UIDs, time zones and folding
 * as `cohort plan --format ics`; the description names the group's members after its facilitators.
 */
export function renderIcsGroup(sessions: readonly PlannedSession[], ctx: ExportContext, calendarName: string, members: readonly string[]): string {
  return render(sessions, ctx, calendarName, { kind: 'group', members });
}

export interface PersonCalendar {
  fileName: string;
  personId: string;
  ics: string;
}

/** `<id>-<name>` as a file name, or the id alone where it already spells the name (people ids such as `joost-hendriks`). */
function personStem(id: string, name: string): string {
  const idStem = safeFileName(id);
  return `-${idStem}-`.includes(`-${safeFileName(name)}-`) ? idStem : safeFileName(`${id}-${name}`);
}

/** One calendar per participant or facilitator with only their own sessions, ordered by person id. */
export function renderIcsPerPerson(
  sessions: readonly PlannedSession[],
  ctx: ExportContext,
  per: 'participant' | 'facilitator',
): PersonCalendar[] {
  const ids = new Set<string>();
  // a required guest gets a calendar of their sessions too
  for (const s of sessions) for (const id of per === 'participant' ? s.participants : sessionPeople(s)) ids.add(id);
  const used = new Set<string>();
  const out: PersonCalendar[] = [];
  for (const id of [...ids].sort()) {
    const name = (per === 'participant' ? ctx.registrations.get(id)?.name : ctx.people.get(id)?.name) ?? id;
    const own = sessions.filter((s) => (per === 'participant' ? s.participants : sessionPeople(s)).includes(id));
    const base = personStem(id, name);
    let stem = base;
    for (let n = 2; used.has(stem); n++) stem = `${base.slice(0, 76)}-${n}`;
    used.add(stem);
    out.push({ fileName: `${stem}.ics`, personId: id, ics: render(own, ctx, `${ctx.calendarName} — ${name}`, { kind: per, id }) });
  }
  return out;
}
