/** Builds diagnostics at a pointer of a parsed file, in the caller's language. */
import type { Catalog, Lang } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { locate, type LoadedFile } from '../model/source.js';

export interface Extra {
  at?: 'key' | 'value';
  suggestion?: string | undefined;
  hint?: string | undefined;
}

/** The parameters may be left out when a message has none; `extra` always comes after them. */
type ReportArgs<T> = keyof T extends never ? [params?: T, extra?: Extra] : [params: T, extra?: Extra];
type TextArgs<T> = keyof T extends never ? [params?: T] : [params: T];

/** Reports the rules of catalog `P`: the rule id and its parameters are checked by the compiler. */
export interface Reporter<P> {
  readonly file: LoadedFile;
  error<K extends keyof P & string>(rule: K, pointer: string, ...args: ReportArgs<P[K]>): void;
  warn<K extends keyof P & string>(rule: K, pointer: string, ...args: ReportArgs<P[K]>): void;
  /** A text of the catalog (a hint, say) in the reporter's language. */
  text<K extends keyof P & string>(key: K, ...args: TextArgs<P[K]>): string;
}

export function reporter<P>(file: LoadedFile, catalog: Catalog<P>, lang: Lang, sink: Diagnostic[]): Reporter<P> {
  // The public signatures tie each key to its parameters; inside, one untyped path serves them all.
  const say = (key: keyof P & string, params: unknown): string => (translate as (c: Catalog<P>, l: Lang, k: string, p: unknown) => string)(catalog, lang, key, params);
  const add = (severity: Severity, rule: keyof P & string, pointer: string, params: unknown, extra: Extra = {}) => {
    const pos = locate(file, pointer, extra.at ?? 'value');
    const d: Diagnostic = { severity, rule, message: say(rule, params), file: file.file, line: pos.line, column: pos.column, pointer };
    if (pos.endLine !== undefined) d.endLine = pos.endLine;
    if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
    if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
    if (extra.hint !== undefined) d.hint = extra.hint;
    sink.push(d);
  };
  return {
    file,
    error: (rule, pointer, ...[params, extra]) => add('error', rule, pointer, params, extra),
    warn: (rule, pointer, ...[params, extra]) => add('warning', rule, pointer, params, extra),
    text: (key, ...[params]) => say(key, params),
  };
}
