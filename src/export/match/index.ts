/** `cohort match` as a table, CSV or JSON: each pair with its reasons in words, the total, and the next-best coaches per coachee. */
import { findMunicipality } from '../../calendar/municipalities.js';
import type { Alternative, Blocked, Help, MatchResult, PairCost } from '../../coaching/match.js';
import { formatNumber, listSeparator, type Lang } from '../../i18n/index.js';
import type { Person, Registration } from '../../model/types.js';
import { csvCell } from '../plan/text.js';
import { say } from './messages.js';

export interface MatchViewContext {
  lang: Lang;
  title: string;
  people: ReadonlyMap<string, Person>;
  delimiter?: ',' | ';' | undefined;
}

function place(municipality: string | undefined): string {
  return municipality === undefined ? '' : (findMunicipality(municipality)?.name ?? municipality);
}

function coachName(ctx: MatchViewContext, id: string): string {
  return ctx.people.get(id)?.name ?? id;
}

/** The reasons of a pair's cost in words, one clause per term. */
export function sayReasons(lang: Lang, c: PairCost, coach: Person | undefined, coachee: Registration): string[] {
  const out = [
    c.travel.known ? say(lang, 'reason.travel', { minutes: c.travel.minutes, km: formatNumber(lang, c.travel.km, { max: 0 }), from: place(coach?.municipality) }) : say(lang, 'reason.travel-unknown'),
    c.role.fits ? say(lang, 'reason.role-fits', { office: c.role.office }) : say(lang, 'reason.role-not', { office: c.role.office, cost: c.role.cost }),
    c.availability.days === 0
      ? say(lang, 'reason.available')
      : say(lang, 'reason.unavailable', { days: c.availability.days, coach: c.availability.coachDays, coachee: c.availability.coacheeDays, cost: c.availability.cost }),
  ];
  if (c.party.same === true) out.push(say(lang, 'reason.same-party', { party: coachee.party ?? '' }));
  if (c.party.same === false) out.push(say(lang, 'reason.other-party', { cost: c.party.cost }));
  return out;
}

function sayAlternatives(lang: Lang, alts: readonly Alternative[]): string {
  if (alts.length === 0) return say(lang, 'next-best.none');
  return say(lang, 'next-best', { list: alts.map((a) => `${a.cost.coach} ${a.cost.total}${a.free ? '' : ` (${say(lang, 'full')})`}`).join(', ') });
}

function sayBlocked(lang: Lang, b: Blocked): string {
  const why = b.reason === 'too-far' ? say(lang, 'block.too-far', { trip: b.trip ?? 0, day: b.day ?? 0 }) : say(lang, `block.${b.reason}`);
  return `${b.coach} (${why})`;
}

function sayHelp(lang: Lang, h: Help): string {
  switch (h.kind) {
    case 'raise-capacity':
      return say(lang, 'help.raise-capacity', { coach: h.coach, capacity: h.capacity, cost: h.cost });
    case 'outside-pool':
      return say(lang, 'help.outside-pool', { coach: h.coach, cost: h.cost });
    case 'rematch-all':
      return say(lang, 'help.rematch-all', { n: h.changes });
  }
}

/** Lines about pinned pairs not kept, the --all comparison and coachees without a coach. */
export function noticeLines(r: MatchResult, lang: Lang): string[] {
  const lines: string[] = [];
  for (const d of r.dropped) {
    const p = { coachee: d.pair.coachee, coach: d.pair.coach };
    if (d.reason === 'excluded') lines.push(say(lang, 'dropped.excluded', p));
    else if (d.reason === 'not-in-pool' || d.reason === 'no-seat') lines.push(say(lang, `dropped.${d.reason}`, p));
    else if (d.blocked) lines.push(say(lang, 'dropped.blocked', { ...p, reason: sayBlocked(lang, d.blocked) }));
  }
  if (r.reoptimised) lines.push(say(lang, 'reoptimised', r.reoptimised));
  return lines;
}

export function unmatchedLines(r: MatchResult, lang: Lang): string[] {
  const lines: string[] = [];
  for (const u of r.unmatched) {
    lines.push(say(lang, 'unmatched.heading', { who: `${u.coachee.id} ${u.coachee.name} (${place(u.coachee.municipality)})` }));
    if (u.full.length > 0) lines.push(`  ${say(lang, 'unmatched.full', { list: u.full.join(', ') })}`);
    if (u.blocked.length > 0) lines.push(`  ${say(lang, 'unmatched.blocked', { list: u.blocked.map((b) => sayBlocked(lang, b)).join(', ') })}`);
    lines.push(`  ${say(lang, 'help.heading')}`);
    if (u.help.length === 0) lines.push(`    - ${say(lang, 'help.none')}`);
    for (const h of u.help) lines.push(`    - ${sayHelp(lang, h)}`);
  }
  return lines;
}

export function renderMatchTable(r: MatchResult, ctx: MatchViewContext): string {
  const { lang } = ctx;
  const w = r.weights;
  const lines = [
    say(lang, 'heading', { title: ctx.title, id: r.cohort, coachees: r.pairs.length + r.unmatched.length, coaches: r.loads.length }),
    say(lang, 'weights', { track: `${r.track.start}..${r.track.end}`, travel: w.travel, role: w.role, availability: w.availability, party: w.party }),
    '',
  ];
  const whoWidth = Math.max(0, ...r.pairs.map((p) => [...`${p.coachee.id} ${p.coachee.name}`].length));
  for (const p of r.pairs) {
    const who = `${p.coachee.id} ${p.coachee.name}`;
    const tags = [p.kept ? say(lang, 'pinned') : '', p.was ? say(lang, 'rematched', { was: p.was }) : ''].filter(Boolean);
    lines.push(`${who}${' '.repeat(whoWidth - [...who].length)}  ${place(p.coachee.municipality)} ← ${p.coach} (${coachName(ctx, p.coach)})  ${say(lang, 'csv.cost')} ${p.cost.total}${tags.length > 0 ? `  [${tags.join('; ')}]` : ''}`);
    lines.push(`    ${sayReasons(lang, p.cost, ctx.people.get(p.coach), p.coachee).join('; ')}`);
    lines.push(`    ${sayAlternatives(lang, r.alternatives.get(p.coachee.id) ?? [])}`);
  }
  if (r.unmatched.length > 0) lines.push('', ...unmatchedLines(r, lang));
  const notices = noticeLines(r, lang);
  if (notices.length > 0) lines.push('', ...notices);
  lines.push('', say(lang, 'load.heading'));
  for (const l of r.loads) {
    const elsewhere = l.elsewhere.map((e) => say(lang, 'load.elsewhere', e)).join(', ');
    lines.push(`  ${say(lang, 'load.line', { coach: l.coach, here: l.here, capacity: l.capacity === undefined ? say(lang, 'load.unlimited') : String(l.capacity), elsewhere: elsewhere ? ` (+ ${elsewhere})` : '' })}`);
  }
  const how = say(lang, r.constrained ? 'total.kept' : 'total.optimal');
  lines.push('', r.unmatched.length > 0 ? say(lang, 'total.unmatched', { total: r.total, pairs: r.pairs.length, unmatched: r.unmatched.length, how }) : say(lang, 'total', { total: r.total, pairs: r.pairs.length, how }));
  return `${lines.join('\n')}\n`;
}

/** One row per coachee (without a coach: the coach columns empty), RFC 4180 with a BOM and CRLF. */
export function renderMatchCsv(r: MatchResult, ctx: MatchViewContext): string {
  const { lang } = ctx;
  const d = ctx.delimiter ?? listSeparator(lang);
  const keys = ['csv.cohort', 'csv.coachee', 'csv.name', 'csv.municipality', 'csv.coach', 'csv.coach-name', 'csv.coach-municipality', 'csv.cost', 'csv.travel-minutes', 'csv.travel-km', 'csv.role-fits', 'csv.unavailable-days', 'csv.pinned', 'csv.reasons', 'csv.next-best'] as const;
  const rows: string[][] = [keys.map((k) => say(lang, k))];
  const alts = (id: string) => (r.alternatives.get(id) ?? []).map((a) => `${a.cost.coach} ${a.cost.total}${a.free ? '' : ` (${say(lang, 'full')})`}`).join(' | ');
  for (const p of r.pairs) {
    const coach = ctx.people.get(p.coach);
    rows.push([
      r.cohort,
      p.coachee.id,
      p.coachee.name,
      place(p.coachee.municipality),
      p.coach,
      coachName(ctx, p.coach),
      place(coach?.municipality),
      String(p.cost.total),
      String(p.cost.travel.minutes),
      formatNumber(lang, p.cost.travel.km, { max: 0 }),
      say(lang, p.cost.role.fits ? 'yes' : 'no'),
      String(p.cost.availability.days),
      say(lang, p.kept ? 'yes' : 'no'),
      sayReasons(lang, p.cost, coach, p.coachee).join('; '),
      alts(p.coachee.id),
    ]);
  }
  for (const u of r.unmatched) rows.push([r.cohort, u.coachee.id, u.coachee.name, place(u.coachee.municipality), '', '', '', '', '', '', '', '', say(lang, 'no'), say(lang, 'unmatched.heading', { who: u.coachee.id }), alts(u.coachee.id)]);
  return `\uFEFF${rows.map((x) => x.map((v) => csvCell(v, d)).join(d)).join('\r\n')}\r\n`;
}

function costJson(c: PairCost) {
  return { coach: c.coach, cost: c.total, travel: c.travel, role: c.role, availability: c.availability, party: c.party };
}

export function renderMatchJson(r: MatchResult, ctx: MatchViewContext): string {
  const json = {
    cohort: r.cohort,
    track: r.track,
    weights: r.weights,
    total: r.total,
    // the least total of all, or (constrained) the least with the kept pairs
    constrained: r.constrained,
    pairs: r.pairs.map((p) => ({
      coachee: p.coachee.id,
      ...costJson(p.cost),
      pinned: p.kept,
      ...(p.was ? { was: p.was } : {}),
      reasons: sayReasons(ctx.lang, p.cost, ctx.people.get(p.coach), p.coachee),
      nextBest: (r.alternatives.get(p.coachee.id) ?? []).map((a) => ({ ...costJson(a.cost), free: a.free })),
    })),
    unmatched: r.unmatched.map((u) => ({
      coachee: u.coachee.id,
      full: u.full,
      blocked: u.blocked,
      help: u.help,
      nextBest: (r.alternatives.get(u.coachee.id) ?? []).map((a) => ({ ...costJson(a.cost), free: a.free })),
    })),
    coaches: r.loads,
    excluded: r.excluded,
    dropped: r.dropped,
    ...(r.reoptimised ? { reoptimised: r.reoptimised } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
