import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadYaml } from '../../src/load/yaml.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const load = (text: string, lang: 'en' | 'nl' = 'en') => loadYaml('f.yaml', text, lang);
const at = (d: Diagnostic) => `${d.rule} ${d.line}:${d.column}`;

describe('syntax errors', () => {
  test('an unclosed quote is reported at the opening quote, without a code frame, and gives no data', () => {
    const { loaded, diagnostics } = load('id: loopbaanplus\nname: "LoopbaanPlus\nspan: 9 months\n');
    expect(diagnostics.map(at)).toEqual(['yaml/syntax 2:7']);
    expect(diagnostics[0]!.message).toContain('Missing closing "quote');
    expect(diagnostics[0]!.message).not.toContain('\n');
    expect(loaded.data).toBeUndefined();
  });

  test('an unclosed single quote skips doubled quotes inside it', () => {
    const { diagnostics } = load("a: 1\nb: 'it''s\n");
    expect(diagnostics.map(at)).toEqual(['yaml/syntax 2:4']);
  });

  test('bad indentation', () => {
    const { loaded, diagnostics } = load('capacity:\n  min: 6\n max: 12\n');
    expect(diagnostics.map(at)).toEqual(['yaml/syntax 3:1']);
    expect(diagnostics[0]!.message).toMatch(/same column/);
    expect(loaded.data).toBeUndefined();
  });

  test('a tab used for indentation', () => {
    const { diagnostics } = load('capacity:\n\tmin: 6\n');
    expect(diagnostics.map(at)).toEqual(['yaml/tab-indent 2:1']);
    expect(diagnostics[0]!.message).toMatch(/does not allow tabs/);
    expect(diagnostics[0]!.hint).toMatch(/spaces/);
  });

  test('a tab-indented block scalar is a tab problem, not an obscure syntax error', () => {
    const { diagnostics } = load('description: |\n\tKennismaking\n');
    expect(diagnostics.map(at)).toEqual(['yaml/tab-indent 2:1']);
  });

  test('tabs elsewhere are fine', () => {
    const { loaded, diagnostics } = load('name:\tIntake\t# comment\nnote: "a\tb"\n');
    expect(diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ name: 'Intake', note: 'a\tb' });
  });

  test('more than one document', () => {
    const { loaded, diagnostics } = load('id: a\n---\nid: b\n');
    expect(diagnostics.map(at)).toEqual(['yaml/multiple-documents 2:1']);
    expect(loaded.data).toBeUndefined();
  });

  test('a leading --- alone is one document', () => {
    expect(load('---\nid: a\n').diagnostics).toEqual([]);
  });

  test('nesting beyond what the parser can take', () => {
    const { diagnostics } = load('a: ' + '['.repeat(5000) + ']'.repeat(5000));
    expect(diagnostics.map((d) => d.rule)).toContain('yaml/too-deep');
  });
});

describe('keys', () => {
  test('a duplicate key points at the second one and names the first line', () => {
    const { loaded, diagnostics } = load('id: a\nname: A\nspan: 9 months\nname: B\n');
    expect(diagnostics.map(at)).toEqual(['yaml/duplicate-key 4:1']);
    expect(diagnostics[0]!.message).toContain('"name"');
    expect(diagnostics[0]!.message).toContain('line 2');
    expect(diagnostics[0]!.pointer).toBe('/name');
    expect(loaded.data).toEqual({ id: 'a', name: 'A', span: '9 months' });
  });

  test('duplicates in nested and flow mappings', () => {
    const { diagnostics } = load('phases:\n  - slot: { weekday: fri, weekday: thu }\n');
    expect(diagnostics.map(at)).toEqual(['yaml/duplicate-key 2:27']);
    expect(diagnostics[0]!.pointer).toBe('/phases/0/slot/weekday');
  });

  test('a key written as a number and as text is one key', () => {
    const { diagnostics } = load('1: a\n"1": b\n');
    expect(diagnostics.map(at)).toEqual(['yaml/duplicate-key 2:1']);
  });

  test('__proto__ and constructor are refused and never reach Object.prototype', () => {
    const { loaded, diagnostics } = load('__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: 1\nid: x\nnested:\n  prototype: 1\n');
    expect(diagnostics.filter((d) => d.rule === 'yaml/forbidden-key').map(at)).toEqual([
      'yaml/forbidden-key 1:1',
      'yaml/forbidden-key 3:1',
      'yaml/forbidden-key 8:3',
    ]);
    expect(diagnostics[0]!.message).toContain('__proto__');
    const data = loaded.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['id', 'nested']);
    expect(Object.keys(data.nested as object)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(data)).toBeNull();
  });

  test('non-string keys become the text as written', () => {
    const { loaded } = load('1: a\ntrue: b\n1.0: c\n~: d\n');
    expect(Object.keys(loaded.data as object)).toEqual(['1', 'true', '1.0', '~']);
  });
});

describe('values', () => {
  test('dates and times stay strings', () => {
    const { loaded } = load('start: 2027-01-11\nat: 2026-10-02T09:14:00+02:00\ntime: "09:00"\n');
    expect(loaded.data).toEqual({ start: '2027-01-11', at: '2026-10-02T09:14:00+02:00', time: '09:00' });
  });

  test('values without a JSON form keep their text', () => {
    const { loaded } = load('a: .inf\nb: !!binary aGVsbG8=\n');
    expect(loaded.data).toEqual({ a: '.inf', b: 'aGVsbG8=' });
  });

  test('a root that is not a mapping is returned as is, for the schema to judge', () => {
    const { loaded, diagnostics } = load('- a\n- b\n');
    expect(diagnostics).toEqual([]);
    expect(loaded.data).toEqual(['a', 'b']);
  });

  test('an unknown tag is a warning and the value is read as text', () => {
    const { loaded, diagnostics } = load('a: !include other.yaml\n');
    expect(diagnostics.map(at)).toEqual(['yaml/unknown-tag 1:4']);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(loaded.data).toEqual({ a: 'other.yaml' });
  });
});

describe('empty files', () => {
  test.each([
    ['an empty file', ''],
    ['a comments-only file', '# yaml-language-server: $schema=../schema/programme.schema.json\n# nothing yet\n\n'],
    ['whitespace only', '  \n\n\t\n'],
  ])('%s', (_name, text) => {
    const { loaded, diagnostics } = load(text);
    expect(diagnostics.map(at)).toEqual(['file/empty 1:1']);
    expect(loaded.data).toBeUndefined();
  });
});

describe('aliases', () => {
  const bomb = [
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...'bcdefghi'.split('').map((x, i) => {
      const prev = 'abcdefgh'[i]!;
      return `${x}: &${x} [${Array(9).fill('*' + prev).join(', ')}]`;
    }),
    'boom: *i',
  ].join('\n');

  test('an alias bomb stops quickly with yaml/alias-limit', () => {
    const t0 = performance.now();
    const { loaded, diagnostics } = load(bomb);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(diagnostics.map((d) => d.rule)).toEqual(['yaml/alias-limit']);
    // d: [*c, …] is where the nested aliases pass the limit (c alone expands 81).
    expect(diagnostics[0]).toMatchObject({ line: 4, column: 8, pointer: '/d/0' });
    expect(loaded.data).toBeUndefined();
  });

  test('ordinary aliases are resolved, and their values located where the anchor is', () => {
    const { loaded, diagnostics } = load('slot: &s { weekday: fri, start: "13:00" }\nother: *s\n');
    expect(diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ slot: { weekday: 'fri', start: '13:00' }, other: { weekday: 'fri', start: '13:00' } });
    expect(loaded.locations.get('/other')?.value).toMatchObject({ line: 2, column: 8 });
    expect(loaded.locations.get('/other/start')?.value).toMatchObject({ line: 1, column: 33 });
  });

  test('an alias to an unknown anchor, and one inside its own anchor', () => {
    const { diagnostics } = load('a: *nope\nb: &x [1, *x]\n');
    expect(diagnostics.map(at)).toEqual(['yaml/unknown-alias 1:4', 'yaml/alias-cycle 2:11']);
  });
});

describe('YAML 1.1 traps', () => {
  test.each([
    ['member: no', 'yaml/yaml11-boolean', /boolean false/],
    ['member: On', 'yaml/yaml11-boolean', /boolean true/],
    ['member: Y', 'yaml/yaml11-boolean', /boolean true/],
    ['code: 010', 'yaml/yaml11-octal', /number 10 in YAML 1\.2.*octal number 010 \(= 8\)/],
    ['code: 09', 'yaml/yaml11-octal', /number 9 in YAML 1\.2.*text "09"/],
    ['start: 09:30', 'yaml/yaml11-sexagesimal', /base-60 number 570/],
    ['start: 18:30', 'yaml/yaml11-sexagesimal', /base-60 number 1110/],
  ])('%s warns with %s', (line, rule, message) => {
    const { diagnostics } = load(`x: 1\n${line}\n`);
    expect(diagnostics.map(at)).toEqual([`${rule} 2:${line.indexOf(':') + 3}`]);
    const d = diagnostics[0]!;
    expect(d.severity).toBe('warning');
    expect(d.message).toMatch(message);
    expect(d.suggestion).toBe(`"${line.slice(line.indexOf(':') + 2)}"`);
    expect(d.hint).toMatch(/quotes/);
  });

  test('no warning for quoted or block scalars, real booleans, or ordinary numbers', () => {
    const text = 'a: "no"\nb: \'09:30\'\nc: |\n  on\nd: >\n  010\ne: true\nf: False\ng: 10\nh: 0\ni: 0.5\nj: noon\n';
    expect(load(text).diagnostics).toEqual([]);
  });

  test('the data keeps what YAML 1.2 reads', () => {
    expect(load('a: no\nb: 010\nc: 09:30\n').loaded.data).toEqual({ a: 'no', b: 10, c: '09:30' });
  });

  test('messages in Dutch', () => {
    const [d] = load('lid: nee\nstart: 9:30\n', 'nl').diagnostics;
    expect(d!.message).toContain('60-tallige getal 570');
    expect(d!.hint).toMatch(/aanhalingstekens/);
  });
});

describe('positions', () => {
  const snippet = readFileSync(new URL('./fixtures/loopbaanplus-snippet.yaml', import.meta.url), 'utf8');

  test('every node of a programme is located by JSON pointer', () => {
    const { loaded, diagnostics } = loadYaml('loopbaanplus.yaml', snippet, 'en');
    expect(diagnostics).toEqual([]);
    expect(loaded.format).toBe('yaml');
    expect(loaded.locations.get('/phases/2/slot/start')).toEqual({
      key: { line: 29, column: 27, endLine: 29, endColumn: 32 },
      value: { line: 29, column: 34, endLine: 29, endColumn: 41 },
    });
    expect(loaded.locations.get('/phases/2')?.key).toBeUndefined();
    expect(loaded.locations.get('/phases/2')?.value).toMatchObject({ line: 24, column: 5 });
    expect(loaded.locations.get('/phases/1/after/phase')?.value).toMatchObject({ line: 21, column: 21 });
    expect(loaded.locations.get('')?.value).toMatchObject({ line: 3, column: 1 });
    expect((loaded.data as { phases: { slot?: { start: string } }[] }).phases[2]!.slot!.start).toBe('13:00');
  });

  test('columns count UTF-16 units, as the code frames and SARIF do', () => {
    const { loaded } = load('name: "😀 Súdwest" # 😀\nx: 😀😀\ny: 1\n');
    expect(loaded.locations.get('/x')?.value).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 8 });
    expect(loaded.locations.get('/y')?.value).toMatchObject({ line: 3, column: 4 });
  });

  test('a BOM does not shift columns', () => {
    const { loaded, diagnostics } = load('\uFEFFid: x\n');
    expect(diagnostics).toEqual([]);
    expect(loaded.locations.get('/id')?.key).toMatchObject({ line: 1, column: 1 });
  });

  test('keys with / and ~ are escaped in pointers', () => {
    const { loaded } = load('"a/b": 1\n"c~d": 2\n');
    expect([...loaded.locations.keys()]).toEqual(['', '/a~1b', '/c~0d']);
  });

  test('an empty value is located after its key', () => {
    const { loaded } = load('a:\nb: 1\n');
    expect(loaded.locations.get('/a')?.value).toMatchObject({ line: 1 });
  });
});

describe('line ends', () => {
  test('a file with CR-only line ends (old Mac) loads like LF, with the same positions', () => {
    const lf = '# comment\nid: p\nname: Naam\n';
    const cr = lf.replace(/\n/g, '\r');
    const a = loadYaml('f.yaml', lf, 'en');
    const b = loadYaml('f.yaml', cr, 'en');
    expect(b.diagnostics).toEqual([]);
    expect(b.loaded.data).toEqual({ id: 'p', name: 'Naam' });
    expect(b.loaded.locations.get('/name')).toEqual(a.loaded.locations.get('/name'));
    expect(b.loaded.text).toBe(cr);
  });
});
