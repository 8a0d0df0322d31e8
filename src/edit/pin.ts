/** Writes the pinned plan (src/plan/pinned.ts) back into a cohort's YAML text, with comments and key order kept. */
import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { FixedSession } from '../model/types.js';

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
