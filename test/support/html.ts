/** A real HTML parser (parse5) over the report, and the few queries the tests need. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
  return doc as unknown as Element;
}

/** Parse errors of the last parseHtml call. */
export const errors: string[] = [];

export function parseStrict(html: string): Element {
  errors.length = 0;
  const doc = parseHtml(html);
  if (errors.length > 0) throw new Error(`HTML parse errors: ${errors.join(', ')}`);
  return doc;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function children(n: Node): Node[] {
  const own = 'childNodes' in n ? (n.childNodes as Node[]) : [];
  // <template> content is not used by the report
  return own;
}

/** Every element below `root` (depth first, document order) that `match` accepts. */
export function all(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n && match(n)) out.push(n);
    for (const c of children(n)) walk(c);
  };
  walk(root);
  return out;
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;
export const byClass = (tag: string, cls: string) => (el: Element) => el.tagName === tag && (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
export const byId = (id: string) => (el: Element) => attr(el, 'id') === id;

/** The text inside `n`, as a reader would get it. */
export function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return children(n).map(text).join('');
}
