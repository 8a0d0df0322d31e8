/**
 * The JSON Schemas in schema/ and the example files they describe (programmes/, cohorts/).
 * The schemas must compile under the same strict ajv options as the build, every shipped example must
 * validate, and the examples must stay realistic: real municipalities, ids that resolve, seats within
 * capacity.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KINDS = ['programme', 'cohort', 'registrations', 'people'] as const;
type Kind = (typeof KINDS)[number];
type Json = Record<string, unknown>;

const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
const schemaOf = (kind: Kind): Json => JSON.parse(read('schema', `${kind}.schema.json`)) as Json;

function makeAjv(): Ajv {
  // The options of scripts/build.mjs: strict, so an unknown keyword or a typo in the schema fails here.
  const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
  // ajv-formats is CommonJS: under NodeNext its default import is module.exports, which carries .default.
  formatsPlugin.default(ajv);
  return ajv;
}

const ajv = makeAjv();
for (const kind of KINDS) ajv.addSchema(schemaOf(kind), `${kind}.schema.json`);
const validator = (ref: string): ValidateFunction => {
  const v = ajv.getSchema(ref);
  if (!v) throw new Error(`no schema ${ref}`);
  return v;
};
const validateRegistration = validator('registrations.schema.json#/definitions/registration');

function errorsOf(ref: string, data: unknown): ErrorObject[] {
  const v = validator(ref);
  return v(data) ? [] : [...(v.errors ?? [])];
}

// ---------- the shipped files ----------

const list = (dir: string, pattern: RegExp) =>
  readdirSync(join(root, dir))
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

const programmeFiles = list('programmes', /\.ya?ml$/);
const peopleFiles = list('cohorts', /\.people\.ya?ml$/);
const registrationYamlFiles = list('cohorts', /\.registrations\.ya?ml$/);
const registrationCsvFiles = list('cohorts', /\.registrations\.csv$/);
const cohortFiles = list('cohorts', /\.ya?ml$/).filter((f) => !peopleFiles.includes(f) && !registrationYamlFiles.includes(f));
const yamlFiles: [string, Kind][] = [
  ...programmeFiles.map((f): [string, Kind] => [f, 'programme']),
  ...cohortFiles.map((f): [string, Kind] => [f, 'cohort']),
  ...peopleFiles.map((f): [string, Kind] => [f, 'people']),
  ...registrationYamlFiles.map((f): [string, Kind] => [f, 'registrations']),
];
const loadYaml = (file: string): Json => parseYaml(read(file)) as Json;

/** `;` or `,`, whichever the header line uses (Dutch Excel writes `;`). */
function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const YES = new Set(['yes', 'ja', 'true', 'y', 'j', '1']);
const NO = new Set(['no', 'nee', 'false', 'n', '0']);

/** A CSV row as the registration object it stands for: empty cells omitted, yes/no and numbers typed. */
function rowToRegistration(row: Record<string, string>): Json {
  const out: Json = {};
  for (const [key, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (key === 'member' || key === 'partner-joins') {
      const word = cell.toLowerCase();
      out[key] = YES.has(word) ? true : NO.has(word) ? false : cell;
    } else if (key === 'priority') {
      out[key] = /^-?\d+$/.test(cell) ? Number(cell) : cell;
    } else if (key === 'unavailable') {
      out[key] = cell
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else {
      out[key] = cell;
    }
  }
  return out;
}

function loadCsv(file: string): Json[] {
  const text = read(file);
  const rows = parseCsv(text, { bom: true, columns: true, delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')), skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows.map(rowToRegistration);
}

/** Every registration shipped, wherever it lives: CSV, a registrations file or inline in a cohort. */
function allRegistrations(): { file: string; registration: Json }[] {
  const out: { file: string; registration: Json }[] = [];
  for (const file of registrationCsvFiles) for (const r of loadCsv(file)) out.push({ file, registration: r });
  for (const file of registrationYamlFiles) for (const r of loadYaml(file).registrations as Json[]) out.push({ file, registration: r });
  for (const file of cohortFiles) {
    const regs = loadYaml(file).registrations;
    if (Array.isArray(regs)) for (const r of regs as Json[]) out.push({ file, registration: r });
  }
  return out;
}

function registrationsOfCohort(file: string): Json[] {
  const regs = loadYaml(file).registrations;
  if (Array.isArray(regs)) return regs as Json[];
  if (typeof regs !== 'string') return [];
  const path = `cohorts/${regs}`;
  return regs.endsWith('.csv') ? loadCsv(path) : (loadYaml(path).registrations as Json[]);
}

// ---------- schemas ----------

describe('schemas', () => {
  it.each(KINDS)('%s.schema.json compiles with strict ajv on its own', (kind) => {
    const schema = schemaOf(kind);
    expect(schema.$id).toBe(`${kind}.schema.json`);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => makeAjv().compile(schema)).not.toThrow();
  });

  it('are up to date with schema/generate.mjs, their source', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'schema', 'generate.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(KINDS)('%s.schema.json: every $ref names a definition without $refs of its own, so ajv inlines it', (kind) => {
    // Inlined, an error's schemaPath resolves from the root; through a compiled $ref it would restart at `#`.
    const schema = schemaOf(kind);
    const definitions = schema.definitions as Json;
    const refs: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (node === null || typeof node !== 'object') return;
      for (const [key, sub] of Object.entries(node as Json)) if (key === '$ref') refs.push(sub as string);
      else collect(sub);
    };
    collect(schema);
    for (const ref of refs) expect(Object.keys(definitions).map((n) => `#/definitions/${n}`)).toContain(ref);
    for (const [name, def] of Object.entries(definitions)) expect(JSON.stringify(def), name).not.toContain('"$ref"');
  });

  it('keeps the registration definition usable on its own (CSV rows are checked against it)', () => {
    expect(() => makeAjv().addSchema(schemaOf('registrations')).getSchema('registrations.schema.json#/definitions/registration')).not.toThrow();
    expect(validateRegistration({ id: 'r01', name: 'Anneke de Boer', municipality: 'GM0014', email: 'a.deboer@example.nl' })).toBe(true);
  });

  it('keeps the copies of shared definitions identical across the self-contained schemas', () => {
    const seen = new Map<string, { kind: Kind; json: string }>();
    for (const kind of KINDS) {
      for (const [name, def] of Object.entries(schemaOf(kind).definitions as Json)) {
        const json = JSON.stringify(def);
        const first = seen.get(name);
        if (first) expect(json, `definitions/${name} in ${kind} differs from ${first.kind}`).toBe(first.json);
        else seen.set(name, { kind, json });
      }
    }
  });

  it.each(KINDS)('%s.schema.json gives every property a title and a description, and forbids unknown keys', (kind) => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const obj = node as Json;
      if (obj.properties && typeof obj.properties === 'object' && !path.endsWith('/if') && !path.endsWith('/then')) {
        if (obj.additionalProperties !== false) missing.push(`${path}: additionalProperties`);
        for (const [key, sub] of Object.entries(obj.properties as Json)) {
          const s = sub as Json;
          if (typeof s.title !== 'string' || typeof s.description !== 'string') missing.push(`${path}/properties/${key}: title/description`);
        }
      }
      for (const [key, sub] of Object.entries(obj)) if (key !== 'examples' && key !== 'enum') walk(sub, `${path}/${key}`);
    };
    walk(schemaOf(kind), '#');
    expect(missing).toEqual([]);
  });

  it('accepts every example the schemas give', () => {
    const bad: string[] = [];
    for (const kind of KINDS) {
      const walk = (node: unknown, path: string): void => {
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
        if (node === null || typeof node !== 'object') return;
        const obj = node as Json;
        if (Array.isArray(obj.examples) && !path.endsWith('/if') && !path.endsWith('/then')) {
          const { examples, ...schema } = obj;
          // The node alone, its local references pointed at its schema's definitions (compiled once, in `ajv`).
          const check = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', `"${kind}.schema.json#/definitions/`)) as Json);
          for (const example of examples) if (!check(example)) bad.push(`${kind}${path}: ${JSON.stringify(example)}`);
        }
        for (const [key, sub] of Object.entries(obj)) if (key !== 'examples' && key !== 'enum' && key !== 'definitions') walk(sub, `${path}/${key}`);
      };
      const schema = schemaOf(kind);
      walk(schema, '#');
      for (const [name, def] of Object.entries(schema.definitions as Json)) walk(def, `#/definitions/${name}`);
    }
    expect(bad).toEqual([]);
  });
});

// ---------- the string formats ----------

describe('string formats', () => {
  const formatOk = (def: string, value: unknown) => validator(`programme.schema.json#/definitions/${def}`)(value);

  it.each(['90m', '2h', '1h30m', '0d', '3d', '1w', '3 months', '1 month', '1 year', '2 years'])('duration %s', (d) => {
    expect(formatOk('duration', d)).toBe(true);
  });
  it.each(['', '2', '1.5h', '-1w', '2 h', 'h', '1h70m', '3 Months', '2h..3h'])('not a duration: %s', (d) => {
    expect(formatOk('duration', d)).toBe(false);
  });
  it.each(['2h..3h', '3w..6w', '3 months..4 months', '9 months', '6 months..1 year'])('duration range %s', (d) => {
    expect(formatOk('duration-range', d)).toBe(true);
  });
  it.each(['2h..', '..3h', '2h...3h', '2h..3h..4h'])('not a duration range: %s', (d) => {
    expect(formatOk('duration-range', d)).toBe(false);
  });
  it.each(['2027-05-13', '2027-05-13..2027-05-14'])('date range %s', (d) => expect(formatOk('date-range', d)).toBe(true));
  it.each(['2027-5-13', '2027-13-01', '13-05-2027', '2027-05-13..', '2027-05-13 .. 2027-05-14'])('not a date range: %s', (d) => {
    expect(formatOk('date-range', d)).toBe(false);
  });
  it.each(['00:00', '09:30', '18:30', '23:59'])('time %s', (t) => expect(formatOk('time', t)).toBe(true));
  it.each(['9:30', '24:00', '18:60', '18.30', 930])('not a time: %s', (t) => expect(formatOk('time', t)).toBe(false));
  it.each(['5..8', '0..2', '6', 6])('count range %s', (c) => expect(formatOk('count-range', c)).toBe(true));
  it.each(['5-8', '..8', 0, 2.5])('not a count range: %s', (c) => expect(formatOk('count-range', c)).toBe(false));
  it.each(['r01', 'loopbaanplus-2027', 'groepsblok-1'])('id %s', (id) => expect(formatOk('id', id)).toBe(true));
  it.each(['R01', '-r01', 'groepsblok 1', 'blok#1', 'intake@r01', ''])('not an id: %s', (id) => expect(formatOk('id', id)).toBe(false));

  it.each([
    ['loopbaanplus-2027.registrations.csv', true],
    ['sub/dir/x.registrations.yaml', true],
    ['x.yml', true],
    ['/etc/x.csv', false],
    ['C:/x.csv', false],
    ['dir\\x.csv', false],
    ['x.xlsx', false],
  ])('registrations path %s → %s', (path, ok) => {
    const cohort = { id: 'x-2027', programme: 'x', title: 'X', start: '2027-01-11', registrations: path };
    expect(validator('cohort.schema.json')(cohort)).toBe(ok);
  });

  it('registered takes a timestamp with an offset, or a date', () => {
    const reg = (registered: string) => validateRegistration({ id: 'r01', name: 'A', municipality: 'Zwolle', email: 'a@example.nl', registered });
    expect(reg('2026-10-02T09:14:00+02:00')).toBe(true);
    expect(reg('2026-12-07T09:05:00Z')).toBe(true);
    expect(reg('2026-12-07')).toBe(true);
    expect(reg('2026-10-02T09:14:00')).toBe(false);
    expect(reg('02-10-2026 09:14')).toBe(false);
  });
});

// ---------- invalid snippets ----------

/** The schema object that holds the failing keyword, looked up from the root as the validator does. */
function parentSchemaOf(root: Json, error: ErrorObject): Json | undefined {
  let node: unknown = root;
  for (const seg of error.schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as Json) : undefined;
}

const PROGRAMME = `
id: demo
name: Demo
organiser: Wethoudersvereniging
audience: [wethouder]
span: 3 months
capacity: { min: 6, max: 12 }
phases:
  - id: bijeenkomst
    name: Bijeenkomst
    mode: group
    slot: { weekday: fri, start: "09:30", end: "16:30" }
`;

describe('invalid files fail with the expected keyword', () => {
  const programmeErrors = (yaml: string, version: '1.1' | '1.2' = '1.2') => errorsOf('programme.schema.json', parseYaml(yaml, { version }));

  it('accepts the base snippet', () => {
    expect(programmeErrors(PROGRAMME)).toEqual([]);
  });

  it('an unknown key → additionalProperties', () => {
    const errors = programmeErrors(`${PROGRAMME}\nmembers-only: true\n`);
    expect(errors.map((e) => [e.keyword, e.params.additionalProperty])).toEqual([['additionalProperties', 'members-only']]);
  });

  it('a key of another mode → the discriminator picks the group branch and reports only its errors', () => {
    const errors = programmeErrors(PROGRAMME.replace('    mode: group\n', '    mode: group\n    duration: 2h\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ keyword: 'additionalProperties', instancePath: '/phases/0', params: { additionalProperty: 'duration' } });
    const branch = parentSchemaOf(schemaOf('programme'), errors[0]!);
    expect(branch?.title).toBe('Group phase (groepsbijeenkomst)');
    expect(Object.keys(branch?.properties as Json)).toContain('slot');
  });

  it('a missing mode-specific key → required, in that mode only', () => {
    const errors = programmeErrors(PROGRAMME.replace('    slot: { weekday: fri, start: "09:30", end: "16:30" }\n', ''));
    expect(errors.map((e) => [e.keyword, e.params.missingProperty])).toEqual([['required', 'slot']]);
  });

  it('an unknown mode → discriminator, whose schema lists the modes', () => {
    const errors = programmeErrors(PROGRAMME.replace('mode: group', 'mode: workshop'));
    expect(errors.map((e) => e.keyword)).toEqual(['discriminator']);
    expect(errors[0]!.params).toMatchObject({ tag: 'mode', tagValue: 'workshop' });
    const branches = parentSchemaOf(schemaOf('programme'), errors[0]!)?.oneOf as Json[];
    expect(branches.map((b) => (b.properties as Record<string, Json>).mode!.const)).toEqual(['individual', 'group', 'self-study', 'coaching']);
  });

  it('start: 9:30 unquoted is a number in YAML 1.1 → type', () => {
    const errors = programmeErrors(PROGRAMME.replace('start: "09:30"', 'start: 9:30'), '1.1');
    expect(errors.map((e) => [e.keyword, e.instancePath])).toEqual([['type', '/phases/0/slot/start']]);
  });

  it('start: 9:30 is a string in YAML 1.2 but not HH:MM → pattern, with a title and examples for the message', () => {
    const errors = programmeErrors(PROGRAMME.replace('start: "09:30"', 'start: 9:30'));
    expect(errors.map((e) => [e.keyword, e.instancePath])).toEqual([['pattern', '/phases/0/slot/start']]);
    expect(parentSchemaOf(schemaOf('programme'), errors[0]!)).toMatchObject({ title: 'Start time', examples: ['18:30'] });
  });

  it('dagdelen must be a multiple of a half day → multipleOf', () => {
    const errors = programmeErrors(PROGRAMME.replace('    mode: group\n', '    mode: group\n    dagdelen: 1.25\n'));
    expect(errors.map((e) => e.keyword)).toEqual(['multipleOf']);
  });

  it('avoiding school holidays needs a school region → required', () => {
    const errors = programmeErrors(`${PROGRAMME}calendar: { avoid: [public-holidays, school-holidays] }\n`);
    expect(errors.map((e) => [e.keyword, e.params.missingProperty ?? e.params.failingKeyword])).toEqual([
      ['required', 'school-region'],
      ['if', 'then'],
    ]);
  });

  it('a partner who joins needs a name → required', () => {
    const errors = errorsOf('registrations.schema.json#/definitions/registration', {
      id: 'r01',
      name: 'Anneke de Boer',
      municipality: 'GM0014',
      email: 'a.deboer@example.nl',
      'partner-joins': true,
    });
    expect(errors.map((e) => e.keyword)).toEqual(['required', 'if']);
  });

  it('a cohort with a bad e-mail inline and an unknown status → format and enum', () => {
    const errors = errorsOf('cohort.schema.json', {
      id: 'x-2027',
      programme: 'x',
      title: 'X',
      start: '2027-01-11',
      registrations: [{ id: 'r01', name: 'A', municipality: 'Zwolle', email: 'not-an-address', status: 'afgemeld' }],
    });
    const inBranch = errors.filter((e) => e.instancePath.startsWith('/registrations/0'));
    expect(inBranch.map((e) => e.keyword).sort()).toEqual(['enum', 'format']);
  });

  it('a people file entry without roles → required', () => {
    const errors = errorsOf('people.schema.json', { people: [{ id: 'a', name: 'A' }] });
    expect(errors.map((e) => [e.keyword, e.params.missingProperty])).toEqual([['required', 'roles']]);
  });
});

// ---------- the shipped examples ----------

describe('shipped files', () => {
  it('ship the five seed programmes and their cohorts', () => {
    for (const id of ['loopbaanplus', 'bestuurderspool', 'droom-van-elke-burgemeester', 'intervisie-wethouders', 'wv-basisopleiding']) {
      expect(programmeFiles).toContain(`programmes/${id}.yaml`);
    }
    for (const id of ['loopbaanplus-2027', 'bestuurderspool-2027', 'droom-2027', 'intervisie-2027', 'wv-basisopleiding-2027']) {
      expect(cohortFiles).toContain(`cohorts/${id}.yaml`);
    }
  });

  it.each(yamlFiles)('%s starts with the yaml-language-server line for its schema', (file, kind) => {
    expect(read(file).split('\n', 1)[0]).toBe(`# yaml-language-server: $schema=../schema/${kind}.schema.json`);
  });

  it.each(yamlFiles)('%s is valid against the %s schema', (file, kind) => {
    expect(errorsOf(`${kind}.schema.json`, loadYaml(file))).toEqual([]);
  });

  it.each(registrationCsvFiles)('%s: every row is a valid registration', (file) => {
    const rows = loadCsv(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(errorsOf('registrations.schema.json#/definitions/registration', row), JSON.stringify(row)).toEqual([]);
  });

  it('vary the registration formats as staff do: ; with BOM, plain , , a YAML file and inline', () => {
    const raw = registrationCsvFiles.map((f) => readFileSync(join(root, f)));
    expect(raw.some((b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && detectDelimiter(b.toString('utf8').slice(1)) === ';')).toBe(true);
    expect(raw.some((b) => detectDelimiter(b.toString('utf8')) === ',')).toBe(true);
    expect(registrationYamlFiles.length).toBeGreaterThan(0);
    expect(cohortFiles.some((f) => Array.isArray(loadYaml(f).registrations))).toBe(true);
  });

  it('quote every time and date, so YAML 1.1 tools read the same strings', () => {
    for (const [file] of yamlFiles) {
      const data11 = JSON.stringify(parseYaml(read(file), { version: '1.1' }));
      expect(data11, file).toBe(JSON.stringify(loadYaml(file)));
    }
  });

  it('use real calendar dates only', () => {
    const dates = yamlFiles.flatMap(([file]) => [...read(file).matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => ({ file, m })));
    for (const file of registrationCsvFiles) for (const m of read(file).matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) dates.push({ file, m });
    for (const { file, m } of dates) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      expect(d.toISOString().slice(0, 10), `${file}: ${m[0]}`).toBe(m[0]);
    }
  });
});

// ---------- consistency of the examples ----------

const gemeentenPath = [join(root, 'src', 'data', 'gemeenten.csv'), join(root, '..', 'shared', 'data', 'gemeenten.csv')].find((p) => existsSync(p));

describe('example data is consistent', () => {
  const programmes = new Map(programmeFiles.map((f) => [loadYaml(f).id as string, loadYaml(f)]));
  const people = new Map<string, { file: string; person: Json }>();
  for (const file of peopleFiles) for (const p of loadYaml(file).people as Json[]) people.set(p.id as string, { file, person: p });

  it.skipIf(gemeentenPath === undefined)('every municipality exists, by CBS code, exact name or the alias Den Haag / Den Bosch', () => {
    const rows = parseCsv(readFileSync(gemeentenPath!, 'utf8'), { bom: true, columns: true }) as { code: string; name: string }[];
    expect(rows.length).toBeGreaterThan(300);
    const known = new Set([...rows.map((r) => r.code), ...rows.map((r) => r.name), 'Den Haag', 'Den Bosch']);
    const used: { file: string; municipality: string }[] = [];
    for (const { file, registration } of allRegistrations()) used.push({ file, municipality: registration.municipality as string });
    for (const { file, person } of people.values()) if (person.municipality) used.push({ file, municipality: person.municipality as string });
    for (const file of cohortFiles) {
      const venue = loadYaml(file).venue as Json | undefined;
      if (venue?.municipality) used.push({ file, municipality: venue.municipality as string });
    }
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((u) => !known.has(u.municipality))).toEqual([]);
  });

  it('mix CBS codes, exact names and the alias Den Haag in the registrations', () => {
    const municipalities = allRegistrations().map((r) => r.registration.municipality as string);
    expect(municipalities.some((m) => /^GM\d{4}$/.test(m))).toBe(true);
    expect(municipalities.some((m) => !/^GM\d{4}$/.test(m))).toBe(true);
    expect(municipalities).toContain('Den Haag');
  });

  it.each(programmeFiles)('%s: id matches the file name, phases are ordered and capacity is sane', (file) => {
    const p = loadYaml(file);
    expect(`programmes/${p.id as string}.yaml`).toBe(file);
    // an offer with nothing to plan (the alumni network) has no phases or seats, and says why
    if (typeof p['not-plannable'] === 'string') return expect(p.phases ?? p.capacity).toBeUndefined();
    const seen: string[] = [];
    for (const phase of p.phases as Json[]) {
      const after = phase.after as Json | undefined;
      if (after) expect(seen, `${file}: ${phase.id as string} after ${after.phase as string}`).toContain(after.phase);
      expect(seen).not.toContain(phase.id);
      seen.push(phase.id as string);
    }
    const cap = p.capacity as { min?: number; max: number };
    expect(cap.min ?? 1).toBeLessThanOrEqual(cap.max);
  });

  it.each(cohortFiles)('%s: programme, people, facilitators, pool and registrations resolve', (file) => {
    const c = loadYaml(file);
    expect(`cohorts/${c.id as string}.yaml`).toBe(file);
    const programme = programmes.get(c.programme as string);
    expect(programme, `programme ${c.programme as string}`).toBeDefined();
    const files = (c.people as string[] | undefined) ?? [];
    for (const f of files) expect(existsSync(join(root, 'cohorts', f)), f).toBe(true);
    for (const id of [...((c.facilitators as string[] | undefined) ?? []), ...((c.pool as string[] | undefined) ?? [])]) {
      const found = people.get(id);
      expect(found, `person ${id}`).toBeDefined();
      expect(files.map((f) => `cohorts/${f}`)).toContain(found!.file);
    }
    for (const id of (c.pool as string[] | undefined) ?? []) expect(people.get(id)!.person.roles).toContain('coach');
    if (typeof c.registrations === 'string') expect(existsSync(join(root, 'cohorts', c.registrations)), c.registrations).toBe(true);
    const regs = registrationsOfCohort(file);
    const ids = regs.map((r) => r.id);
    expect(new Set(ids).size, 'unique registration ids').toBe(ids.length);
    expect(regs.length).toBeGreaterThan(0);
    const phases = new Set(((programme!.phases as Json[]) ?? []).map((ph) => ph.id as string));
    for (const f of (c.fixed as Json[] | undefined) ?? []) expect(phases).toContain(String(f.session).split(/[#@]/)[0]);
    expect(String(c.start) <= String(c.end ?? c.start)).toBe(true);
    expect(String(c.start).startsWith('2027')).toBe(true);
  });

  it.each(cohortFiles.filter((f) => !f.includes('intervisie')))('%s: the active registrations fit in one group', (file) => {
    const c = loadYaml(file);
    const programme = programmes.get(c.programme as string)!;
    const active = registrationsOfCohort(file).filter((r) => r.status !== 'cancelled' && r.status !== 'withdrawn');
    const seats = active.length + (programme['partner-seat'] === false ? 0 : active.filter((r) => r['partner-joins'] === true).length);
    expect(registrationsOfCohort(file).length).toBeLessThanOrEqual((programme.capacity as Json).max as number);
    expect(seats).toBeLessThanOrEqual((programme.capacity as Json).max as number);
  });

  it('give the open intervisie registration more aldermen than one group, with two from one municipality', () => {
    const regs = registrationsOfCohort('cohorts/intervisie-2027.yaml');
    expect(regs.length).toBeGreaterThan(12);
    const codes = regs.map((r) => (r.municipality === 'GM0344' ? 'Utrecht' : r.municipality));
    expect(new Set(codes).size).toBeLessThan(codes.length);
  });

  it('have a non-member registered for the basisopleiding (no programme is members-only: docs/brochures.md), and a cancellation somewhere', () => {
    expect(programmes.get('wv-basisopleiding')!.eligibility).toEqual({ 'members-only': false });
    expect(registrationsOfCohort('cohorts/wv-basisopleiding-2027.yaml').some((r) => r.member === false)).toBe(true);
    expect(allRegistrations().some(({ registration }) => registration.status === 'cancelled' || registration.status === 'withdrawn')).toBe(true);
  });
});
