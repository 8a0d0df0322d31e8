/** One file's bytes → parsed data, its kind and its schema problems. Pure: the caller reads the file. */
import { checkSize, DEFAULT_MAX_BYTES, loadFile } from '../load/index.js';
import type { Lang } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { detectKind } from './kinds.js';
import { messages } from './messages.js';
import type { ParsedFile } from '../model/project.js';
import { schemaDiagnostics } from './schema.js';

export interface Parsed {
  file: ParsedFile;
  diagnostics: Diagnostic[];
}

/** A file larger than this is refused from its size alone, never read into memory. */
export function refusedForSize(path: string, size: number, lang: Lang): Diagnostic | undefined {
  return checkSize(path, size, lang, DEFAULT_MAX_BYTES);
}

/** `bytes` undefined means the file was not read (see refusedForSize). */
export function parseFile(path: string, bytes: Uint8Array | undefined, size: number, lang: Lang): Parsed {
  const tooLarge = refusedForSize(path, size, lang);
  const { loaded, diagnostics } = tooLarge || !bytes ? { loaded: undefined, diagnostics: tooLarge ? [tooLarge] : [] } : loadFile(path, bytes, lang);
  if (!loaded) return { file: { loaded: { file: path, text: '', format: 'yaml', data: undefined, locations: new Map() }, kind: undefined, clean: false }, diagnostics };
  let all = [...diagnostics];
  const kind = loaded.data === undefined ? undefined : detectKind(path, loaded.text, loaded.data);
  // concat, not push(...): a file may have more problems than a call has room for arguments.
  if (kind) all = all.concat(schemaDiagnostics(loaded, kind, lang));
  else if (loaded.data !== undefined) {
    all.push({ severity: 'error', rule: 'file/unknown-kind', message: translate(messages, lang, 'file/unknown-kind'), file: path, line: 1, column: 1, pointer: '' });
  }
  return { file: { loaded, kind, clean: !all.some((d) => d.severity === 'error') }, diagnostics: all };
}
