/**
 * Reads the files a command is given and the files they refer to (a cohort's programme, people and
 * registrations); parsing and checking them is pure (src/validate/project.ts). Shared by validate and plan.
 */
import { posix } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { renderText } from '../export/diagnostics/index.js';
import type { CohortModel, LoadedProject } from '../model/project.js';
import type { Cohort, IsoDate, Programme } from '../model/types.js';
import { isRecognisable } from '../validate/kinds.js';
import { parseFile, refusedForSize, type Parsed } from '../validate/parse.js';
import { assembleProject, wantedFiles } from '../validate/project.js';
import { UsageError } from './errors.js';
import type { FileStat, IO } from './io.js';
import { ioReason, say } from './messages.js';

export type { LoadedProject } from '../model/project.js';

const DATA_FILE = /\.(ya?ml|csv)$/i;

function display(path: string): string {
  const p = posix.normalize(path.replace(/\\/g, '/'));
  return p.startsWith('./') ? p.slice(2) : p;
}

/** Any file-system failure while looking at what the user named is a usage error with the path and the reason. */
async function attempt<T>(path: string, lang: Lang, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw new UsageError(say(lang, 'read/failed', { path, reason: ioReason(lang, e) }));
  }
}

/** The files named, and the data files found in the folders named (a folder search checks only files that are ours). */
async function expand(io: IO, paths: readonly string[], lang: Lang): Promise<{ named: Set<string>; all: string[]; stats: Map<string, FileStat> }> {
  const out: string[] = [];
  // What the walk learnt of each file, so reading it needs no second stat.
  const stats = new Map<string, FileStat>();
  const named = new Set<string>();
  for (const given of paths) {
    const path = display(given);
    const st = await attempt(given, lang, () => io.stat(path));
    if (!st) throw new UsageError(say(lang, 'path/missing', { path: given }));
    if (st.kind === 'file') {
      out.push(path);
      named.add(path);
      stats.set(path, st);
      continue;
    }
    // A device or a FIFO (/dev/zero, a named pipe) is neither a data file nor a folder to search.
    if (st.kind === 'other') throw new UsageError(say(lang, 'path/not-a-file', { path: given }));
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const name of await attempt(dir, lang, () => io.readDir(dir))) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = posix.join(dir, name);
        const s = await attempt(child, lang, () => io.stat(child));
        if (s?.kind === 'directory') await walk(child);
        else if (s?.kind === 'file' && DATA_FILE.test(name)) {
          found.push(child);
          stats.set(child, s);
        }
      }
    };
    await walk(path);
    if (found.length === 0) throw new UsageError(say(lang, 'path/no-data-files', { path: given }));
    for (const f of found) out.push(f);
  }
  return { named, all: [...new Set(out)], stats };
}

/** One file read and parsed; undefined when there is no regular file to read (the rules report a missing reference). */
async function readParsed(io: IO, path: string, lang: Lang, known?: FileStat): Promise<Parsed | undefined> {
  const st = known ?? (await io.stat(path));
  if (st?.kind !== 'file') return undefined;
  // A file larger than the limit is refused from its size alone, never read into memory.
  return parseFile(path, refusedForSize(path, st.size, lang) ? undefined : await io.readFile(path), st.size, lang);
}

/** Loads and checks `paths` (files or folders) with everything they refer to; `today` (validate's) decides which offers have run out. */
export async function loadProject(io: IO, paths: readonly string[], lang: Lang, today?: IsoDate): Promise<LoadedProject> {
  const { named, all: requested, stats } = await expand(io, paths, lang);
  const parsed = new Map<string, Parsed>();
  const skipped: string[] = [];
  for (const path of requested) {
    const p = await attempt(path, lang, () => readParsed(io, path, lang, stats.get(path)));
    // `cohort validate .` finds exports, fixtures and reference data too: only our files are checked unless named.
    if (p && !named.has(path) && !isRecognisable(path, p.file.loaded.text)) skipped.push(path);
    else if (p) parsed.set(path, p);
  }
  // Follow references until nothing new turns up (registrations, people, then programmes by id).
  const tried = new Set<string>();
  const files = new Map([...parsed].map(([k, v]) => [k, v.file]));
  for (let wanted = wantedFiles(files); wanted.length > 0; ) {
    for (const alternatives of wanted) {
      for (const path of alternatives) {
        if (tried.has(path) || parsed.has(path)) continue;
        tried.add(path);
        // A referenced file that cannot be read is reported by the rules at the line that names it.
        const p = await readParsed(io, path, lang).catch(() => undefined);
        if (p) {
          parsed.set(path, p);
          files.set(path, p.file);
          break;
        }
      }
    }
    wanted = wantedFiles(files).filter((alts) => alts.some((a) => !tried.has(a) && !parsed.has(a)));
  }
  return assembleProject(parsed, requested, lang, skipped, today);
}

/**
 * The cohorts named on the command line (default `cohorts/`), loaded with everything they refer to,
 * for the commands that read many cohorts and write a report (`capacity`, `report`): on an error in
 * any file, its problems and `invalid` are printed and the exit code is 1; with no cohort among the
 * files, `none` is a usage error.
 */
export async function loadCohortsForReport(
  io: IO,
  global: { lang: Lang; color: boolean; version: string },
  paths: readonly string[],
  messages: { invalid: string; none: string },
): Promise<{ loaded: LoadedProject; cohorts: { cohort: Cohort; programme: Programme }[]; models: (CohortModel & { programme: Programme })[] } | 1> {
  const { lang } = global;
  const loaded = await loadProject(io, paths.length > 0 ? paths : ['cohorts'], lang);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang, color: global.color, toolVersion: global.version }));
    io.err(`cohort: ${messages.invalid}\n`);
    return 1;
  }
  const files = new Set(loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort'));
  const models = loaded.project.cohorts.filter((c): c is CohortModel & { programme: Programme } => files.has(c.file) && c.programme !== undefined);
  if (models.length === 0) throw new UsageError(messages.none);
  return { loaded, models, cohorts: models.map((c) => ({ cohort: c.cohort, programme: c.programme })) };
}
