/**
 * The shipped pre-commit hook, installed by the real pre-commit (Debian's package) from a pinned
 * `rev` into a fresh repository, the way a user's `.pre-commit-config.yaml` names it. Offline but
 * for npm: the hook's repository is a local clone of this one.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/io.js';

// Git variables of a surrounding hook or CI job must not point the commands below at another repository.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
const tmp = mkdtempSync(join(tmpdir(), 'cohort-pre-commit-'));
const hookRepo = join(tmp, 'hook');
const userRepo = join(tmp, 'user');

function sh(cmd: string, args: string[], cwd: string, input?: string): string {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
const git = (cwd: string, ...args: string[]) => sh('git', ['-c', 'user.name=cohort test', '-c', 'user.email=test@example.invalid', ...args], cwd);

/** A clone of this repository at HEAD, plus one commit with any uncommitted work, so the check sees the working tree. */
function cloneHookRepo(): string {
  const head = git(ROOT, 'rev-parse', 'HEAD').trim();
  git(tmp, 'clone', '--quiet', '--no-checkout', ROOT, hookRepo);
  git(hookRepo, 'checkout', '--quiet', '--detach', head);
  const diff = git(ROOT, 'diff', 'HEAD', '--binary');
  if (diff !== '') sh('git', ['apply', '--whitespace=nowarn'], hookRepo, diff);
  for (const file of git(ROOT, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(hookRepo, file));
  }
  git(hookRepo, 'add', '--all');
  if (git(hookRepo, 'status', '--porcelain') !== '') git(hookRepo, 'commit', '--quiet', '--no-verify', '-m', `working tree of ${head}`);
  return git(hookRepo, 'rev-parse', 'HEAD').trim();
}

function preCommit(): SpawnSyncReturns<string> {
  return spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
    cwd: userRepo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // TRAVIS makes pre-commit split a hook's files over 2 processes on any machine, unless the hook is require_serial.
    env: { ...cleanEnv, PRE_COMMIT_HOME: join(tmp, 'cache'), TRAVIS: 'true', NO_COLOR: '1' },
  });
}

/** The files the hook's `files` pattern selects in the user's repository. */
function hookFiles(): string[] {
  return ['programmes', 'cohorts'].flatMap((dir) => readdirSync(join(userRepo, dir)).filter((f) => /\.(ya?ml|csv)$/.test(f)).map((f) => `${dir}/${f}`));
}

beforeAll(() => {
  const rev = cloneHookRepo();
  mkdirSync(userRepo);
  git(userRepo, 'init', '--quiet');
  for (const dir of ['programmes', 'cohorts']) cpSync(join(ROOT, dir), join(userRepo, dir), { recursive: true });
  writeFileSync(join(userRepo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: cohort-validate\n`);
  git(userRepo, 'add', '--all');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pre-commit run --all-files with the cohort-validate hook', () => {
  it('installs from the pinned rev and passes on the shipped examples (warnings only)', () => {
    const r = preCommit();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cohort validate\.+Passed$/m);
  });

  it('fails on a planted error, with its place and one summary for all files', () => {
    const file = join(userRepo, 'programmes/loopbaanplus.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^capacity:/m, 'capacty:'));
    git(userRepo, 'add', '--all');
    const r = preCommit();
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^cohort validate\.+Failed$/m);
    expect(r.stdout).toMatch(/^programmes\/loopbaanplus\.yaml:\d+:1: error: unknown key 'capacty' \[schema\/unknown-key\]$/m);
    // require_serial: one process saw every file, so one summary counts them all.
    const summaries = [...r.stdout.matchAll(/^[✖⚠✔] .*$/gm)].map((m) => m[0]);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain(`of ${hookFiles().length} files`);
  });
});
