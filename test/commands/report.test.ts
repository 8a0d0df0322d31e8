/** Second level: `cohort report` with an in-memory IO holding the shipped examples: golden HTML, its structure, the numbers behind the charts, --redact. */
import { describe, expect, it, vi } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { placeCohorts } from '../../src/capacity/place.js';
import { loadProject } from '../../src/commands/project.js';
import type { Programme } from '../../src/model/types.js';
import { all, attr, byClass, byId, byTag, parseStrict, text, type Element } from '../support/html.js';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23', '--no-color'];
const WV = 'cohorts/wv-basisopleiding-2027.yaml';

async function report(argv: string[], files = shippedExamples()) {
  const io = memoryIO(files);
  const r = await runIn(io, ['report', ...argv, ...TODAY]);
  return { ...r, io, html: io.text('report.html') ?? r.stdout };
}

let whole: ReturnType<typeof report> | undefined;
/** The report of every shipped cohort, made once for the tests that only read it (the planner takes a while). */
const allCohorts = () => (whole ??= report(['cohorts', '--out', 'report.html']));

/** The municipalities of everyone in the running (seated or waiting), straight from the placement. */
async function runningMunicipalities(paths: string[]): Promise<Set<string>> {
  const loaded = await loadProject(memoryIO(shippedExamples()), paths, 'en');
  const cohorts = loaded.project.cohorts
    .filter((c): c is typeof c & { programme: Programme } => c.programme !== undefined && loaded.requested.includes(c.file))
    .map((c) => ({ cohort: c.cohort, programme: c.programme }));
  const placements = placeCohorts(cohorts, { today: '2026-11-23' });
  return new Set([...placements.values()].flatMap((p) => [...p.placed, ...p.reserve]).map((r) => findMunicipality(r.municipality)!.code));
}

describe('cohort report', () => {
  it('draws the intervisie groups cohort groups forms: two rings of six lines, g1 and g2', async () => {
    const { code, html } = await allCohorts();
    expect(code).toBe(0);
    const rings = [...html.matchAll(/<line class="link group"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    // A ring of six members has six lines; the groups are g1 and g2.
    expect(rings.filter((t) => /\bg1\b/.test(t))).toHaveLength(6);
    expect(rings.filter((t) => /\bg2\b/.test(t))).toHaveLength(6);
    expect(rings).toHaveLength(12);
  });

  it("draws the coach pairs the plan was made with (the Bestuurderspool's proposed match), one line a coachee", async () => {
    const { code, html } = await allCohorts();
    expect(code).toBe(0);
    const lines = [...html.matchAll(/<line class="link pair"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    // b09 Esther Jansma of Leeuwarden is matched with marian-krol (never with the coach who lives in Leeuwarden too).
    expect(lines).toHaveLength(10);
    expect(lines.some((l) => l!.includes('b09 → marian-krol'))).toBe(true);
    expect(lines.some((l) => l!.includes('jan-willem-terpstra') && l!.includes('b09'))).toBe(false);
  });

  it('writes one HTML file for a shipped cohort, byte for byte the golden one (English and Dutch, redacted)', async () => {
    const en = await report([WV, '--out', 'report.html']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toBe('wrote report.html\n');
    await expect(en.html).toMatchFileSnapshot('../e2e/expected/report/wv-basisopleiding-2027.html');
    const nl = await report([WV, '--lang', 'nl', '--redact', '--out', 'report.html']);
    expect(nl.code, nl.stderr).toBe(0);
    await expect(nl.html).toMatchFileSnapshot('../e2e/expected/report/wv-basisopleiding-2027.nl.redacted.html');
  });

  it('is self-contained: no script, nothing fetched, every link an anchor in the page', async () => {
    const { html } = await allCohorts();
    const doc = parseStrict(html);
    expect(all(doc, byTag('script'))).toEqual([]);
    for (const el of all(doc, (el) => el.attrs.some((a) => a.name === 'src' || a.name === 'href'))) {
      const href = attr(el, 'href');
      expect(attr(el, 'src')).toBeUndefined();
      expect(href?.startsWith('#')).toBe(true);
      expect(all(doc, byId(href!.slice(1)))).toHaveLength(1);
    }
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('@page{size:A4');
  });

  it('gives every figure a title and description for screen readers, and a table with its numbers', async () => {
    const { html } = await allCohorts();
    const doc = parseStrict(html);
    const figures = all(doc, (el) => el.tagName === 'svg' && attr(el, 'role') === 'img');
    expect(figures.length).toBeGreaterThan(20);
    for (const svg of figures) {
      const [titleId, descId] = (attr(svg, 'aria-labelledby') ?? '').split(' ');
      const title = all(svg, byId(titleId!))[0]!;
      const desc = all(svg, byId(descId!))[0]!;
      expect([title.tagName, desc.tagName]).toEqual(['title', 'desc']);
      expect(text(title).trim()).not.toBe('');
      expect(text(desc).trim().length).toBeGreaterThan(20);
    }
    // decorative key swatches are hidden from screen readers
    for (const svg of all(doc, (el) => el.tagName === 'svg' && attr(el, 'role') !== 'img')) expect(attr(svg, 'aria-hidden')).toBe('true');
    for (const chart of all(doc, byClass('figure', 'chart'))) expect(all(chart, byTag('table'))).toHaveLength(1);
    for (const cohort of all(doc, byClass('article', 'cohort'))) {
      expect(all(cohort, byTag('svg')).filter((s) => attr(s, 'role') === 'img')).toHaveLength(1);
      expect(all(cohort, byTag('table'))).toHaveLength(1);
    }
    for (const id of ['capacity', 'map']) expect(all(all(doc, byId(id))[0]!, byTag('table')).length).toBeGreaterThan(0);
  });

  it('draws exactly one dot per municipality of the participants, and a square per facilitator with their driving per day', async () => {
    const { html } = await allCohorts();
    const doc = parseStrict(html);
    const dots = all(doc, byClass('circle', 'place')).filter((c) => attr(c, 'data-municipality'));
    const codes = dots.map((c) => attr(c, 'data-municipality'));
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes)).toEqual(await runningMunicipalities(['cohorts']));
    expect(all(doc, byClass('path', 'province'))).toHaveLength(12);
    const thijs = all(doc, byClass('rect', 'traveller')).find((r) => attr(r, 'data-person') === 'thijs-de-graaf')!;
    expect(text(thijs)).toBe('Thijs de Graaf (Amersfoort): Fri 19 Mar 2027 53 km, 1h00; Fri 2 Apr 2027 53 km, 1h00; Fri 23 Apr 2027 53 km, 1h00');
  });

  it("gives each facilitator's day the km and driving time the plan's score analysis gives it", async () => {
    const { html } = await allCohorts();
    const doc = parseStrict(html);
    const plan = (await runIn(memoryIO(shippedExamples()), ['plan', 'cohorts', ...TODAY])).stdout;
    const days = [...plan.matchAll(/• (.+?) (\d{4}-\d{2}-\d{2}): .+: (\d+) km, (\d+h\d\d)$/gm)];
    expect(days.length).toBeGreaterThanOrEqual(10);
    const rows = all(all(doc, byId('map'))[0]!, byTag('tr')).map((tr) => all(tr, byTag('td')).map(text));
    for (const [, name, date, km, time] of days) {
      const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
      const row = rows.find((r) => r[0] === name && r[2]!.endsWith(`${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`));
      expect(row, `${name} ${date}`).toBeDefined();
      expect([row![3], row![4]]).toEqual([km, time]);
    }
  });

  it("charts the same numbers as `cohort capacity`: per province, members and non-members", async () => {
    const { html } = await allCohorts();
    const doc = parseStrict(html);
    const io = memoryIO(shippedExamples());
    const cap = JSON.parse((await runIn(io, ['capacity', 'cohorts', '--format', 'json', ...TODAY])).stdout) as {
      cohorts: { cohort: string; members: number; nonMembers: number; provinces: { province: string; demand: number }[] }[];
    };
    const counts = (id: string) => all(all(doc, byId(id))[0]!, byTag('rect')).map((r) => Number(attr(r, 'data-count')));
    for (const c of cap.cohorts) {
      expect(counts(`ch--${c.cohort}--provinces`)).toEqual(c.provinces.map((p) => p.demand));
      expect(counts(`ch--${c.cohort}--members`)).toEqual([c.members, c.nonMembers]);
    }
    // the wethouders' brochure counts members per party
    expect(text(all(doc, byId('ch--wv-basisopleiding-2027--parties'))[0]!)).toContain('VVD');
  });

  it('--redact leaves out every name and e-mail address of participants and facilitators', async () => {
    const files = shippedExamples();
    const { html, code } = await report(['cohorts', '--redact', '--out', 'report.html'], files);
    expect(code).toBe(0);
    const loaded = await loadProject(memoryIO(shippedExamples()), ['cohorts'], 'en');
    const names = loaded.project.cohorts.flatMap((c) => [...c.cohort.registrations.flatMap((r) => [r.name, r.email, ...(r.partner ? [r.partner] : [])]), ...[...c.people.values()].flatMap((p) => [p.name, ...(p.email ? [p.email] : [])])]);
    expect(names.length).toBeGreaterThan(50);
    const body = text(parseStrict(html));
    for (const n of names) {
      expect(html).not.toContain(n);
      expect(body).not.toContain(n);
    }
    expect(html).not.toMatch(/@example\./);
    expect(body).toContain('w01 (wv-basisopleiding-2027)');
  });

  it('never writes an e-mail address, also without --redact', async () => {
    const { html } = await allCohorts();
    const loaded = await loadProject(memoryIO(shippedExamples()), ['cohorts'], 'en');
    const emails = loaded.project.cohorts.flatMap((c) => [...c.cohort.registrations.map((r) => r.email), ...[...c.people.values()].flatMap((p) => (p.email ? [p.email] : []))]);
    expect(emails.length).toBeGreaterThan(40);
    for (const a of emails) expect(html).not.toContain(a);
    expect(html).toContain('Jeroen Pauwels');
  });

  it('speaks Dutch with --lang nl: the page, the headings and the dates', async () => {
    const { html } = await report([WV, '--lang', 'nl', '--out', 'report.html']);
    const doc = parseStrict(html);
    expect(attr(all(doc, byTag('html'))[0]!, 'lang')).toBe('nl');
    expect(all(doc, byTag('h2')).map(text)).toEqual(['Tijdlijn', 'Capaciteit en reservelijst', 'Kaart', 'Deelnemers']);
    expect(html).toContain('vr 19 mrt 2027');
  });

  it('writes to stdout without --out', async () => {
    const r = await report([WV]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it.each<[string, string[], (files: Map<string, Uint8Array>) => void, number, RegExp]>([
    ['an invalid cohort file', [WV], (f) => f.set(WV, new TextEncoder().encode('id: [\n')), 1, /the files have errors; no report was made/],
    ['no cohort among the files', ['programmes/wv-basisopleiding.yaml'], () => undefined, 2, /no cohort files found/],
    ['--out onto an input file', [WV, '--out', WV], () => undefined, 2, /.+/],
  ])('%s: the exit code and one line that says why, nothing written', async (_name, argv, edit, exit, message) => {
    const files = shippedExamples();
    edit(files);
    const before = new Map(files);
    const r = await report(argv, files);
    expect(r.code).toBe(exit);
    expect(r.stderr).toMatch(message);
    expect(r.io.text('report.html')).toBeUndefined();
    for (const [path, bytes] of before) expect(r.io.files.get(path)).toEqual(bytes);
  });
});

export type { Element };
