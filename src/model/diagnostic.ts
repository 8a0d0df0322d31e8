/** A problem found in a user's file. Validation returns these; it never throws for user mistakes. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable id such as `schema/unknown-key` or `capacity/min-exceeds-max`; tests assert these. */
  rule: string;
  /** One-line cause in the language chosen by the caller (see src/i18n). */
  message: string;
  /** Path as the user gave it (relative to the working directory where possible). */
  file: string;
  /** 1-based line and column of the offending key or value; 1:1 when a whole file is at fault. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** RFC 6901 JSON pointer into the document, '' for the whole document. */
  pointer: string;
  /** "did you mean …" candidate or another fix the user can apply. */
  suggestion?: string;
  hint?: string;
}

export type ExitCode = 0 | 1 | 2 | 3 | 130;

// The order of localeCompare(…, 'en'), from one collator (localeCompare sets one up each call),
// made on the first comparison: a run without diagnostics to sort never loads ICU's collation.
let collator: Intl.Collator | undefined;
const byText = (a: string, b: string): number => (collator ??= new Intl.Collator('en')).compare(a, b);

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.rule, b.rule) || byText(a.message, b.message);
}

/** Sorted, with exact repeats (same place, rule and message) removed. */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...list].sort(compareDiagnostics)) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
