/** Drives the built bin/cohort in a real pseudo-terminal through python3's pty module (test/e2e/terminal.py): the prompts' tests share it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const DRIVER = join(ROOT, 'test/e2e/terminal.py');
export const ENTER = '\r';
export const CTRL_C = '\u0003';
/** Clears the line typed so far (readline's Ctrl-U), as a person retyping a wrong answer. */
export const CLEAR = '\u0015';

/** Runs `cohort args…` in `dir` at a terminal: for each step, waits for the pattern on the screen, then types the keys. */
export function atTerminal(dir: string, steps: [pattern: string, keys: string][], args: string[]): { code: number | null; screen: string } {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', TERM: 'xterm' };
  const r = spawnSync('python3', [DRIVER, dir, JSON.stringify(steps), '--', process.execPath, BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { code: number | null; screen: string };
}
