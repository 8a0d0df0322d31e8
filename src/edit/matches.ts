/**
 * Writes a coaching cohort's `matches` (the pairs kept) and `excluded` (pairs never to be made) into
 * its YAML text: entries already there keep their node and comments, the others are added, and every
 * byte outside the two lists stays as it was (line ends included).
 */
import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { CoachPair, ExcludedPair } from '../model/types.js';
import { editTopLevel, parseable, topLevelSpan } from './top-level.js';

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

const keyOf = (p: CoachPair) => `${p.coachee}\u0000${p.coach}`;

/** Replaces the list under `key` with `wanted` (in that order), keeping the nodes of entries already there. */
function writeList(text: string, key: string, wanted: readonly ExcludedPair[]): string {
  return editTopLevel(text, key, (doc) => {
    const existed = topLevelSpan(doc, key) !== undefined;
    const old = doc.get(key, true);
    const byKey = new Map<string, YAMLMap>();
    if (isSeq(old)) for (const item of old.items) if (isMap(item)) byKey.set(keyOf({ coachee: String(item.get('coachee')), coach: String(item.get('coach')) }), item);
    const list = new YAMLSeq();
    list.items = wanted.map((p) => byKey.get(keyOf(p)) ?? pairNode(p));
    if (isSeq(old) && existed) {
      if (old.commentBefore) list.commentBefore = old.commentBefore;
      if (old.comment) list.comment = old.comment;
    }
    doc.set(key, list);
  });
}

/** The cohort text with `matches` set to `pairs` and `excluded` to `excluded` (a list left empty is not added). */
export function writeMatches(text: string, pairs: readonly CoachPair[], excluded: readonly ExcludedPair[]): string {
  const has = (key: string) => topLevelSpan(parseDocument(parseable(text)), key) !== undefined;
  let out = pairs.length > 0 || has('matches') ? writeList(text, 'matches', pairs) : text;
  if (excluded.length > 0 || has('excluded')) out = writeList(out, 'excluded', excluded);
  return out;
}
