/** How many problems of one file the text view prints; the machine formats list them all. */
import type { Diagnostic } from '../../model/diagnostic.js';

/** Past this many problems in one file a reader fixes the pattern, not each line; the rest are counted. */
export const MAX_SHOWN_PER_FILE = 100;

export interface Hidden {
  errors: number;
  warnings: number;
}

export interface Shown {
  /** Whether the diagnostic at each index is printed. */
  keep: boolean[];
  /** Per file with more than the cap: what is not printed, and the index after which to say so. */
  hidden: Map<string, Hidden & { after: number }>;
}

/**
 * All of a file's problems up to the cap; beyond it, its first errors and then its first warnings to
 * fill the cap, so a flood of warnings never hides an error. One pass to count, one to choose.
 */
export function shownPerFile(diagnostics: readonly Diagnostic[], cap = MAX_SHOWN_PER_FILE): Shown {
  const totals = new Map<string, Hidden>();
  for (const d of diagnostics) {
    const t = totals.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') t.errors++;
    else t.warnings++;
    totals.set(d.file, t);
  }
  const room = new Map<string, Hidden>();
  const hidden = new Map<string, Hidden & { after: number }>();
  for (const [file, t] of totals) {
    if (t.errors + t.warnings <= cap) continue;
    const errors = Math.min(t.errors, cap);
    room.set(file, { errors, warnings: cap - errors });
    hidden.set(file, { errors: t.errors - errors, warnings: t.warnings - (cap - errors), after: -1 });
  }
  const keep = diagnostics.map((d, i) => {
    const r = room.get(d.file);
    if (!r) return true;
    const kind = d.severity === 'error' ? 'errors' : 'warnings';
    if (r[kind] === 0) return false;
    r[kind]--;
    hidden.get(d.file)!.after = i;
    return true;
  });
  return { keep, hidden };
}
