/**
 * The real IO of src/commands/io.ts. Synchronous calls behind the async interface: a command-line
 * run reads a few dozen small files, and each thread-pool round trip costs more than the read.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IO } from '../commands/io.js';

export function realIO(): IO {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    writeFile: async (p, data) => {
      // Atomic: a reader sees the old file or the new one, never half of it.
      const tmp = join(dirname(p), `.${basename(p)}.${process.pid}.tmp`);
      try {
        writeFileSync(tmp, data);
        renameSync(tmp, p);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
    },
    appendFile: async (p, data) => appendFileSync(p, data),
    mkdir: async (p) => void mkdirSync(p, { recursive: true }),
    stat: async (p) => {
      const s = statSync(p, { throwIfNoEntry: false });
      if (!s) return undefined;
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
    },
    readDir: async (p) => readdirSync(p).sort(),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
  };
}
