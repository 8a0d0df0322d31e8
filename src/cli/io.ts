/**
 * The real IO of src/commands/io.ts. Synchronous calls behind the async interface: a command-line
 * run reads a few dozen small files, and each thread-pool round trip costs more than the read.
 * Paths are resolved against `cwd`, so a test can run a command in-process in any folder.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileStat, IO } from '../commands/io.js';

export interface RealIOOptions {
  cwd?: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
}

function statOf(path: string): FileStat | undefined {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return undefined;
    return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
  } catch {
    return undefined; // a path through a file, a link loop, a name too long: nothing there to read
  }
}

export function realIO(options: RealIOOptions = {}): IO {
  const cwd = options.cwd ?? process.cwd();
  const at = (p: string) => resolve(cwd, p);
  return {
    out: options.out ?? ((t) => void process.stdout.write(t)),
    err: options.err ?? ((t) => void process.stderr.write(t)),
    readFile: async (p) => new Uint8Array(readFileSync(at(p))),
    writeFile: async (p, data) => {
      const target = at(p);
      // Atomic: a reader sees the old file or the new one, never half of it.
      const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      try {
        writeFileSync(tmp, data);
        renameSync(tmp, target);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
    },
    appendFile: async (p, data) => appendFileSync(at(p), data),
    mkdir: async (p) => void mkdirSync(at(p), { recursive: true }),
    stat: async (p) => statOf(at(p)),
    fileId: async (p) => {
      try {
        const s = statSync(at(p), { throwIfNoEntry: false, bigint: true });
        return s ? `${s.dev}:${s.ino}` : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: async (p) => readdirSync(at(p)).sort(),
    cwd,
    env: options.env ?? process.env,
    stdoutIsTTY: options.stdoutIsTTY ?? Boolean(process.stdout.isTTY),
    stdinIsTTY: options.stdinIsTTY ?? Boolean(process.stdin.isTTY),
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
  };
}
