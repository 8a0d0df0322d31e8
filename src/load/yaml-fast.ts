/**
 * A fast path for the YAML that cohort's files are made of: block mappings and sequences, one-line
 * plain and quoted scalars, one-line flow collections (`[a, b]`, `{ id: x, roles: [y] }`) and `>`/`|`
 * block scalars. It gives the data and the locations (every pointer's key and value offsets, in the
 * same order) that the full path in yaml.ts gives through the `yaml` library, without building that
 * library's parse tree, and gives up (undefined) on anything else: anchors, aliases, tags, multi-line
 * plain or quoted scalars, empty values, duplicate or forbidden keys, YAML 1.1 traps, tabs, control
 * characters, directives and document markers, so every diagnostic still comes from the full path.
 * test/load/yaml-fast.test.ts checks it against the full path on generated documents.
 *
 * Why: the `yaml` library is general and its code runs cold (V8's interpreter) in a short command;
 * parsing the files of a national year was a sixth of `cohort plan`'s time.
 */
import type { LineIndex } from './lines.js';
import { Locations, type Span } from './locations.js';

/** Internal control flow: the text is not in the subset. Never escapes fastYaml. */
class Unsupported {}
const UNSUPPORTED = new Unsupported();
function unsupported(): never {
  throw UNSUPPORTED;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const DQ = 34;
const SQ = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

/** Characters the subset leaves to the full parser wherever they are, and the lines that change how a stream reads. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const OUTSIDE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)|(?:^|\n)(?:%|---|\.\.\.)/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const YAML11 = new Set(['yes', 'y', 'on', 'no', 'n', 'off']);
// The core schema's tests (yaml's schema/core), and the walker's YAML 1.1 checks (yaml.ts).
const INT = /^[-+]?[0-9]+$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const LEADING_ZERO_INT = /^[-+]?0[0-9]+$/;
const MAX_DEPTH = 64;
const MAX_KEY = 1000;

/** A letter, digit, `_`, `-` or `.`: what a plain key of the subset is made of (it needs no escaping in a pointer). */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH || c === DOT;
}
function keyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A plain scalar as the core schema reads it; unsupported where the walker would warn or keep the source. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (s === 'null' || s === 'Null' || s === 'NULL' || s === '~') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if ((c >= 48 && c <= 57) || c === DASH || c === 43 || c === DOT) {
    if (INT.test(s)) {
      if (LEADING_ZERO_INT.test(s)) unsupported();
      return parseInt(s, 10) + 0;
    }
    if (c === 48 && (s.charCodeAt(1) === 111 || s.charCodeAt(1) === 120)) unsupported();
    if (FLOAT_NAN.test(s)) unsupported();
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) {
      const v = parseFloat(s);
      if (!Number.isFinite(v)) unsupported();
      return v + 0;
    }
    if (c !== DOT && SEXAGESIMAL.test(s)) unsupported();
    return s;
  }
  if (s.length <= 3 && YAML11.has(s.toLowerCase())) unsupported();
  return s;
}

/** Whether a plain scalar may start with this character (`-` only before a digit or a dot). */
function plainStart(t: string, q: number): boolean {
  const c = t.charCodeAt(q);
  switch (c) {
    case DASH: {
      const d = t.charCodeAt(q + 1);
      return (d >= 48 && d <= 57) || d === DOT;
    }
    case 63: // ?
    case COLON:
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case PIPE:
    case GT:
    case SQ:
    case DQ:
    case 37: // %
    case 64: // @
    case 96: // `
      return false;
    default:
      return true;
  }
}

class Parser {
  private readonly t: string;
  private readonly n: number;
  readonly locations: Locations;
  /** The end (the yaml library's range[2]) of the node parsed last. */
  private nodeEnd = 0;
  /** Where the line after the node parsed last starts. */
  private next = 0;

  constructor(t: string, index: LineIndex) {
    this.t = t;
    this.n = t.length;
    this.locations = new Locations(index);
  }

  root(): unknown {
    const start = this.significant(0);
    if (start >= this.n || this.t.charCodeAt(start) === SPACE) unsupported();
    return this.map(0, start, '', undefined, 0);
  }

  /** Offset of the line break that ends the line holding `p`, or the end of the text. */
  private eol(p: number): number {
    const e = this.t.indexOf('\n', p);
    return e < 0 ? this.n : e;
  }

  /** Where the line content holding `p` ends (before `\r\n` or `\n`). */
  private contentEnd(p: number): number {
    const e = this.eol(p);
    return e > p && this.t.charCodeAt(e - 1) === CR ? e - 1 : e;
  }

  private nextLine(p: number): number {
    const e = this.eol(p);
    return e < this.n ? e + 1 : this.n;
  }

  private spaces(p: number): number {
    while (this.t.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The start of the first line from line start `p` that is neither blank nor only a comment (or the end). */
  private significant(p: number): number {
    const t = this.t;
    while (p < this.n) {
      const q = this.spaces(p);
      const c = t.charCodeAt(q);
      if (q < this.n && c !== LF && c !== CR && c !== HASH) return p;
      p = this.nextLine(q);
    }
    return this.n;
  }

  /** A `-` item indicator at `p`. */
  private dash(p: number): boolean {
    if (this.t.charCodeAt(p) !== DASH) return false;
    const c = this.t.charCodeAt(p + 1);
    return p + 1 >= this.n || c === SPACE || c === LF || c === CR;
  }

  /** The end of a plain key at `p` that is followed by `:` and a space or the line's end; -1 when there is none. */
  private keyEnd(p: number): number {
    const t = this.t;
    if (!keyStart(t.charCodeAt(p))) return -1;
    let k = p + 1;
    while (keyChar(t.charCodeAt(k))) k++;
    if (t.charCodeAt(k) !== COLON || k - p > MAX_KEY) return -1;
    const c = t.charCodeAt(k + 1);
    return k + 1 >= this.n || c === SPACE || c === LF || c === CR ? k : -1;
  }

  /** Spaces and then the line's end or a comment after at least one space; else unsupported. Returns the next line's start. */
  private lineRest(p: number): number {
    const q = this.spaces(p);
    const c = this.t.charCodeAt(q);
    if (q >= this.n || c === LF || (c === CR && this.t.charCodeAt(q + 1) === LF) || (c === HASH && q > p)) return this.nextLine(q);
    return unsupported();
  }

  private map(indent: number, first: number, pointer: string, key: Span | undefined, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) unsupported();
    const t = this.t;
    const locations = this.locations;
    const out = Object.create(null) as Record<string, unknown>;
    locations.set(pointer, [first, first], key);
    let p = first;
    let end: number;
    for (;;) {
      const k = this.keyEnd(p);
      if (k < 0) unsupported();
      const name = t.slice(p, k);
      if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(out, name)) unsupported();
      const keyAt: Span = [p, k];
      const child = pointer + '/' + name;
      const q = this.spaces(k + 1);
      const c = t.charCodeAt(q);
      if (q >= this.n || c === LF || c === CR || c === HASH) {
        // The value is the block on the next lines: a mapping deeper in, or a sequence (also at this indent).
        const line = this.significant(this.nextLine(q));
        if (line >= this.n) unsupported();
        const j = this.spaces(line) - line;
        if (this.dash(line + j) && j >= indent) out[name] = this.seq(j, line + j, child, keyAt, depth + 1);
        else if (j > indent) out[name] = this.map(j, line + j, child, keyAt, depth + 1);
        else unsupported();
      } else if (c === GT || c === PIPE) {
        out[name] = this.blockScalar(q, indent, child, keyAt);
      } else {
        out[name] = this.inline(q, child, keyAt, depth + 1);
      }
      end = this.nodeEnd;
      const line = this.significant(this.next);
      if (line >= this.n) break;
      const i = this.spaces(line) - line;
      if (i < indent) break;
      if (i > indent) unsupported();
      p = line + i;
    }
    locations.set(pointer, [first, end], key);
    this.nodeEnd = end;
    return out;
  }

  private seq(indent: number, first: number, pointer: string, key: Span | undefined, depth: number): unknown[] {
    if (depth > MAX_DEPTH) unsupported();
    const t = this.t;
    const out: unknown[] = [];
    this.locations.set(pointer, [first, first], key);
    let p = first;
    let end: number;
    for (;;) {
      if (t.charCodeAt(p + 1) !== SPACE) unsupported();
      const q = this.spaces(p + 1);
      const c = t.charCodeAt(q);
      if (q >= this.n || c === LF || c === CR || c === HASH || this.dash(q)) unsupported();
      const child = pointer + '/' + out.length;
      // `- key: value` starts a mapping whose keys line up with this one.
      if (this.keyEnd(q) >= 0) out.push(this.map(q - (p - indent), q, child, undefined, depth + 1));
      else out.push(this.inline(q, child, undefined, depth + 1));
      end = this.nodeEnd;
      const line = this.significant(this.next);
      if (line >= this.n) break;
      const i = this.spaces(line) - line;
      if (i < indent) break;
      if (i > indent) unsupported();
      if (!this.dash(line + i)) break;
      p = line + i;
    }
    this.locations.set(pointer, [first, end], key);
    this.nodeEnd = end;
    return out;
  }

  /** A value that starts at `q` and ends on its line: a quoted or plain scalar or a flow collection. */
  private inline(q: number, pointer: string, key: Span | undefined, depth: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(q);
    let value: unknown;
    let valueEnd: number;
    if (c === DQ || c === SQ) {
      [value, valueEnd] = this.quoted(q);
      this.locations.set(pointer, [q, valueEnd], key);
    } else if (c === LBRACKET || c === LBRACE) {
      [value, valueEnd] = this.flow(q, this.contentEnd(q), pointer, key, depth);
    } else {
      if (!plainStart(t, q)) unsupported();
      const ce = this.contentEnd(q);
      let e = q;
      for (; e < ce; e++) {
        const d = t.charCodeAt(e);
        if (d === HASH && t.charCodeAt(e - 1) === SPACE) break;
        // `a: b: c` is a nested mapping the full parser reports.
        if (d === COLON && (e + 1 === ce || t.charCodeAt(e + 1) === SPACE)) unsupported();
      }
      while (e > q && t.charCodeAt(e - 1) === SPACE) e--;
      value = resolvePlain(t.slice(q, e));
      valueEnd = e;
      this.locations.set(pointer, [q, valueEnd], key);
    }
    this.next = this.lineRest(valueEnd);
    this.nodeEnd = this.next;
    return value;
  }

  /** A quoted scalar that closes on its line, without escapes: its value and where it ends. */
  private quoted(q: number): [string, number] {
    const t = this.t;
    const ce = this.contentEnd(q);
    const quote = t.charCodeAt(q);
    let s = '';
    let from = q + 1;
    for (let p = from; p < ce; p++) {
      const c = t.charCodeAt(p);
      if (c === BACKSLASH && quote === DQ) unsupported();
      if (c !== quote) continue;
      s += t.slice(from, p);
      if (quote === DQ || t.charCodeAt(p + 1) !== SQ) return [s, p + 1];
      s += "'";
      from = p + 2;
      p++;
    }
    return unsupported();
  }

  /** A flow collection that closes on its line (before `ce`); records its location and returns it with its end. */
  private flow(q: number, ce: number, pointer: string, key: Span | undefined, depth: number): [unknown, number] {
    if (depth > MAX_DEPTH) unsupported();
    const t = this.t;
    this.locations.set(pointer, [q, q], key);
    const open = t.charCodeAt(q);
    const close = open === LBRACKET ? RBRACKET : RBRACE;
    const items: unknown[] = [];
    const map = open === LBRACE ? (Object.create(null) as Record<string, unknown>) : undefined;
    let p = this.spaces(q + 1);
    if (t.charCodeAt(p) !== close) {
      for (;;) {
        if (p >= ce) unsupported();
        if (map) {
          const k = this.keyEnd(p);
          if (k < 0 || t.charCodeAt(k + 1) !== SPACE) unsupported();
          const name = t.slice(p, k);
          if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(map, name)) unsupported();
          const v = this.spaces(k + 1);
          const [value, end] = this.flowItem(v, ce, pointer + '/' + name, [p, k], depth + 1);
          map[name] = value;
          p = this.spaces(end);
        } else {
          const [value, end] = this.flowItem(p, ce, pointer + '/' + items.length, undefined, depth + 1);
          items.push(value);
          p = this.spaces(end);
        }
        const c = t.charCodeAt(p);
        if (c === close) break;
        if (c !== COMMA) unsupported();
        p = this.spaces(p + 1);
        // A trailing comma, or the collection going on past the line, is for the full parser.
        if (t.charCodeAt(p) === close) unsupported();
      }
    }
    const end = p + 1;
    this.locations.set(pointer, [q, end], key);
    return [map ?? items, end];
  }

  private flowItem(p: number, ce: number, pointer: string, key: Span | undefined, depth: number): [unknown, number] {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (p >= ce) unsupported();
    if (c === LBRACKET || c === LBRACE) return this.flow(p, ce, pointer, key, depth);
    if (c === DQ || c === SQ) {
      const [value, end] = this.quoted(p);
      this.locations.set(pointer, [p, end], key);
      return [value, end];
    }
    if (!plainStart(t, p)) unsupported();
    let e = p;
    for (; e < ce; e++) {
      const d = t.charCodeAt(e);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === LBRACKET || d === LBRACE) break;
      // A mapping inside a sequence, a comment, or a `:` of a time: the full parser decides.
      if (d === COLON || d === HASH) unsupported();
    }
    let v = e;
    while (v > p && t.charCodeAt(v - 1) === SPACE) v--;
    if (v === p) unsupported();
    this.locations.set(pointer, [p, v], key);
    return [resolvePlain(t.slice(p, v)), v];
  }

  /**
   * `>`, `>-`, `|` or `|-` after the key of a mapping at `indent`: the lines deeper than it. Folded
   * lines must all be at the block's indent; no blank line may hold spaces or come first.
   */
  private blockScalar(q: number, indent: number, pointer: string, key: Span): string {
    const t = this.t;
    const folded = t.charCodeAt(q) === GT;
    const strip = t.charCodeAt(q + 1) === DASH;
    let line = this.lineRest(q + (strip ? 2 : 1));
    const lines: string[] = [];
    let blank = 0;
    let m = -1;
    let end = line;
    while (line < this.n) {
      const ce = this.contentEnd(line);
      if (ce === line) {
        if (m < 0) unsupported();
        blank++;
        line = this.nextLine(line);
        continue;
      }
      const i = this.spaces(line) - line;
      if (i === ce - line) unsupported();
      if (m < 0) {
        if (i <= indent) unsupported();
        m = i;
      }
      if (i < m) break;
      if (folded && (i > m || t.charCodeAt(ce - 1) === SPACE)) unsupported();
      for (; blank > 0; blank--) lines.push('');
      lines.push(t.slice(line + m, ce));
      if (ce >= this.n) unsupported();
      line = this.nextLine(line);
      end = line;
    }
    if (m < 0) unsupported();
    let value: string;
    if (folded) {
      value = lines[0]!;
      for (let k = 1; k < lines.length; k++) {
        const s = lines[k]!;
        if (s === '') value += '\n';
        else value += lines[k - 1] === '' ? s : ' ' + s;
      }
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    this.locations.set(pointer, [q, end], key);
    this.nodeEnd = end;
    this.next = end;
    return value;
  }
}

/**
 * Data and locations of `text` (lone CRs already turned into LF, BOM removed) when it is a mapping in
 * the subset above; undefined when the full parser must read it.
 */
export function fastYaml(text: string, index: LineIndex): { data: unknown; locations: Locations } | undefined {
  if (OUTSIDE.test(text)) return undefined;
  const parser = new Parser(text, index);
  try {
    const data = parser.root();
    return { data, locations: parser.locations };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
