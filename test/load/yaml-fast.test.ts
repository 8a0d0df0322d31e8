// The fast YAML path (src/load/yaml-fast.ts) against the full one through the `yaml` library: the
// same data (null-prototype maps included), the same locations (every pointer, in the same order,
// with the same key and value offsets) and the same diagnostics, on the shipped files, on generated
// documents in and around the subset, and on those documents broken at random.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../src/load/lines.js';
import type { Locations } from '../../src/load/locations.js';
import { loadYaml } from '../../src/load/yaml.js';
import { fastYaml } from '../../src/load/yaml-fast.js';

const root = join(import.meta.dirname, '../..');

/** Data with the prototype of every object marked, so a plain object and a null-prototype map differ. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === 'object') {
    return { proto: Object.getPrototypeOf(v) === null ? 'null' : 'object', entries: Object.entries(v).map(([k, x]) => [k, shape(x)]) };
  }
  return Object.is(v, -0) ? '-0' : v;
}

function outcome(text: string, fast: boolean) {
  const { loaded, diagnostics } = loadYaml('f.yaml', text, 'en', { fast });
  const locations = loaded.locations as Locations;
  return {
    data: shape(loaded.data),
    locations: [...locations.keys()].map((k) => [k, locations.spans(k), locations.get(k)]),
    diagnostics,
  };
}

/** Whether the fast path takes the text (as loadYaml gives it: BOM off, lone CRs as LF). */
function taken(text: string): boolean {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return fastYaml(src.replace(/\r(?!\n)/g, '\n'), new LineIndex(src)) !== undefined;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('the shipped files', () => {
  const files = ['programmes', 'cohorts', 'test/fixtures', 'test/load/fixtures'].flatMap((d) => yamlFiles(join(root, d)));

  test('every shipped programme and cohort file is read by the fast path', () => {
    const shipped = files.filter((f) => /\/(programmes|cohorts)\//.test(f) && !f.includes('/test/'));
    expect(shipped.length).toBeGreaterThan(20);
    expect(shipped.filter((f) => !taken(readFileSync(f, 'utf8'))).map((f) => f.slice(root.length + 1))).toEqual([]);
  });

  test('a cohort with 2,000 registrations inline (which the full path parses in slices) reads the same', () => {
    const rows = Array.from({ length: 2000 }, (_, i) =>
      [
        `  - id: r${i}`,
        `    name: "Deelnemer ${i}"`,
        `    municipality: GM0${String(100 + (i % 900))}`,
        `    email: d${i}@example.nl`,
        `    registered: "2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+02:00"`,
        `    member: ${i % 10 === 0 ? 'false' : 'true'}`,
        ...(i % 7 === 0 ? [`    unavailable: ["2027-03-0${1 + (i % 9)}..2027-03-1${i % 9}"] # away`] : []),
        `    status: ${i % 3 === 0 ? 'confirmed' : 'registered'}`,
      ].join('\n'),
    );
    const text = `# generated\nid: groot\nprogramme: loopbaanplus\ntitle: Groot\nstart: "2027-01-11"\nregistrations:\n${rows.join('\n')}\nfacilitators: [a, b]\n`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    expect(taken(text)).toBe(true);
    expect(outcome(text, true)).toEqual(outcome(text, false));
  });

  test.each(files.map((f) => [f.slice(root.length + 1), f]))('%s: the same as the full parser', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(outcome(text, true)).toEqual(outcome(text, false));
  });
});

// ---- generated documents ----

type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { scalar: string };

const KEY = fc.oneof(
  fc.constantFrom('id', 'name', 'phases', 'start', 'end', 'roles', 'a', 'b', 'x-y', 'partner-joins', 'n1', '2027', 'v1.2', 'no', 'true', 'null'),
  fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,6}$/),
);
// Plain scalars near every edge of the subset: numbers, YAML 1.1 traps, colons, hashes, indicators, unicode.
const PLAIN = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Intake', 'Groepsblok 1', 'anna-jansen', 'GM0363', 'wethouder', '2h', 'online', 'venue', '12', '3.5', 'true') },
  fc.constantFrom('Intake', 'Leergangblok (3/4)', 'GM0014', '2027-01-11', '2h..3h', '9 months', 'a#b', 'http://x.nl', 'a:b', 'é 😀 ß'),
  fc.constantFrom('0', '7', '-3', '+4', '012', '3.5', '1e3', '.5', '-0', '1.', '0x1F', '0o17', '.inf', '.nan', '1e999', '12345678901234567890'),
  fc.constantFrom('yes', 'No', 'on', 'OFF', 'y', 'n', 'Y', 'true', 'False', 'null', '~', 'NULL', '9:30', '1:30:00', '-1:20'),
  fc.constantFrom('-x', '- x', '?x', ':x', 'x:', 'a: b', '&a', '*a', '!t', '%x', '@x', '`x', '[x', '{x', '"x', "'x", '|', '>', ',x', 'x,y', 'x ]', '#x'),
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,:#'"()/-]{0,12}$/) },
);
const QUOTED = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 :#,'[\]{}-]{0,10}$/).map((s) => `"${s.replace(/"/g, '')}"`),
  fc.stringMatching(/^[A-Za-z0-9 :#,"[\]{}-]{0,10}$/).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom('"a\\"b"', '"tab\\tx"', '"\\u00e9"', "'it''s'", "''", '""', '"a', "'a", '"2027-01-11"', '"09:00"'),
);
const SCALAR = fc.oneof({ weight: 3, arbitrary: PLAIN }, { weight: 2, arbitrary: QUOTED });

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: SCALAR.map((s): Tree => ({ scalar: s })) },
    { weight: 1, arbitrary: fc.array(fc.tuple(KEY, tie('tree')), { minLength: 1, maxLength: 4 }).map((map): Tree => ({ map })) },
    { weight: 1, arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((seq): Tree => ({ seq })) },
  ),
})).tree;

const STYLE = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  seqIndent: fc.boolean(),
  flow: fc.double({ min: 0, max: 1, noNaN: true }),
  comment: fc.double({ min: 0, max: 1, noNaN: true }),
  blank: fc.double({ min: 0, max: 1, noNaN: true }),
  crlf: fc.boolean(),
  trailing: fc.boolean(),
  block: fc.double({ min: 0, max: 1, noNaN: true }),
  seed: fc.integer(),
  final: fc.boolean(),
});
type Style = typeof STYLE extends fc.Arbitrary<infer S> ? S : never;

/** Renders a tree as YAML with the style's choices (some of them outside the subset, some invalid). */
function render(top: [string, Tree][], style: Style): string {
  let r = style.seed >>> 0;
  const chance = (p: number) => {
    r = (Math.imul(r ^ (r >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return r / 4294967296 < p;
  };
  const lines: string[] = [];
  const after = () => (chance(style.comment * 0.3) ? ' # note' : '') + (style.trailing && chance(0.2) ? '  ' : '');
  const extra = (pad: string) => {
    if (chance(style.blank * 0.3)) lines.push('');
    if (chance(style.comment * 0.2)) lines.push(`${pad}# comment`);
  };
  const flow = (t: Tree): string => {
    if ('scalar' in t) return t.scalar;
    if ('seq' in t) return `[${t.seq.map(flow).join(chance(0.5) ? ', ' : ',')}]`;
    return `{ ${t.map.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  };
  const blockScalar = (pad: string): string[] => {
    const head = chance(0.5) ? '>-' : chance(0.5) ? '|' : chance(0.5) ? '>' : '|-';
    const body = [`${pad}  Eerste regel`, ...(chance(0.5) ? [''] : []), `${pad}  tweede: regel # geen commentaar`, ...(chance(0.3) ? [`${pad}    dieper`] : [])];
    return [head + (chance(0.2) ? ' # c' : ''), ...body];
  };
  const value = (t: Tree, pad: string, head: string): void => {
    if ('scalar' in t) {
      if (chance(style.block * 0.3) && head.endsWith(':')) {
        const [h, ...body] = blockScalar(pad);
        lines.push(`${head} ${h}`, ...body);
      } else lines.push(`${head} ${t.scalar}${after()}`);
      return;
    }
    if (chance(style.flow * 0.6)) {
      lines.push(`${head} ${flow(t)}${after()}`);
      return;
    }
    lines.push(`${head}${chance(style.comment * 0.2) ? ' # about' : ''}`);
    const inner = pad + ' '.repeat(style.indent);
    if ('map' in t) {
      for (const [k, v] of t.map) {
        extra(inner);
        value(v, inner, `${inner}${k}:`);
      }
    } else {
      const seqPad = head.endsWith(':') && !style.seqIndent ? pad : inner;
      for (const item of t.seq) {
        extra(seqPad);
        if ('map' in item && !chance(style.flow * 0.6)) {
          const keyPad = seqPad + '  ';
          item.map.forEach(([k, v], i) => value(v, keyPad, i === 0 ? `${seqPad}- ${k}:` : `${keyPad}${k}:`));
        } else if ('scalar' in item) lines.push(`${seqPad}- ${item.scalar}${after()}`);
        else if ('seq' in item) lines.push(`${seqPad}- ${flow(item)}${after()}`);
        else lines.push(`${seqPad}- ${flow(item)}`);
      }
    }
  };
  if (chance(0.5)) lines.push('# yaml-language-server: $schema=../schema/programme.schema.json');
  for (const [k, v] of top) {
    extra('');
    value(v, '', `${k}:`);
  }
  return lines.join(style.crlf ? '\r\n' : '\n') + (style.final ? (style.crlf ? '\r\n' : '\n') : '');
}

const documents = fc.tuple(fc.array(fc.tuple(KEY, tree), { minLength: 1, maxLength: 6 }), STYLE).map(([top, style]) => render(top, style));

describe('generated documents', () => {
  test('the fast path gives what the full parser gives, or leaves the text to it', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        if (taken(text)) fast++;
        expect(outcome(text, true)).toEqual(outcome(text, false));
      }),
      { numRuns: 1000, seed: 20261202 },
    );
    // The generator stays near the subset: a good share of the documents take the fast path.
    expect(fast / runs).toBeGreaterThan(0.2);
  });

  test('broken at random (a character inserted, deleted or replaced), still the same or left to the full parser', () => {
    const edit = fc.tuple(documents, fc.nat(), fc.constantFrom(...' \t\n\r:-#"\'[]{},&*!|>%@`?~\\aé\u00a0\u2028'.split('')), fc.constantFrom('insert', 'delete', 'replace'));
    fc.assert(
      fc.property(edit, ([text, at, c, how]) => {
        const i = at % (text.length + 1);
        const broken = how === 'insert' ? text.slice(0, i) + c + text.slice(i) : how === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + c + text.slice(i + 1);
        expect(outcome(broken, true)).toEqual(outcome(broken, false));
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });

  test('the edges of the subset, one by one', () => {
    const cases = [
      'a: 1\nb:\n  - x\n  - y: 1\n    z: [a, {k: v}]\n',
      'a:\n- 1\n- 2\nb: x # c\n\n# end\n',
      'a: >-\n  hello\n  world\n\n  again\n# c\nb: |\n  lit\n   more\n\nc: end',
      'a: "x" # c\r\nb: \'it\'\'s\'\r\nc:\r\n  - q\r\n',
      'a: [ ]\nb: {}\nc: [a,b , c ]\n',
      'a: b: c\n',
      'a: 1\na: 2\n',
      'a:\n',
      'a: &x 1\nb: *x\n',
      '- a\n- b\n',
      '',
      '# only\n',
      'a: 012\n',
      'a: yes\n',
      'a: 9:30\n',
      'a: "multi\n  line"\n',
      'a: plain\n  continued\n',
      '__proto__: 1\n',
      'a: [1,\n  2]\n',
      'a: |+\n  keep\n\n',
      'a: >\n  x\n   more\n',
      'a: |\n  last line without a break',
    ];
    for (const text of cases) expect(outcome(text, true), JSON.stringify(text)).toEqual(outcome(text, false));
    expect(cases.filter(taken)).toEqual(cases.slice(0, 5));
  });
});
