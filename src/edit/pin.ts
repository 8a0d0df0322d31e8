/** Writes the pinned plan (src/plan/pinned.ts) back into a cohort's YAML text, with comments and key order kept. */
import { isMap, isScalar, Scalar, YAMLMap } from 'yaml';
import type { FixedSession } from '../model/types.js';
import { editTopLevel, topLevelList } from './top-level.js';

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
  if (f.host !== undefined) m.set('host', f.host);
  if (f.facilitator !== undefined) m.set('facilitator', f.facilitator);
  return m;
}

/** Sets a key of an entry, keeping the comment of the value it replaces (`date: "2027-03-18" # as announced`). */
function setKeeping(node: YAMLMap, key: string, value: string | number | undefined, quote: boolean): void {
  if (value === undefined) {
    node.delete(key);
    return;
  }
  const old = node.get(key, true);
  if (isScalar(old)) {
    old.value = value;
    if (quote) old.type = Scalar.QUOTE_DOUBLE;
    else if (old.type !== Scalar.PLAIN) old.type = Scalar.PLAIN;
    return;
  }
  node.set(key, quote ? quoted(String(value)) : value);
}

/**
 * Writes `entries` as the cohort's `fixed` list. Entries already in the file are updated in place
 * (their comments stay); new ones are appended. Only the text of `fixed` changes: every byte
 * outside it is kept as it was (flow lists, spacing, comments), and so are the file's line ends.
 * `replace` (cohort plan --pin, which pins the whole plan) drops the entries not in `entries`;
 * `merge` (cohort roster --pin, which pins the meetings) keeps them as they are. An entry's `host`
 * and `facilitator` are written when given and otherwise kept as the file has it.
 */
export function writePinned(text: string, entries: readonly FixedSession[], mode: 'replace' | 'merge' = 'replace'): string {
  return editTopLevel(text, 'fixed', (doc) => {
    const { list, byId } = topLevelList(doc, 'fixed', 'session', entries.length);
    const wanted = new Set(entries.map((e) => e.session));
    if (mode === 'replace') list.items = list.items.filter((item) => !isMap(item) || wanted.has(String(item.get('session'))));
    for (const e of entries) {
      const node = byId.get(e.session);
      if (!node) {
        list.items.push(entryNode(e));
        continue;
      }
      setKeeping(node, 'date', e.date, true);
      setKeeping(node, 'start', e.start, true);
      setKeeping(node, 'sequence', e.sequence, false);
      setKeeping(node, 'status', e.status, false);
      if (e.host !== undefined) setKeeping(node, 'host', e.host, false);
      if (e.facilitator !== undefined) setKeeping(node, 'facilitator', e.facilitator, false);
      node.delete('replan');
    }
  });
}
