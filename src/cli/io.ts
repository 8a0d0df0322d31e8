/**
 * The real IO of src/commands/io.ts. Synchronous calls behind the async interface: a command-line
 * run reads a few dozen small files, and each thread-pool round trip costs more than the read.
 * Paths are resolved against `cwd`, so a test can run a command in-process in any folder.
 */
import { appendFileSync, chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileStat, FileWrite, IO, Prompter } from '../commands/io.js';

export interface RealIOOptions {
  cwd?: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
  prompt?: Prompter;
}

/** @inquirer/prompts on the terminal, loaded on the first question; the questions go to stderr, so stdout stays data. */
function terminalPrompts(): Prompter {
  const inquirer = () => import('@inquirer/prompts');
  const context = { output: process.stderr };
  return {
    input: async (q) => (await inquirer()).input({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}), ...(q.validate ? { validate: q.validate } : {}) }, context),
    confirm: async (q) => (await inquirer()).confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) }, context),
    search: async (q) => (await inquirer()).search({ message: q.message, source: (term) => q.source(term ?? ''), pageSize: 7 }, context),
  };
}

function statOf(path: string): FileStat | undefined {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return undefined;
    return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
  } catch (e) {
    // A path through a file is simply not there; a link loop or a name too long is said as such by the caller.
    if ((e as { code?: string }).code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** The working folder, or where the shell says it was when it has been deleted under us (every path then fails with ENOENT). */
function workingFolder(): string {
  try {
    return process.cwd();
  } catch {
    return process.env.PWD ?? '/';
  }
}

/** What a file holds now, or undefined when there is none. */
function current(target: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(target));
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

/** The error of one target of a batch, with that target's path. */
function failedAt(e: unknown, target: string): unknown {
  if (e !== null && typeof e === 'object') Object.assign(e, { target });
  return e;
}

/**
 * Atomic for regular files (temporary files beside them, then renames), and all or nothing for a
 * batch: every temporary file is written and every `unchanged` compared before the first rename.
 * Anything else (a device, a FIFO) is written through, never replaced, after the checks and before
 * the renames. The renames themselves (in one folder each) are what is left to fail.
 */
function writeAtomic(writes: readonly (FileWrite & { shown: string })[]): void {
  const staged: { tmp: string; linked: string; shown: string }[] = [];
  const through: { linked: string; shown: string; data: string | Uint8Array }[] = [];
  try {
    for (const w of writes) {
      try {
        // Through a symbolic link: the file it points to is replaced, the link stays a link.
        const linked = lstatSync(w.path, { throwIfNoEntry: false })?.isSymbolicLink() ? realpathSync(w.path) : w.path;
        const existing = statSync(linked, { throwIfNoEntry: false });
        // Devices, FIFOs and what /dev and /proc lead to (/dev/stdout) are written through, never replaced.
        if ((existing && !existing.isFile()) || /^\/(dev|proc)\//.test(linked)) {
          if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${w.path}`), { code: 'EISDIR' });
          through.push({ linked, shown: w.shown, data: w.data });
          continue;
        }
        const tmp = join(dirname(linked), `.${basename(linked)}.${process.pid}.tmp`);
        staged.push({ tmp, linked, shown: w.shown });
        writeFileSync(tmp, w.data);
        // An edited file keeps its permissions (a cohort file shared read-only with a group stays so).
        if (existing) chmodSync(tmp, existing.mode & 0o7777);
        if (w.unchanged && !sameBytes(current(linked), w.unchanged)) throw Object.assign(new Error(`ECHANGED: ${w.path}`), { code: 'ECHANGED' });
        if (w.absent && existing) throw Object.assign(new Error(`ECHANGED: ${w.path}`), { code: 'ECHANGED' });
      } catch (e) {
        throw failedAt(e, w.shown);
      }
    }
    for (const t of through) {
      try {
        writeFileSync(t.linked, t.data);
      } catch (e) {
        throw failedAt(e, t.shown);
      }
    }
    for (const s of staged) {
      try {
        renameSync(s.tmp, s.linked);
      } catch (e) {
        throw failedAt(e, s.shown);
      }
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
}

export function realIO(options: RealIOOptions = {}): IO {
  const cwd = options.cwd ?? workingFolder();
  const at = (p: string) => resolve(cwd, p);
  return {
    out: options.out ?? ((t) => void process.stdout.write(t)),
    err: options.err ?? ((t) => void process.stderr.write(t)),
    readFile: async (p) => new Uint8Array(readFileSync(at(p))),
    // A reader sees the old file or the new one, never half of it.
    writeFile: async (p, data, unchanged) => writeAtomic([{ path: at(p), shown: p, data, ...(unchanged ? { unchanged } : {}) }]),
    writeFiles: async (writes) => writeAtomic(writes.map((w) => ({ ...w, path: at(w.path), shown: w.path }))),
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
    prompt: options.prompt ?? terminalPrompts(),
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
  };
}
