/** Writes pinned intervisie groups (`cohort groups --pin`) into a cohort's YAML text, with comments and key order kept. */
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { PinnedGroup } from '../model/types.js';
import { topLevelSpan } from './pin.js';

function membersNode(members: readonly string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const m of members) seq.add(m);
  return seq;
}

function entryNode(g: PinnedGroup): YAMLMap {
  const m = new YAMLMap();
  m.flow = true;
  m.set('id', g.id);
  if (g.facilitator !== undefined) m.set('facilitator', g.facilitator);
  m.set('members', membersNode(g.members));
  return m;
}

/**
 * Writes `groups` as the cohort's `groups` list. A group already in the file is updated in place (its
 * comment stays); new ones are appended, groups no longer formed are removed. Only the text of
 * `groups` changes: every byte outside it is kept, and so are the file's line ends.
 */
export function writeGroups(text: string, groups: readonly PinnedGroup[]): string {
  const ending = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  // The yaml library breaks lines only at LF: a lone CR becomes LF, same length, so every offset is the file's.
  const parseable = text.replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(parseable, { keepSourceTokens: false });
  const before = topLevelSpan(doc, 'groups');
  let seq = doc.get('groups', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('groups', seq);
  }
  const list = seq as YAMLSeq;
  if (list.flow && groups.length > 0) list.flow = false;
  const byId = new Map<string, YAMLMap>();
  for (const item of list.items) if (isMap(item)) byId.set(String(item.get('id')), item);
  const wanted = new Set(groups.map((g) => g.id));
  list.items = list.items.filter((item) => !isMap(item) || wanted.has(String(item.get('id'))));
  for (const g of groups) {
    const node = byId.get(g.id);
    if (!node) {
      list.items.push(entryNode(g));
      continue;
    }
    const old = node.get('facilitator', true);
    if (g.facilitator === undefined) node.delete('facilitator');
    else if (isScalar(old)) old.value = g.facilitator;
    else node.set('facilitator', g.facilitator);
    const members = node.get('members', true);
    const same = isSeq(members) && members.items.length === g.members.length && members.items.every((m, i) => isScalar(m) && String(m.value) === g.members[i]);
    if (!same) node.set('members', membersNode(g.members));
  }
  const rendered = doc.toString({ lineWidth: 0 });
  const after = topLevelSpan(parseDocument(rendered), 'groups');
  if (!after) throw new Error('the rendered cohort has no groups list');
  // A block list's span ends with its line break, a flow list's does not: compare without it.
  // Member lists as the shipped cohorts write flow lists ([i01, i03]); ids never hold brackets.
  const block = rendered
    .slice(after[0], after[1])
    .replace(/\s+$/, '')
    .replace(/members: \[ ([^\]]*?) \]/g, 'members: [$1]')
    .replace(/\r?\n/g, ending);
  if (before) return text.slice(0, before[0]) + block + (parseable[before[1] - 1] === '\n' ? ending : '') + text.slice(before[1]);
  return `${text}${text === '' || /[\r\n]$/.test(text) ? '' : ending}${block}${ending}`;
}
