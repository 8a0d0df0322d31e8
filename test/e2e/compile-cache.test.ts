/** bin/cohort's V8 code cache: the same output with and without it, never stale code, never a directory others can write. */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const uid = process.getuid?.();
const made: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const cacheDirIn = (tmp: string) => join(tmp, uid === undefined ? 'cohort-compile-cache' : `cohort-compile-cache-${uid}`);

function run(args: string[], tmp: string, env: Record<string, string> = {}, bin = BIN) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', TMPDIR: tmp, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const VALIDATE = ['validate', 'programmes', 'cohorts', '--format', 'json'];

describe('the compile cache of bin/cohort', () => {
  it('is written on the first run, in a directory only this user can enter, and gives the same output', () => {
    const tmp = scratch('cohort-cache-');
    const first = run(VALIDATE, tmp);
    expect(first.code).toBe(0);
    const dir = cacheDirIn(tmp);
    if (uid !== undefined) expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).filter((f) => f.endsWith('-validate.cache'))).toHaveLength(1);
    expect(run(VALIDATE, tmp)).toEqual(first);
  });

  it('is taken by the next run, not rewritten: bin/cohort sets its V8 flags before it compiles, and V8 takes a cache only under the flags it was made with', () => {
    const tmp = scratch('cohort-cache-');
    expect(run(VALIDATE, tmp).code).toBe(0);
    const file = join(cacheDirIn(tmp), readdirSync(cacheDirIn(tmp)).find((f) => f.endsWith('-validate.cache'))!);
    const before = statSync(file);
    expect(run(VALIDATE, tmp).code).toBe(0);
    // A rejected cache is written anew (a new file renamed over the old one).
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    // Other flags (here from NODE_OPTIONS) get a file of their own, so the two never take turns.
    expect(run(VALIDATE, tmp, { NODE_OPTIONS: '--max-old-space-size=512' }).code).toBe(0);
    expect(readdirSync(cacheDirIn(tmp)).filter((f) => f.endsWith('-validate.cache'))).toHaveLength(2);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it('is keyed by the command chunk a run loaded, not by what was typed: typos and --help share one file', () => {
    const tmp = scratch('cohort-cache-');
    expect(run(['valdate', 'programmes'], tmp).code).toBe(2);
    expect(run(['vlaidate'], tmp).code).toBe(2);
    expect(run(['--version'], tmp).code).toBe(0);
    expect(run(['validate', '--help'], tmp).code).toBe(0);
    const names = () => readdirSync(cacheDirIn(tmp)).map((f) => f.replace(/^.*-/, '')).sort();
    expect(names()).toEqual(['base.cache']);
    expect(run(['validate', 'programmes/loopbaanplus.yaml'], tmp).code).toBe(0);
    expect(run(['schema', 'people'], tmp).code).toBe(0);
    expect(names()).toEqual(['base.cache', 'schema.cache', 'validate.cache']);
  });

  it.each([
    ['cut short', () => Buffer.alloc(4096, 7)],
    ['with damaged code after the bundle', () => Buffer.concat([readFileSync(join(ROOT, 'dist/cohort.js')), Buffer.alloc(4096, 7)])],
  ])('a cache %s is not used but rewritten, with the same output', (_, damaged) => {
    const tmp = scratch('cohort-cache-');
    const first = run(VALIDATE, tmp);
    const file = join(cacheDirIn(tmp), readdirSync(cacheDirIn(tmp))[0]!);
    writeFileSync(file, damaged());
    expect(run(VALIDATE, tmp)).toEqual(first);
    expect(statSync(file).size).toBeGreaterThan(statSync(join(ROOT, 'dist/cohort.js')).size + 100_000);
    expect(run(VALIDATE, tmp)).toEqual(first);
  });

  it('a bundle changed in place (same length) never runs the old cached code', () => {
    const tmp = scratch('cohort-cache-');
    const copy = scratch('cohort-copy-');
    mkdirSync(join(copy, 'dist'));
    cpSync(BIN, join(copy, 'bin/cohort'));
    const bundle = readFileSync(join(ROOT, 'dist/cohort.js'), 'utf8');
    writeFileSync(join(copy, 'dist/cohort.js'), bundle);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(run(['--version'], tmp, {}, join(copy, 'bin/cohort')).stdout).toBe(`${version}\n`);
    const other = version.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    writeFileSync(join(copy, 'dist/cohort.js'), bundle.replaceAll(JSON.stringify(version), JSON.stringify(other)));
    expect(run(['--version'], tmp, {}, join(copy, 'bin/cohort')).stdout).toBe(`${other}\n`);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 writes none', () => {
    const tmp = scratch('cohort-cache-');
    expect(run(['--version'], tmp, { NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(existsSync(cacheDirIn(tmp))).toBe(false);
  });

  it.skipIf(uid === undefined)('a cache directory that others can write is not used', () => {
    const tmp = scratch('cohort-cache-');
    mkdirSync(cacheDirIn(tmp));
    chmodSync(cacheDirIn(tmp), 0o777);
    const r = run(VALIDATE, tmp);
    expect(r.code).toBe(0);
    expect(readdirSync(cacheDirIn(tmp))).toEqual([]);
  });

  it('the bundle is ASCII, so bin/cohort may decode it as latin1 (non-ASCII text in it is escaped, the same in JavaScript)', async () => {
    const bundle = readFileSync(join(ROOT, 'dist/cohort.js'));
    expect(bundle.findIndex((b) => b > 0x7f)).toBe(-1);
    const { asciiOnly } = (await import(pathToFileURL(join(ROOT, 'scripts/ascii.mjs')).href)) as { asciiOnly: (code: string) => string };
    const escaped = asciiOnly("const r = /['\u2019\u00b4]/g; const s = '\u00df\u{1f600}';");
    expect(escaped).toBe(String.raw`const r = /['\u2019\u00b4]/g; const s = '\u00df\ud83d\ude00';`);
    expect(new Function(`${escaped} return [r.source, s];`)()).toEqual([String.raw`['\u2019\u00b4]`, '\u00df\u{1f600}']);
    expect(() => asciiOnly('/\\\u00df/')).toThrow(/escaped non-ASCII/);
  });
});
