/**
 * Bestuurderspool (seed 001): "Een reeks van 5 á 8 gesprekken ... is doorgaans voldoende. Uiteraard
 * met de mogelijkheid van extra gesprekken of observaties, op basis van onderlinge afspraken."
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const COHORT = 'cohorts/bestuurderspool-2027.yaml';

function withFixed(lines: string): Map<string, Uint8Array> {
  const files = shippedExamples();
  const text = new TextDecoder().decode(files.get(COHORT)!);
  files.set(COHORT, new TextEncoder().encode(`${text}fixed:\n${lines}`));
  return files;
}

interface Session {
  session: string;
  start: string;
  participants?: string[];
  title: string;
}

async function planOf(files: Map<string, Uint8Array>): Promise<Session[]> {
  const r = await runIn(memoryIO(files, { today: '2026-12-01' }), ['plan', COHORT, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { sessions: Session[] }).sessions;
}

describe('Bestuurderspool: the usual range and extra conversations', () => {
  it('without agreements every coachee gets the fewest conversations of 5..8 that reach the spread', async () => {
    const b01 = (await planOf(shippedExamples())).filter((s) => s.participants?.[0] === 'b01' && s.session.startsWith('coaching'));
    expect(b01.map((s) => s.session)).toEqual(['coaching#1@b01', 'coaching#2@b01', 'coaching#3@b01', 'coaching#4@b01', 'coaching#5@b01']);
  });

  it('a sixth conversation the pair agreed lengthens the series; a ninth is an extra, kept as agreed, without an error', async () => {
    const files = withFixed('  - { session: "coaching#6@b01", date: "2027-10-04" }\n  - { session: "coaching#9@b01", date: "2027-10-20", start: "14:00" }\n');
    const v = await runIn(memoryIO(files), ['validate', COHORT, '--no-color']);
    expect(v.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ \d+ files valid$/);
    const b01 = (await planOf(files)).filter((s) => s.participants?.[0] === 'b01' && s.session.startsWith('coaching'));
    expect(b01.map((s) => s.session)).toEqual(['coaching#1@b01', 'coaching#2@b01', 'coaching#3@b01', 'coaching#4@b01', 'coaching#5@b01', 'coaching#6@b01', 'coaching#9@b01']);
    expect(b01.find((s) => s.session === 'coaching#6@b01')!.start.slice(0, 10)).toBe('2027-10-04');
    expect(b01.find((s) => s.session === 'coaching#9@b01')!.start).toBe('2027-10-20T14:00');
  });

  it('an extra conversation needs a coachee of the cohort and a coaching phase', async () => {
    const files = withFixed('  - { session: "coaching#9@b99", date: "2027-10-20" }\n  - { session: "intake#2@b01", date: "2027-10-20" }\n');
    const v = await runIn(memoryIO(files), ['validate', COHORT, '--no-color']);
    expect(v.code).toBe(1);
    expect(v.stdout.match(/\[fixed\/unknown-session\]/g)).toHaveLength(2);
  });
});

describe('Bestuurderspool: observations at council meetings, at the meeting\'s own time', () => {
  it('the planner proposes no observation; none without a meeting date', async () => {
    expect((await planOf(shippedExamples())).filter((s) => s.session.startsWith('observatie'))).toEqual([]);
  });

  it('an observation fixed at a Wednesday council evening is held then, outside office hours, with every hard rule kept', async () => {
    const files = withFixed('  - { session: "observatie#1@b02", date: "2027-04-14", start: "19:30" }\n  - { session: "observatie#2@b02", date: "2027-04-21", start: "20:00" }\n');
    const obs = (await planOf(files)).filter((s) => s.session.startsWith('observatie'));
    expect(obs.map((s) => [s.session, s.start])).toEqual([
      ['observatie#1@b02', '2027-04-14T19:30'],
      ['observatie#2@b02', '2027-04-21T20:00'],
    ]);
  });
});
