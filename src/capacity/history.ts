/**
 * The history of a cohort's registrations: every change a command makes, appended one JSON object a
 * line to `<cohort>.history.jsonl` beside the registrations, never rewritten. What changed, when
 * (`--today`), by which command, the value before and after, and why, so `cohort explain` can cite it.
 */
import type { IsoDate } from '../model/types.js';

/** Why a command changed a registration besides being asked to. */
export type Why =
  /** The command was asked for this change (cancel, accept, decline, register). */
  | { kind: 'asked' }
  /** A seat came free (by these registrations leaving) and this one was next in line. */
  | { kind: 'next-in-line'; after: string[] }
  /** The last day to answer had passed. */
  | { kind: 'offer-expired'; on: IsoDate }
  /** The seat came free after the programme's cutoff: no offer, the registration waits. */
  | { kind: 'no-offers-from'; cutoff: IsoDate };

export interface HistoryEntry {
  date: IsoDate;
  /** The command line, as a user would type it. */
  command: string;
  id: string;
  field: string;
  /** Absent: the field was not set (a new registration, a new key). */
  from?: string;
  /** Absent: the field was cleared. */
  to?: string;
  why: Why;
}

/** The lines to append: one JSON object each, keys in a fixed order so the file diffs well. */
export function formatHistory(entries: readonly HistoryEntry[]): string {
  return entries
    .map((e) => `${JSON.stringify({ date: e.date, command: e.command, id: e.id, field: e.field, ...(e.from !== undefined ? { from: e.from } : {}), ...(e.to !== undefined ? { to: e.to } : {}), why: e.why })}\n`)
    .join('');
}

function isEntry(v: unknown): v is HistoryEntry {
  const o = v as Record<string, unknown> | null;
  return o !== null && typeof o === 'object' && typeof o.date === 'string' && typeof o.command === 'string' && typeof o.id === 'string' && typeof o.field === 'string' && typeof o.why === 'object';
}

/** The entries of a history file; a line that is not an entry (an edit by hand gone wrong) is counted, not fatal. */
export function parseHistory(text: string): { entries: HistoryEntry[]; unreadable: number } {
  const entries: HistoryEntry[] = [];
  let unreadable = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isEntry(v)) entries.push(v);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { entries, unreadable };
}
