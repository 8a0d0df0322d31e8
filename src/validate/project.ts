/** A project from its parsed files: which files they refer to, where a cohort's programme may live, and the check of them all. Pure. */
import { posix } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { dedupeDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedProject, ParsedFile } from '../model/project.js';
import type { IsoDate } from '../model/types.js';
import type { Parsed } from './parse.js';
import { checkProject } from './rules.js';

/** A path written inside `fromFile` (registrations, people), relative to that file's folder. */
export function resolveRef(fromFile: string, rel: string): string {
  return plainRef(fromFile, rel) ?? posix.normalize(posix.join(posix.dirname(fromFile.replace(/\\/g, '/')), rel));
}

/**
 * resolveRef without node:path for the usual case, the same result: a relative `fromFile` of plain
 * segments and a `rel` of plain segments after any `..` that stay inside it. Loading asks this for
 * every cohort's references and programme candidates, and path.normalize runs cold.
 */
function plainRef(fromFile: string, rel: string): string | undefined {
  if (fromFile.includes('\\')) return undefined;
  const dir = fromFile.split('/');
  if (dir.pop() === '') return undefined;
  for (const s of dir) if (s === '' || s === '.' || s === '..') return undefined;
  const parts = rel.split('/');
  let i = 0;
  for (; i < parts.length && parts[i] === '..'; i++) {
    if (dir.length === 0) return undefined;
    dir.pop();
  }
  for (; i < parts.length; i++) {
    const s = parts[i]!;
    if (s === '' || s === '.' || s === '..' || s.includes('\\')) return undefined;
    dir.push(s);
  }
  return dir.length > 0 ? dir.join('/') : undefined;
}

/** Where a cohort's programme may live when it was not among the files given. */
export function programmeCandidates(cohortFile: string, id: string): string[] {
  return [resolveRef(cohortFile, `../programmes/${id}.yaml`), resolveRef(cohortFile, `../programmes/${id}.yml`), `programmes/${id}.yaml`];
}

/** referencedFiles of each file already asked: loading asks again after each round of reading, for every file read so far. */
const referenced = new WeakMap<ParsedFile, string[]>();

/** Files a parsed file refers to by path: a cohort's registrations and people files. */
export function referencedFiles(file: ParsedFile): readonly string[] {
  let out = referenced.get(file);
  if (!out) referenced.set(file, (out = referencedFilesOf(file)));
  return out;
}

function referencedFilesOf(file: ParsedFile): string[] {
  if (file.kind !== 'cohort' || file.loaded.data === null || typeof file.loaded.data !== 'object') return [];
  const data = file.loaded.data as Record<string, unknown>;
  const out: string[] = [];
  if (typeof data.registrations === 'string') out.push(resolveRef(file.loaded.file, data.registrations));
  if (Array.isArray(data.people)) for (const p of data.people) if (typeof p === 'string') out.push(resolveRef(file.loaded.file, p));
  return out;
}

export function cohortProgrammeId(file: ParsedFile): string | undefined {
  const data = file.loaded.data as Record<string, unknown> | null;
  return file.kind === 'cohort' && data && typeof data === 'object' && typeof data.programme === 'string' ? data.programme : undefined;
}


/**
 * The files the parsed ones refer to that are not read yet. Each entry lists the paths to try in
 * order: the first that exists is the one (a cohort's programme may live in several places).
 */
export function wantedFiles(files: ReadonlyMap<string, ParsedFile>): string[][] {
  const programmeIds = new Set([...files.values()].filter((f) => f.kind === 'programme').map((f) => (f.loaded.data as { id?: unknown } | null)?.id));
  const out: string[][] = [];
  for (const f of files.values()) {
    for (const path of referencedFiles(f)) if (!files.has(path)) out.push([path]);
    const id = cohortProgrammeId(f);
    if (id === undefined || programmeIds.has(id)) continue;
    const candidates = programmeCandidates(f.loaded.file, id);
    if (!candidates.some((c) => files.has(c))) out.push(candidates);
  }
  return out;
}

/** Checks a complete set of parsed files (the ones asked for and all they refer to) against the rules. */
export function assembleProject(parsed: ReadonlyMap<string, Parsed>, requested: readonly string[], lang: Lang, skipped: readonly string[] = [], today?: IsoDate): LoadedProject {
  const files = new Map<string, ParsedFile>();
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [path, p] of parsed) {
    files.set(path, p.file);
    // One by one: spreading a list of 125,000 diagnostics into push() overflows the stack.
    for (const d of p.diagnostics) diagnostics.push(d);
    if (p.file.loaded.text) sources.set(path, p.file.loaded.text);
  }
  const project = checkProject(files, lang, today);
  const kept = skipped.filter((f) => !files.has(f));
  return { files, requested: requested.filter((f) => files.has(f) || !kept.includes(f)), skipped: kept, sources, project, diagnostics: dedupeDiagnostics([...diagnostics, ...project.diagnostics]) };
}
