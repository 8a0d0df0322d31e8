/**
 * Edits the `registrations` list of a YAML file (a registrations file, or a cohort with its
 * registrations inline) through the yaml Document API. The Document gives the place of every entry
 * and renders the new values; the text changes only there: a changed value is replaced in place, a
 * new key gets a line of its own after the key it follows in SPEC order, a new registration is added
 * after the last one. Comments, blank lines, key order and quoting everywhere else, the changed
 * entry's other lines and the file's line ends stay byte for byte. Every result is parsed again and
 * must hold exactly the data asked for; an entry the line edits cannot express is rendered whole by
 * the Document API, and only that entry's text changes.
 */
import { isMap, isScalar, isSeq, parseDocument, Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { applyKeepingEnds, joinEnds, splitEnds, type LineEnds, type Patch } from './line-ends.js';
import { EditError, FIELD_ORDER, type FieldValue, type Fields, type RegistrationsEdit } from './fields.js';


/** Strings that YAML 1.1 tools or a second look would read as something else are quoted. */
function needsQuotes(s: string): boolean {
  return !/^[\p{L}][\p{L}\p{N} ._@()&+/-]*$/u.test(s) || /^(?:y|n|yes|no|on|off|true|false|null)$/i.test(s) || /\s$/.test(s);
}

function scalar(v: string | number | boolean): Scalar {
  const s = new Scalar(v);
  if (typeof v === 'string') s.type = needsQuotes(v) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
  return s;
}

function valueNode(v: Exclude<FieldValue, undefined>): Node {
  if (!Array.isArray(v)) return scalar(v as string | number | boolean);
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const item of v) seq.items.push(scalar(item));
  return seq;
}

/** A node's text on its own, without the final line break; a list of dates as the examples write it, `["2027-03-01"]`. */
function render(node: Node): string {
  // Only a flow map keeps its padding, `{ id: a1 }`, as the files write it.
  return new Document(node).toString({ lineWidth: 0, flowCollectionPadding: isMap(node) && node.flow }).replace(/\n$/, '');
}

function keyOf(p: Pair): string | undefined {
  return isScalar(p.key) ? String(p.key.value) : undefined;
}

function pairOf(m: YAMLMap, key: string): Pair | undefined {
  return m.items.find((p) => keyOf(p) === key) as Pair | undefined;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset after the line break that ends the line holding `at`; the text's end when there is none. */
function afterLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

function registrationsSeq(doc: Document): YAMLSeq | undefined {
  const seq = doc.get('registrations', true);
  return isSeq(seq) ? seq : undefined;
}

function itemById(seq: YAMLSeq, id: string): YAMLMap | undefined {
  return seq.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
}

/** Sets `fields` on a map through the Document API; a new key goes after the one before it in SPEC order. */
function applyFields(m: YAMLMap, fields: Fields): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      m.delete(key);
      continue;
    }
    const pair = pairOf(m, key);
    if (pair) {
      const old = pair.value;
      // A changed scalar keeps its comment.
      if (isScalar(old) && !Array.isArray(value)) {
        const fresh = scalar(value as string | number | boolean);
        old.value = fresh.value;
        old.type = fresh.type;
      } else pair.value = valueNode(value);
      continue;
    }
    const at = anchorIndex(m, key);
    m.items.splice(at + 1, 0, new Pair(scalar(key), valueNode(value)));
  }
}

/** Index of the pair a new key follows: the nearest earlier field in SPEC order, else the last pair. */
function anchorIndex(m: YAMLMap, key: string): number {
  const order = FIELD_ORDER.indexOf(key);
  const keys = m.items.map((p) => keyOf(p as Pair));
  if (order < 0) return keys.length - 1;
  for (let k = order - 1; k >= 0; k--) {
    const i = keys.indexOf(FIELD_ORDER[k]!);
    if (i >= 0) return i;
  }
  return keys.length - 1;
}

/** The line edits of `fields` on entry `m` of `text`, or undefined when they cannot say it (the entry is then rendered whole). */
function linePatches(text: string, m: YAMLMap, fields: Fields): Patch[] | undefined {
  const patches: Patch[] = [];
  const pairs = m.items as Pair[];
  const column = (at: number) => at - lineStart(text, at);
  const keyColumn = pairs[0] && isScalar(pairs[0].key) && pairs[0].key.range ? column(pairs[0].key.range[0]) : undefined;
  const inserted = new Map<number, string[]>();
  for (const [key, value] of Object.entries(fields)) {
    const pair = pairOf(m, key);
    if (value === undefined) {
      if (!pair) continue;
      const k = pair.key as Scalar;
      const v = pair.value as Node | null;
      // Only a pair that has lines of its own in a block map can be removed line-wise.
      if (m.flow || !k.range || !v?.range || pair === pairs[0] || text.slice(lineStart(text, k.range[0]), k.range[0]).trim() !== '') return undefined;
      patches.push({ start: lineStart(text, k.range[0]), end: afterLine(text, v.range[1] - 1), text: '' });
      continue;
    }
    const fresh = valueNode(value);
    if (pair) {
      const old = pair.value as Node | null;
      if (!isScalar(old) || !old.range || old.value === null || Array.isArray(value)) return undefined;
      if (text.slice(old.range[0], old.range[1]).includes('\n')) return undefined;
      patches.push({ start: old.range[0], end: old.range[1], text: render(fresh) });
      continue;
    }
    const anchor = pairs[anchorIndex(m, key)];
    const end = (anchor?.value as Node | null)?.range?.[1] ?? (anchor?.key as Scalar | undefined)?.range?.[1];
    if (end === undefined) return undefined;
    if (m.flow) {
      patches.push({ start: end, end, text: `, ${key}: ${render(fresh)}` });
      continue;
    }
    if (keyColumn === undefined) return undefined;
    const at = afterLine(text, end - 1);
    const lines = inserted.get(at) ?? [];
    lines.push(`${' '.repeat(keyColumn)}${key}: ${render(fresh)}`);
    inserted.set(at, lines);
  }
  for (const [at, lines] of inserted) {
    const bare = at === text.length && !text.endsWith('\n');
    patches.push({ start: at, end: at, text: bare ? `\n${lines.join('\n')}` : `${lines.join('\n')}\n` });
  }
  return patches;
}

/** Entry `m` rendered whole by the Document API, indented where it stands in `text`. */
function entryPatch(text: string, m: YAMLMap): Patch | undefined {
  if (!m.range) return undefined;
  const [start, end] = m.range;
  const indent = ' '.repeat(start - lineStart(text, start));
  const copy = m.clone() as YAMLMap;
  // Comments before the entry and after a flow entry stay in the text outside its range.
  copy.commentBefore = undefined;
  if (m.flow) copy.comment = undefined;
  const body = render(copy).replace(/\n/g, `\n${indent}`);
  const endsLine = text[end - 1] === '\n';
  return { start, end, text: endsLine ? `${body}\n` : body };
}

/** Plain data with keys sorted, to compare what a text holds with what was asked for. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function holds(text: string, wanted: string): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && canonical(doc.toJS()) === wanted;
}

function newEntry(fields: Fields): YAMLMap {
  const m = new YAMLMap();
  const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
  for (const key of keys) {
    const v = fields[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    m.items.push(new Pair(scalar(key), valueNode(v)));
  }
  return m;
}

function rank(key: string): number {
  const i = FIELD_ORDER.indexOf(key);
  return i < 0 ? FIELD_ORDER.length : i;
}

/** New entries after the last one of a block list, with its dash and indentation. */
function appendPatch(text: string, seq: YAMLSeq, entries: readonly YAMLMap[]): Patch | undefined {
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow || !last?.range) return undefined;
  const start = last.range[0];
  const dash = text.slice(lineStart(text, start), start);
  if (!/^ *- +$/.test(dash)) return undefined;
  const at = last.range[2];
  const rest = ' '.repeat(dash.length);
  const body = entries.map((e) => `${dash}${render(e).replace(/\n/g, `\n${rest}`)}`).join('\n');
  return text[at - 1] === '\n' ? { start: at, end: at, text: `${body}\n` } : { start: at, end: at, text: `\n${body}` };
}

/** The span of the top-level `registrations` entry: from its key to the end of its value. */
function registrationsSpan(doc: Document): [number, number] | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'registrations');
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const valueEnd = (pair?.value as Node | null | undefined)?.range?.[1] ?? (isScalar(pair?.key) ? pair.key.range?.[1] : undefined);
  return keyStart !== undefined && valueEnd !== undefined ? [keyStart, valueEnd] : undefined;
}

/** The whole `registrations` entry rendered by the Document API (an empty or flow list), the rest of the file kept. */
function listPatch(text: string, doc: Document): Patch {
  const before = registrationsSpan(doc);
  const rendered = doc.toString({ lineWidth: 0 });
  const after = registrationsSpan(parseDocument(rendered));
  if (!after) throw new Error('the rendered file has no registrations list');
  const block = rendered.slice(after[0], after[1]).replace(/\n+$/, '');
  if (before) return { start: before[0], end: before[1], text: block + (text[before[1] - 1] === '\n' ? '\n' : '') };
  return { start: text.length, end: text.length, text: `${text === '' || text.endsWith('\n') ? '' : '\n'}${block}\n` };
}

export function editRegistrationsYaml(input: string, edit: RegistrationsEdit): string {
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Edited with LF only, as the loader reads it (a lone CR is a line break too); each kept line break gets its own end back.
  const lines = splitEnds(input.slice(bom.length));
  const text = lines.text;
  const fresh = () => parseDocument(text, { keepSourceTokens: false });
  const doc = fresh();
  if (doc.errors.length > 0) throw new EditError('the YAML file cannot be parsed');
  const seq = registrationsSeq(doc);
  for (const id of edit.set?.keys() ?? []) if (!seq || !itemById(seq, id)) throw new EditError(`no registration '${id}' in the file`);
  const entries = () => (edit.add ?? []).map(newEntry);

  // What the result must hold: the same edit applied through the Document API.
  const expected = fresh();
  const expectedSeq = registrationsSeq(expected);
  for (const [id, fields] of edit.set ?? []) applyFields(itemById(expectedSeq!, id)!, fields);
  if (entries().length > 0) {
    if (expectedSeq) expectedSeq.items.push(...entries());
    else expected.set('registrations', Object.assign(new YAMLSeq(), { items: entries() }));
  }
  const wanted = canonical(expected.toJS());

  // Each changed entry by line edits, or rendered whole when they cannot say it or miss.
  const byLines: Patch[] = [];
  const byEntry: Patch[] = [];
  for (const [id, fields] of edit.set ?? []) {
    const m = itemById(seq!, id)!;
    const changed = itemById(registrationsSeq(fresh())!, id)!;
    applyFields(changed, fields);
    const whole = entryPatch(text, Object.assign(changed, { range: m.range }));
    const lines = linePatches(text, m, fields);
    if (lines) byLines.push(...lines);
    else if (whole) byLines.push(whole);
    if (whole) byEntry.push(whole);
  }
  const attempt = (sets: readonly Patch[]): LineEnds | undefined => {
    let out = applyKeepingEnds(lines, sets);
    if (entries().length > 0) {
      const after = parseDocument(out.text);
      const list = registrationsSeq(after);
      const appended = list && list.items.length > 0 ? appendPatch(out.text, list, entries()) : undefined;
      if (appended) out = applyKeepingEnds(out, [appended]);
      else {
        // No block list to add to (none, empty or flow): the `registrations` entry is rendered whole.
        if (list) {
          list.flow = false;
          list.items.push(...entries());
        }
        else after.set('registrations', Object.assign(new YAMLSeq(), { items: entries() }));
        out = applyKeepingEnds(out, [listPatch(out.text, after)]);
      }
    }
    return holds(out.text, wanted) ? out : undefined;
  };
  const out = attempt(byLines) ?? attempt(byEntry);
  if (out === undefined) throw new Error('the registrations could not be edited in place');
  return bom + joinEnds(out);
}
