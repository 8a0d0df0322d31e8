/**
 * The programme file `cohort init programme` writes. Pure: answers in, text out.
 * - From scratch: the answers as a programme document with the schema line, small maps in flow style
 *   and times quoted, as the shipped programmes write them.
 * - From a template: the shipped programme's own text with only the answered values changed (a
 *   changed value loses its line comment, which spoke of the old value); every other byte, the
 *   brochure quotes and assumption marks included, stays. The template's head comment gives way to
 *   the schema line and where the file came from.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';

export const PROGRAMME_SCHEMA_LINE = '# yaml-language-server: $schema=../schema/programme.schema.json';

/** Keys whose maps and lists are short enough for one line (`slot: { weekday: thu, … }`). */
const FLOW = new Set(['audience', 'capacity', 'slot', 'after', 'hours', 'weekdays', 'avoid']);
const TIME = /^\d\d:\d\d$/;

function styled(node: unknown, key?: string): void {
  if (isMap(node) || isSeq(node)) {
    if (key !== undefined && FLOW.has(key)) node.flow = true;
    for (const item of node.items) {
      if (isScalar(item)) styled(item);
      else if (isMap(node)) {
        const pair = item as { key: unknown; value: unknown };
        styled(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
      } else styled(item);
    }
  } else if (isScalar(node) && typeof node.value === 'string' && TIME.test(node.value)) node.type = 'QUOTE_DOUBLE';
}

/** A programme from its answers (any object: the wizard checks drafts with this too). */
export function programmeYaml(programme: Record<string, unknown>): string {
  const doc = new Document(programme);
  styled(doc.contents);
  doc.commentBefore = PROGRAMME_SCHEMA_LINE.slice(1);
  return doc.toString({ lineWidth: 0 });
}

export type ScalarValue = string | number | boolean;

/** The template's text with `changes` (paths such as ['capacity', 'max']) applied; `from` names the template file in the head comment. */
export function programmeFromTemplate(text: string, from: string, changes: readonly (readonly [path: readonly string[], value: ScalarValue])[]): string {
  const doc = parseDocument(text);
  const splices: { start: number; end: number; text: string }[] = [];
  const missing: (readonly [readonly string[], ScalarValue])[] = [];
  for (const [path, value] of changes) {
    const node = doc.getIn(path, true) as Node | undefined;
    if (isScalar(node) && node.value === value) continue;
    if (!isScalar(node) || !node.range) {
      missing.push([path, value]);
      continue;
    }
    const [start, end] = node.range;
    // The line comment after the old value spoke of it: it goes with it.
    const eol = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
    const rest = text.slice(end, eol);
    const cut = /^[ \t]+#/.test(rest) && !/[,}\]]/.test(rest.slice(0, rest.indexOf('#'))) ? eol : end;
    splices.push({ start, end: cut, text: stringify(value, { lineWidth: 0 }).trimEnd() });
  }
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  if (missing.length > 0) {
    const again = parseDocument(out);
    for (const [path, value] of missing) again.setIn(path, value);
    out = again.toString({ lineWidth: 0 });
  }
  // The head comment (the template's brochure notes) gives way to the schema line and the origin.
  const lines = out.split('\n');
  let body = 0;
  while (body < lines.length && lines[body]!.startsWith('#')) body++;
  return [PROGRAMME_SCHEMA_LINE, `# Made by cohort init programme from ${from}; the comments below are the template's.`, ...lines.slice(body)].join('\n');
}
