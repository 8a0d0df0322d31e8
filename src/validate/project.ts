/** The file graph of a project: which files a cohort refers to, and where its programme may live. Pure. */
import { posix } from 'node:path';
import type { ParsedFile } from '../model/project.js';

/** A path written inside `fromFile` (registrations, people), relative to that file's folder. */
export function resolveRef(fromFile: string, rel: string): string {
  return posix.normalize(posix.join(posix.dirname(fromFile.replace(/\\/g, '/')), rel));
}

/** Where a cohort's programme may live when it was not among the files given. */
export function programmeCandidates(cohortFile: string, id: string): string[] {
  return [resolveRef(cohortFile, `../programmes/${id}.yaml`), resolveRef(cohortFile, `../programmes/${id}.yml`), `programmes/${id}.yaml`];
}

/** Files a parsed file refers to by path: a cohort's registrations and people files. */
export function referencedFiles(file: ParsedFile): string[] {
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

