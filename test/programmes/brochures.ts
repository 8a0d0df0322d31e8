/**
 * The five brochures (seeds 000–004) the shipped programmes are read from, and the comments of a
 * programme file as the assumption marks see them. docs/brochures.md states the convention.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { ROOT } from '../support/io.js';

export const MARK = 'brochure is silent: assumption';

const BROCHURES = join(ROOT, 'test', 'fixtures', 'brochures');

/** Curly quotes as straight ones, every run of white space as one space. */
export function normalise(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function brochure(seed: string): string {
  const file = readdirSync(BROCHURES).find((f) => f.startsWith(`${seed}-`));
  if (!file) throw new Error(`no brochure ${seed}`);
  return normalise(readFileSync(join(BROCHURES, file), 'utf8'));
}

/** Which brochures a shipped programme is read from: its own, and the catalogue for the association's offer. */
export const SEEDS: Record<string, string[]> = {
  loopbaanplus: ['000'],
  bestuurderspool: ['001'],
  'droom-van-elke-burgemeester': ['002'],
  'intervisie-wethouders': ['004', '003'],
};
export const seedsOf = (id: string): string[] => SEEDS[id] ?? ['003'];

/** Keys whose values are names, prose or the tool's own setting, not facts from a brochure. */
export const NEEDS_NO_MARK = new Set(['id', 'name', 'description', 'preparation', 'timezone', 'not-plannable']);

export interface Leaf {
  path: string;
  key: string;
  line: number;
  value: string;
  /** The comment at the end of the value's line and the comment lines right above it. */
  comment: string;
}

/** Every value of a YAML file that is not a block collection (a flow list or map counts as one value). */
export function leaves(text: string): Leaf[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lines = text.split(/\r?\n/);
  const out: Leaf[] = [];
  const commentAt = (line: number): string => {
    const own = trailingComment(lines[line - 1] ?? '');
    const above: string[] = [];
    for (let l = line - 1; l >= 1 && /^\s*#/.test(lines[l - 1] ?? ''); l--) above.unshift((lines[l - 1] ?? '').replace(/^\s*#\s?/, ''));
    return [...above, own].filter(Boolean).join(' ');
  };
  const visit = (node: Node | null | undefined, path: string, key: string): void => {
    if (!node) return;
    if (isMap(node) && !node.flow) {
      for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) visit(pair.value as Node, `${path}/${String(pair.key.value)}`, String(pair.key.value));
      return;
    }
    if (isSeq(node) && !node.flow) {
      node.items.forEach((item, i) => visit(item as Node, `${path}/${i}`, key));
      return;
    }
    const at = node.range?.[0] ?? 0;
    const line = lc.linePos(at).line;
    const value = isCollection(node) ? text.slice(node.range![0], node.range![1]).trim() : String((node as { value?: unknown }).value);
    out.push({ path, key, line, value, comment: commentAt(line) });
  };
  visit(doc.contents as Node, '', '');
  return out;
}

/** The `# …` at the end of a line, outside quotes. */
function trailingComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || /[\s:[{,]/.test(line[i - 1] ?? '')) quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(i + 1).trim();
  }
  return '';
}

/**
 * The texts a comment quotes ("…", at least two words: a single token in quotes is a YAML example);
 * an ellipsis inside a quote splits it into parts quoted in order.
 */
export function quotations(comment: string): string[][] {
  return [...normalise(comment).matchAll(/"([^"]+)"/g)]
    .filter((m) => m[1]!.includes(' '))
    .map((m) => m[1]!.split(/\s*(?:…|\.\.\.)\s*/).filter(Boolean));
}

export function quotedIn(parts: string[], text: string): boolean {
  let from = 0;
  for (const p of parts) {
    const at = text.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}
