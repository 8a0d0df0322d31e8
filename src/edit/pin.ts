/** Writes the pinned plan (src/plan/pinned.ts) back into a cohort's YAML text, with comments and key order kept. */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
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

/** The text span of the top-level `fixed` entry: from its key to the end of its value. */
function fixedSpan(doc: Document): [number, number] | undefined {
  return topLevelSpan(doc, 'fixed');
}

/** The text span of a top-level entry: from its key to the end of its value. */
export function topLevelSpan(doc: Document, key: string): [number, number] | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const valueEnd = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range?.[1];
  return keyStart !== undefined && valueEnd !== undefined ? [keyStart, valueEnd] : undefined;
}

/**
 * Writes `entries` as the cohort's `fixed` list. Entries already in the file are updated in place
 * (their comments stay); new ones are appended. Only the text of `fixed` changes: every byte
 * outside it is kept as it was (flow lists, spacing, comments), and so are the file's line ends.
 */
export function writePinned(text: string, entries: readonly FixedSession[]): string {
  // The file's own line ends come back: CRLF, or a lone CR (old Mac), else LF.
  const ending = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  // The yaml library breaks lines only at LF: a lone CR becomes LF, same length, so every offset is the file's.
  const parseable = text.replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(parseable, { keepSourceTokens: false });
  const before = fixedSpan(doc);
  let seq = doc.get('fixed', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('fixed', seq);
  }
  const list = seq as YAMLSeq;
  if (list.flow && entries.length > 0) list.flow = false;
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
    setKeeping(node, 'date', e.date, true);
    setKeeping(node, 'start', e.start, true);
    setKeeping(node, 'sequence', e.sequence, false);
    setKeeping(node, 'status', e.status, false);
    node.delete('replan');
  }
  const rendered = doc.toString({ lineWidth: 0 });
  const after = fixedSpan(parseDocument(rendered));
  if (!after) throw new Error('the rendered cohort has no fixed list');
  // A block list's span ends with its line break, a flow list's does not: compare without it.
  const block = rendered.slice(after[0], after[1]).replace(/\s+$/, '').replace(/\r?\n/g, ending);
  if (before) return text.slice(0, before[0]) + block + (parseable[before[1] - 1] === '\n' ? ending : '') + text.slice(before[1]);
  return `${text}${text === '' || /[\r\n]$/.test(text) ? '' : ending}${block}${ending}`;
}
