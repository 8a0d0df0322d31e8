/** `cohort explain`: why a registration is where it is, in a sentence or two, with the history that led there. */
import type { Explanation } from '../../capacity/explain.js';
import type { Why } from '../../capacity/history.js';
import type { Lang } from '../../i18n/index.js';
import { ordinal, plain, say, sayDate, sayLayer, sayReason, who } from './words.js';

function standingSentence(e: Explanation, lang: Lang): string {
  const name = who(e.registration);
  const cohort = plain(e.cohort);
  const s = e.standing;
  if (s.kind === 'seated') {
    const how = s.via === 'offered' ? say(lang, 'explain.via.offered', { date: sayDate(lang, e.registration.offerExpires!) }) : say(lang, s.via === 'confirmed' ? 'explain.via.confirmed' : 'explain.via.queue');
    return say(lang, 'explain.seated', { who: name, cohort, how });
  }
  if (s.kind === 'waiting') {
    const reason = sayReason(lang, s.reason, e.seats);
    return s.position !== undefined ? say(lang, 'explain.waiting', { who: name, cohort, place: ordinal(lang, s.position), reason }) : say(lang, 'explain.waiting-unnumbered', { who: name, cohort, reason });
  }
  const date = sayDate(lang, e.registration.offerExpires ?? '1970-01-01');
  const why =
    s.why === 'cancelled' || s.why === 'withdrawn' || s.why === 'declined'
      ? say(lang, `explain.why.${s.why}`)
      : say(lang, s.why === 'expired' ? 'explain.why.expired' : 'explain.why.offer-expired', { date });
  return say(lang, 'explain.left', { who: name, cohort, why });
}

function unitSentence(e: Explanation, lang: Lang): string {
  const partner = plain(e.registration.partner ?? '');
  if (e.partnerJoins && e.seats > 1) return say(lang, 'explain.unit.couple', { partner, seats: e.seats });
  if (e.partnerJoins) return say(lang, 'explain.unit.partner-free', { partner });
  return say(lang, 'explain.unit.single');
}

export function sayWhy(lang: Lang, w: Why): string {
  switch (w.kind) {
    case 'asked':
      return say(lang, 'why.asked');
    case 'next-in-line':
      return say(lang, 'why.next-in-line', { after: w.after.map(plain).join(', ') });
    case 'offer-expired':
      return say(lang, 'why.offer-expired', { date: w.on });
    case 'no-offers-from':
      return say(lang, 'why.no-offers-from', { date: w.cutoff });
  }
}

export function renderExplainText(e: Explanation, lang: Lang): string {
  const r = e.registration;
  const priority = r.priority !== undefined ? say(lang, 'explain.priority', { n: r.priority }) : say(lang, 'explain.no-priority');
  const lines = [
    standingSentence(e, lang),
    `${unitSentence(e, lang)} ${say(lang, 'explain.order', { priority, registered: plain(r.registered) })}`,
    say(lang, 'explain.capacity', { used: e.capacity.used, max: e.capacity.max, due: e.capacity.due, free: e.capacity.free, binding: sayLayer(lang, e.capacity.binding) }),
  ];
  if (e.history.length === 0) lines.push(say(lang, 'explain.no-history'));
  else {
    lines.push(say(lang, 'explain.history'));
    const none = say(lang, 'history.none');
    for (const h of e.history) lines.push(`  ${say(lang, 'history.line', { date: h.date, field: plain(h.field), from: plain(h.from ?? none), to: plain(h.to ?? none), why: sayWhy(lang, h.why), command: plain(h.command) })}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderExplainJson(e: Explanation): string {
  const { registration: r, ...rest } = e;
  return `${JSON.stringify({ id: r.id, name: r.name, status: r.status, ...rest }, null, 2)}\n`;
}
