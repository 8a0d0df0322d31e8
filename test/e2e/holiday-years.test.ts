/** A cohort beyond the shipped holiday years is refused with the years cohort knows, never planned as if there were no holidays. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cohortIn } from '../support/io.js';
import { ROOT, workspace } from './helpers.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

describe('cohort plan outside the shipped holiday years', () => {
  it('names the years it knows and writes nothing', async () => {
    const cohort = readFileSync(join(ROOT, 'cohorts/droom-2027.yaml'), 'utf8')
      .replace(/^start: .*$/m, 'start: "2150-02-01"')
      .replace(/^end: .*\n/m, '')
      .replace(/^fixed:\n(?: {2}.*\n)*/m, '');
    const dir = workspace({ 'cohorts/droom-2027.yaml': cohort }, { withExamples: true });
    const r = await cohortIn(['plan', 'cohorts/droom-2027.yaml', '--format', 'ics', '--out', 'droom.ics'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain('cohort knows the Dutch public holidays of 2000 to 2100 only, and 2150 is asked for');
    expect(readdirSync(dir)).not.toContain('droom.ics');
  });
});
