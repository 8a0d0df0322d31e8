/** JSON Schema checks with the precompiled validators, turned into diagnostics at the user's line. */
import type { ErrorObject } from 'ajv';
import * as compiled from './compiled/validators.cjs';
import type { Lang } from '../i18n/index.js';
import { hasMessage, translate } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { locate, type LoadedFile } from '../model/source.js';
import type { FileKind } from '../model/project.js';
import { SCHEMAS } from './schemas.js';
import { messages, type SchemaParams } from './messages.js';
import { suggest } from './suggest.js';

type Json = Record<string, unknown>;

function resolveRef(root: Json, node: Json): Json {
  let cur = node;
  for (let i = 0; i < 20 && typeof cur.$ref === 'string' && cur.$ref.startsWith('#/'); i++) {
    let target: unknown = root;
    for (const seg of cur.$ref.slice(2).split('/')) target = (target as Json | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === null || typeof target !== 'object') break;
    cur = target as Json;
  }
  return cur;
}

/** The branch of a oneOf/anyOf that fits `data`: by discriminator tag, else by JSON type. */
function pickBranch(root: Json, node: Json, data: unknown): Json {
  const branches = ((node.oneOf ?? node.anyOf) as Json[] | undefined)?.map((b) => resolveRef(root, b));
  if (!branches) return node;
  const tag = (node.discriminator as Json | undefined)?.propertyName;
  if (typeof tag === 'string' && data !== null && typeof data === 'object') {
    const value = (data as Json)[tag];
    const hit = branches.find((b) => ((b.properties as Json | undefined)?.[tag] as Json | undefined)?.const === value);
    if (hit) return hit;
  }
  const t = jsonType(data);
  return branches.find((b) => b.type === t || (Array.isArray(b.type) && b.type.includes(t)) || (t === 'integer' && b.type === 'number')) ?? node;
}

/** The schema that describes the value at `pointer` in `data` (following $ref and oneOf branches). */
function schemaFor(root: Json, start: Json, data: unknown, pointer: string, pickLast = true): Json | undefined {
  const segments = pointer.split('/').slice(1);
  const pick = (node: Json, value: unknown, last: boolean) => (last && !pickLast ? node : pickBranch(root, node, value));
  let node = pick(resolveRef(root, start), data, segments.length === 0);
  let value = data;
  for (const [i, raw] of segments.entries()) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    let next: unknown;
    if (Array.isArray(value)) next = node.items;
    else next = (node.properties as Json | undefined)?.[seg] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    if (next === null || typeof next !== 'object') return undefined;
    value = value !== null && typeof value === 'object' ? (value as Json)[seg] : undefined;
    node = pick(resolveRef(root, next as Json), value, i === segments.length - 1);
  }
  return node;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[seg];
  }
  return node;
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/**
 * oneOf/anyOf errors list every branch's complaints. Keep the branch the user evidently meant:
 * the one whose errors reach deepest into the data, then the one with the fewest errors.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return errors;
  // An error belongs to an alternative at its own data path or above it; looked up by path, so 10,000 bad items stay linear.
  const atPath = new Map<string, ErrorObject[]>();
  for (const alt of alternatives) atPath.set(alt.instancePath, (atPath.get(alt.instancePath) ?? []).concat(alt));
  const under = new Map<ErrorObject, ErrorObject[]>(alternatives.map((alt) => [alt, []]));
  for (const e of errors) {
    for (let path = e.instancePath; ; path = path.slice(0, path.lastIndexOf('/'))) {
      for (const alt of atPath.get(path) ?? []) if (e.schemaPath.startsWith(`${alt.schemaPath}/`)) under.get(alt)!.push(e);
      if (path === '') break;
    }
  }
  const dropped = new Set<ErrorObject>();
  const score = (list: ErrorObject[]) => list.reduce((m, e) => Math.max(m, e.instancePath.split('/').length), 0);
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of under.get(alt)!) {
      if (dropped.has(e)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      const list = branches.get(branch);
      if (list) list.push(e);
      else branches.set(branch, [e]);
    }
    if (branches.size === 0) continue;
    // A branch that only complains about the type was not the one meant.
    const candidates = [...branches.entries()].filter(([, list]) => !list.every((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    if (candidates.length === 0) {
      for (const list of branches.values()) for (const e of list) dropped.add(e);
      continue;
    }
    candidates.sort(([a, la], [b, lb]) => score(lb) - score(la) || la.length - lb.length || a.localeCompare(b, 'en'));
    const best = candidates[0]![0];
    dropped.add(alt);
    for (const [branch, list] of branches) if (branch !== best) for (const e of list) dropped.add(e);
  }
  return errors.filter((e) => !dropped.has(e));
}

type SchemaRule = keyof SchemaParams & `schema/${string}`;

/** A schema message in `lang`; the key and its parameters are checked against the catalog. */
function say<K extends keyof SchemaParams>(lang: Lang, key: K, params: SchemaParams[K]): string {
  return translate(messages, lang, key, params);
}

/** A JSON type as the user reads it ('a list'), or the type's own name when the catalog has none. */
function typeName(lang: Lang, t: string): string {
  const key = `type:${t}`;
  return hasMessage(messages, key) ? say(lang, key, {} as never) : t;
}

function toDiagnostic(err: ErrorObject, root: Json, start: Json, loaded: LoadedFile, lang: Lang, base: string): Diagnostic {
  const pointer = base + err.instancePath;
  const value = valueAt(loaded.data, pointer);
  const parent = schemaFor(root, start, valueAt(loaded.data, base), err.instancePath, !['discriminator', 'oneOf', 'anyOf'].includes(err.keyword));
  const found = <K extends SchemaRule>(rule: K, params: SchemaParams[K]) => ({ rule, message: say(lang, rule, params) });
  let problem: { rule: SchemaRule; message: string } = found('schema/invalid', { message: err.message ?? 'invalid' });
  let at = pointer;
  let prefer: 'key' | 'value' = 'value';
  let suggestion: string | undefined;
  const or = (items: readonly string[]) => say(lang, 'list:or', { items });
  switch (err.keyword) {
    case 'required': {
      problem = found('schema/required', { key: String(err.params.missingProperty) });
      prefer = 'key';
      break;
    }
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      problem = found('schema/unknown-key', { key });
      at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      prefer = 'key';
      const allowed = Object.keys((parent?.properties as Json | undefined) ?? {});
      if (allowed.length > 0) suggestion = suggest(key, allowed);
      break;
    }
    case 'type': {
      const expected = or(String(err.params.type).split(',').map((t) => typeName(lang, t)));
      problem = found('schema/type', { expected, found: typeName(lang, jsonType(value)), value: typeof value === 'object' ? '' : short(value) });
      break;
    }
    case 'enum': {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      problem = found('schema/enum', { value: short(value), allowed: allowed.join(', ') });
      if (typeof value === 'string') suggestion = suggest(value, allowed);
      break;
    }
    case 'const': {
      problem = found('schema/enum', { value: short(value), allowed: String(err.params.allowedValue) });
      break;
    }
    case 'pattern': {
      const title = typeof parent?.title === 'string' ? parent.title.toLowerCase() : say(lang, 'schema/pattern:valid-value', {});
      const examples = Array.isArray(parent?.examples) ? (parent.examples as unknown[]).slice(0, 3).map(String) : [];
      const what = examples.length > 0 ? say(lang, 'schema/pattern:examples', { title, examples: examples.join(', ') }) : title;
      problem = found('schema/pattern', { value: short(value), what });
      break;
    }
    case 'format': {
      problem = found('schema/format', { value: short(value), format: String(err.params.format) });
      break;
    }
    case 'discriminator': {
      const tag = String(err.params.tag);
      const branches = (parent?.oneOf as Json[] | undefined) ?? [];
      const allowed = branches.map((b) => String(((b.properties as Json | undefined)?.[tag] as Json | undefined)?.const ?? '')).filter(Boolean);
      const tagValue = valueAt(loaded.data, `${pointer}/${tag}`);
      problem = found('schema/discriminator', { tag, value: short(tagValue), allowed: allowed.join(', ') });
      at = `${pointer}/${tag}`;
      if (typeof tagValue === 'string') suggestion = suggest(tagValue, allowed);
      break;
    }
    case 'oneOf':
    case 'anyOf': {
      const titles = (((parent?.[err.keyword] as Json[] | undefined) ?? []).map((b) => b.title).filter(Boolean) as string[]).map((t) => t.toLowerCase());
      problem = found('schema/one-of', { expected: titles.length > 0 ? or(titles) : (err.message ?? '') });
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      problem = found('schema/range', { value: short(value), comparison: String(err.params.comparison), limit: Number(err.params.limit) });
      break;
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      problem = found(err.keyword.startsWith('min') ? 'schema/too-few' : 'schema/too-many', { limit: Number(err.params.limit), what: err.keyword.endsWith('Items') ? 'items' : 'characters' });
      break;
    case 'multipleOf':
      problem = found('schema/multiple-of', { value: short(value), step: Number(err.params.multipleOf) });
      break;
    default:
      break;
  }
  const pos = locate(loaded, at, prefer);
  const d: Diagnostic = {
    severity: 'error',
    rule: problem.rule,
    message: problem.message,
    file: loaded.file,
    line: pos.line,
    column: pos.column,
    pointer: at,
  };
  if (pos.endLine !== undefined) d.endLine = pos.endLine;
  if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
  if (suggestion !== undefined) d.suggestion = suggestion;
  return d;
}

function run(validate: compiled.CompiledValidator, data: unknown): ErrorObject[] {
  // An `if` error only says that its `then` failed; the `then` branch's own errors say how.
  return validate(data) ? [] : collapseAlternatives((validate.errors ?? []).filter((e) => e.keyword !== 'if'));
}

/**
 * A misspelt required key gives two errors: the unknown key and the missing one. The unknown key's
 * "did you mean" says both, so the missing-key error it explains is dropped.
 */
function withoutExplainedRequired(pairs: [ErrorObject, Diagnostic][], lang: Lang): Diagnostic[] {
  const explained = new Set<string>();
  for (const [e, d] of pairs) if (e.keyword === 'additionalProperties' && d.suggestion) explained.add(`${e.instancePath}\0${d.suggestion}`);
  const kept = pairs.filter(([e]) => !(e.keyword === 'required' && explained.has(`${e.instancePath}\0${String(e.params.missingProperty)}`)));
  // Several keys missing from one mapping are one problem at one place: name them together.
  const missing = new Map<string, string[]>();
  // the mapping's own required keys first, then those an `if`/`then` adds (a plannable programme's span, capacity, phases)
  const required = kept.filter(([e]) => e.keyword === 'required').sort(([a], [b]) => a.schemaPath.split('/').length - b.schemaPath.split('/').length);
  for (const [e] of required) missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), String(e.params.missingProperty)]);
  const out: Diagnostic[] = [];
  const done = new Set<string>();
  for (const [e, d] of kept) {
    if (e.keyword !== 'required') {
      out.push(d);
      continue;
    }
    if (done.has(e.instancePath)) continue;
    done.add(e.instancePath);
    const keys = missing.get(e.instancePath)!;
    out.push(keys.length === 1 ? d : { ...d, rule: 'schema/required', message: say(lang, 'schema/required:many', { keys: keys.map((k) => `'${k}'`).join(', ') }) });
  }
  return out;
}

/** Whether one registration row (of a CSV or a registrations file) passes the schema on its own. */
export function isValidRegistration(row: unknown): boolean {
  return compiled.registration(row);
}

/** All schema problems of one parsed file. CSV registrations are checked row by row. */
export function schemaDiagnostics(loaded: LoadedFile, kind: FileKind, lang: Lang): Diagnostic[] {
  const root = SCHEMAS[kind] as Json;
  if (loaded.format === 'csv') {
    const rows = Array.isArray(loaded.data) ? loaded.data : [];
    const rowSchema = (root.definitions as Json).registration as Json;
    const out: Diagnostic[] = [];
    rows.forEach((row, i) => {
      // Most rows pass: their check is the validator's call alone, nothing allocated around it.
      if (compiled.registration(row)) return;
      for (const d of withoutExplainedRequired(run(compiled.registration, row).map((e) => [e, toDiagnostic(e, root, rowSchema, loaded, lang, `/${i}`)]), lang)) out.push(d);
    });
    return out;
  }
  return withoutExplainedRequired(run(compiled[kind], loaded.data).map((e) => [e, toDiagnostic(e, root, root, loaded, lang, '')]), lang);
}
