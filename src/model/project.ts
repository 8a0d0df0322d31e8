/** A project as the commands see it: the files read, their kinds, and the cohorts with their programmes and people. */
import type { Diagnostic } from './diagnostic.js';
import type { LoadedFile } from './source.js';
import type { Cohort, Person, Programme } from './types.js';

/** Our file kinds; which one a file is, is decided in src/validate/kinds.ts. */
export type FileKind = 'programme' | 'cohort' | 'registrations' | 'people';
export const FILE_KINDS: readonly FileKind[] = ['programme', 'cohort', 'registrations', 'people'];

export interface ParsedFile {
  loaded: LoadedFile;
  kind: FileKind | undefined;
  /** No errors from decoding, parsing or the schema: safe to normalise. */
  clean: boolean;
}

export interface CohortModel {
  cohort: Cohort;
  programme: Programme | undefined;
  file: string;
  /** People (facilitators, coaches) from the cohort's people files, by id. */
  people: Map<string, Person>;
}

export interface Project {
  programmes: Map<string, { programme: Programme; file: string }>;
  cohorts: CohortModel[];
  diagnostics: Diagnostic[];
}

/** Every file a command read, checked together. */
export interface LoadedProject {
  /** Every file read, by path: the ones asked for first, then the ones they refer to. */
  files: Map<string, ParsedFile>;
  /** The files asked for (after expanding folders). */
  requested: string[];
  /** Files a folder search found that are not ours (no schema line, name or folder of ours, no cohort refers to them). */
  skipped: string[];
  /** The text of every file read, for code frames. */
  sources: Map<string, string>;
  project: Project;
  /** Every problem of every file, each once. */
  diagnostics: Diagnostic[];
}
