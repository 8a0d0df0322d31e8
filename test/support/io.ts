/**
 * Commands run in-process: an in-memory IO (files as a map, captured stdout and stderr, a fixed
 * today) for the command tests, and the real IO in a given folder for the end-to-end scenarios.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { realIO } from '../../src/cli/io.js';
import { runMain, type Runners } from '../../src/cli/program.js';
import type { IO } from '../../src/commands/io.js';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MemoryIO extends IO {
  files: Map<string, Uint8Array>;
  /** Every path read, as stored (what a command took as its input). */
  reads: Set<string>;
  stdout: string;
  stderr: string;
  text(path: string): string | undefined;
  /** Every question asked, the answer typed and what validation said, in order. */
  transcript: string[];
}

/** Pressing Ctrl-C at a prompt. */
export const CTRL_C = Symbol('Ctrl-C');
/** A scripted answer: text typed (for a search, the term; the first suggestion is taken), yes/no, or Ctrl-C. */
export type Answer = string | boolean | typeof CTRL_C;

function exitPrompt(): Error {
  return Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

const CWD = '/work';

/** Paths as the commands pass them: relative to the working folder (also when spelt absolute), `./` and `..` resolved. */
function key(path: string): string {
  let p = posix.normalize(path.replace(/\\/g, '/'));
  if (p === CWD) return '';
  if (p.startsWith(`${CWD}/`)) p = p.slice(CWD.length + 1);
  return p.startsWith('./') ? p.slice(2) : p === '.' ? '' : p;
}

export function memoryIO(
  files: Record<string, string | Uint8Array> | Map<string, Uint8Array> = {},
  opts: {
    env?: Record<string, string>;
    today?: string;
    readOnly?: string[];
    full?: boolean;
    unreadable?: string[];
    /** Answers to the prompts, in order; stdin counts as a terminal when there are any. */
    answers?: Answer[];
    /** Runs as a write begins: another program saving a file meanwhile. */
    beforeWrite?: (path: string, files: Map<string, Uint8Array>) => void;
  } = {},
): MemoryIO {
  const store = new Map<string, Uint8Array>();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [k, v] of entries) store.set(key(k), typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const dirs = new Set<string>();
  const isDir = (p: string) => p === '' || dirs.has(p) || [...store.keys()].some((k) => k.startsWith(`${p}/`));
  const readOnly = new Set((opts.readOnly ?? []).map(key));
  const answers = [...(opts.answers ?? [])];
  const transcript: string[] = [];
  const next = (message: string): string | boolean => {
    const a = answers.shift();
    if (a === undefined) throw new Error(`the script has no answer for '${message}'`);
    if (a === CTRL_C) {
      transcript.push(`? ${message} ^C`);
      throw exitPrompt();
    }
    return a;
  };
  const unreadable = new Set((opts.unreadable ?? []).map(key));
  /** Why a write to `p` would fail, as the file system would say it. */
  const cannotWrite = (p: string, unchanged: Uint8Array | undefined, absent?: true): string | undefined => {
    const k = key(p);
    const dir = posix.dirname(k) === '.' ? '' : posix.dirname(k);
    if (store.has(dir)) return 'ENOTDIR';
    if (!isDir(dir)) return 'ENOENT';
    if (isDir(k)) return 'EISDIR';
    if (readOnly.has(dir) || readOnly.has(k)) return 'EACCES';
    if (opts.full) return 'ENOSPC';
    const now = store.get(k);
    if (unchanged && (!now || now.length !== unchanged.length || now.some((b, i) => b !== unchanged[i]))) return 'ECHANGED';
    if (absent && now) return 'ECHANGED';
    return undefined;
  };
  const io: MemoryIO = {
    transcript,
    files: store,
    reads: new Set(),
    stdout: '',
    stderr: '',
    text: (p) => {
      const b = store.get(key(p));
      return b && new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    },
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    readFile: async (p) => {
      const b = store.get(key(p));
      if (!b) throw fsError(isDir(key(p)) ? 'EISDIR' : 'ENOENT', p);
      if (unreadable.has(key(p))) throw fsError('EACCES', p);
      io.reads.add(key(p));
      return b;
    },
    writeFile: async (p, data, unchanged) => io.writeFiles([{ path: p, data, ...(unchanged ? { unchanged } : {}) }]),
    writeFiles: async (writes) => {
      // As the real IO: every target checked (and staged) before any is replaced.
      for (const w of writes) opts.beforeWrite?.(key(w.path), store);
      for (const w of writes) {
        const fail = cannotWrite(w.path, w.unchanged, w.absent);
        if (fail) throw Object.assign(fsError(fail, w.path), { target: w.path });
      }
      for (const w of writes) store.set(key(w.path), typeof w.data === 'string' ? new TextEncoder().encode(w.data) : w.data);
    },
    appendFile: async (p, data) => {
      const before = io.text(p) ?? '';
      store.set(key(p), new TextEncoder().encode(before + data));
    },
    mkdir: async (p) => {
      const k = key(p);
      if (store.has(k)) throw fsError('EEXIST', p);
      if (!isDir(k) && readOnly.has(posix.dirname(k) === '.' ? '' : posix.dirname(k))) throw fsError('EACCES', p);
      for (let d = k; d && d !== '.'; d = posix.dirname(d)) dirs.add(d);
    },
    stat: async (p) => {
      const k = key(p);
      const b = store.get(k);
      if (b) return { kind: 'file', size: b.byteLength };
      return isDir(k) ? { kind: 'directory', size: 0 } : undefined;
    },
    fileId: async (p) => (store.has(key(p)) ? key(p) : undefined),
    readDir: async (p) => {
      const k = key(p);
      const prefix = k === '' ? '' : `${k}/`;
      const names = new Set<string>();
      for (const f of [...store.keys(), ...dirs]) if (f.startsWith(prefix) && f.length > prefix.length) names.add(f.slice(prefix.length).split('/')[0]!);
      return [...names].sort();
    },
    cwd: CWD,
    env: { LANG: 'C', ...opts.env },
    stdoutIsTTY: false,
    stdinIsTTY: answers.length > 0,
    prompt: {
      input: async (q) => {
        for (;;) {
          const a = next(q.message);
          const typed = typeof a === 'string' && a === '' && q.default !== undefined ? q.default : String(a);
          const verdict = q.validate ? q.validate(typed) : true;
          transcript.push(`? ${q.message} ${typed}${verdict === true ? '' : `\n> ${verdict}`}`);
          if (verdict === true) return typed;
        }
      },
      confirm: async (q) => {
        const a = next(q.message);
        const yes = typeof a === 'boolean' ? a : a === '' ? (q.default ?? false) : /^y/i.test(a);
        transcript.push(`? ${q.message} ${yes ? 'yes' : 'no'}`);
        return yes;
      },
      search: async (q) => {
        for (;;) {
          const term = String(next(q.message));
          const choices = q.source(term);
          transcript.push(`? ${q.message} ${term}\n${choices.map((c) => `  ${c.name}`).join('\n') || '  (no match)'}`);
          if (choices[0]) return choices[0].value;
        }
      },
    },
    today: () => opts.today ?? '2026-11-23',
  };
  return io;
}

function readTree(dir: string, prefix: string, into: Map<string, Uint8Array>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, `${prefix}${name}/`, into);
    else into.set(`${prefix}${name}`, new Uint8Array(readFileSync(path)));
  }
}

let shipped: Map<string, Uint8Array> | undefined;
/** The shipped programmes/ and cohorts/, read once. */
export function shippedExamples(): Map<string, Uint8Array> {
  if (!shipped) {
    shipped = new Map();
    for (const folder of ['programmes', 'cohorts']) readTree(join(ROOT, folder), `${folder}/`, shipped);
  }
  return new Map(shipped);
}

/** Someone else saves `path` (appending `note`) right after the command first reads it: a concurrent edit. Returns the bytes they saved. */
export function savedMeanwhile(io: MemoryIO, path: string, note: string): Uint8Array {
  const theirs = new TextEncoder().encode(`${io.text(path)}${note}`);
  const read = io.readFile.bind(io);
  let first = true;
  io.readFile = async (p) => {
    const bytes = await read(p);
    if (p === path && first) {
      first = false;
      io.files.set(path, theirs);
    }
    return bytes;
  };
  return theirs;
}

/** Runs argv against an in-memory IO; the IO keeps what was written, the result holds this run's output only. */
export async function runIn(io: MemoryIO, argv: readonly string[], run?: Runners): Promise<Run> {
  const out = io.stdout.length;
  const err = io.stderr.length;
  const code = await runMain(argv, io, run);
  return { code, stdout: io.stdout.slice(out), stderr: io.stderr.slice(err) };
}

/** Runs argv in-process with the real file system in `cwd`, as `bin/cohort` would there (clean of CI and colour settings). */
export async function cohortIn(argv: readonly string[], opts: { cwd?: string; env?: Record<string, string>; terminal?: (text: string) => void } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = realIO({
    cwd: opts.cwd ?? ROOT,
    out: (t) => void ((stdout += t), opts.terminal?.(t)),
    err: (t) => void ((stderr += t), opts.terminal?.(t)),
    env: { LANG: 'C', ...opts.env },
    stdoutIsTTY: false,
    stdinIsTTY: false,
  });
  const code = await runMain(argv, io);
  return { code, stdout, stderr };
}
