/**
 * `cohort report` as one self-contained HTML file: inline CSS and SVG, no script, no network (a
 * Content-Security-Policy forbids it), readable on a phone (the figures scale to the width), A4 in
 * print. Every figure has a title and description for screen readers and a table with its numbers;
 * the palette is Okabe–Ito's, which stays distinct for the common kinds of colour blindness. Hover
 * texts are SVG <title>s. Pure string building: the same report gives the same bytes.
 */
import { dayNumber } from '../../calendar/date.js';
import { formatNumber, monthShort, type Lang } from '../../i18n/index.js';
import type { PlannedSession } from '../../model/plan.js';
import type { Count, Distribution, Report, ReportCohort, ReportTraveller } from '../../report/assemble.js';
import { sayDate, sayReason } from '../capacity/words.js';
import { facilitatorNames, locationText } from '../plan/common.js';
import { netherlandsMap } from './map.js';
import { t } from './messages.js';

/** Okabe & Ito (2008), "Color Universal Design". */
const PALETTE = { blue: '#0072B2', sky: '#56B4E9', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', purple: '#CC79A7', yellow: '#F0E442', grey: '#6b6b6b' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;
const num = (n: number) => String(Math.round(n * 10) / 10);

/** Ids in the document: cohort and programme ids are [a-z0-9-] in practice; anything else becomes '-'. */
function anchor(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '-')).join('--');
}

function table(caption: string, head: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string {
  const th = head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table><caption>${e(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** A long table folded away (screen readers and a click open it); `count` rows. */
function folded(summary: string, count: number, inner: string): string {
  return `<details><summary>${e(summary)} (${count})</summary>\n${inner}</details>`;
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${e(title)}</title><desc id="${id}-desc">${e(desc)}</desc>`;
}

function minutesText(lang: Lang, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = String(Math.round(minutes % 60)).padStart(2, '0');
  return lang === 'nl' ? `${h}u${m}` : `${h}h${m}`;
}

function sessionTime(s: PlannedSession, lang: Lang): string {
  if (s.allDay) return t(lang, 'time.all-day');
  const start = s.start.slice(11, 16);
  const end = s.end.slice(11, 16);
  return s.end.slice(0, 10) === s.start.slice(0, 10) ? `${start}–${end}` : `${start} – ${sayDate(lang, s.end.slice(0, 10))} ${end}`;
}

function statusOf(s: PlannedSession): 'pinned' | 'proposed' | 'cancelled' {
  return s.status === 'cancelled' ? 'cancelled' : s.fixed ? 'pinned' : 'proposed';
}

// ---------------------------------------------------------------------------------------------
// Timeline

const TL = { width: 960, label: 200, right: 10, axis: 22, school: 9, row: 22, pad: 6 };

function timeline(r: Report, c: ReportCohort): string {
  const { lang } = r;
  const from = dayNumber(r.axis.from);
  const days = dayNumber(r.axis.to) - from + 1;
  const span = TL.width - TL.label - TL.right;
  const x = (d: string) => TL.label + ((dayNumber(d.slice(0, 10)) - from) / days) * span;
  const w = (a: string, b: string) => Math.max(3, ((dayNumber(b.slice(0, 10)) - dayNumber(a.slice(0, 10)) + 1) / days) * span);
  const schoolTop = TL.axis;
  // only the regions whose school holidays this cohort's programme avoids
  const rowsTop = schoolTop + c.schoolRegions.length * TL.school + TL.pad;
  const height = rowsTop + c.phases.length * TL.row + TL.pad;
  const id = anchor('tl', c.id);
  const planned = c.sessions.filter((s) => s.status !== 'cancelled');
  const first = planned[0]?.start.slice(0, 10) ?? r.axis.from;
  const last = planned.map((s) => s.end.slice(0, 10)).reduce((a, b) => (b > a ? b : a), first);
  const parts: string[] = [
    svgOpen(id, TL.width, height, `${c.title} (${c.id})`, t(lang, 'timeline.figure', { cohort: c.title, from: sayDate(lang, first), to: sayDate(lang, last), sessions: planned.length, pinned: planned.filter((s) => s.fixed).length })),
  ];
  // months along the axis
  const [y0, m0] = r.axis.from.split('-').map(Number) as [number, number];
  for (let y = y0, m = m0; `${y}-${String(m).padStart(2, '0')}-01` <= r.axis.to; m === 12 ? ((m = 1), y++) : m++) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    const mx = num(x(d));
    parts.push(`<line class="grid" x1="${mx}" y1="0" x2="${mx}" y2="${height}"/><text class="axis" x="${num(x(d) + 3)}" y="14">${e(monthShort(lang, m))}${m === 1 || d === r.axis.from ? ` ${y}` : ''}</text>`);
  }
  // school holidays, one thin row per avoided region
  c.schoolRegions.forEach((region, i) => {
    const y = schoolTop + i * TL.school;
    const name = t(lang, `region.${region}`);
    parts.push(`<text class="small" x="${TL.label - 4}" y="${y + TL.school - 1}" text-anchor="end">${e(t(lang, 'school.row', { region: name }))}</text>`);
    for (const h of r.schoolHolidays.filter((s) => s.region === region)) {
      const a = h.start < r.axis.from ? r.axis.from : h.start;
      const b = h.end > r.axis.to ? r.axis.to : h.end;
      parts.push(`<rect class="school" x="${num(x(a))}" y="${y}" width="${num(w(a, b))}" height="${TL.school - 1}"><title>${e(`${h.name} (${name}): ${sayDate(lang, h.start)} – ${sayDate(lang, h.end)}`)}</title></rect>`);
    }
  });
  // public holidays across the rows
  for (const h of r.publicHolidays) {
    parts.push(`<rect class="holiday" x="${num(x(h.date))}" y="${rowsTop - 2}" width="${num(w(h.date, h.date))}" height="${height - rowsTop}"><title>${e(`${h.name}: ${sayDate(lang, h.date)}`)}</title></rect>`);
  }
  c.phases.forEach((ph, i) => {
    const y = rowsTop + i * TL.row;
    parts.push(`<text class="label" x="${TL.label - 4}" y="${y + 15}" text-anchor="end">${e(ph.name.length > 30 ? `${ph.name.slice(0, 29)}…` : ph.name)}<title>${e(ph.name)}</title></text>`);
    if (ph.from && ph.to) {
      parts.push(`<rect class="phase" x="${num(x(ph.from))}" y="${y + 3}" width="${num(w(ph.from, ph.to))}" height="${TL.row - 6}" rx="3"><title>${e(t(lang, 'timeline.phase-span', { phase: ph.name, from: sayDate(lang, ph.from), to: sayDate(lang, ph.to) }))}</title></rect>`);
    }
    for (const s of c.sessions.filter((s) => s.phase === ph.id)) {
      const status = statusOf(s);
      const when = `${sayDate(lang, s.start.slice(0, 10))} ${sessionTime(s, lang)}`;
      parts.push(
        `<rect class="session ${status}" data-session="${e(s.uid)}" x="${num(x(s.start))}" y="${y + 6}" width="${num(w(s.start, s.end))}" height="${TL.row - 12}"><title>${e(`${s.title}: ${when} (${t(lang, `status.${status}`)})`)}</title></rect>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function sessionTable(r: Report, c: ReportCohort): string {
  const { lang } = r;
  const rows = c.sessions.map((s) => [
    e(sayDate(lang, s.start.slice(0, 10))),
    e(sessionTime(s, lang)),
    e(s.title),
    `<span class="status ${statusOf(s)}">${e(t(lang, `status.${statusOf(s)}`))}</span>`,
    e(locationText(s, r.exportContext)),
    e(facilitatorNames(s, r.exportContext).join(', ')),
  ]);
  const inner = table(`${c.title} (${c.id})`, [t(lang, 'col.date'), t(lang, 'col.time'), t(lang, 'col.session'), t(lang, 'col.status'), t(lang, 'col.location'), t(lang, 'col.facilitators')], rows);
  return folded(t(lang, 'sessions.table'), rows.length, inner);
}

function legendTimeline(lang: Lang): string {
  const item = (cls: string, text: string) => `<span class="key"><svg viewBox="0 0 18 12" width="18" height="12" aria-hidden="true"><rect class="${cls}" x="1" y="1" width="16" height="10"/></svg>${e(text)}</span>`;
  return `<p class="legend">${item('session pinned', t(lang, 'legend.pinned'))} ${item('session proposed', t(lang, 'legend.proposed'))} ${item('session cancelled', t(lang, 'legend.cancelled'))} ${item('holiday', t(lang, 'legend.public'))} ${item('school', t(lang, 'legend.school'))}</p>`;
}

function timelineSection(r: Report): string {
  const { lang } = r;
  const blocks = r.cohorts.map((c) => {
    const notes = c.infeasible.map((f) => `<p class="warn">${e(t(lang, 'timeline.infeasible', { session: f.session, message: f.message }))}</p>`).join('\n');
    return `<article class="cohort" id="${anchor('cohort', c.id)}"><h3>${e(c.title)} <span class="id">${e(c.id)}</span></h3>\n<p class="sub">${e(c.programme.name)}</p>\n${notes}<figure class="tl scroll">${timeline(r, c)}</figure>\n${sessionTable(r, c)}</article>`;
  });
  return `<section id="timeline"><h2>${e(t(lang, 'timeline.heading'))}</h2>\n<p>${e(t(lang, 'timeline.intro'))}</p>\n${legendTimeline(lang)}\n${blocks.join('\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Capacity

function capacityBar(r: Report, c: ReportCohort, scale: number): string {
  const { lang } = r;
  const k = c.capacity;
  const offered = k.offers.reduce((n, o) => n + o.seats, 0);
  const waiting = k.reserve.reduce((n, o) => n + o.seats, 0);
  const own = Math.max(0, k.used - k.partnerSeats - offered);
  const W = 960;
  const left = 200;
  const unit = (W - left - 10) / scale;
  const id = anchor('cap', c.id);
  const segs: [string, number, string][] = [
    ['own', own, t(lang, 'capacity.own', { n: own })],
    ['partners', k.partnerSeats, t(lang, 'capacity.partners', { n: k.partnerSeats })],
    ['offered', offered, t(lang, 'capacity.offered', { n: offered })],
    ['free', k.free, t(lang, 'capacity.free', { n: k.free })],
  ];
  const out = [svgOpen(id, W, 34, c.title, t(lang, 'capacity.figure', { cohort: c.title, seats: k.seats, used: k.used, free: k.free, waiting: k.reserve.length, offers: offered }))];
  out.push(`<text class="label" x="${left - 4}" y="21" text-anchor="end">${e(c.id)}</text>`);
  let at = left;
  for (const [cls, n, text] of segs) {
    if (n <= 0) continue;
    out.push(`<rect class="cap ${cls}" x="${num(at)}" y="6" width="${num(n * unit)}" height="22"><title>${e(text)}</title></rect>`);
    at += n * unit;
  }
  if (waiting > 0) {
    const start = left + Math.max(k.seats, k.used) * unit + 6;
    out.push(`<rect class="cap waiting" x="${num(start)}" y="6" width="${num(waiting * unit)}" height="22"><title>${e(t(lang, 'capacity.waiting', { n: k.reserve.length }))}</title></rect>`);
  }
  out.push(`<line class="max" x1="${num(left + k.seats * unit)}" y1="2" x2="${num(left + k.seats * unit)}" y2="32"/>`);
  out.push('</svg>');
  return out.join('\n');
}

function capacitySection(r: Report): string {
  const { lang } = r;
  const scale = Math.max(1, ...r.cohorts.map((c) => Math.max(c.capacity.seats, c.capacity.used) + c.capacity.reserve.reduce((n, o) => n + o.seats, 0) + 1));
  const key = (cls: string, text: string) => `<span class="key"><svg viewBox="0 0 18 12" width="18" height="12" aria-hidden="true"><rect class="cap ${cls}" x="1" y="1" width="16" height="10"/></svg>${e(text)}</span>`;
  const legend = `<p class="legend">${key('own', t(lang, 'col.participants'))} ${key('partners', t(lang, 'col.partner-seats'))} ${key('offered', t(lang, 'col.offers'))} ${key('free', t(lang, 'col.free'))} ${key('waiting', t(lang, 'col.waiting'))}</p>`;
  const bars = r.cohorts.map((c) => `<figure>${capacityBar(r, c, scale)}</figure>`).join('\n');
  const summary = table(
    t(lang, 'capacity.heading'),
    [t(lang, 'col.cohort'), t(lang, 'col.seats'), t(lang, 'col.taken'), t(lang, 'col.partner-seats'), t(lang, 'col.offers'), t(lang, 'col.free'), t(lang, 'col.waiting')],
    r.cohorts.map((c) => [e(c.id), String(c.capacity.seats), String(c.capacity.used), String(c.capacity.partnerSeats), String(c.capacity.offers.length), String(c.capacity.free), String(c.capacity.reserve.length)]),
    new Set([1, 2, 3, 4, 5, 6]),
  );
  const details = r.cohorts
    .filter((c) => c.capacity.offers.length > 0 || c.capacity.reserve.length > 0)
    .map((c) => {
      const offers =
        c.capacity.offers.length === 0
          ? `<p>${e(t(lang, 'capacity.no-offers'))}</p>`
          : table(`${t(lang, 'capacity.offers-heading')}: ${c.id}`, [t(lang, 'col.who'), t(lang, 'col.seats'), t(lang, 'col.expires')], c.capacity.offers.map((o) => [e(`${o.who.id} ${o.who.label === o.who.id ? '' : o.who.label}`.trim()), String(o.seats), e(sayDate(lang, o.expires))]), new Set([1]));
      const reserve =
        c.capacity.reserve.length === 0
          ? `<p>${e(t(lang, 'capacity.no-reserve'))}</p>`
          : table(
              `${t(lang, 'capacity.reserve-heading')}: ${c.id}`,
              [t(lang, 'col.position'), t(lang, 'col.who'), t(lang, 'col.seats'), t(lang, 'col.reason')],
              c.capacity.reserve.map((w) => [w.position === undefined ? t(lang, 'capacity.no-position') : String(w.position), e(`${w.who.id} ${w.who.label === w.who.id ? '' : w.who.label}`.trim()), String(w.seats), e(sayReason(lang, w.reason, w.seats))]),
              new Set([0, 2]),
            );
      return `<h3>${e(c.title)} <span class="id">${e(c.id)}</span></h3>\n${offers}\n${reserve}`;
    })
    .join('\n');
  return `<section id="capacity"><h2>${e(t(lang, 'capacity.heading'))}</h2>\n<p>${e(t(lang, 'capacity.intro'))}</p>\n${legend}\n${bars}\n${summary}\n${details}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Map

function travelText(lang: Lang, p: ReportTraveller): string {
  if (p.days.length === 0) return t(lang, 'map.traveller-idle', { who: p.label, home: p.municipality });
  const days = p.days.map((d) => t(lang, 'map.day', { date: sayDate(lang, d.date), km: formatNumber(lang, d.km, { max: 0 }), time: minutesText(lang, d.minutes), trips: d.trips })).join('; ');
  return t(lang, 'map.traveller', { who: p.label, home: p.municipality, days });
}

function mapSection(r: Report): string {
  const { lang } = r;
  const map = netherlandsMap();
  const perProvince = new Map<string, number>();
  for (const p of r.places) perProvince.set(p.province, (perProvince.get(p.province) ?? 0) + p.participants.length);
  const participants = r.places.reduce((n, p) => n + p.participants.length, 0);
  const out = [svgOpen('map-nl', map.width, map.height, t(lang, 'map.heading'), t(lang, 'map.figure', { places: r.places.length, participants, travellers: r.travellers.length, links: r.links.length }))];
  out.push('<g class="provinces">');
  for (const p of map.provinces) out.push(`<path class="province" data-province="${e(p.code)}" d="${p.d}"><title>${e(t(lang, 'map.province', { name: p.name, n: perProvince.get(p.name) ?? 0 }))}</title></path>`);
  out.push('</g><g class="links">');
  for (const l of r.links) {
    const [x1, y1] = map.project(l.from.lat, l.from.lon);
    const [x2, y2] = map.project(l.to.lat, l.to.lon);
    out.push(`<line class="link ${l.kind}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"><title>${e(t(lang, l.kind === 'group' ? 'map.link.group' : 'map.link.pair', { label: l.label }))}</title></line>`);
  }
  out.push('</g><g class="places">');
  for (const p of r.places) {
    const [x, y] = map.project(p.lat, p.lon);
    const radius = num(3 + Math.sqrt(p.participants.length) * 1.6);
    const who = p.participants.map((w) => (w.label === w.id ? `${w.id} (${w.cohort})` : `${w.label} (${w.cohort})`)).join(', ');
    out.push(`<circle class="place" data-municipality="${e(p.code)}" cx="${x}" cy="${y}" r="${radius}"><title>${e(t(lang, 'map.place', { name: p.name, code: p.code, n: p.participants.length, who }))}</title></circle>`);
  }
  out.push('</g><g class="travellers">');
  for (const p of r.travellers) {
    const [x, y] = map.project(p.lat, p.lon);
    out.push(`<rect class="traveller" data-person="${e(p.id)}" x="${num(x - 4)}" y="${num(y - 4)}" width="8" height="8"><title>${e(travelText(lang, p))}</title></rect>`);
  }
  out.push('</g></svg>');
  const key = (shape: string, text: string) => `<span class="key"><svg viewBox="0 0 18 12" width="18" height="12" aria-hidden="true">${shape}</svg>${e(text)}</span>`;
  const legend = `<p class="legend">${key('<circle class="place" cx="9" cy="6" r="5"/>', t(lang, 'map.legend.participants'))} ${key('<rect class="traveller" x="5" y="2" width="8" height="8"/>', t(lang, 'map.legend.facilitators'))} ${key('<line class="link group" x1="1" y1="6" x2="17" y2="6"/>', t(lang, 'map.legend.group'))} ${key('<line class="link pair" x1="1" y1="6" x2="17" y2="6"/>', t(lang, 'map.legend.pair'))}</p>`;
  const places = table(
    t(lang, 'map.heading'),
    [t(lang, 'col.municipality'), t(lang, 'col.province'), t(lang, 'col.count'), t(lang, 'col.participants')],
    r.places.map((p) => [e(`${p.name} (${p.code})`), e(p.province), String(p.participants.length), e(p.participants.map((w) => (w.label === w.id ? `${w.id} (${w.cohort})` : `${w.id} ${w.label} (${w.cohort})`)).join(', '))]),
    new Set([2]),
  );
  const travel = table(
    t(lang, 'map.travel-heading'),
    [t(lang, 'col.who'), t(lang, 'col.home'), t(lang, 'col.date'), t(lang, 'col.km'), t(lang, 'col.driving'), t(lang, 'col.trips')],
    r.travellers.flatMap((p) => p.days.map((d) => [e(p.label), e(p.municipality), e(sayDate(lang, d.date)), formatNumber(lang, d.km, { max: 0 }), e(minutesText(lang, d.minutes)), String(d.trips)])),
    new Set([3, 4, 5]),
  );
  const links =
    r.links.length === 0
      ? ''
      : table(
          t(lang, 'map.links-heading'),
          [t(lang, 'col.cohort'), t(lang, 'col.kind'), t(lang, 'col.link')],
          r.links.map((l) => [e(l.cohort), e(t(lang, l.kind === 'group' ? 'map.legend.group' : 'map.legend.pair')), e(l.label)]),
        );
  return `<section id="map"><h2>${e(t(lang, 'map.heading'))}</h2>\n<p>${e(t(lang, 'map.intro'))}</p>\n${legend}\n<figure class="map">${out.join('\n')}</figure>\n${folded(t(lang, 'map.places-table'), r.places.length, places)}\n${folded(t(lang, 'map.travel-heading'), r.travellers.reduce((n, p) => n + p.days.length, 0), travel)}\n${links}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Charts

function barChart(lang: Lang, id: string, chart: string, items: { label: string; count: number; cls: string }[], total: number): string {
  const W = 340;
  const left = 130;
  const row = 20;
  const height = Math.max(1, items.length) * row + 8;
  const max = Math.max(1, ...items.map((i) => i.count));
  const summary = t(lang, 'chart.summary', { chart, total, items: items.map((i) => t(lang, 'chart.item', { key: i.label, n: i.count })).join(', ') });
  const out = [svgOpen(id, W, height, chart, summary)];
  items.forEach((item, k) => {
    const y = 4 + k * row;
    const width = (item.count / max) * (W - left - 40);
    out.push(`<text class="label" x="${left - 4}" y="${y + 14}" text-anchor="end">${e(item.label.length > 21 ? `${item.label.slice(0, 20)}…` : item.label)}</text>`);
    out.push(`<rect class="bar ${item.cls}" data-count="${item.count}" x="${left}" y="${y + 2}" width="${num(width)}" height="${row - 5}"><title>${e(t(lang, 'chart.item', { key: item.label, n: item.count }))}</title></rect>`);
    out.push(`<text class="value" x="${num(left + width + 4)}" y="${y + 14}">${item.count}</text>`);
  });
  out.push('</svg>');
  const tableHtml = table(chart, [chart === t(lang, 'chart.parties') ? t(lang, 'col.party') : chart === t(lang, 'chart.provinces') ? t(lang, 'col.province') : t(lang, 'col.kind'), t(lang, 'col.count')], items.map((i) => [e(i.label), String(i.count)]), new Set([1]));
  return `<figure class="chart"><figcaption>${e(chart)}</figcaption>${out.join('\n')}${tableHtml}</figure>`;
}

function distributionCharts(lang: Lang, id: string, d: Distribution): string {
  if (d.total === 0) return `<p>${e(t(lang, 'no-data'))}</p>`;
  const label = (c: Count, none: string) => (c.key === '' ? none : c.key);
  return `<div class="charts">${[
    barChart(lang, `${id}--provinces`, t(lang, 'chart.provinces'), d.provinces.map((c) => ({ label: label(c, '?'), count: c.count, cls: 'blue' })), d.total),
    barChart(lang, `${id}--parties`, t(lang, 'chart.parties'), d.parties.map((c) => ({ label: label(c, t(lang, 'no-party')), count: c.count, cls: 'green' })), d.total),
    barChart(
      lang,
      `${id}--members`,
      t(lang, 'chart.members'),
      [
        { label: t(lang, 'members'), count: d.members, cls: 'blue' },
        { label: t(lang, 'non-members'), count: d.nonMembers, cls: 'orange' },
      ],
      d.total,
    ),
  ].join('\n')}</div>`;
}

function chartsSection(r: Report): string {
  const { lang } = r;
  const blocks: string[] = [];
  for (const p of r.programmes) {
    if (p.cohorts.length > 1) blocks.push(`<h3>${e(t(lang, 'charts.programme', { programme: p.name, n: p.cohorts.length }))}</h3>\n${distributionCharts(lang, anchor('ch', 'programme', p.id), p.distribution)}`);
    for (const c of r.cohorts.filter((c) => c.programme.id === p.id)) blocks.push(`<h3>${e(t(lang, 'charts.cohort', { cohort: c.title }))} <span class="id">${e(c.id)}</span></h3>\n${distributionCharts(lang, anchor('ch', c.id), c.distribution)}`);
  }
  return `<section id="charts"><h2>${e(t(lang, 'charts.heading'))}</h2>\n<p>${e(t(lang, 'charts.intro'))}</p>\n${blocks.join('\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------

const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--line:#c8c8c8;--bg:#fff}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1000px;padding:12px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.3rem;margin:1.4em 0 .4em;border-bottom:2px solid var(--ink)}h3{font-size:1.05rem;margin:1.2em 0 .3em}
.id{font-weight:normal;color:var(--muted);font-size:.85em}.sub{margin:0;color:var(--muted)}
nav ul{display:flex;flex-wrap:wrap;gap:.4em 1.2em;padding:0;list-style:none}
figure{margin:.5em 0}svg{max-width:100%;height:auto;display:block}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.4em 0 1em;font-size:.85rem;min-width:50%}
caption{text-align:left;font-weight:600;padding:.2em 0}th,td{border-bottom:1px solid var(--line);padding:.2em .5em;text-align:left;vertical-align:top}td.n,th.n{text-align:right}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1em;font-size:.85rem}.key{display:inline-flex;align-items:center;gap:.3em}.key svg{display:inline}
.warn{border-left:4px solid ${PALETTE.vermillion};padding-left:.5em}
text{font:11px system-ui,sans-serif;fill:var(--ink)}text.small{font-size:8px;fill:var(--muted)}text.axis{fill:var(--muted)}
.grid{stroke:var(--line);stroke-width:.5}
.school{fill:${PALETTE.yellow}}.holiday{fill:${PALETTE.vermillion};opacity:.35}
.phase{fill:#e8eef4;stroke:#9fb3c8;stroke-width:.6}
.session{stroke:${PALETTE.blue};stroke-width:1.2}.session.pinned{fill:${PALETTE.blue}}.session.proposed{fill:#fff;stroke-dasharray:2 1}.session.cancelled{fill:#fff;stroke:${PALETTE.grey};stroke-dasharray:1 1}
.status.pinned{font-weight:600}.status.cancelled{text-decoration:line-through}
.cap{stroke:#fff;stroke-width:1}.cap.own{fill:${PALETTE.blue}}.cap.partners{fill:${PALETTE.sky}}.cap.offered{fill:${PALETTE.orange}}.cap.free{fill:#fff;stroke:${PALETTE.grey};stroke-dasharray:3 2}.cap.waiting{fill:${PALETTE.vermillion}}
.max{stroke:var(--ink);stroke-width:1.5}
.province{fill:#eef1f4;stroke:#8a97a6;stroke-width:.7}.province:hover{fill:#dde5ee}
.place{fill:${PALETTE.blue};fill-opacity:.85;stroke:#fff;stroke-width:.8}.traveller{fill:${PALETTE.orange};stroke:var(--ink);stroke-width:.6}
.link{stroke-width:1.4;fill:none}.link.group{stroke:${PALETTE.green};stroke-dasharray:4 2}.link.pair{stroke:${PALETTE.purple}}
.map svg{max-width:min(100%,560px)}
.tl svg{min-width:720px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(300px,100%),1fr));gap:.5em 1.5em}.charts>*{min-width:0}
.bar.blue{fill:${PALETTE.blue}}.bar.green{fill:${PALETTE.green}}.bar.orange{fill:${PALETTE.orange}}text.value{fill:var(--muted)}
details{margin:.3em 0 1em}summary{cursor:pointer;color:var(--muted)}
figcaption{font-weight:600}
footer{margin-top:2em;font-size:.8rem;color:var(--muted)}
@media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:10pt}nav{display:none}figure,table,.chart{break-inside:avoid}h2,h3{break-after:avoid}section{break-before:page}section#timeline{break-before:auto}}
`.trim();

/** The report as one HTML document. */
export function renderReportHtml(r: Report): string {
  const { lang } = r;
  const nav = [
    ['timeline', t(lang, 'timeline.heading')],
    ['capacity', t(lang, 'capacity.heading')],
    ['map', t(lang, 'map.heading')],
    ['charts', t(lang, 'charts.heading')],
  ]
    .map(([id, text]) => `<li><a href="#${id}">${e(text!)}</a></li>`)
    .join('');
  const titles = r.cohorts.map((c) => c.title).join(', ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="cohort ${e(r.version)}">
<title>${e(`${t(lang, 'title')}: ${titles}`)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>
<h1>${e(t(lang, 'title'))}</h1>
<p>${e(titles)}</p>
<p class="sub">${e(t(lang, 'made', { version: r.version, date: sayDate(lang, r.today) }))}${r.redacted ? ` ${e(t(lang, 'redacted'))}` : ''}</p>
<nav aria-label="${e(t(lang, 'nav.label'))}"><ul>${nav}</ul></nav>
</header>
<main>
${timelineSection(r)}
${capacitySection(r)}
${mapSection(r)}
${chartsSection(r)}
</main>
<footer><p>${e(t(lang, 'sources'))}</p></footer>
</body>
</html>
`;
}
