/**
 * The problems of a file that is still being written (the `cohort init programme` wizard): the text
 * goes through the same parsing, schema and rules as `cohort validate`, and only the problems at one
 * place are kept — the answer just typed. No rule of its own: every check is validate's.
 */
import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseFile } from './parse.js';
import { assembleProject } from './project.js';

/** Every problem of `text` read as the file `path` (with `others`, the files it is checked with, e.g. the other programmes). */
export function draftDiagnostics(path: string, text: string, lang: Lang, others: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const bytes = new TextEncoder().encode(text);
  const parsed = new Map([[path, parseFile(path, bytes, bytes.byteLength, lang)]]);
  for (const [p, t] of others) {
    const b = new TextEncoder().encode(t);
    parsed.set(p, parseFile(p, b, b.byteLength, lang));
  }
  return assembleProject(parsed, [path], lang).diagnostics.filter((d) => d.file === path);
}

/** The first problem at `pointer` or inside it (a JSON pointer such as /phases/0/slot/start), or true. */
export function problemAt(diagnostics: readonly Diagnostic[], pointer: string): true | string {
  const hit = diagnostics.find((d) => d.pointer === pointer || d.pointer.startsWith(`${pointer}/`));
  return hit ? hit.message : true;
}
