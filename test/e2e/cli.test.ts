/** The command line itself: help with examples and exit codes, version, usage errors. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohort, ROOT } from './helpers.js';

describe('cohort (no command)', () => {
  it('--version prints the package version', () => {
    const r = cohort(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each(['validate', 'plan', 'schema'])('%s --help shows examples and the exit codes', (command) => {
    const r = cohort([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`$ cohort ${command}`);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*2 +usage or I\/O error/);
  });

  it('an unknown command is a usage error (exit 2)', () => {
    const r = cohort(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('--today must be a date', () => {
    const r = cohort(['plan', 'cohorts/droom-2027.yaml', '--today', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--today expects a real date YYYY-MM-DD, got 'tomorrow'");
  });

  it('plan --per without --out is a usage error that names the flag', () => {
    const r = cohort(['plan', 'cohorts/droom-2027.yaml', '--per', 'participant']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--per needs --out DIR');
  });

  it('LANG=nl_NL.UTF-8 gives Dutch without --lang', () => {
    const r = cohort(['validate', 'programmes/loopbaanplus.yaml', '--no-color'], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(r.stdout).toContain('1 bestand geldig');
  });
});

describe('on a newcomer PATH', () => {
  it('npx cohort runs the built command from the repository, as the README says', () => {
    const r = spawnSync('npx', ['--no-install', 'cohort', '--version'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
