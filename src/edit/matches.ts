/**
 * Writes a coaching cohort's `matches` (the pairs kept) and `excluded` (pairs never to be made) into
 * its YAML text: entries already there keep their node and comments, the others are added, and every
 * byte outside the two lists stays as it was (line ends included).
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { CoachPair, ExcludedPair } from '../model/types.js';

function pairNode(p: ExcludedPair): YAMLMap {
  const m = new YAMLMap();
  m.flow = true;
  m.set('coachee', p.coachee);
  m.set('coach', p.coach);
  if (p.date !== undefined) {
    // Quoted so YAML 1.1 tools never read the date as anything but text.
    const d = new Scalar(p.date);
    d.type = Scalar.QUOTE_DOUBLE;
    m.set('date', d);
  }
  return m;
}

/** The text span of a top-level key's entry: from its key to the end of its value. */
function span(doc: Document, key: string): [number, number] | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const valueEnd = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range?.[1];
  return keyStart !== undefined && valueEnd !== undefined ? [keyStart, valueEnd] : undefined;
}

const keyOf = (p: CoachPair) => `${p.coachee}\u0000${p.coach}`;

/** Replaces the list under `key` with `wanted` (in that order), keeping the nodes of entries already there. */
function writeList(text: string, key: string, wanted: readonly ExcludedPair[]): string {
  const ending = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  // The yaml library breaks lines only at LF: a lone CR becomes LF, same length, so every offset is the file's.
  const parseable = text.replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(parseable);
  const before = span(doc, key);
  const old = doc.get(key, true);
  const byKey = new Map<string, YAMLMap>();
  if (isSeq(old)) for (const item of old.items) if (isMap(item)) byKey.set(keyOf({ coachee: String(item.get('coachee')), coach: String(item.get('coach')) }), item);
  const list = new YAMLSeq();
  list.items = wanted.map((p) => byKey.get(keyOf(p)) ?? pairNode(p));
  if (isSeq(old) && before) {
    if (old.commentBefore) list.commentBefore = old.commentBefore;
    if (old.comment) list.comment = old.comment;
  }
  doc.set(key, list);
  const rendered = doc.toString({ lineWidth: 0 });
  const after = span(parseDocument(rendered), key);
  if (!after) throw new Error(`the rendered cohort has no ${key} list`);
  const block = rendered.slice(after[0], after[1]).replace(/\s+$/, '').replace(/\r?\n/g, ending);
  if (before) return text.slice(0, before[0]) + block + (parseable[before[1] - 1] === '\n' ? ending : '') + text.slice(before[1]);
  return `${text}${text === '' || /[\r\n]$/.test(text) ? '' : ending}${block}${ending}`;
}

/** The cohort text with `matches` set to `pairs` and `excluded` to `excluded` (a list left empty is not added). */
export function writeMatches(text: string, pairs: readonly CoachPair[], excluded: readonly ExcludedPair[]): string {
  const has = (key: string) => span(parseDocument(text.replace(/\r(?!\n)/g, '\n')), key) !== undefined;
  let out = pairs.length > 0 || has('matches') ? writeList(text, 'matches', pairs) : text;
  if (excluded.length > 0 || has('excluded')) out = writeList(out, 'excluded', excluded);
  return out;
}
