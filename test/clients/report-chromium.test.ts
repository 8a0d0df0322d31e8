/**
 * The HTML report opened in a real browser: Debian's chromium driven by playwright-core (no browser
 * download; scripts/test-clients.mjs installs the Debian package). It renders without console errors
 * or network requests, the map shows one dot per participant municipality, the charts' numbers are
 * the capacity report's, it fits a phone's width, and it prints to A4 pages. A screenshot and the PDF
 * are written to test/clients/out/ as CI artefacts (not compared pixel by pixel).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { placeCohorts } from '../../src/capacity/place.js';
import { loadProject } from '../../src/commands/project.js';
import type { Programme } from '../../src/model/types.js';
import { cohortIn, memoryIO, ROOT, shippedExamples } from '../support/io.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test/clients/out');
const tmp = mkdtempSync(join(tmpdir(), 'cohort-report-'));
const TODAY = ['--today', '2026-11-23'];

let browser: Browser;
let page: Page;
const problems: string[] = [];
const file = join(tmp, 'report.html');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (npm run test:clients does) or set CHROMIUM`);
  const r = await cohortIn(['report', 'cohorts', '--out', file, ...TODAY]);
  expect(r.code, r.stderr).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`console ${m.type()}: ${m.text()}`) : undefined));
  page.on('pageerror', (err) => void problems.push(`page error: ${err.message}`));
  page.on('request', (req) => void (req.url().startsWith('file:') ? undefined : problems.push(`request: ${req.url()}`)));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function runningMunicipalities(): Promise<Set<string>> {
  const loaded = await loadProject(memoryIO(shippedExamples()), ['cohorts'], 'en');
  const cohorts = loaded.project.cohorts
    .filter((c): c is typeof c & { programme: Programme } => c.programme !== undefined && loaded.requested.includes(c.file))
    .map((c) => ({ cohort: c.cohort, programme: c.programme }));
  return new Set([...placeCohorts(cohorts, { today: '2026-11-23' }).values()].flatMap((p) => [...p.placed, ...p.reserve]).map((r) => findMunicipality(r.municipality)!.code));
}

describe('the HTML report in chromium', () => {
  it('renders without console errors and fetches nothing', async () => {
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toMatch(/^Programme report: /);
    expect(problems).toEqual([]);
  });

  it('shows exactly one dot per participant municipality, on the map of the 12 provinces', async () => {
    const codes = await page.locator('#map-nl circle.place').evaluateAll((els) => els.map((e) => e.getAttribute('data-municipality')));
    expect(codes.length).toBe(new Set(codes).size);
    expect(new Set(codes)).toEqual(await runningMunicipalities());
    expect(await page.locator('#map-nl path.province').count()).toBe(12);
    // every dot lies inside the drawn map
    const box = (await page.locator('#map-nl').boundingBox())!;
    for (const dot of await page.locator('#map-nl circle.place').all()) {
      const b = (await dot.boundingBox())!;
      expect(b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height).toBe(true);
    }
  });

  it("charts the capacity report's numbers", async () => {
    const r = await cohortIn(['capacity', 'cohorts', '--format', 'json', ...TODAY]);
    const cap = JSON.parse(r.stdout) as { cohorts: { cohort: string; members: number; nonMembers: number; provinces: { demand: number }[] }[] };
    for (const c of cap.cohorts) {
      const counts = (chart: string) => page.locator(`[id="ch--${c.cohort}--${chart}"] rect.bar`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
      expect(await counts('provinces')).toEqual(c.provinces.map((p) => p.demand));
      expect(await counts('members')).toEqual([c.members, c.nonMembers]);
    }
  });

  it('fits a phone: nothing wider than the screen but the scrolling tables', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(pathToFileURL(file).href);
    // runs in the page, where `document` is the page's (this file is typed for Node)
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    mkdirSync(OUT, { recursive: true });
    await phone.screenshot({ path: join(OUT, 'report-phone.png') });
    await phone.close();
  });

  it('prints to a PDF of A4 pages, and leaves a screenshot', async () => {
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: false });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(OUT, 'report.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(3);
    // A4 is 595 × 842 points
    for (const b of boxes) expect(b).toEqual([595, 842]);
    expect(problems).toEqual([]);
  });
});
