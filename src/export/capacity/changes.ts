/** What a cancel, an answer to an offer, an update or a registration changed: who moves where, as text or JSON. */
import type { Change, Outcome } from '../../capacity/lifecycle.js';
import { seatsDue, type Placement } from '../../capacity/place.js';
import type { Lang } from '../../i18n/index.js';
import type { Registration } from '../../model/types.js';
import { ordinal, plain, say, sayDate, sayLayer, sayReason, who } from './words.js';

export interface ChangesContext {
  lang: Lang;
  cohort: string;
  today: string;
  /** Working days an offer runs. */
  days: number;
}

type Where = { kind: 'seated' } | { kind: 'waiting'; position: number | undefined } | { kind: 'left' } | { kind: 'new' };

function where(p: Placement, id: string): Where {
  if (p.placed.some((r) => r.id === id)) return { kind: 'seated' };
  const w = p.waiting.find((x) => x.registration.id === id);
  if (w) return { kind: 'waiting', position: w.position };
  return p.left.some((l) => l.registration.id === id) ? { kind: 'left' } : { kind: 'new' };
}

function wasText(lang: Lang, w: Where): string {
  if (w.kind === 'seated') return say(lang, 'was.seated');
  if (w.kind === 'waiting') return w.position !== undefined ? say(lang, 'was.position', { n: w.position }) : say(lang, 'was.waiting');
  return say(lang, 'was.out');
}

/** One line per registration whose status changed, in the order of the changes. */
function statusLines(o: Outcome, ctx: ChangesContext, byId: ReadonlyMap<string, Registration>): string[] {
  const { lang } = ctx;
  const lines: string[] = [];
  const decided = new Map(o.changes.filter((x: Change) => x.field === 'decision').map((x) => [x.id, x.to]));
  for (const c of o.changes.filter((x: Change) => x.field === 'status' || (x.field === 'decision' && !o.changes.some((y) => y.id === x.id && y.field === 'status')))) {
    const r = byId.get(c.id)!;
    const name = who(r);
    const before = where(o.before, c.id);
    // a go or no-go says what was decided; the status it sets follows from it
    const decision = decided.get(c.id);
    if (decision !== undefined && c.why.kind === 'asked') {
      lines.push(decision === 'no-go' ? say(lang, 'change.no-go', { who: name, was: wasText(lang, before) }) : say(lang, 'change.go', { who: name }));
      continue;
    }
    switch (c.to) {
      case 'cancelled':
        lines.push(say(lang, 'change.cancelled', { who: name, was: wasText(lang, before) }));
        break;
      case 'confirmed':
        lines.push(say(lang, 'change.accepted', { who: name }));
        break;
      case 'declined':
        lines.push(say(lang, 'change.declined', { who: name }));
        break;
      case 'expired':
        lines.push(say(lang, 'change.expired', { who: name, date: sayDate(lang, r.offerExpires ?? ctx.today) }));
        break;
      case 'offered': {
        const seats = o.after.seated.find((s) => s.registration.id === c.id)?.seats ?? 1;
        const first = before.kind === 'waiting' && before.position !== undefined ? ordinal(lang, before.position) : '';
        lines.push(say(lang, seats > 1 ? 'change.offered-couple' : 'change.offered', { who: name, date: sayDate(lang, r.offerExpires!), days: ctx.days, place: first }));
        break;
      }
      case 'waiting':
      case 'registered':
        if (c.from === undefined) {
          const now = where(o.after, c.id);
          lines.push(
            now.kind === 'seated'
              ? say(lang, 'change.registered-seated', { who: name })
              : say(lang, 'change.registered-waiting', { who: name, reason: reserveReason(o.after, c.id, lang) }),
          );
        } else if (c.why.kind === 'no-offers-from') lines.push(say(lang, 'change.held', { who: name, date: sayDate(lang, c.why.cutoff) }));
        else lines.push(say(lang, 'change.status', { who: name, from: c.from, to: c.to }));
        break;
      default:
        lines.push(say(lang, 'change.status', { who: name, from: c.from ?? '', to: c.to ?? '' }));
    }
  }
  return lines;
}

function reserveReason(p: Placement, id: string, lang: Lang): string {
  const w = p.waiting.find((x) => x.registration.id === id)!;
  const reason = sayReason(lang, w.reason, w.seats);
  return w.position !== undefined ? say(lang, 'reserve.at', { n: w.position, reason }) : reason;
}

/** Registrations that moved without a change of their own: bumped to the reserve list, or up it. */
function moveLines(o: Outcome, ctx: ChangesContext): string[] {
  const changed = new Set(o.changes.map((c) => c.id));
  const lines: string[] = [];
  for (const w of o.after.waiting) {
    const id = w.registration.id;
    if (changed.has(id)) continue;
    const before = where(o.before, id);
    if (before.kind === 'seated') lines.push(say(ctx.lang, 'move.to-reserve', { who: who(w.registration), n: w.position ?? 0 }));
    else if (before.kind === 'waiting' && before.position !== undefined && w.position !== undefined && before.position !== w.position) {
      lines.push(say(ctx.lang, 'move.up', { who: who(w.registration), from: before.position, to: w.position }));
    }
    const passed = o.passed.find((x) => x.id === id);
    if (passed && w.position !== undefined) lines.push(say(ctx.lang, 'move.passed', { who: who(w.registration), place: ordinal(ctx.lang, w.position), reason: sayReason(ctx.lang, passed.reason, w.seats) }));
  }
  return lines;
}

export function seatsLine(lang: Lang, p: Placement): string {
  const offered = p.seated.filter((s) => s.via === 'offered').reduce((n, s) => n + s.seats, 0);
  return say(lang, 'seats.line', { used: p.seatsUsed, max: p.seats, offered, due: seatsDue(p), free: p.free, binding: sayLayer(lang, p.binding) });
}

export function renderOutcomeText(o: Outcome, ctx: ChangesContext): string {
  const byId = new Map(o.registrations.map((r) => [r.id, r]));
  const lines = [say(ctx.lang, 'changes.heading', { cohort: plain(ctx.cohort), date: sayDate(ctx.lang, ctx.today) })];
  const body = [...statusLines(o, ctx, byId), ...moveLines(o, ctx)];
  lines.push(...(body.length > 0 ? body : [say(ctx.lang, 'changes.none')]).map((l) => `  ${l}`));
  lines.push(`  ${seatsLine(ctx.lang, o.after)}`);
  return `${lines.join('\n')}\n`;
}

export function renderOutcomeJson(o: Outcome, ctx: ChangesContext & { dryRun: boolean }): string {
  const json = {
    cohort: ctx.cohort,
    today: ctx.today,
    dryRun: ctx.dryRun,
    changes: o.changes,
    offers: o.offers,
    expired: o.expired,
    held: o.held,
    cutoff: o.cutoff,
    // Only when someone ahead in line was passed over for an offer made now.
    ...(o.passed.length > 0 ? { passed: o.passed } : {}),
    seats: { max: o.after.seats, used: o.after.seatsUsed, free: o.after.free, binding: o.after.binding },
    reserve: o.after.waiting.map((w) => ({ id: w.registration.id, position: w.position ?? null, seats: w.seats, reason: w.reason })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
