/** Second level: `cohort groups` through the CLI with an in-memory IO holding the shipped examples; golden files for every format. */
import { describe, expect, it } from 'vitest';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

const IV = 'cohorts/intervisie-2027.yaml';
const IV_CSV = 'cohorts/intervisie-2027.registrations.csv';
const ARGS = ['--today', '2026-12-01', '--no-color'];

const examples = () => memoryIO(shippedExamples());

describe('cohort groups', () => {
  it.each([
    ['table', [], 'intervisie-2027.txt'],
    ['table in Dutch', ['--lang', 'nl'], 'intervisie-2027.nl.txt'],
    ['best groups', ['--policy', 'best'], 'intervisie-2027.best.txt'],
    ['csv', ['--format', 'csv'], 'intervisie-2027.csv'],
    ['csv in Dutch', ['--format', 'csv', '--lang', 'nl'], 'intervisie-2027.nl.csv'],
    ['json', ['--format', 'json'], 'intervisie-2027.json'],
  ])('%s of the shipped intervisie cohort', async (_name, extra, golden) => {
    const r = await runIn(examples(), ['groups', IV, ...ARGS, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`./expected/groups/${golden}`);
  });

  it('accepts the cohort id and writes --out atomically, never onto an input', async () => {
    const io = examples();
    const r = await runIn(io, ['groups', 'intervisie-2027', '--format', 'json', '--out', 'groups.json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(io.text('groups.json')!).groups).toHaveLength(2);
    const refused = await runIn(examples(), ['groups', IV, '--format', 'csv', '--out', IV_CSV, ...ARGS]);
    expect(refused.code).toBe(2);
  });

  it('everyone from one municipality: the reserve list with the reason, one line naming the file, exit 1', async () => {
    const files = shippedExamples();
    const csv = new TextDecoder().decode(files.get(IV_CSV)!);
    const [header, ...rows] = csv.trimEnd().split(/\r?\n/);
    // Every registration in Utrecht (column 4).
    const utrecht = rows.map((row) => row.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, '$1Utrecht'));
    files.set(IV_CSV, new TextEncoder().encode(`${[header, ...utrecht].join('\n')}\n`));
    const r = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cohort: cohorts/intervisie-2027.yaml: no group can be formed (13 in the running; a group needs 6 members from different municipalities)\n');
    expect(r.stdout).toContain('too few registrations for a group (13 in the running, a group needs 6 from different municipalities)');
  });

  it('a cohort with errors is refused with its diagnostics (exit 1)', async () => {
    const files = shippedExamples();
    files.set(IV, new TextEncoder().encode(new TextDecoder().decode(files.get(IV)!).replace('programme: intervisie-wethouders', 'programme: intervisie-wethouderz')));
    const r = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/intervisie-2027\.yaml:\d+:\d+/);
  });

  it('an unknown policy is a usage error (exit 2)', async () => {
    const r = await runIn(examples(), ['groups', IV, '--policy', 'random', ...ARGS]);
    expect(r.code).toBe(2);
  });
});
