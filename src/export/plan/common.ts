import { sayDurationRange, translate, type Args } from '../../i18n/index.js';
import type { PlannedSession } from '../../model/plan.js';
import type { ExportContext } from './context.js';
import { messages, type MessageKey, type PlanExportMessages } from './messages.js';

export function t<K extends MessageKey>(ctx: Pick<ExportContext, 'lang'>, key: K, ...params: Args<PlanExportMessages[K]>): string {
  return translate(messages, ctx.lang, key, ...params);
}

/** Venue name and address, the session's municipality, "Online", or the rotating host; empty when nothing is known. */
export function locationText(s: PlannedSession, ctx: ExportContext): string {
  const loc = s.location;
  if (loc.kind === 'online') return t(ctx, 'online');
  const municipality = loc.municipality === undefined ? undefined : (ctx.municipalities?.get(loc.municipality)?.name ?? loc.municipality);
  if (loc.kind === 'venue') {
    const parts = [loc.name, loc.address].filter((p): p is string => !!p && p.trim() !== '');
    return parts.length > 0 ? parts.join(', ') : (municipality ?? '');
  }
  const named = [loc.name, loc.address].filter((p): p is string => !!p && p.trim() !== '').join(', ') || (municipality ?? '');
  // A rostered meeting: the host's town hall and the host's name.
  if (loc.kind === 'host-rotation' && loc.host !== undefined && named) return t(ctx, 'host-rotation.host', { place: named, name: ctx.registrations.get(loc.host)?.name ?? loc.host });
  // Until the roster names the host, say where the meeting will be rather than nothing.
  return named || (loc.kind === 'host-rotation' ? t(ctx, 'host-rotation') : '');
}

/** Facilitators' names in the session's order; an unknown id is shown as the id. */
export function facilitatorNames(s: PlannedSession, ctx: ExportContext): string[] {
  return s.facilitators.map((id) => ctx.people.get(id)?.name ?? id);
}

/** Required guests as "Ruth Mulder (directeur)", in the cohort's order; an unknown id is shown as the id. */
export function guestNames(s: PlannedSession, ctx: ExportContext): string[] {
  return (s.guests ?? []).map((g) => `${ctx.people.get(g.person)?.name ?? g.person} (${g.role})`);
}

/** Everyone a session books: facilitators (or the coach) and required guests, each once. */
export function sessionPeople(s: PlannedSession): string[] {
  return s.guests ? [...new Set([...s.facilitators, ...s.guests.map((g) => g.person)])] : s.facilitators;
}

export function programmeName(s: PlannedSession, ctx: ExportContext): string {
  return ctx.programmes.get(s.programme)?.name ?? s.programme;
}

export function phaseName(s: PlannedSession, ctx: ExportContext): string {
  return ctx.phases?.get(`${s.programme}/${s.phase}`)?.name ?? s.phase;
}

/** A deadline's expected effort in words ("3 to 4 hours", "2 uur"), where the programme gives one. */
export function deadlineEffort(s: PlannedSession, ctx: ExportContext): string | undefined {
  const effort = s.kind === 'deadline' ? ctx.phases?.get(`${s.programme}/${s.phase}`)?.effort : undefined;
  return effort && sayDurationRange(ctx.lang, effort);
}
