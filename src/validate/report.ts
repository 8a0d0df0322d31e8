/** Builds diagnostics at a pointer of a parsed file, in the caller's language. */
import type { Catalog, Lang, Params } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { locate, type LoadedFile } from '../model/source.js';

export interface Reporter {
  readonly file: LoadedFile;
  error(rule: string, pointer: string, params?: Params, extra?: Extra): void;
  warn(rule: string, pointer: string, params?: Params, extra?: Extra): void;
}

export interface Extra {
  at?: 'key' | 'value';
  suggestion?: string | undefined;
  hint?: string | undefined;
}

export function reporter(file: LoadedFile, catalog: Catalog, lang: Lang, sink: Diagnostic[]): Reporter {
  const add = (severity: Severity, rule: string, pointer: string, params: Params = {}, extra: Extra = {}) => {
    const pos = locate(file, pointer, extra.at ?? 'value');
    const d: Diagnostic = { severity, rule, message: translate(catalog, lang, rule, params), file: file.file, line: pos.line, column: pos.column, pointer };
    if (pos.endLine !== undefined) d.endLine = pos.endLine;
    if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
    if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
    if (extra.hint !== undefined) d.hint = extra.hint;
    sink.push(d);
  };
  return {
    file,
    error: (rule, pointer, params, extra) => add('error', rule, pointer, params, extra),
    warn: (rule, pointer, params, extra) => add('warning', rule, pointer, params, extra),
  };
}
