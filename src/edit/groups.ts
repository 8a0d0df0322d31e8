/** Writes pinned intervisie groups (`cohort groups --pin`) into a cohort's YAML text, with comments and key order kept. */
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import type { PinnedGroup } from '../model/types.js';
import { editTopLevel, topLevelList } from './top-level.js';

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
  return editTopLevel(
    text,
    'groups',
    (doc) => {
      const { list, byId } = topLevelList(doc, 'groups', 'id', groups.length);
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
    },
    // Member lists as the shipped cohorts write flow lists ([i01, i03]); ids never hold brackets.
    (block) => block.replace(/members: \[ ([^\]]*?) \]/g, 'members: [$1]'),
  );
}
