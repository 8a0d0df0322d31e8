import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/cohort');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin/cohort as a user would; the environment is clean of CI and colour settings. */
export function cohort(args: readonly string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, encoding: 'utf8', input: opts.input ?? '', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder with the given files (text or bytes), optionally starting from a copy of the shipped examples. */
export function workspace(files: Record<string, string | Uint8Array>, opts: { withExamples?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cohort-e2e-'));
  if (opts.withExamples) {
    cpSync(join(ROOT, 'programmes'), join(dir, 'programmes'), { recursive: true });
    cpSync(join(ROOT, 'cohorts'), join(dir, 'cohorts'), { recursive: true });
  }
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
