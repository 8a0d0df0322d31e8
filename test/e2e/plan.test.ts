/** `cohort plan` in-process on every shipped example cohort (the time-zone check runs the built process): golden files, ical.js, csv-parse, --per, --pin. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { lintIcs } from '../export-plan/ics-lint.js';
import { cohortIn } from '../support/io.js';
import { cohort, ROOT, workspace } from './helpers.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23'];
const COHORTS = readdirSync(join(ROOT, 'cohorts'))
  .filter((f) => f.endsWith('.yaml') && !/\.(people|registrations)\.yaml$/.test(f))
  .map((f) => f.replace(/\.yaml$/, ''));

interface JsonSession {
  uid: string;
  session: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string;
  participants: string[];
  facilitators: string[];
}

async function planJson(name: string): Promise<{ sessions: JsonSession[]; infeasible: unknown[] }> {
  const r = await cohortIn(['plan', `cohorts/${name}.yaml`, '--format', 'json', ...TODAY]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe.each(COHORTS)('cohort plan cohorts/%s.yaml', (name) => {
  it.each([
    ['table', 'en', 'txt'],
    ['table', 'nl', 'nl.txt'],
    ['csv', 'en', 'csv'],
    ['csv', 'nl', 'nl.csv'],
    ['ics', 'en', 'ics'],
    ['json', 'en', 'json'],
  ])('as %s (%s) matches the golden file', async (format, lang, ext) => {
    const r = await cohortIn(['plan', `cohorts/${name}.yaml`, '--format', format, '--lang', lang, '--no-color', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`expected/${name}.${ext}`);
  });

  it('the ICS passes the raw rules and ical.js reads every session at its local time', async () => {
    const json = await planJson(name);
    const r = await cohortIn(['plan', `cohorts/${name}.yaml`, '--format', 'ics', ...TODAY]);
    expect(lintIcs(r.stdout)).toEqual([]);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(json.sessions.map((s) => s.uid).sort());
    for (const e of events) {
      const s = json.sessions.find((x) => x.uid === e.uid)!;
      if (s.allDay) {
        expect(e.startDate.toString()).toBe(s.start);
      } else {
        expect(e.startDate.zone.tzid).toBe('Europe/Amsterdam');
        expect(e.startDate.toString().slice(0, 16)).toBe(s.start);
        expect(e.endDate.toString().slice(0, 16)).toBe(s.end);
      }
    }
  });

  it('the CSV parses back with one row per session and the same UIDs', async () => {
    const json = await planJson(name);
    const r = await cohortIn(['plan', `cohorts/${name}.yaml`, '--format', 'csv', ...TODAY]);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parseCsv(r.stdout, { bom: true, columns: true, delimiter: ',' });
    expect(rows.map((row) => row.uid)).toEqual(json.sessions.map((s) => s.uid));
  });
});

describe('the built bin/cohort', () => {
  it('gives the same bytes under another machine time zone', async () => {
    const args = ['plan', 'cohorts', '--format', 'ics', ...TODAY];
    // One spawn in New York against the same command in-process under UTC (the runtime reads TZ on each Date call).
    const saved = process.env.TZ;
    let a: Awaited<ReturnType<typeof cohortIn>>;
    try {
      process.env.TZ = 'UTC';
      a = await cohortIn(args);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    const b = cohort(args, { env: { TZ: 'America/New_York' } });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('planner rules seen from the command line', () => {
  it('De droom steps over Ascension Day (Thursday 6 May 2027) and keeps Thursday 18:30 to Friday 17:00', async () => {
    const json = await planJson('droom-2027');
    const blocks = json.sessions.filter((s) => s.session.startsWith('blok#'));
    expect(blocks).toHaveLength(4);
    for (const b of blocks) {
      expect(new Date(`${b.start.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(4);
      expect(b.start.slice(11)).toBe('18:30');
      expect(b.end.slice(11)).toBe('17:00');
      expect(b.start.slice(0, 10)).not.toBe('2027-05-06');
    }
    expect(blocks[0]!.start).toBe('2027-03-18T18:30');
  });

  it('plans all example cohorts together without double-booking a facilitator', async () => {
    const r = await cohortIn(['plan', 'cohorts', '--format', 'json', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const sessions: JsonSession[] = JSON.parse(r.stdout).sessions.filter((s: JsonSession) => !s.allDay && s.status !== 'cancelled');
    for (const [i, a] of sessions.entries()) {
      for (const b of sessions.slice(i + 1)) {
        const shared = a.facilitators.filter((f) => b.facilitators.includes(f));
        if (shared.length > 0) expect(a.end <= b.start || b.end <= a.start, `${a.uid} and ${b.uid} share ${shared}`).toBe(true);
      }
    }
  });

  it('explains a cohort that cannot be planned: which session, which rule, each date tried', async () => {
    const dir = workspace({}, { withExamples: true });
    const file = join(dir, 'cohorts/droom-2027.yaml');
    const text = readFileSync(file, 'utf8').replace('start: "2027-02-15"', 'start: "2027-04-26"').replace('end: "2027-06-11"', 'end: "2027-05-08"');
    writeFileSync(file, text.replace(/fixed:\n {2}- session: "blok#1"\n {4}date: "2027-03-18"[^\n]*\n/, ''));
    const r = await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--no-color', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('blok#1');
    expect(r.stderr).toMatch(/Thu 6 May 2027: Ascension Day/);
  });
});

describe('--per and --pin', () => {
  it('--per participant writes one calendar per person holding only their own sessions', async () => {
    const dir = workspace({}, { withExamples: true });
    const r = await cohortIn(['plan', 'cohorts/loopbaanplus-2027.yaml', '--per', 'participant', '--out', 'agenda', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'agenda')).sort();
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+\.ics$/);
    const csv = readFileSync(join(dir, 'cohorts/loopbaanplus-2027.registrations.csv'), 'utf8');
    const emails = [...csv.matchAll(/[\w.-]+@example\.nl/g)].map((m) => m[0]);
    for (const f of files) {
      const ics = readFileSync(join(dir, 'agenda', f), 'utf8');
      for (const e of emails) expect(ics).not.toContain(e);
      expect(ics).not.toContain('ATTENDEE');
    }
  });

  it('--per facilitator names each file once by the facilitator (people ids already spell the name)', async () => {
    const dir = workspace({}, { withExamples: true });
    const r = await cohortIn(['plan', 'cohorts/loopbaanplus-2027.yaml', '--per', 'facilitator', '--out', 'agenda', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // the required guest (the director at Groepsblok 1) gets a calendar of her session too
    expect(readdirSync(join(dir, 'agenda')).sort()).toEqual(['joost-hendriks.ics', 'marleen-vos.ics', 'ruth-mulder.ics']);
    const guest = readFileSync(join(dir, 'agenda', 'ruth-mulder.ics'), 'utf8');
    expect(guest.match(/^UID:.*$/gm)).toEqual(['UID:groepsblok-1.loopbaanplus-2027@cohort']);
  });

  it('--pin writes the dates as fixed, keeps comments, and a re-plan then changes nothing', async () => {
    const dir = workspace({}, { withExamples: true });
    const before = readFileSync(join(dir, 'cohorts/droom-2027.yaml'), 'utf8');
    const first = await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--pin', '--format', 'ics', '--out', 'droom.ics', ...TODAY], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/droom-2027: against the pinned plan 0 moved, \d+ added, 0 cancelled, 1 unchanged/);
    const after = readFileSync(join(dir, 'cohorts/droom-2027.yaml'), 'utf8');
    expect(after).toContain('# De droom van elke burgemeester, voorjaar 2027');
    expect(after).toContain('{ session: blok#2, date: "2027-');
    expect(after.split('\n').slice(0, 10)).toEqual(before.split('\n').slice(0, 10));
    const again = await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--pin', ...TODAY], { cwd: dir });
    expect(again.stderr).toMatch(/0 moved, 0 added, 0 cancelled, \d+ unchanged/);
    expect(readFileSync(join(dir, 'cohorts/droom-2027.yaml'), 'utf8')).toBe(after);
  });

  it('a withdrawn registration cancels its pinned appointment: STATUS:CANCELLED with a higher SEQUENCE', async () => {
    const dir = workspace({}, { withExamples: true });
    expect((await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--pin', ...TODAY], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'cohorts/droom-2027.yaml');
    const text = readFileSync(file, 'utf8');
    const withdrawn = text.replace(/(id: d01\n(?: {4}.*\n)*? {4}status: )confirmed/, '$1withdrawn');
    expect(withdrawn).not.toBe(text);
    writeFileSync(file, withdrawn);
    const r = await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--format', 'ics', '--pin', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/cancelled +kennismaking@d01/);
    const event = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'kennismaking@d01.droom-2027@cohort')!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(event.getFirstPropertyValue('summary'))).toMatch(/^Cancelled: /);
    expect(readFileSync(file, 'utf8')).toMatch(/session: kennismaking@d01, date: "[\d-]+", start: "[\d:]+", facilitator: [a-z-]+, sequence: 1, status: cancelled/);
  });
});
