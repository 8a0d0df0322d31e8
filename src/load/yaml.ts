import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, YAMLError, YAMLMap, YAMLSeq } from 'yaml';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedFile, Position } from '../model/source.js';
import type { Lang } from '../i18n/index.js';
import { LineIndex } from './lines.js';
import { Locations, START, type Span } from './locations.js';
import { diagnostic, msg, type DiagnosticParams, type LoadMessageKey } from './messages.js';
import { longSequences, type LongSequence } from './slices.js';
import { fastYaml } from './yaml-fast.js';

/** Aliases met while already expanding an alias: what makes "billion laughs" exponential. */
export const MAX_NESTED_ALIASES = 100;
/** Values produced through aliases in total; bounds the work even for wide anchors. */
export const MAX_ALIAS_VALUES = 100_000;
/** The yaml library itself gives up at roughly 800 levels; this guards our own recursion. */
const MAX_DEPTH = 1000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const YAML11_TRUE = new Set(['yes', 'y', 'on']);
const YAML11_FALSE = new Set(['no', 'n', 'off']);
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const LEADING_ZERO_INT = /^[-+]?0[0-9]+$/;

// uniqueKeys is off because the library checks it by a linear scan per key (quadratic on big maps); the walk checks it with a hash.
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  intAsBigInt: false,
} as const;

/** Past this length (UTF-16 units) a text's long top-level sequences are parsed a slice at a time. */
export const SLICE_LENGTH = 256 * 1024;
/** Items per slice: a slice's parse tree (some 600 KB for 64 registrations) dies young; 256 a slice took 50 % more peak memory. */
export const SLICE_ITEMS = 64;

export interface YamlOptions {
  sliceLength?: number;
  sliceItems?: number;
  /** false: always through the `yaml` library (the reference the fast path is tested against). */
  fast?: boolean;
}

/** Internal control flow for limits that end the walk; never escapes loadYaml. */
class Stop {
  readonly diagnostic: Diagnostic;
  constructor(d: Diagnostic) {
    this.diagnostic = d;
  }
}

/** A slice or the rest did not parse cleanly on its own: the whole document is parsed instead. Never escapes loadYaml. */
class Whole {}

const identity = (offset: number): number => offset;

type Range = readonly [number, number, number?];

/**
 * YAML text → plain data with the position of every node. Never throws for bad input: syntax errors
 * leave `data` undefined, other problems are diagnostics next to the data. A big text is parsed a
 * slice at a time where that gives the same result (src/load/slices.ts), to bound the parse tree.
 */
export function loadYaml(file: string, text: string, lang: Lang, opts: YamlOptions = {}): { loaded: LoadedFile; diagnostics: Diagnostic[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(src);
  // The yaml library breaks lines only at LF; a lone CR (old Mac files) becomes LF, same length, so every offset stays.
  const lf = src.replace(/\r(?!\n)/g, '\n');
  // Most files are in the subset src/load/yaml-fast.ts reads without the library (same data and locations, no problems).
  const fast = opts.fast === false ? undefined : fastYaml(lf, index);
  if (fast) return { loaded: { file, text: src, format: 'yaml', data: fast.data, locations: fast.locations }, diagnostics: [] };
  const sequences = lf.length > (opts.sliceLength ?? SLICE_LENGTH) ? longSequences(lf, opts.sliceItems ?? SLICE_ITEMS) : [];
  if (sequences.length > 0) {
    const sliced = load(file, src, lf, index, lang, sequences);
    if (sliced) return sliced;
  }
  return load(file, src, lf, index, lang, [])!;
}

/** Parses `lf` (without the `sequences`, which the walk parses slice by slice) and walks it; undefined when slicing does not apply after all. */
function load(file: string, src: string, lf: string, index: LineIndex, lang: Lang, sequences: LongSequence[]): { loaded: LoadedFile; diagnostics: Diagnostic[] } | undefined {
  const locations = new Locations(index);
  const diagnostics: Diagnostic[] = [];
  const result = (data: unknown) => ({
    loaded: { file, text: src, format: 'yaml' as const, data, locations },
    diagnostics: diagnostics.sort(compareDiagnostics),
  });

  // The text without the sliced sequences; `shift` takes its offsets back to the file's.
  let rest = lf;
  let shift = identity;
  if (sequences.length > 0) {
    const pieces: string[] = [];
    const cuts: { at: number; by: number }[] = [];
    let from = 0;
    let removed = 0;
    for (const q of sequences) {
      pieces.push(lf.slice(from, q.start));
      removed += q.end - q.start;
      cuts.push({ at: q.start - (removed - (q.end - q.start)), by: removed });
      from = q.end;
    }
    pieces.push(lf.slice(from));
    rest = pieces.join('');
    shift = (offset) => {
      let by = 0;
      for (const c of cuts) if (offset >= c.at) by = c.by;
      return offset + by;
    };
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(rest, PARSE_OPTIONS);
  } catch (e) {
    if (sequences.length > 0) return undefined;
    // The library reports its own failures as errors; this only guards against a bug in it.
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    diagnostics.push(diagnostic(lang, 'error', 'yaml/syntax', file, { line: 1, column: 1 }, '', { reason }));
    return result(undefined);
  }
  if (sequences.length > 0 && (doc.errors.length > 0 || !isMap(doc.contents))) return undefined;

  const seenLines = new Set<string>();
  const libraryProblems = (d: Document.Parsed, at: (offset: number) => number) => {
    for (const e of [...d.errors, ...d.warnings]) {
      const problem = libraryDiagnostic(e, file, src, index, lang, at);
      // One mistake often trips several library errors on the same line: keep the first of each rule.
      const key = `${problem.rule}\0${problem.line}`;
      if (seenLines.has(key)) continue;
      seenLines.add(key);
      diagnostics.push(problem);
    }
  };
  libraryProblems(doc, shift);
  if (doc.errors.length > 0) return result(undefined);
  if (doc.contents === null) {
    diagnostics.push(diagnostic(lang, 'error', 'file/empty', file, { line: 1, column: 1 }, '', {}));
    return result(undefined);
  }

  const walker = new Walker(file, src, lang, locations, diagnostics, shift);
  walker.slices(lf, sequences, libraryProblems);
  try {
    const data = walker.value(doc.contents, '', 0, undefined, false);
    if (!walker.allSliced()) return undefined;
    walker.extendRoot(doc.contents.range);
    return result(data);
  } catch (e) {
    if (e instanceof Whole) return undefined;
    if (!(e instanceof Stop)) throw e;
    // A limit hit mid-walk leaves later slices' library warnings unread: the whole parse reads them all.
    if (sequences.length > 0) return undefined;
    diagnostics.push(e.diagnostic);
    return result(undefined);
  }
}

function libraryDiagnostic(e: YAMLError, file: string, src: string, index: LineIndex, lang: Lang, shift: (offset: number) => number): Diagnostic {
  const start = shift(e.pos[0]);
  const end = shift(e.pos[1]);
  const at = index.range(start, end);
  const severity = e.name === 'YAMLWarning' ? 'warning' : 'error';
  const reason = e.message.split('\n')[0]!.replace(/\.$/, '');
  switch (e.code) {
    case 'MULTIPLE_DOCS':
      return diagnostic(lang, severity, 'yaml/multiple-documents', file, index.at(start), '', {});
    case 'RESOURCE_EXHAUSTION':
      return diagnostic(lang, severity, 'yaml/too-deep', file, index.at(start), '', { limit: 800 });
    case 'TAG_RESOLVE_FAILED':
      return diagnostic(lang, severity, 'yaml/unknown-tag', file, at, '', { tag: reason.replace(/^[^!]*/, '') || reason });
    case 'TAB_AS_INDENT':
      return diagnostic(lang, severity, 'yaml/tab-indent', file, index.at(start), '', {});
    default:
      if (e.code === 'MISSING_CHAR' && reason.startsWith('Missing closing')) {
        // The library points at the end of the file; the user needs the quote that was opened.
        const open = openingQuote(src, start, reason.includes("'") ? "'" : '"');
        if (open >= 0) return diagnostic(lang, severity, 'yaml/syntax', file, index.at(open), '', { reason });
      }
      if (severity === 'error' && tabInIndent(src, index, start)) {
        return diagnostic(lang, severity, 'yaml/tab-indent', file, tabPosition(src, index, start), '', {});
      }
      return diagnostic(lang, severity, 'yaml/syntax', file, at, '', { reason });
  }
}

/** Offset of the quote that an unclosed quoted scalar ending before `end` opened with, or -1. */
function openingQuote(src: string, end: number, quote: '"' | "'"): number {
  let p = src.lastIndexOf(quote, Math.min(end, src.length) - 1);
  while (p > 0) {
    if (quote === "'" && src[p - 1] === "'") p = src.lastIndexOf(quote, p - 2);
    else if (quote === '"' && backslashesBefore(src, p) % 2 === 1) p = src.lastIndexOf(quote, p - 1);
    else break;
  }
  return p;
}

function backslashesBefore(src: string, p: number): number {
  let n = 0;
  while (p - n - 1 >= 0 && src[p - n - 1] === '\\') n++;
  return n;
}

/** Whether `offset` sits in or just after a line's leading whitespace that contains a tab. */
function tabInIndent(src: string, index: LineIndex, offset: number): boolean {
  let i = index.lineStartOf(offset);
  let tab = false;
  for (; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 9) tab = true;
    else if (c !== 32) break;
  }
  return tab && offset <= i;
}

function tabPosition(src: string, index: LineIndex, offset: number): Position {
  const start = index.lineStartOf(offset);
  const tab = src.indexOf('\t', start);
  return index.at(tab >= 0 && tab <= offset ? tab : offset);
}

function escapeSegment(s: string): string {
  return s.indexOf('~') >= 0 || s.indexOf('/') >= 0 ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** One pass over the AST: builds data, records locations, checks keys, anchors and YAML 1.1 traps. */
class Walker {
  /** Each anchor with the shift of the text it was parsed in (a slice's, when the file was sliced). */
  private readonly anchors = new Map<string, { node: Node; shift: (offset: number) => number }>();
  /** Collections being walked right now, to catch an alias inside its own anchor. */
  private readonly open = new Set<Node>();
  private expanding = 0;
  private nestedAliases = 0;
  private aliasValues = 0;
  private outerAlias: { pointer: string; at: Span } | undefined;

  private readonly file: string;
  private readonly src: string;
  private readonly lang: Lang;
  private readonly locations: Locations;
  private readonly diagnostics: Diagnostic[];
  /** Offsets in the text the library parsed (the whole, the rest or a slice) → offsets in `src`. */
  private shift: (offset: number) => number;
  private lf = '';
  private sequences = new Map<number, LongSequence>();
  private sliced = 0;
  private sequenceEnd = 0;
  private libraryProblems: (doc: Document.Parsed, shift: (offset: number) => number) => void = () => undefined;

  constructor(file: string, src: string, lang: Lang, locations: Locations, diagnostics: Diagnostic[], shift = identity) {
    this.file = file;
    this.src = src;
    this.lang = lang;
    this.locations = locations;
    this.diagnostics = diagnostics;
    this.shift = shift;
  }

  /** The sequences left out of the parsed text, to be parsed slice by slice when the walk reaches their key. */
  slices(lf: string, sequences: readonly LongSequence[], libraryProblems: (doc: Document.Parsed, shift: (offset: number) => number) => void): void {
    this.lf = lf;
    this.sequences = new Map(sequences.map((q) => [q.key, q]));
    this.libraryProblems = libraryProblems;
  }

  /** Whether every left-out sequence was found as the value of its key. */
  allSliced(): boolean {
    return this.sliced === this.sequences.size;
  }

  /** The items of a left-out sequence, a slice at a time; each slice must parse cleanly on its own, as the items it was cut at. */
  private sequence(q: LongSequence, pointer: string, depth: number, key: Span): unknown[] {
    this.sliced++;
    // Set first, so the pointer keeps its place in the map's order, as in a whole walk.
    this.locations.set(pointer, key, key);
    const outer = this.shift;
    const out: unknown[] = [];
    let first: number | undefined;
    let last: number | undefined;
    try {
      q.slices.forEach((slice, k) => {
        const doc = parseDocument(this.lf.slice(slice.from, q.slices[k + 1]?.from ?? q.end), PARSE_OPTIONS);
        const items = doc.contents;
        if (doc.errors.length > 0 || !isSeq(items) || items.items.length !== slice.items || !items.range) throw new Whole();
        this.shift = (offset) => offset + slice.from;
        this.libraryProblems(doc, this.shift);
        first ??= this.shift(items.range[0]);
        last = this.shift(items.range[1]);
        this.seq(items, pointer, depth, out);
      });
    } finally {
      this.shift = outer;
    }
    this.locations.set(pointer, [first!, last!], key);
    this.sequenceEnd = Math.max(this.sequenceEnd, last!);
    return out;
  }

  /** The root mapping reaches to the end of its last sequence, also when that was parsed apart from it. */
  extendRoot(range: Range | null | undefined): void {
    if (this.sliced === 0 || !range) return;
    const root = this.locations.spans('');
    if (root) this.locations.set('', [this.shift(range[0]), Math.max(this.shift(range[1]), this.sequenceEnd)], root.key);
  }

  value(node: unknown, pointer: string, depth: number, key: Span | undefined, located: boolean): unknown {
    if (this.expanding > 0 && ++this.aliasValues > MAX_ALIAS_VALUES) throw new Stop(this.aliasLimit());
    if (depth > MAX_DEPTH) {
      const at = this.outerAlias?.at ?? this.span(node) ?? START;
      throw new Stop(diagnostic(this.lang, 'error', 'yaml/too-deep', this.file, this.locations.position(at), pointer, { limit: MAX_DEPTH }));
    }
    if (isAlias(node)) return this.alias(node, pointer, depth, key);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) {
      // An absent value (`? key` without `:`) reads as null, as YAML defines.
      return null;
    }
    if (!located) this.locate(pointer, key, node.range);
    if (node.anchor && this.expanding === 0) this.anchors.set(node.anchor, { node, shift: this.shift });
    if (isScalar(node)) return this.scalar(node, pointer);
    this.open.add(node);
    try {
      return isMap(node) ? this.map(node, pointer, depth) : this.seq(node, pointer, depth);
    } finally {
      this.open.delete(node);
    }
  }

  private alias(node: Alias, pointer: string, depth: number, key: Span | undefined): unknown {
    const at = this.locate(pointer, key, node.range);
    const anchor = this.anchors.get(node.source);
    if (!anchor) {
      if (this.expanding === 0) this.report('error', 'yaml/unknown-alias', at, pointer, { name: node.source });
      return null;
    }
    const target = anchor.node;
    if (this.open.has(target)) {
      if (this.expanding === 0) this.report('error', 'yaml/alias-cycle', at, pointer, { name: node.source });
      return null;
    }
    if (this.expanding > 0) {
      if (++this.nestedAliases > MAX_NESTED_ALIASES) throw new Stop(this.aliasLimit());
    } else this.outerAlias = { pointer, at };
    this.expanding++;
    const outer = this.shift;
    this.shift = anchor.shift;
    try {
      return this.value(target, pointer, depth + 1, key, true);
    } finally {
      this.expanding--;
      this.shift = outer;
    }
  }

  private map(node: YAMLMap, pointer: string, depth: number): Record<string, unknown> {
    // No prototype: a key can never reach Object.prototype, whatever slips through.
    const out = Object.create(null) as Record<string, unknown>;
    for (const pair of node.items) this.pair(out, pair as Pair, pointer, depth, node.range);
    return out;
  }

  private pair(out: Record<string, unknown>, pair: Pair, pointer: string, depth: number, fallback: Range | null | undefined): void {
    const keyNode = pair.key as Node | null;
    const name = this.keyString(keyNode);
    const range = keyNode?.range ?? (pair.value as Node | null)?.range ?? fallback;
    const keyAt = range ? this.at(range) : START;
    const child = pointer + '/' + escapeSegment(name);
    if (FORBIDDEN_KEYS.has(name)) {
      if (this.expanding === 0) this.report('error', 'yaml/forbidden-key', keyAt, child, { key: name });
      return;
    }
    if (Object.hasOwn(out, name)) {
      if (this.expanding === 0) {
        const firstLine = this.locations.get(child)?.key?.line ?? this.locations.position(keyAt).line;
        this.report('error', 'yaml/duplicate-key', keyAt, child, { key: name, firstLine });
      }
      return;
    }
    const sequence = pointer === '' && this.expanding === 0 && keyNode?.range ? this.sequences.get(this.shift(keyNode.range[0])) : undefined;
    out[name] = sequence && isEmpty(pair.value) ? this.sequence(sequence, child, depth + 1, keyAt) : this.value(pair.value, child, depth + 1, keyAt, false);
    if (!this.locations.has(child)) this.locations.set(child, keyAt, keyAt);
  }

  /** Appends the items to `out` (a sequence parsed in slices is walked into one list). */
  private seq(node: YAMLSeq, pointer: string, depth: number, out: unknown[] = []): unknown[] {
    node.items.forEach((item) => {
      const child = `${pointer}/${out.length}`;
      if (isPair(item)) {
        // A lone `key: value` inside a flow sequence is a one-entry mapping.
        const obj = Object.create(null) as Record<string, unknown>;
        this.pair(obj, item as Pair, child, depth + 1, node.range);
        const first = this.locations.spans(child + '/' + escapeSegment(Object.keys(obj)[0] ?? ''));
        if (first) this.locations.set(child, first.key ?? first.value);
        out.push(obj);
      } else out.push(this.value(item, child, depth + 1, undefined, false));
    });
    return out;
  }

  private scalar(node: Scalar, pointer: string): unknown {
    const v = node.value;
    if (node.type === 'PLAIN' && this.expanding === 0) this.checkYaml11(node, v, pointer);
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    // JSON has no -0; `+ 0` turns it into 0 and leaves every other number alone.
    if (typeof v === 'number' && Number.isFinite(v)) return v + 0;
    // .inf, .nan, !!binary and the like have no JSON form: keep what the user wrote.
    return this.source(node);
  }

  /** YAML 1.1 reads some plain scalars differently from 1.2; other tools and editors still use 1.1. */
  private checkYaml11(node: Scalar, v: unknown, pointer: string): void {
    if (typeof v === 'string') {
      if (v.length <= 3) {
        const lower = v.toLowerCase();
        const v11 = YAML11_TRUE.has(lower) ? 'true' : YAML11_FALSE.has(lower) ? 'false' : undefined;
        if (v11) return this.warnYaml11('yaml/yaml11-boolean', node, pointer, { value: v, v11, quoted: `"${v}"` });
      }
      const c = v.charCodeAt(0);
      if (((c >= 48 && c <= 57) || c === 43 || c === 45) && SEXAGESIMAL.test(v)) {
        this.warnYaml11('yaml/yaml11-sexagesimal', node, pointer, { value: v, v11: sexagesimal(v), quoted: `"${v}"` });
      }
    } else if (typeof v === 'number') {
      const text = this.source(node);
      if (!LEADING_ZERO_INT.test(text)) return;
      const digits = text.replace(/^[-+]/, '');
      const v11 = /^[0-7]+$/.test(digits)
        ? msg(this.lang, 'yaml/yaml11:octal-number', { octal: text, decimal: (text.startsWith('-') ? -1 : 1) * parseInt(digits, 8) })
        : msg(this.lang, 'yaml/yaml11:octal-as-text', { value: text });
      this.warnYaml11('yaml/yaml11-octal', node, pointer, { value: text, v12: v, v11, quoted: `"${text}"` });
    }
  }

  private warnYaml11<K extends 'yaml/yaml11-boolean' | 'yaml/yaml11-octal' | 'yaml/yaml11-sexagesimal'>(rule: K, node: Scalar, pointer: string, params: DiagnosticParams<K>): void {
    const at = this.locations.position(this.span(node) ?? START);
    this.diagnostics.push(diagnostic(this.lang, 'warning', rule, this.file, at, pointer, params, { hintKey: 'yaml/yaml11:hint', suggestion: params.quoted }));
  }

  private keyString(key: Node | null): string {
    if (key === null || key === undefined) return '';
    if (isScalar(key)) return typeof key.value === 'string' ? key.value : this.source(key);
    if (isAlias(key)) {
      const anchor = this.anchors.get(key.source);
      if (!anchor) return '*' + key.source;
      const outer = this.shift;
      this.shift = anchor.shift;
      try {
        return this.keyString(anchor.node);
      } finally {
        this.shift = outer;
      }
    }
    // A collection as a key has no JSON form; its source text stands in for it.
    return key.range ? this.src.slice(this.shift(key.range[0]), this.shift(key.range[1])).trim() : '';
  }

  private source(node: Node): string {
    return node.range ? this.src.slice(this.shift(node.range[0]), this.shift(node.range[1])) : String((node as Scalar).value);
  }

  private span(node: unknown): Span | undefined {
    const range = (node as Node | null)?.range;
    return range ? this.at(range) : undefined;
  }

  private locate(pointer: string, key: Span | undefined, range: Range | undefined | null): Span {
    const value = range ? this.at(range) : (key ?? START);
    this.locations.set(pointer, value, key);
    return value;
  }

  /** The offsets in the file of a range of the parsed text. */
  private at(range: Range): Span {
    return [this.shift(range[0]), this.shift(range[1])];
  }

  private aliasLimit(): Diagnostic {
    const where = this.outerAlias ?? { pointer: '', at: START };
    return diagnostic(this.lang, 'error', 'yaml/alias-limit', this.file, this.locations.position(where.at), where.pointer, {
      aliases: MAX_NESTED_ALIASES,
      values: MAX_ALIAS_VALUES,
    });
  }

  private report<K extends LoadMessageKey>(severity: 'error' | 'warning', rule: K, at: Span, pointer: string, params: DiagnosticParams<K>): void {
    this.diagnostics.push(diagnostic(this.lang, severity, rule, this.file, this.locations.position(at), pointer, params));
  }
}

/** `key:` with nothing after it: where a sliced sequence was cut out. */
function isEmpty(value: unknown): boolean {
  return value === null || (isScalar(value) && value.value === null && (value as Scalar).source === '');
}

/** How YAML 1.1 reads `9:30` (570) or `1:30:00.5`. */
function sexagesimal(v: string): string {
  const sign = v.startsWith('-') ? -1 : 1;
  const parts = v.replace(/^[-+]/, '').replace(/_/g, '').split(':');
  let n = 0;
  for (const p of parts) n = n * 60 + Number(p);
  return String(sign * n);
}
