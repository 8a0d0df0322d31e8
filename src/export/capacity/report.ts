/** `cohort capacity` as a table for the terminal, CSV for a spreadsheet, JSON for scripts and Markdown for a pull request comment. */
import { csvCell } from '../plan/text.js';
import type { CapacityReport, CohortCapacity, ProgrammeCapacity } from '../../capacity/report.js';
import { listSeparator, type Lang } from '../../i18n/index.js';
import type { Registration } from '../../model/types.js';
import { plain, say, sayDate, sayLayer, sayReason, who } from './words.js';
import { say as sayGroups } from '../groups/messages.js';

export interface ReportContext {
  lang: Lang;
  /** CSV only: `,` or `;` (default: `;` in Dutch, as Dutch Excel splits on it). */
  delimiter?: ',' | ';';
}

/** Programmes worth a section of their own: several cohorts, or a total over them. */
function programmeSections(r: CapacityReport): ProgrammeCapacity[] {
  return r.programmes.filter((p) => p.cohorts.length > 1 || p.total !== undefined);
}

function padEnd(s: string, n: number): string {
  const width = [...s].length;
  return width >= n ? s : s + ' '.repeat(n - width);
}

function cohortFacts(c: CohortCapacity, lang: Lang): [string, string][] {
  const offered = c.offers.reduce((n, o) => n + o.seats, 0);
  const facts: [string, string][] = [
    [say(lang, 'label.seats'), say(lang, 'report.seats', { max: c.seats, used: c.used, placed: c.placed, partners: c.partnerSeats, offered, due: c.dueSeats, free: c.free, groups: c.binding.kind === 'groups' ? { n: c.binding.groups, max: c.binding.max } : null })],
    [say(lang, 'label.binding'), sayLayer(lang, c.binding)],
  ];
  const quotas = c.layers.filter((l) => l.layer.kind === 'quota');
  if (quotas.length > 0) facts.push([say(lang, 'label.quotas'), quotas.map((q) => say(lang, 'report.quota', { layer: sayLayer(lang, q.layer), used: q.used, free: q.free })).join('; ')]);
  if (c.offers.length > 0) {
    facts.push([say(lang, 'label.offers'), c.offers.map((o) => say(lang, 'report.offer', { who: who(o.registration), seats: o.seats, date: sayDate(lang, o.expires) })).join('; ')]);
  }
  facts.push([say(lang, 'label.members'), say(lang, 'report.members', { members: c.members, nonMembers: c.nonMembers, running: c.members + c.nonMembers })]);
  if (c.provinces.length > 0) {
    facts.push([say(lang, 'label.provinces'), c.provinces.map((p) => say(lang, 'report.province', { province: plain(p.province), demand: p.demand, seated: p.seated })).join(', ')]);
  }
  return facts;
}

function reserveLines(c: CohortCapacity, lang: Lang): string[] {
  if (c.reserve.length === 0) return [say(lang, 'report.reserve-empty')];
  const width = Math.max(...c.reserve.map((e) => [...who(e.registration)].length));
  return [
    say(lang, 'report.reserve', { n: c.reserve.length }),
    ...c.reserve.map((e) => `  ${String(e.position ?? '–').padStart(3)}  ${padEnd(who(e.registration), width)}  ${padEnd(say(lang, 'report.seat-count', { n: e.seats }), 9)}  ${sayReason(lang, e.reason, e.seats)}`),
  ];
}

function notes(c: CohortCapacity, lang: Lang): string[] {
  const out: string[] = [];
  if (c.expired.length > 0) out.push(say(lang, 'report.expired', { offers: c.expired.map((r) => `${plain(r.id)} (${sayDate(lang, r.offerExpires ?? '')})`).join(', ') }));
  if (c.due.length > 0) out.push(say(lang, 'report.due', { ids: c.due.map((r) => plain(r.id)).join(', ') }));
  if (c.newGroup !== undefined) out.push(say(lang, 'report.new-group', { n: c.newGroup, min: c.programme.capacity.min }));
  // An intervisie cohort: the line of `cohort groups`, in its words.
  if (c.opening) out.push(sayGroups(lang, 'opening', { more: c.opening.more, province: plain(c.opening.province), ids: c.opening.with.map(plain).join(', ') }));
  return out;
}

function programmeLines(p: ProgrammeCapacity, lang: Lang): string[] {
  const lines = [say(lang, 'report.programme', { id: plain(p.programme.id), name: plain(p.programme.name), n: p.cohorts.length, seats: p.seats, used: p.used, free: p.free, waiting: p.waiting })];
  if (p.total) lines.push(`  ${say(lang, 'report.programme-total', { layer: sayLayer(lang, p.total.layer), used: p.total.used, free: p.total.free })}`);
  for (const m of p.meetings) lines.push(`  ${say(lang, 'report.meeting', { n: m.registrations.length, from: m.from, to: m.to, seats: m.seats, ids: m.registrations.map((r) => plain(r.id)).join(', ') })}`);
  if (p.newGroup !== undefined) lines.push(`  ${say(lang, 'report.programme-new-group', { n: p.newGroup, min: p.programme.capacity.min })}`);
  return lines;
}

export function renderCapacityTable(r: CapacityReport, ctx: ReportContext): string {
  const { lang } = ctx;
  if (r.cohorts.length === 0) return `${say(lang, 'report.none')}\n`;
  const blocks = r.cohorts.map((c) => {
    const facts = cohortFacts(c, lang);
    const width = Math.max(...facts.map(([k]) => [...k].length));
    return [
      say(lang, 'report.title', { id: plain(c.cohort.id), title: plain(c.cohort.title), programme: plain(c.programme.name) }),
      ...facts.map(([k, v]) => `  ${padEnd(k, width)}  ${v}`),
      ...reserveLines(c, lang).map((l) => `  ${l}`),
      ...notes(c, lang).map((l) => `  ${l}`),
    ].join('\n');
  });
  for (const p of programmeSections(r)) blocks.push(programmeLines(p, lang).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** One row per registration in the running (placed, offered, on the reserve list), RFC 4180 with a BOM and CRLF, as Excel reads it. */
export function renderCapacityCsv(r: CapacityReport, ctx: ReportContext): string {
  const { lang } = ctx;
  const d = ctx.delimiter ?? listSeparator(lang);
  const header = (['csv.cohort', 'csv.id', 'csv.name', 'csv.status', 'csv.standing', 'csv.position', 'csv.seats', 'csv.reason', 'csv.offer-expires', 'csv.province', 'csv.member'] as const).map((k) => say(lang, k));
  const rows = [header];
  const row = (c: CohortCapacity, reg: Registration, standing: string, position: string, seats: number, reason: string) =>
    rows.push([c.cohort.id, reg.id, reg.name, reg.status, standing, position, String(seats), reason, reg.status === 'offered' ? (reg.offerExpires ?? '') : '', c.provinceOf.get(reg.id) ?? '', say(lang, reg.member ? 'yes' : 'no')]);
  for (const c of r.cohorts) {
    for (const s of c.seated) row(c, s.registration, say(lang, s.via === 'offered' ? 'standing.offered' : 'standing.placed'), '', s.seats, '');
    for (const e of c.reserve) row(c, e.registration, say(lang, 'standing.reserve'), e.position !== undefined ? String(e.position) : '', e.seats, sayReason(lang, e.reason, e.seats));
  }
  return `\uFEFF${rows.map((x) => x.map((v) => csvCell(v, d)).join(d)).join('\r\n')}\r\n`;
}

function layerJson(l: { layer: unknown; used: number; free: number }) {
  return { ...(l.layer as object), used: l.used, free: l.free };
}

export function renderCapacityJson(r: CapacityReport): string {
  const json = {
    today: r.today,
    cohorts: r.cohorts.map((c) => ({
      cohort: c.cohort.id,
      programme: c.programme.id,
      seats: c.seats,
      used: c.used,
      placed: c.placed,
      partnerSeats: c.partnerSeats,
      free: c.free,
      binding: c.binding,
      layers: c.layers.map(layerJson),
      offers: c.offers.map((o) => ({ id: o.registration.id, seats: o.seats, expires: o.expires })),
      reserve: c.reserve.map((e) => ({ id: e.registration.id, position: e.position ?? null, seats: e.seats, reason: e.reason })),
      due: c.due.map((x) => x.id),
      expired: c.expired.map((x) => ({ id: x.id, expires: x.offerExpires ?? null })),
      members: c.members,
      nonMembers: c.nonMembers,
      provinces: c.provinces,
      newGroup: c.newGroup ?? null,
      opening: c.opening ?? null,
    })),
    programmes: r.programmes.map((p) => ({
      programme: p.programme.id,
      cohorts: p.cohorts,
      seats: p.seats,
      used: p.used,
      free: p.free,
      waiting: p.waiting,
      total: p.total ? layerJson(p.total) : null,
      newGroup: p.newGroup ?? null,
      meetings: p.meetings.map((m) => ({ from: m.from, to: m.to, seats: m.seats, ids: m.registrations.map((x) => x.id) })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Text in a Markdown table cell: pipes and line breaks would end it. */
function md(s: string): string {
  return plain(s).replace(/\|/g, '\\|').replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function renderCapacityMarkdown(r: CapacityReport, ctx: ReportContext): string {
  const { lang } = ctx;
  const out: string[] = [];
  for (const c of r.cohorts) {
    out.push(`### ${md(say(lang, 'report.title', { id: c.cohort.id, title: c.cohort.title, programme: c.programme.name }))}`, '');
    out.push(`| ${say(lang, 'md.what')} | ${say(lang, 'md.value')} |`, '|---|---|');
    for (const [k, v] of cohortFacts(c, lang)) out.push(`| ${md(k)} | ${md(v)} |`);
    out.push('');
    if (c.reserve.length === 0) out.push(say(lang, 'report.reserve-empty'));
    else {
      out.push(say(lang, 'report.reserve', { n: c.reserve.length }), '');
      out.push(`| ${say(lang, 'md.position')} | ${say(lang, 'md.registration')} | ${say(lang, 'md.seats')} | ${say(lang, 'md.reason')} |`, '|---:|---|---:|---|');
      for (const e of c.reserve) out.push(`| ${e.position ?? '–'} | ${md(who(e.registration))} | ${e.seats} | ${md(sayReason(lang, e.reason, e.seats))} |`);
    }
    for (const n of notes(c, lang)) out.push('', md(n));
    out.push('');
  }
  for (const p of programmeSections(r)) {
    const [head, ...rest] = programmeLines(p, lang);
    out.push(`### ${md(head!)}`, '', ...rest.map((l) => `- ${md(l.trim())}`), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
