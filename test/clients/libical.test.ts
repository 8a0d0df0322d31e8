/**
 * The ICS exports read by libical (Debian's libical-dev, the library behind Evolution), through
 * test/clients/libical-check.c: libical's parser and its RFC 5546 restriction check
 * (icalrestriction_check), which reports "Failed iTIP restrictions for ORGANIZER property" for a
 * METHOD:PUBLISH without an ORGANIZER.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIcs, renderIcsPerPerson } from '../../src/export/plan/index.js';
import { context, sessions } from '../export-plan/fixtures.js';
import { cohortIn, ROOT } from '../support/io.js';

const TODAY = ['--today', '2026-11-23'];
const COHORTS = readdirSync(join(ROOT, 'cohorts'))
  .filter((f) => f.endsWith('.yaml') && !/\.(people|registrations)\.yaml$/.test(f))
  .map((f) => f.replace(/\.yaml$/, ''));

const tmp = mkdtempSync(join(tmpdir(), 'cohort-libical-'));
const checker = join(tmp, 'libical-check');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sh(cmd: string, args: string[], hint: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} could not run (${r.error.message}): install Debian's ${hint}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr} (install Debian's ${hint})`);
  return r.stdout;
}

beforeAll(() => {
  const flags = sh('pkg-config', ['--cflags', '--libs', 'libical'], 'pkg-config and libical-dev').trim().split(/\s+/).filter(Boolean);
  sh('cc', ['-Wall', '-Werror', '-o', checker, join(ROOT, 'test/clients/libical-check.c'), ...flags], 'gcc, libc6-dev and libical-dev');
});

interface Checked {
  status: number | null;
  output: string;
}

let n = 0;
function check(ics: string): Checked {
  const file = join(tmp, `${n++}.ics`);
  writeFileSync(file, ics);
  const r = spawnSync(checker, [file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, output: r.stdout + r.stderr };
}

/** What libical says of a calendar with events, when it has nothing to complain about. */
function clean(ics: string): void {
  const r = check(ics);
  expect(r.output).toMatch(/^0 problem\(s\), \d+ event\(s\)$/m);
  expect(r.status, r.output).toBe(0);
}

describe('libical reads every export without a problem', () => {
  it.each(COHORTS)('cohort plan cohorts/%s.yaml --format ics, and --per participant and facilitator', async (name) => {
    const r = await cohortIn(['plan', `cohorts/${name}.yaml`, '--format', 'ics', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    clean(r.stdout);
    for (const per of ['participant', 'facilitator']) {
      const dir = join(tmp, `${name}-${per}`);
      const p = await cohortIn(['plan', `cohorts/${name}.yaml`, '--per', per, '--out', dir, ...TODAY]);
      expect(p.code, p.stderr).toBe(0);
      for (const f of readdirSync(dir)) clean(readFileSync(join(dir, f), 'utf8'));
    }
  });

  it('a calendar with the organiser’s address is a PUBLISH that keeps RFC 5546’s restrictions', () => {
    const ics = renderIcs(sessions, context('nl'));
    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
    clean(ics);
    for (const f of renderIcsPerPerson(sessions, context('en'), 'participant')) clean(f.ics);
  });

  it('catches a METHOD:PUBLISH without an ORGANIZER, as in exports before this check', async () => {
    const r = await cohortIn(['plan', 'cohorts/loopbaanplus-2027.yaml', '--format', 'ics', ...TODAY]);
    const snapshot = r.stdout.replace(/\r\nMETHOD:[^\r]*/, '');
    const publish = check(snapshot.replace('CALSCALE:GREGORIAN\r\n', 'CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n'));
    expect(publish.status).toBe(1);
    expect(publish.output).toContain('Failed iTIP restrictions for ORGANIZER property');
  });
});
