/**
 * Reads the files a command is given, and the files they refer to (a cohort's programme, people and
 * registrations), then parses, schema-checks and rule-checks them all. Shared by validate and plan.
 */
import { posix } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { dedupeDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { ParsedFile, Project } from '../model/project.js';
import { checkProject } from '../validate/rules.js';
import { cohortProgrammeId, programmeCandidates, referencedFiles } from '../validate/project.js';
import { parseFile, refusedForSize, type Parsed } from '../validate/parse.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';

const DATA_FILE = /\.(ya?ml|csv)$/i;

export interface LoadedProject {
  /** Every file read, by path: the ones asked for first, then the ones they refer to. */
  files: Map<string, ParsedFile>;
  /** The files asked for (after expanding folders). */
  requested: string[];
  sources: Map<string, string>;
  project: Project;
  diagnostics: Diagnostic[];
}

function display(path: string): string {
  const p = posix.normalize(path.replace(/\\/g, '/'));
  return p.startsWith('./') ? p.slice(2) : p;
}

async function expand(io: IO, paths: readonly string[], lang: Lang): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    const path = display(given);
    const st = await io.stat(path);
    if (!st) throw new UsageError(lang === 'nl' ? `${given}: bestand of map bestaat niet` : `${given}: no such file or directory`);
    if (st.kind === 'file') {
      out.push(path);
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const name of await io.readDir(dir)) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = posix.join(dir, name);
        const s = await io.stat(child);
        if (s?.kind === 'directory') await walk(child);
        else if (s?.kind === 'file' && DATA_FILE.test(name)) found.push(child);
      }
    };
    await walk(path);
    if (found.length === 0) {
      throw new UsageError(lang === 'nl' ? `${given}: geen YAML- of CSV-bestanden in deze map` : `${given}: no YAML or CSV files in this folder`);
    }
    out.push(...found);
  }
  return [...new Set(out)];
}

async function parseOne(io: IO, path: string, size: number, lang: Lang): Promise<Parsed> {
  return parseFile(path, refusedForSize(path, size, lang) ? undefined : await io.readFile(path), size, lang);
}

/** Loads and checks `paths` (files or folders) with everything they refer to. */
export async function loadProject(io: IO, paths: readonly string[], lang: Lang): Promise<LoadedProject> {
  const requested = await expand(io, paths, lang);
  const files = new Map<string, ParsedFile>();
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const keep = (path: string, parsed: Parsed): void => {
    diagnostics.push(...parsed.diagnostics);
    files.set(path, parsed.file);
    if (parsed.file.loaded.text) sources.set(path, parsed.file.loaded.text);
  };
  const add = async (path: string): Promise<void> => {
    if (files.has(path)) return;
    const st = await io.stat(path);
    if (st?.kind !== 'file') return;
    keep(path, await parseOne(io, path, st.size, lang));
  };
  for (const path of requested) await add(path);
  // Follow references until nothing new turns up (registrations, people, then programmes by id).
  for (let changed = true; changed; ) {
    changed = false;
    const programmeIds = new Set([...files.values()].filter((f) => f.kind === 'programme').map((f) => (f.loaded.data as { id?: unknown } | null)?.id));
    for (const f of [...files.values()]) {
      const wanted = [...referencedFiles(f)];
      const id = cohortProgrammeId(f);
      if (id !== undefined && !programmeIds.has(id)) {
        for (const candidate of programmeCandidates(f.loaded.file, id)) {
          // The first candidate that exists is the one: already read, or to be read now.
          if (files.has(candidate)) break;
          if ((await io.stat(candidate))?.kind !== 'file') continue;
          wanted.push(candidate);
          break;
        }
      }
      for (const path of wanted) {
        if (files.has(path)) continue;
        const before = files.size;
        await add(path);
        if (files.size > before) changed = true;
      }
    }
  }
  const project = checkProject(files, lang);
  return { files, requested, sources, project, diagnostics: dedupeDiagnostics([...diagnostics, ...project.diagnostics]) };
}
