/**
 * One top-level entry of a YAML file, edited through the yaml Document API with every byte outside
 * it kept: the file's own line ends (its most common one for the lines written), comments, flow lists and spacing.
 * `cohort plan --pin` (fixed), `cohort groups --pin` (groups) and `cohort match --pin` (matches,
 * excluded) all write through it.
 */
import { lineEnding } from './line-ends.js';
import { isMap, isScalar, isSeq, parseDocument, YAMLSeq, type Document, type YAMLMap } from 'yaml';

/** The text span of a top-level entry: from its key to the end of its value. */
export function topLevelSpan(doc: Document, key: string): [number, number] | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const valueEnd = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range?.[1];
  return keyStart !== undefined && valueEnd !== undefined ? [keyStart, valueEnd] : undefined;
}

/** The text with LF for a lone CR: the yaml library breaks lines only at LF, and the length stays, so every offset is the file's. */
export function parseable(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/**
 * `text` with the entry under `key` as `edit` leaves it in the parsed document: its rendered text
 * (passed through `tidy`) replaces the entry's old text, or is appended when the file had none.
 */
export function editTopLevel(text: string, key: string, edit: (doc: Document) => void, tidy: (block: string) => string = (block) => block): string {
  // the file's most common end: one stray CR (a line pasted from an old Mac file) does not decide it
  const ending = lineEnding(text);
  const source = parseable(text);
  const doc = parseDocument(source, { keepSourceTokens: false });
  const before = topLevelSpan(doc, key);
  edit(doc);
  const rendered = doc.toString({ lineWidth: 0 });
  const after = topLevelSpan(parseDocument(rendered), key);
  if (!after) throw new Error(`the rendered cohort has no ${key} list`);
  // A block list's span ends with its line break, a flow list's does not: compare without it.
  const block = tidy(rendered.slice(after[0], after[1]).replace(/\s+$/, '')).replace(/\r?\n/g, ending);
  if (before) return text.slice(0, before[0]) + block + (source[before[1] - 1] === '\n' ? ending : '') + text.slice(before[1]);
  return `${text}${text === '' || /[\r\n]$/.test(text) ? '' : ending}${block}${ending}`;
}

/**
 * The top-level list under `key` (created when the file has none; a flow list `[…]` turns block when
 * entries go in) and its map entries by the value of their `id` field: what `fixed` and `groups`
 * edits update in place, with the comments of each entry kept.
 */
export function topLevelList(doc: Document, key: string, id: string, entries: number): { list: YAMLSeq; byId: Map<string, YAMLMap> } {
  let seq = doc.get(key, true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set(key, seq);
  }
  const list = seq as YAMLSeq;
  if (list.flow && entries > 0) list.flow = false;
  const byId = new Map<string, YAMLMap>();
  for (const item of list.items) if (isMap(item)) byId.set(String(item.get(id)), item);
  return { list, byId };
}
