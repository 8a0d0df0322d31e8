import { beforeEach, describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/export/diagnostics/index.js';
import { ctx, diag } from './helpers.js';

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  // Every '&' must start a known entity or a character reference.
  return s.replace(/&([^;]*);?/g, (all, name: string) => {
    if (!all.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(s)}`);
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    if (!(name in ENTITIES)) throw new Error(`unknown entity &${name};`);
    return ENTITIES[name]!;
  });
}

/** A strict little XML reader for what JUnit output may contain; throws on anything malformed. */
function parseXml(xml: string): Element {
  const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(decl)) throw new Error('missing XML declaration');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('illegal XML character');
  const root: Element = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = decl.length;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.includes('>')) throw new Error(`unescaped > in text: ${text}`);
    stack[stack.length - 1]!.text += unescape(text);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = unescape(a[2]!);
      }
      const el: Element = { name: name!, attrs, children: [], text: '' };
      stack[stack.length - 1]!.children.push(el);
      if (!selfClose) stack.push(el);
    }
    i = tag.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('exactly one root element expected');
  return root.children[0]!;
}

const all = (el: Element, name: string): Element[] =>
  el.children.flatMap((c) => (c.name === name ? [c, ...all(c, name)] : all(c, name)));

describe('junit view', () => {
  const ds = [
    diag({ file: 'a.yaml', line: 2, column: 3, message: 'needs <seats> & "rooms" > 0', suggestion: 'email' }),
    diag({ file: 'a.yaml', line: 5, column: 1, rule: 'schema/type', message: 'wrong\ttype\nhere' }),
    diag({ file: 'a.yaml', line: 7, column: 1, severity: 'warning', rule: 'style/w', message: 'warn <1>' }),
    diag({ file: 'b & c.yaml', line: 1, column: 9, rule: 'ref/dangling', message: 'bad\u0000\u001b\uFFFE\uD800 chars' }),
    diag({ file: 'd.yaml', line: 3, column: 1, severity: 'warning', rule: 'style/w', message: 'only a warning' }),
  ];
  const files = ['a.yaml', 'b & c.yaml', 'clean.yaml', 'd.yaml'];
  const xml = renderJunit(ds, ctx({ files }));
  // Parsed inside each test so malformed output fails the tests rather than test collection.
  let doc: Element;
  beforeEach(() => {
    doc = parseXml(xml);
  });

  it('parses as XML with the expected structure', () => {
    expect(doc.name).toBe('testsuites');
    expect(doc.attrs).toEqual({ name: 'cohort validate', tests: '4', failures: '2', errors: '0' });
    const suites = all(doc, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(files);
    for (const s of suites) {
      const cases = all(s, 'testcase');
      expect(cases).toHaveLength(1);
      expect(cases[0]!.attrs).toEqual({ classname: s.attrs.name, name: s.attrs.name });
    }
  });

  it('counts failures right: one <failure> per error, failures = failing files', () => {
    expect(all(doc, 'failure')).toHaveLength(3);
    const suites = all(doc, 'testsuite');
    expect(suites.map((s) => s.attrs.failures)).toEqual(['1', '1', '0', '0']);
    expect(suites.map((s) => all(s, 'failure').length)).toEqual([2, 1, 0, 0]);
    expect(Number(doc.attrs.failures)).toBe(suites.filter((s) => s.attrs.failures === '1').length);
  });

  it('escapes <&" in messages and keeps them intact', () => {
    expect(xml).toContain('needs &lt;seats&gt; &amp; &quot;rooms&quot; &gt; 0');
    const [first, second] = all(doc, 'failure');
    expect(first!.attrs).toEqual({ message: 'needs <seats> & "rooms" > 0', type: 'schema/unknown-key' });
    expect(first!.text).toBe(`a.yaml:2:3 needs <seats> & "rooms" > 0 (did you mean 'email'?)`);
    expect(second!.attrs.message).toBe('wrong\ttype\nhere');
    expect(all(doc, 'testsuite')[1]!.attrs.name).toBe('b & c.yaml');
  });

  it('strips characters illegal in XML 1.0', () => {
    const failure = all(all(doc, 'testsuite')[1]!, 'failure')[0]!;
    expect(failure.attrs.message).toBe('bad chars');
    expect(failure.text).toBe('b & c.yaml:1:9 bad chars');
  });

  it('puts warnings in system-out, not in failures', () => {
    const outs = all(doc, 'system-out');
    expect(outs).toHaveLength(2);
    expect(outs[0]!.text).toBe('a.yaml:7:1: warning: warn <1> [style/w]');
    expect(outs[1]!.text).toContain('d.yaml:3:1: warning: only a warning');
    const nl = parseXml(renderJunit(ds, ctx({ files, lang: 'nl' })));
    expect(all(nl, 'system-out')[0]!.text).toContain(': waarschuwing: ');
  });

  it('is well-formed with no files and no diagnostics', () => {
    const empty = parseXml(renderJunit([], ctx({ files: [] })));
    expect(empty.attrs).toEqual({ name: 'cohort validate', tests: '0', failures: '0', errors: '0' });
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a></b>\n')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x & y</a>\n')).toThrow();
  });
});
