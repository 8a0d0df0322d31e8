/** Second level: `cohort roster` through the CLI with an in-memory IO holding the shipped examples; golden files for every format. */
import { describe, expect, it } from 'vitest';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

const IV = 'cohorts/intervisie-2027.yaml';
const ARGS = ['--today', '2026-12-01', '--no-color'];
const examples = () => memoryIO(shippedExamples());

describe('cohort roster', () => {
  it.each([
    ['table', [], 'intervisie-2027.txt'],
    ['table in Dutch', ['--lang', 'nl'], 'intervisie-2027.nl.txt'],
    ['csv', ['--format', 'csv'], 'intervisie-2027.csv'],
    ['json', ['--format', 'json'], 'intervisie-2027.json'],
  ])('%s of the shipped intervisie cohort', async (_name, extra, golden) => {
    const r = await runIn(examples(), ['roster', IV, ...ARGS, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./expected/roster/${golden}`);
  });

  it('every member hosts exactly once, at their own town hall, with the group facilitator; the proposal is said on stderr', async () => {
    const r = await runIn(examples(), ['roster', 'intervisie-2027', '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('intervisie-2027: no pinned groups; planned with the 2 group(s) cohort groups proposes (g1, g2; cohort groups --pin keeps them)\n');
    const { meetings } = JSON.parse(r.stdout) as { meetings: { group: string; meeting: number; host: string; municipalityName: string; location: string; facilitators: string[] }[] };
    const hosts = meetings.map((m) => m.host);
    expect(hosts).toHaveLength(12);
    expect(new Set(hosts).size).toBe(12);
    expect(hosts).not.toContain('i14');
    for (const m of meetings) expect(m.location).toBe(`Gemeentehuis ${m.municipalityName}`);
    expect(meetings.map((m) => `${m.group}#${m.meeting}`)).toEqual(['g1', 'g2'].flatMap((g) => [1, 2, 3, 4, 5, 6].map((n) => `${g}#${n}`)));
    for (const g of ['g1', 'g2']) expect(new Set(meetings.filter((m) => m.group === g).map((m) => m.facilitators.join())).size).toBe(1);
  });

  it('the same roster as the plan: hosts and dates match the plan JSON', async () => {
    const plan = await runIn(examples(), ['plan', IV, '--format', 'json', ...ARGS]);
    const roster = await runIn(examples(), ['roster', IV, '--format', 'json', ...ARGS]);
    const sessions = (JSON.parse(plan.stdout) as { sessions: { session: string; start: string; location: { host?: string } }[] }).sessions;
    for (const m of (JSON.parse(roster.stdout) as { meetings: { session: string; start: string; host: string }[] }).meetings) {
      expect(sessions.find((s) => s.session === m.session)).toMatchObject({ start: m.start, location: { host: m.host } });
    }
  });

  it('a cohort without host rotation is a usage error (exit 2); --out never onto an input', async () => {
    const r = await runIn(examples(), ['roster', 'cohorts/droom-2027.yaml', ...ARGS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: cohorts/droom-2027.yaml: not an intervisie cohort (no phase with location: host-rotation), so nobody hosts a meeting\n');
    const refused = await runIn(examples(), ['roster', IV, '--out', 'cohorts/intervisie-2027.registrations.csv', ...ARGS]);
    expect(refused.code).toBe(2);
  });
});
