/** Hostile paths and outputs (issue: safe under hostile input): a clear line and exit 1 or 2, never an internal error, never a clobbered file. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cohortIn } from '../support/io.js';
import { BIN, workspace } from './helpers.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23'];
const DROOM = 'cohorts/droom-2027.yaml';

describe('--out never clobbers an input or a device', () => {
  it.each([
    (dir: string) => join(dir, DROOM),
    () => `./cohorts/../${DROOM}`,
    (dir: string) => {
      symlinkSync(join(dir, DROOM), join(dir, 'link.yaml'));
      return 'link.yaml';
    },
  ])('an input file spelt another way (%#) is refused with exit 2 and kept byte for byte', async (spell) => {
    const dir = workspace({}, { withExamples: true });
    const before = readFileSync(join(dir, DROOM));
    const out = spell(dir);
    const r = await cohortIn(['plan', DROOM, '--out', out, ...TODAY], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stderr: `cohort: --out ${out} is one of the input files\n` });
    expect(readFileSync(join(dir, DROOM))).toEqual(before);
    const v = await cohortIn(['validate', 'cohorts', '--out', './cohorts/../cohorts/ngb-begeleiders.people.yaml'], { cwd: dir });
    expect(v.code).toBe(2);
  });

  it('/dev/null stays a device and /dev/full is exit 2', async () => {
    const ok = await cohortIn(['plan', DROOM, '--out', '/dev/null', ...TODAY]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const full = await cohortIn(['validate', 'programmes', '--out', '/dev/full']);
    expect(full).toMatchObject({ code: 2, stderr: 'cohort: cannot write /dev/full: no space left on the device\n' });
  });

  it.each([
    [['plan', DROOM, '--out', ''], 'cannot write : '],
    [['plan', DROOM, '--out', 'cohorts'], 'cannot write cohorts: it is a folder'],
    [['plan', DROOM, '--per', 'participant', '--out', 'cohorts/ngb-begeleiders.people.yaml'], '--out cohorts/ngb-begeleiders.people.yaml is one of the input files'],
    [['plan', DROOM, '--per', 'participant', '--out', 'notes.txt'], 'cannot write notes.txt: a file of that name exists'],
    [['plan', DROOM, '--out', 'notes.txt/plan.txt'], 'cannot write notes.txt/plan.txt: a part of the path is a file, not a folder'],
    [['plan', DROOM, '--out', `${'x'.repeat(5000)}.txt`], 'the name is too long'],
  ])('%#: a bad --out is exit 2 with the reason', async (argv, message) => {
    const dir = workspace({ 'notes.txt': 'mine' }, { withExamples: true });
    const r = await cohortIn([...argv, ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('--out through a link, and the permissions of an edited file', () => {
  it('--out at a link writes the file it points to and keeps the link', async () => {
    const dir = workspace({ 'real.txt': 'old' }, { withExamples: true });
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const r = await cohortIn(['plan', DROOM, '--out', 'link.txt', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toMatch(/^De droom van elke burgemeester/);
  });

  it("--pin keeps a cohort file's permissions", async () => {
    const dir = workspace({}, { withExamples: true });
    chmodSync(join(dir, DROOM), 0o640);
    expect((await cohortIn(['plan', DROOM, '--pin', ...TODAY], { cwd: dir })).code).toBe(0);
    expect(statSync(join(dir, DROOM)).mode & 0o777).toBe(0o640);
  });

  it('a --today in the year 0 still gives a calendar', async () => {
    const r = await cohortIn(['plan', DROOM, '--format', 'ics', '--today', '0000-01-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('DTSTAMP:00000101T000000Z');
  });
});

describe('hostile paths are usage errors or located problems, never internal errors', () => {
  it('a link loop, a path through a file, a long name, a FIFO and a device given as paths', async () => {
    const dir = workspace({ 'a.yaml': 'id: x\n' });
    symlinkSync('loop', join(dir, 'loop'));
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const cases: [string, string][] = [
      ['loop', 'cannot read loop: too many symbolic links (a link loop)'],
      ['a.yaml/b.yaml', 'a.yaml/b.yaml: no such file or directory'],
      [`${'n'.repeat(5000)}.yaml`, 'the name is too long'],
      ['pipe', 'pipe: not a file or folder (a device or a pipe)'],
      ['/dev/zero', '/dev/zero: not a file or folder (a device or a pipe)'],
      ['/dev/null', '/dev/null: not a file or folder (a device or a pipe)'],
    ];
    for (const [path, message] of cases) {
      const r = await cohortIn(['validate', path], { cwd: dir });
      expect(r.code, `${path}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('a cohort whose references lead nowhere gets ref/missing-file at that line (exit 1)', async () => {
    const dir = workspace({}, { withExamples: true });
    const file = join(dir, DROOM);
    symlinkSync('self.people.yaml', join(dir, 'cohorts/self.people.yaml'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('people: [ngb-begeleiders.people.yaml]', `people: [droom-2027.yaml/x.people.yaml, self.people.yaml, ${'p'.repeat(5000)}.people.yaml]`));
    const r = await cohortIn(['validate', DROOM, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const missing = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'ref/missing-file');
    expect(missing.map((d: { line: number }) => d.line)).toEqual([17, 17, 17]);
  });

  it.each(['droom-2027.yaml/x.csv', '"x\\0y.csv"', `${'r'.repeat(5000)}.csv`, 'self.csv'])('registrations: %s is ref/missing-file at its line (exit 1)', async (ref) => {
    const dir = workspace({}, { withExamples: true });
    symlinkSync('self.csv', join(dir, 'cohorts/self.csv'));
    const file = join(dir, 'cohorts/loopbaanplus-2027.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('registrations:')) + 1;
    writeFileSync(file, text.replace(/^registrations: .*$/m, `registrations: ${ref}`));
    const r = await cohortIn(['validate', 'cohorts/loopbaanplus-2027.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { rule: string }) => x.rule === 'ref/missing-file');
    expect(d).toMatchObject({ line, file: 'cohorts/loopbaanplus-2027.yaml' });
  });

  it('an unreadable file (as a user other than root) is exit 2 with the reason', async () => {
    const dir = workspace({ 'programmes/p.yaml': 'id: p\n' });
    chmodSync(join(dir, 'programmes/p.yaml'), 0);
    const r = spawnSync(process.execPath, [BIN, 'validate', 'programmes/p.yaml'], { cwd: dir, encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cohort: cannot read programmes/p.yaml: permission denied\n');
  });

  it('a cohort file that does not parse gets its own diagnostic at file:line:col (exit 1), not "not a cohort"', async () => {
    const dir = workspace({}, { withExamples: true });
    writeFileSync(join(dir, DROOM), 'id: droom-2027\nprogramme: [unclosed\n');
    const r = await cohortIn(['plan', DROOM, '--no-color', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cohorts\/droom-2027\.yaml:\d+:\d+: error/m);
    expect(r.stderr).not.toContain('not a cohort');
  });
});

describe('the process itself', () => {
  it('stdout at a full device is exit 2 with one line; a closed pipe ends quietly', () => {
    const full = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate > /dev/full`], { encoding: 'utf8' });
    expect(full.status).toBe(2);
    expect(full.stderr).toBe('cohort: cannot write standard output: no space left on the device\n');
    const pipe = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" plan cohorts -q --today 2026-11-23 | head -c0`], { encoding: 'utf8' });
    expect(pipe.stderr).toBe('');
  });

  it('a deleted working folder is a usage error, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cohort-gone-'));
    const r = spawnSync('sh', ['-c', `cd "${dir}" && rmdir "${dir}" && "${process.execPath}" "${BIN}" validate`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cohort: no programmes\/ or cohorts\/ folder here/);
  });

  it('Ctrl-C during plan --pin stops at once and leaves the cohort file as it was', async () => {
    const dir = workspace({}, { withExamples: true });
    // cohorts whose plan --pin writes (no proposed groups or coaches): left alone, the run changes all three
    const files = ['cohorts/loopbaanplus-2027.yaml', 'cohorts/wv-basisopleiding-2027.yaml', 'cohorts/droom-2027.yaml'];
    const before = files.map((f) => readFileSync(join(dir, f)));
    const child = spawn(process.execPath, [BIN, 'plan', ...files, '--pin', ...TODAY], { cwd: dir, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGINT');
    const signal = await new Promise((r) => child.on('exit', (_code, sig) => r(sig)));
    expect(signal).toBe('SIGINT');
    expect(files.map((f) => readFileSync(join(dir, f)))).toEqual(before);
    expect(existsSync(join(dir, 'cohorts/.loopbaanplus-2027.yaml.tmp'))).toBe(false);
    // the control: the same run left alone pins every one of them
    const control = spawnSync(process.execPath, [BIN, 'plan', ...files, '--pin', ...TODAY], { cwd: dir, encoding: 'utf8' });
    expect(control.status).toBe(0);
    files.forEach((f, k) => expect(readFileSync(join(dir, f)).equals(before[k]!), f).toBe(false));
  });
});
