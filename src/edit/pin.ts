/**
 * The pinned plan: `fixed` entries in a cohort file. Compares a new plan with it (moved, added,
 * cancelled) and writes it back into the YAML text with comments and key order kept.
 */
import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { PlannedSession } from '../model/plan.js';
import type { FixedSession } from '../model/types.js';

export interface PinChange {
  session: string;
  from?: { date: string; start?: string };
  to?: { date: string; start?: string };
}

export interface PinDiff {
  moved: PinChange[];
  added: PinChange[];
  cancelled: PinChange[];
  unchanged: number;
}

function when(s: PlannedSession): { date: string; start?: string } {
  return s.allDay ? { date: s.start } : { date: s.start.slice(0, 10), start: s.start.slice(11, 16) };
}

const same = (a: { date: string; start?: string }, b: { date: string; start?: string }) => a.date === b.date && (a.start ?? '') === (b.start ?? '');

/** What a new plan changes against the pinned plan (`fixed`), session by session. */
export function diffPinned(fixed: readonly FixedSession[], sessions: readonly PlannedSession[]): PinDiff {
  const planned = new Map(sessions.filter((s) => s.status !== 'cancelled').map((s) => [s.session, s]));
  const diff: PinDiff = { moved: [], added: [], cancelled: [], unchanged: 0 };
  const pinned = new Set<string>();
  for (const f of fixed) {
    pinned.add(f.session);
    if (f.status === 'cancelled') continue;
    const from = { date: f.date, ...(f.start !== undefined ? { start: f.start } : {}) };
    const s = planned.get(f.session);
    if (!s) diff.cancelled.push({ session: f.session, from });
    // A fixed entry without a start time pins the date only.
    else if (f.start === undefined ? when(s).date !== f.date : !same(when(s), from)) diff.moved.push({ session: f.session, from, to: when(s) });
    else diff.unchanged++;
  }
  for (const s of sessions) if (s.status !== 'cancelled' && !pinned.has(s.session)) diff.added.push({ session: s.session, to: when(s) });
  return diff;
}

/**
 * The `fixed` entries after pinning `sessions`: every planned session with its date and start; a
 * moved session's sequence rises; a pinned session that is no longer planned stays as cancelled
 * with a higher sequence, so exports keep telling calendars it is off.
 */
export function pinnedEntries(fixed: readonly FixedSession[], sessions: readonly PlannedSession[]): FixedSession[] {
  const old = new Map(fixed.map((f) => [f.session, f]));
  const out: FixedSession[] = [];
  const planned = new Set<string>();
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    planned.add(s.session);
    const w = when(s);
    const prev = old.get(s.session);
    let sequence = prev?.sequence ?? 0;
    if (prev && (prev.status === 'cancelled' || !same(w, { date: prev.date, start: prev.start ?? w.start }))) sequence++;
    out.push({ session: s.session, date: w.date, ...(w.start !== undefined ? { start: w.start } : {}), ...(sequence > 0 ? { sequence } : {}) });
  }
  for (const f of fixed) {
    if (planned.has(f.session)) continue;
    const { replan: _replan, ...rest } = f;
    out.push(f.status === 'cancelled' ? rest : { ...rest, status: 'cancelled', sequence: (f.sequence ?? 0) + 1 });
  }
  return out;
}

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  // Quoted so YAML 1.1 tools never read dates or times as anything but text.
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

function entryNode(f: FixedSession): YAMLMap {
  const m = new YAMLMap();
  m.flow = true;
  m.set('session', f.session);
  m.set('date', quoted(f.date));
  if (f.start !== undefined) m.set('start', quoted(f.start));
  if (f.sequence !== undefined) m.set('sequence', f.sequence);
  if (f.status !== undefined) m.set('status', f.status);
  return m;
}

/**
 * Writes `entries` as the cohort's `fixed` list. Entries already in the file are updated in place
 * (their comments stay); new ones are appended; everything outside `fixed` is left as it was.
 */
export function writePinned(text: string, entries: readonly FixedSession[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  let seq = doc.get('fixed', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('fixed', seq);
  }
  const list = seq as YAMLSeq;
  const byId = new Map<string, YAMLMap>();
  for (const item of list.items) if (isMap(item)) byId.set(String(item.get('session')), item);
  const wanted = new Set(entries.map((e) => e.session));
  list.items = list.items.filter((item) => !isMap(item) || wanted.has(String(item.get('session'))));
  for (const e of entries) {
    const node = byId.get(e.session);
    if (!node) {
      list.items.push(entryNode(e));
      continue;
    }
    node.set('date', quoted(e.date));
    if (e.start !== undefined) node.set('start', quoted(e.start));
    else node.delete('start');
    if (e.sequence !== undefined) node.set('sequence', e.sequence);
    else node.delete('sequence');
    if (e.status !== undefined) node.set('status', e.status);
    else node.delete('status');
    node.delete('replan');
  }
  return doc.toString({ lineWidth: 0 });
}
