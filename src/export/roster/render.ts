/** `cohort roster`: who hosts each intervisie meeting, as a table, CSV (RFC 4180, BOM, CRLF) or JSON. */
import { csvCell } from '../plan/text.js';
import { findMunicipality } from '../../calendar/municipalities.js';
import { listSeparator, translate, type Args, type Catalog, type Lang, type NoParams } from '../../i18n/index.js';
import type { MeetingAlternatives } from '../../intervisie/alternatives.js';
import type { RosterRow } from '../../intervisie/plan.js';
import type { Person, Registration } from '../../model/types.js';
import { plain } from '../capacity/words.js';
import { humanDate, parseLocal } from '../plan/time.js';

interface RosterMessages {
  heading: { title: string; id: string; n: number; groups: number };
  'group.heading': { id: string; facilitator: string };
  venue: NoParams;
  'col.meeting': NoParams;
  'col.date': NoParams;
  'col.time': NoParams;
  'col.host': NoParams;
  'col.place': NoParams;
  'col.absent': NoParams;
  'csv.cohort': NoParams;
  'csv.group': NoParams;
  'csv.session': NoParams;
  'csv.meeting': NoParams;
  'csv.date': NoParams;
  'csv.start': NoParams;
  'csv.end': NoParams;
  'csv.host': NoParams;
  'csv.host-name': NoParams;
  'csv.municipality': NoParams;
  'csv.place': NoParams;
  'csv.lat': NoParams;
  'csv.lon': NoParams;
  'csv.facilitators': NoParams;
  'csv.status': NoParams;
  'csv.absent': NoParams;
  'alt.heading': { title: string; id: string; n: number; meetings: number };
  'alt.none': { title: string; id: string };
  'alt.meeting': { meeting: number; host: string; planned: string };
  'alt.no-candidate': NoParams;
  'alt.planned': NoParams;
  'col.option': NoParams;
  'col.come': NoParams;
  'csv.option': NoParams;
  'csv.planned-date': NoParams;
  'csv.come': NoParams;
  'csv.members': NoParams;
  'csv.is-planned': NoParams;
}

const messages: Catalog<RosterMessages> = {
  heading: { en: (p) => `${p.title} (${p.id}): ${p.n} meetings in ${p.groups} group(s)`, nl: (p) => `${p.title} (${p.id}): ${p.n} bijeenkomsten in ${p.groups} groep(en)` },
  'group.heading': { en: (p) => `${p.id}  facilitator: ${p.facilitator}`, nl: (p) => `${p.id}  begeleider: ${p.facilitator}` },
  venue: { en: () => '(at the venue)', nl: () => '(op de vaste locatie)' },
  'col.meeting': { en: () => 'Meeting', nl: () => 'Bijeenkomst' },
  'col.date': { en: () => 'Date', nl: () => 'Datum' },
  'col.time': { en: () => 'Time', nl: () => 'Tijd' },
  'col.host': { en: () => 'Host', nl: () => 'Gastheer/-vrouw' },
  'col.place': { en: () => 'Location', nl: () => 'Locatie' },
  'col.absent': { en: () => 'Cannot come', nl: () => 'Verhinderd' },
  'csv.cohort': { en: () => 'cohort', nl: () => 'cohort' },
  'csv.group': { en: () => 'group', nl: () => 'groep' },
  'csv.session': { en: () => 'session', nl: () => 'sessie' },
  'csv.meeting': { en: () => 'meeting', nl: () => 'bijeenkomst' },
  'csv.date': { en: () => 'date', nl: () => 'datum' },
  'csv.start': { en: () => 'start', nl: () => 'begin' },
  'csv.end': { en: () => 'end', nl: () => 'einde' },
  'csv.host': { en: () => 'host', nl: () => 'gastheer' },
  'csv.host-name': { en: () => 'host_name', nl: () => 'naam_gastheer' },
  'csv.municipality': { en: () => 'municipality', nl: () => 'gemeente' },
  'csv.place': { en: () => 'location', nl: () => 'locatie' },
  'csv.lat': { en: () => 'lat', nl: () => 'lat' },
  'csv.lon': { en: () => 'lon', nl: () => 'lon' },
  'csv.facilitators': { en: () => 'facilitators', nl: () => 'begeleiders' },
  'csv.status': { en: () => 'status', nl: () => 'status' },
  'csv.absent': { en: () => 'cannot_come', nl: () => 'verhinderd' },
  'alt.heading': {
    en: (p) => `${p.title} (${p.id}): up to ${p.n} date(s) for each of the ${p.meetings} meeting(s) not yet fixed, most members first`,
    nl: (p) => `${p.title} (${p.id}): tot ${p.n} datum(s) voor elk van de ${p.meetings} nog niet vastgelegde bijeenkomst(en), meeste leden eerst`,
  },
  'alt.none': { en: (p) => `${p.title} (${p.id}): every meeting is fixed; nothing to choose`, nl: (p) => `${p.title} (${p.id}): elke bijeenkomst ligt vast; niets te kiezen` },
  'alt.meeting': { en: (p) => `  Meeting ${p.meeting}, host ${p.host}, planned ${p.planned}`, nl: (p) => `  Bijeenkomst ${p.meeting}, gastheer ${p.host}, gepland ${p.planned}` },
  'alt.no-candidate': { en: () => '    no date keeps every hard rule', nl: () => '    geen datum houdt elke harde regel' },
  'alt.planned': { en: () => '(planned)', nl: () => '(gepland)' },
  'col.option': { en: () => 'Option', nl: () => 'Optie' },
  'col.come': { en: () => 'Can come', nl: () => 'Kan komen' },
  'csv.option': { en: () => 'option', nl: () => 'optie' },
  'csv.planned-date': { en: () => 'planned_date', nl: () => 'geplande_datum' },
  'csv.come': { en: () => 'can_come', nl: () => 'kan_komen' },
  'csv.members': { en: () => 'members', nl: () => 'leden' },
  'csv.is-planned': { en: () => 'planned', nl: () => 'gepland' },
};

function say<K extends keyof RosterMessages>(lang: Lang, key: K, ...params: Args<RosterMessages[K]>): string {
  return translate(messages, lang, key, ...params);
}

export interface RosterContext {
  lang: Lang;
  cohort: { id: string; title: string };
  registrations: ReadonlyMap<string, Pick<Registration, 'id' | 'name'>>;
  people: ReadonlyMap<string, Pick<Person, 'name'>>;
  /** CSV only: `,` or `;` (default: `;` in Dutch). */
  delimiter?: ',' | ';';
}

const municipalityName = (code: string | undefined) => (code === undefined ? '' : (findMunicipality(code)?.name ?? code));
const hostName = (ctx: RosterContext, r: RosterRow) => (r.host === undefined ? '' : plain(ctx.registrations.get(r.host)?.name ?? r.host));
/** Who cannot come: `i05 Hanna Wiersma, i10 Koen Verhoeven`, or a dash. */
const absentText = (ctx: RosterContext, r: RosterRow) => (r.absent.length === 0 ? '–' : r.absent.map((id) => `${id} ${plain(ctx.registrations.get(id)?.name ?? id)}`).join(', '));
const names = (ctx: RosterContext, ids: readonly string[]) => ids.map((id) => plain(ctx.people.get(id)?.name ?? id)).join(', ');

function padEnd(s: string, n: number): string {
  const width = [...s].length;
  return width >= n ? s : s + ' '.repeat(n - width);
}

export function renderRosterTable(rows: readonly RosterRow[], ctx: RosterContext): string {
  const { lang } = ctx;
  const groups = [...new Set(rows.map((r) => r.group))];
  const lines = [say(lang, 'heading', { title: plain(ctx.cohort.title), id: ctx.cohort.id, n: rows.length, groups: groups.length })];
  for (const g of groups) {
    const own = rows.filter((r) => r.group === g);
    lines.push('', say(lang, 'group.heading', { id: g, facilitator: names(ctx, own[0]?.facilitators ?? []) }));
    const table = [
      [say(lang, 'col.meeting'), say(lang, 'col.date'), say(lang, 'col.time'), say(lang, 'col.host'), say(lang, 'col.place'), say(lang, 'col.absent')],
      ...own.map((r) => [String(r.meeting), humanDate(lang, parseLocal(r.start)), `${r.start.slice(11, 16)}–${r.end.slice(11, 16)}`, r.host === undefined ? say(lang, 'venue') : `${r.host} ${hostName(ctx, r)}`, plain(r.place), absentText(ctx, r)]),
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => [...row[c]!].length)));
    for (const row of table) lines.push(`  ${row.map((v, c) => (c === row.length - 1 ? v : padEnd(v, widths[c]!))).join('  ')}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

export function renderRosterCsv(rows: readonly RosterRow[], ctx: RosterContext): string {
  const { lang } = ctx;
  const d = ctx.delimiter ?? listSeparator(lang);
  const keys = ['csv.cohort', 'csv.group', 'csv.session', 'csv.meeting', 'csv.date', 'csv.start', 'csv.end', 'csv.host', 'csv.host-name', 'csv.municipality', 'csv.place', 'csv.lat', 'csv.lon', 'csv.facilitators', 'csv.status', 'csv.absent'] as const;
  const out = [keys.map((k) => say(lang, k))];
  for (const r of rows) {
    out.push([ctx.cohort.id, r.group, r.session, String(r.meeting), r.start.slice(0, 10), r.start.slice(11, 16), r.end.slice(11, 16), r.host ?? '', hostName(ctx, r), municipalityName(r.municipality), plain(r.place), r.lat === undefined ? '' : String(r.lat), r.lon === undefined ? '' : String(r.lon), names(ctx, r.facilitators), r.status, r.absent.join(' ')]);
  }
  return `\uFEFF${out.map((x) => x.map((v) => csvCell(v, d)).join(d)).join('\r\n')}\r\n`;
}

export function renderRosterJson(rows: readonly RosterRow[], ctx: RosterContext): string {
  const json = {
    cohort: ctx.cohort.id,
    meetings: rows.map((r) => ({
      group: r.group,
      session: r.session,
      meeting: r.meeting,
      start: r.start,
      end: r.end,
      host: r.host ?? null,
      hostName: r.host === undefined ? null : hostName(ctx, r),
      municipality: r.municipality ?? null,
      municipalityName: r.municipality === undefined ? null : municipalityName(r.municipality),
      location: r.place,
      lat: r.lat ?? null,
      lon: r.lon ?? null,
      facilitators: r.facilitators,
      absent: r.absent,
      status: r.status,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** `--alternatives N`: per group and meeting not yet fixed, the candidate dates best first. `rows` give each group's facilitator. */
export function renderAlternativesTable(alts: readonly MeetingAlternatives[], rows: readonly RosterRow[], ctx: RosterContext, n: number): string {
  const { lang } = ctx;
  const title = plain(ctx.cohort.title);
  if (alts.length === 0) return `${say(lang, 'alt.none', { title, id: ctx.cohort.id })}\n`;
  const lines = [say(lang, 'alt.heading', { title, id: ctx.cohort.id, n, meetings: alts.length })];
  for (const g of [...new Set(alts.map((a) => a.group))]) {
    lines.push('', say(lang, 'group.heading', { id: g, facilitator: names(ctx, rows.find((r) => r.group === g)?.facilitators ?? []) }));
    for (const a of alts.filter((x) => x.group === g)) {
      const host = a.host === undefined ? say(lang, 'venue') : `${a.host} ${plain(ctx.registrations.get(a.host)?.name ?? a.host)}`;
      lines.push(say(lang, 'alt.meeting', { meeting: a.meeting, host, planned: humanDate(lang, parseLocal(`${a.planned}T00:00`)) }));
      if (a.candidates.length === 0) {
        lines.push(say(lang, 'alt.no-candidate'));
        continue;
      }
      const table = [
        [say(lang, 'col.option'), say(lang, 'col.date'), say(lang, 'col.time'), say(lang, 'col.come'), say(lang, 'col.absent')],
        ...a.candidates.map((c, i) => [
          String(i + 1),
          `${humanDate(lang, parseLocal(c.start))}${c.offset === 0 ? ` ${say(lang, 'alt.planned')}` : ''}`,
          `${c.start.slice(11, 16)}–${c.end.slice(11, 16)}`,
          `${c.come}/${a.members}`,
          c.absent.length === 0 ? '–' : c.absent.map((id) => `${id} ${plain(ctx.registrations.get(id)?.name ?? id)}`).join(', '),
        ]),
      ];
      const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => [...row[c]!].length)));
      for (const row of table) lines.push(`    ${row.map((v, c) => (c === row.length - 1 ? v : padEnd(v, widths[c]!))).join('  ')}`.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderAlternativesCsv(alts: readonly MeetingAlternatives[], ctx: RosterContext): string {
  const { lang } = ctx;
  const d = ctx.delimiter ?? listSeparator(lang);
  const keys = ['csv.cohort', 'csv.group', 'csv.session', 'csv.meeting', 'csv.host', 'csv.planned-date', 'csv.option', 'csv.date', 'csv.start', 'csv.end', 'csv.come', 'csv.members', 'csv.absent', 'csv.is-planned'] as const;
  const out = [keys.map((k) => say(lang, k))];
  for (const a of alts) {
    a.candidates.forEach((c, i) => {
      out.push([ctx.cohort.id, a.group, a.session, String(a.meeting), a.host ?? '', a.planned, String(i + 1), c.date, c.start.slice(11, 16), c.end.slice(11, 16), String(c.come), String(a.members), c.absent.join(' '), c.offset === 0 ? 'yes' : 'no']);
    });
  }
  return `\uFEFF${out.map((x) => x.map((v) => csvCell(v, d)).join(d)).join('\r\n')}\r\n`;
}

export function renderAlternativesJson(alts: readonly MeetingAlternatives[], ctx: RosterContext): string {
  const json = {
    cohort: ctx.cohort.id,
    meetings: alts.map((a) => ({
      group: a.group,
      session: a.session,
      meeting: a.meeting,
      host: a.host ?? null,
      planned: a.planned,
      members: a.members,
      candidates: a.candidates.map((c) => ({ date: c.date, start: c.start, end: c.end, canCome: c.come, absent: c.absent, planned: c.offset === 0 })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
