/** `cohort groups` as a table for the terminal, CSV for a spreadsheet and JSON for scripts. */
import { csvCell } from '../plan/text.js';
import type { GroupsResult, ReserveEntry, ReserveReason } from '../../intervisie/groups.js';
import { formatNumber, listSeparator, type Lang } from '../../i18n/index.js';
import type { Person } from '../../model/types.js';
import { findMunicipality } from '../../calendar/municipalities.js';
import { plain, sayGroupReason, sayReason as sayPlacementReason, who } from '../capacity/words.js';
import { say } from './messages.js';

export interface GroupsContext {
  lang: Lang;
  people: ReadonlyMap<string, Person>;
  /** CSV only: `,` or `;` (default: `;` in Dutch). */
  delimiter?: ',' | ';';
}

const km = (lang: Lang, n: number) => say(lang, 'km', { km: n });

export function sayReserveReason(lang: Lang, r: ReserveReason): string {
  return r.kind === 'placement' ? sayPlacementReason(lang, r.reason, 1) : sayGroupReason(lang, r);
}

function padEnd(s: string, n: number): string {
  const width = [...s].length;
  return width >= n ? s : s + ' '.repeat(n - width);
}

function facilitatorName(ctx: GroupsContext, id: string): { name: string; municipality: string } {
  const p = ctx.people.get(id);
  const m = p?.municipality ? findMunicipality(p.municipality)?.name ?? p.municipality : '';
  return { name: plain(p?.name ?? id), municipality: plain(m) };
}

/** Gap between our travel and the lower bound, as a percentage of the bound. */
function gapPercent(r: GroupsResult): number {
  return r.lowerBound > 0 ? (100 * (r.memberKm - r.lowerBound)) / r.lowerBound : 0;
}

function reserveLines(r: GroupsResult, lang: Lang): string[] {
  if (r.reserve.length === 0) return [say(lang, 'reserve.empty')];
  const label = (e: ReserveEntry) => `${who(e.member.registration)}, ${plain(e.member.municipality)}`;
  const width = Math.max(...r.reserve.map((e) => [...label(e)].length));
  return [say(lang, 'reserve.heading', { n: r.reserve.length }), ...r.reserve.map((e) => `  ${String(e.position ?? '–').padStart(3)}  ${padEnd(label(e), width)}  ${sayReserveReason(lang, e.reason)}`)];
}

export function renderGroupsTable(r: GroupsResult, ctx: GroupsContext): string {
  const { lang } = ctx;
  const lines = [say(lang, 'heading', { title: plain(r.cohort.title), id: plain(r.cohort.id) })];
  const placed = r.groups.reduce((n, g) => n + g.members.length, 0);
  if (r.groups.length === 0) lines.push(say(lang, 'summary.none', { why: sayReserveReason(lang, { kind: 'too-few', running: r.running, municipalities: r.municipalities, min: r.programme.capacity.min }) }));
  else {
    lines.push(say(lang, 'summary', { groups: r.groups.length, placed, running: r.running, policy: say(lang, r.policy === 'best' ? 'policy.best' : 'policy.order') }));
    lines.push(say(lang, 'travel', { member: km(lang, r.memberKm), facilitator: km(lang, r.facilitatorKm) }));
    if (r.kept.length > 0) lines.push(say(lang, 'kept', { ids: r.kept.map(plain).join(', ') }));
    else lines.push(r.proven ? say(lang, 'quality.proven') : say(lang, 'quality.bound', { bound: km(lang, r.lowerBound), gap: formatNumber(lang, gapPercent(r), { max: 1 }) }));
  }
  for (const g of r.groups) {
    lines.push('', say(lang, 'group', { id: g.id, province: plain(g.province), n: g.members.length }));
    lines.push(`  ${g.facilitator !== undefined ? say(lang, 'group.facilitator', facilitatorName(ctx, g.facilitator)) : say(lang, 'group.no-facilitator')}`);
    lines.push(`  ${say(lang, 'group.travel', { member: km(lang, g.memberKm), facilitator: km(lang, g.facilitatorKm) })}`);
    const width = Math.max(...g.members.map((m) => [...who(m.registration)].length));
    for (const m of g.members) lines.push(`    ${padEnd(who(m.registration), width)}  ${plain(m.municipality)} (${plain(m.province)})`);
  }
  lines.push('', ...reserveLines(r, lang));
  if (r.opening) lines.push(say(lang, 'opening', { more: r.opening.more, province: plain(r.opening.province), ids: r.opening.with.map(plain).join(', ') }));
  return `${lines.join('\n')}\n`;
}

/** One row per registration in the running: its group (or the reserve list), RFC 4180 with a BOM and CRLF. */
export function renderGroupsCsv(r: GroupsResult, ctx: GroupsContext): string {
  const { lang } = ctx;
  const d = ctx.delimiter ?? listSeparator(lang);
  const header = (['csv.cohort', 'csv.group', 'csv.id', 'csv.name', 'csv.municipality', 'csv.province', 'csv.standing', 'csv.position', 'csv.facilitator', 'csv.group-km', 'csv.facilitator-km', 'csv.reason'] as const).map((k) => say(lang, k));
  const rows = [header];
  const round = (n: number) => String(Math.round(n));
  for (const g of r.groups) {
    for (const m of g.members) {
      rows.push([r.cohort.id, g.id, m.registration.id, m.registration.name, m.municipality, m.province, say(lang, 'standing.group'), '', g.facilitator ?? '', round(g.memberKm), round(g.facilitatorKm), '']);
    }
  }
  for (const e of r.reserve) {
    rows.push([r.cohort.id, '', e.member.registration.id, e.member.registration.name, e.member.municipality, e.member.province, say(lang, 'standing.reserve'), e.position !== undefined ? String(e.position) : '', '', '', '', sayReserveReason(lang, e.reason)]);
  }
  return `\uFEFF${rows.map((x) => x.map((v) => csvCell(v, d)).join(d)).join('\r\n')}\r\n`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function renderGroupsJson(r: GroupsResult, ctx: GroupsContext): string {
  const json = {
    cohort: r.cohort.id,
    programme: r.programme.id,
    policy: r.policy,
    capacity: { min: r.programme.capacity.min, max: r.programme.capacity.max },
    running: r.running,
    placed: r.groups.reduce((n, g) => n + g.members.length, 0),
    travel: { memberKm: r1(r.memberKm), facilitatorKm: r1(r.facilitatorKm), lowerBoundKm: r1(r.lowerBound), proven: r.proven },
    groups: r.groups.map((g) => ({
      id: g.id,
      province: g.province,
      facilitator: g.facilitator ?? null,
      memberKm: r1(g.memberKm),
      facilitatorKm: r1(g.facilitatorKm),
      members: g.members.map((m) => ({ id: m.registration.id, municipality: m.municipality, province: m.province })),
    })),
    reserve: r.reserve.map((e) => ({
      id: e.member.registration.id,
      position: e.position ?? null,
      municipality: e.member.municipality,
      province: e.member.province,
      reason: e.reason.kind === 'far' ? { ...e.reason, averageKm: r1(e.reason.averageKm) } : e.reason,
      text: sayReserveReason(ctx.lang, e.reason),
    })),
    opening: r.opening ?? null,
    // Only with pinned groups in the cohort: the ids kept as they were.
    ...(r.kept.length > 0 ? { kept: r.kept } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
