import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { Args, Lang } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';
import type { DiagnosticViewMessages, MessageKey } from './messages.js';
import { strictText } from './strict-messages.js';

/** What every diagnostics view needs besides the diagnostics themselves. */
export interface ViewContext {
  /** Every file checked, also clean ones. */
  files: readonly string[];
  /** File → text, for code frames. Positions in diagnostics refer to this exact text. */
  sources: ReadonlyMap<string, string>;
  lang: Lang;
  color: boolean;
  toolVersion: string;
  /** `--strict`: warnings fail the run, so every view reports them as failures (not only the exit code). */
  strict?: boolean;
}

/** Whether this diagnostic fails the run: an error, or a warning under `--strict`. */
export function fails(d: Diagnostic, ctx: Pick<ViewContext, 'strict'>): boolean {
  return d.severity === 'error' || ctx.strict === true;
}

/** The level a machine format (GitHub annotations, SARIF) gives a diagnostic: what fails the run is an error there. */
export function failureLevel(d: Diagnostic, ctx: Pick<ViewContext, 'strict'>): Severity {
  return fails(d, ctx) ? 'error' : d.severity;
}

export function t<K extends MessageKey>(lang: Lang, key: K, ...params: Args<DiagnosticViewMessages[K]>): string {
  return translate(messages, lang, key, ...params);
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, severity === 'error' ? 'severity.error' : 'severity.warning');
}

export interface Tally {
  errors: number;
  warnings: number;
  /** Checked files plus any file a diagnostic names, in first-seen order. */
  files: string[];
  /** Files with at least one diagnostic of any severity. */
  filesWithProblems: number;
  filesWithErrors: number;
  /** Diagnostics that fail the run (errors; under `--strict` warnings too). */
  failures: number;
  /** Files with at least one failing diagnostic. */
  filesFailing: number;
  strict: boolean;
}

export function tally(diagnostics: readonly Diagnostic[], ctx: Pick<ViewContext, 'files' | 'strict'>): Tally {
  // A diagnostic may name a file the caller did not list (e.g. a referenced CSV); count it anyway.
  const files = [...new Set([...ctx.files, ...diagnostics.map((d) => d.file)])];
  const problem = new Set<string>();
  const withErrors = new Set<string>();
  const failing = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    problem.add(d.file);
    if (d.severity === 'error') {
      errors++;
      withErrors.add(d.file);
    } else warnings++;
    if (fails(d, ctx)) failing.add(d.file);
  }
  const strict = ctx.strict === true;
  return {
    errors,
    warnings,
    files,
    filesWithProblems: problem.size,
    filesWithErrors: withErrors.size,
    failures: strict ? errors + warnings : errors,
    filesFailing: failing.size,
    strict,
  };
}

/** One line without colour or symbol: "3 errors and 1 warning in 2 of 14 files", "14 files valid". */
export function summaryText(lang: Lang, s: Tally): { kind: 'ok' | 'warnings' | 'errors'; text: string } {
  const total = s.files.length;
  const filesPhrase = (k: number): string => t(lang, 'count.files', { n: k });
  if (s.errors === 0 && s.warnings === 0) {
    return { kind: 'ok', text: total === 0 ? t(lang, 'summary.noFiles') : t(lang, 'summary.valid', { files: filesPhrase(total) }) };
  }
  const where =
    s.filesWithProblems === total
      ? t(lang, 'where.all', { files: filesPhrase(total) })
      : t(lang, 'where.some', { k: s.filesWithProblems, files: filesPhrase(total) });
  const errors = t(lang, 'count.errors', { n: s.errors });
  const warnings = t(lang, 'count.warnings', { n: s.warnings });
  if (s.errors === 0 && s.strict) return { kind: 'errors', text: strictText(lang, 'summary.warningsFail', { warnings, where }) };
  if (s.errors === 0) return { kind: 'warnings', text: `${warnings} ${where}, ${t(lang, 'summary.noErrors')}` };
  const counts = s.warnings === 0 ? errors : `${errors} ${t(lang, 'and')} ${warnings}`;
  return { kind: 'errors', text: `${counts} ${where}` };
}

export const SUMMARY_SYMBOL = { ok: '✔', warnings: '⚠', errors: '✖' } as const;

/** Message plus the localized "did you mean" for machine formats that have a single text field. */
export function messageWithSuggestion(lang: Lang, d: Diagnostic): string {
  return d.suggestion === undefined ? d.message : `${d.message} (${t(lang, 'suggestion', { s: d.suggestion })})`;
}

/** As messageWithSuggestion, with the hint on a following line. */
export function fullMessage(lang: Lang, d: Diagnostic): string {
  const base = messageWithSuggestion(lang, d);
  return d.hint === undefined ? base : `${base}\n${t(lang, 'hint')}: ${d.hint}`;
}

/** Positions should be 1-based integers; a bad one must not crash or corrupt a report. */
export function pos(n: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.trunc(n)) : 1;
}

export function optPos(n: number | undefined): number | undefined {
  return n === undefined || !Number.isFinite(n) ? undefined : Math.max(1, Math.trunc(n));
}
