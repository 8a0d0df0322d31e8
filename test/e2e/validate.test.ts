/** `cohort validate` as a process: the shipped files, every kind of bad input, every format, exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohortIn as cohort } from '../support/io.js';
import { workspace } from './helpers.js';
import { PROGRAMME as BASE } from '../support/fixtures.js';

const PROGRAMME = `# yaml-language-server: $schema=../schema/programme.schema.json\n${BASE.replace('id: p\n', 'id: test-programme\n')}`;

/** Validates one programme file (as programmes/p.yaml) and returns the run. */
async function validateProgramme(text: string | Uint8Array, ...args: string[]) {
  const dir = workspace({ 'programmes/p.yaml': text });
  return await cohort(['validate', 'programmes/p.yaml', '--no-color', ...args], { cwd: dir });
}

describe('cohort validate on the shipped examples', () => {
  it('finds no errors in programmes/ and cohorts/ and exits 0', async () => {
    const r = await cohort(['validate', '--no-color']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/: error:/);
    expect(r.stdout).toMatch(/files/);
  });

  it('reports a clean minimal programme as valid', async () => {
    const r = await validateProgramme(PROGRAMME);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file valid');
  });
});

describe('bad input: one line with file:line:col, a rule id, exit 1 or 2, never a stack trace', () => {
  const cases: { name: string; text: string | Uint8Array; rule: string; at?: string; code?: number; extra?: RegExp }[] = [
    { name: 'unclosed quote', text: PROGRAMME.replace('name: Testprogramma', 'name: "Testprogramma'), rule: 'yaml/syntax' },
    { name: 'bad indentation', text: PROGRAMME.replace('    name: Blok', '   name: Blok'), rule: 'yaml/syntax' },
    { name: 'duplicate key', text: PROGRAMME.replace('name: Testprogramma', 'name: Testprogramma\nname: Nogmaals'), rule: 'yaml/duplicate-key', at: ':4:1' },
    { name: 'tab indentation', text: PROGRAMME.replace('    name: Blok', '\tname: Blok'), rule: 'yaml/tab-indent' },
    { name: 'wrong type', text: PROGRAMME.replace('sessions: 3', 'sessions: drie'), rule: 'schema/type', at: ':12:15' },
    { name: 'unknown key with suggestion', text: PROGRAMME.replace('capacity:', 'capacty:'), rule: 'schema/unknown-key', at: ':7:1', extra: /did you mean 'capacity'/ },
    { name: 'unknown key inside a phase suggests a key of that phase', text: PROGRAMME.replace('    every: 3w..5w', '    evry: 3w..5w'), rule: 'schema/unknown-key', at: ':13:5', extra: /did you mean 'every'/ },
    { name: 'unknown mode with suggestion', text: PROGRAMME.replace('mode: group', 'mode: groep'), rule: 'schema/discriminator', at: ':11:11', extra: /did you mean 'group'/ },
    { name: 'a time that is not a time', text: PROGRAMME.replace('start: "13:00"', 'start: "25:00"'), rule: 'schema/pattern', at: ':14:34' },
    { name: '__proto__ key', text: PROGRAMME.replace('name: Testprogramma', 'name: Testprogramma\n__proto__: { polluted: true }'), rule: 'yaml/forbidden-key', at: ':4:1' },
    { name: 'constructor key', text: PROGRAMME.replace('name: Testprogramma', 'name: Testprogramma\nconstructor: x'), rule: 'yaml/forbidden-key', at: ':4:1' },
    { name: 'several missing keys in one mapping are one error', text: 'id: bijna-leeg\n', rule: 'schema/required', at: ':1:1', extra: /missing required keys 'name', 'organiser', 'audience', 'span', 'capacity', 'phases' \[/ },
    { name: 'empty file', text: '', rule: 'file/empty', at: ':1:1' },
    { name: 'comments only', text: '# nothing here yet\n', rule: 'file/empty' },
    { name: 'binary file', text: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), rule: 'file/binary' },
    { name: 'invalid UTF-8', text: Buffer.concat([Buffer.from('id: x\nname: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]), rule: 'file/invalid-utf8', at: ':2:10' },
    { name: 'a number below the minimum', text: PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 0, max: 10 }'), rule: 'schema/range', at: ':7:18', extra: /0 must be >= 1/ },
    { name: 'min above max', text: PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 12, max: 10 }'), rule: 'capacity/min-exceeds-max', at: ':7:18' },
    { name: 'phases that do not fit in the span', text: PROGRAMME.replace('span: 3 months', 'span: 4w'), rule: 'span/too-short', at: ':6:7' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.rule}`, async () => {
      const r = await validateProgramme(c.text);
      expect(r.code).toBe(c.code ?? 1);
      expect(r.stdout).toContain(`[${c.rule}]`);
      if (c.at) expect(r.stdout).toContain(`programmes/p.yaml${c.at}:`);
      else expect(r.stdout).toMatch(/programmes\/p\.yaml:\d+:\d+: error/);
      if (c.extra) expect(r.stdout).toMatch(c.extra);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  }

  it('YAML 1.1 traps are warnings with a hint to quote (exit 0, or 1 with --strict)', async () => {
    const text = PROGRAMME.replace('organiser: Wethoudersvereniging', 'organiser: no').replace('name: Blok', 'name: on').replace('start: "13:00"', 'start: 09:30').replace('sessions: 3', 'sessions: 010');
    const r = await validateProgramme(text);
    expect(r.stdout).toContain('[yaml/yaml11-boolean]');
    expect(r.stdout).toContain('[yaml/yaml11-octal]');
    expect(r.stdout).toContain('[yaml/yaml11-sexagesimal]');
    expect(r.stdout).toMatch(/p\.yaml:4:12: warning/);
    expect((await validateProgramme(text, '--strict')).code).toBe(1);
  });

  it('an alias bomb is refused quickly', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    const r = await validateProgramme(lines.join('\n') + '\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[yaml/alias-limit]');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a 50 MB file is refused by its size, without reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const r = await validateProgramme(big);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[file/too-large]');
  });

  it('a CSV with a wrong column count and an unknown column', async () => {
    const csv = 'id;name;municipality;emial\nr1;An de Vries;Utrecht;a@example.nl\nr2;Bo Smit;Zwolle\n';
    const dir = workspace({ 'cohorts/x.registrations.csv': csv });
    const r = await cohort(['validate', 'cohorts/x.registrations.csv', '--no-color'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("cohorts/x.registrations.csv:1:22: error: ");
    expect(r.stdout).toContain('[csv/unknown-column]');
    expect(r.stdout).toMatch(/did you mean 'email'/);
    expect(r.stdout).toContain('[csv/column-count]');
    expect(r.stdout).toMatch(/x\.registrations\.csv:3:\d+: error/);
  });

  it('a CSV cell that breaks the schema is reported at its cell', async () => {
    const csv = 'id,name,municipality,email,member\nr1,An de Vries,Utrecht,not-an-email,misschien\n';
    const dir = workspace({ 'cohorts/x.registrations.csv': csv });
    const r = await cohort(['validate', 'cohorts/x.registrations.csv', '--no-color'], { cwd: dir });
    expect(r.stdout).toMatch(/x\.registrations\.csv:2:24: error: 'not-an-email' is not a valid email \[schema\/format\]/);
    expect(r.stdout).toMatch(/x\.registrations\.csv:2:37: error: expected true or false, found text \(misschien\) \[schema\/type\]/);
  });

  it('a missing path is a usage error (exit 2)', async () => {
    const r = await cohort(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.yaml: no such file or directory');
  });

  it('a folder without YAML files is a usage error (exit 2)', async () => {
    const dir = workspace({ 'empty/readme.txt': 'nothing' });
    const r = await cohort(['validate', 'empty'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no YAML or CSV files');
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    const r = await cohort(['validate', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });
});

describe('semantic rules across files', () => {
  const COHORT = `id: c1
programme: test-programme
title: Test
start: "2027-03-01"
facilitators: [anna]
people: [team.people.yaml]
registrations: c1.registrations.csv
fixed:
  - { session: "blok#4", date: "2027-03-04" }
`;
  const PEOPLE = `people:
  - { id: anne, name: Anne Jansen, roles: [facilitator] }
`;
  const REGS = 'id,name,municipality,email,registered,member\nr1,An de Vries,Utrect,a@example.nl,2027-03-05T10:00:00+01:00,yes\nr1,Bo Smit,Den Haag,b@example.nl,2027-01-05T10:00:00+01:00,no\n';

  it('reports dangling references, unknown municipalities, duplicate ids and late registrations in one run', async () => {
    const dir = workspace({ 'programmes/test-programme.yaml': PROGRAMME, 'cohorts/c1.yaml': COHORT, 'cohorts/team.people.yaml': PEOPLE, 'cohorts/c1.registrations.csv': REGS });
    const r = await cohort(['validate', 'cohorts/c1.yaml', '--no-color', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const found = report.diagnostics.map((d: { file: string; line: number; column: number; rule: string; suggestion?: string }) => `${d.file}:${d.line}:${d.column} ${d.rule}${d.suggestion ? ` (${d.suggestion})` : ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'cohorts/c1.yaml:5:16 ref/unknown-person (anne)',
        'cohorts/c1.yaml:9:16 fixed/unknown-session (blok#3)',
        'cohorts/c1.registrations.csv:2:16 municipality/unknown (Utrecht)',
        'cohorts/c1.registrations.csv:3:1 id/duplicate',
        'cohorts/c1.registrations.csv:2:36 registration/late',
      ]),
    );
    expect(report.valid).toBe(false);
  });

  it('a cohort naming a programme that has errors of its own is not reported as dangling', async () => {
    const dir = workspace({ 'programmes/test-programme.yaml': PROGRAMME.replace('organiser: Wethoudersvereniging\n', ''), 'cohorts/c1.yaml': COHORT, 'cohorts/team.people.yaml': PEOPLE.replace('anne', 'anna'), 'cohorts/c1.registrations.csv': REGS });
    const r = await cohort(['validate', '--no-color'], { cwd: dir });
    expect(r.stdout).toContain("missing required key 'organiser' [schema/required]");
    expect(r.stdout).not.toContain('ref/unknown-programme');
  });

  it('follows a cohort to its programme by id and suggests the nearest id', async () => {
    const dir = workspace({ 'programmes/test-programme.yaml': PROGRAMME, 'cohorts/c1.yaml': COHORT.replace('programme: test-programme', 'programme: test-programm'), 'cohorts/team.people.yaml': PEOPLE.replace('anne', 'anna'), 'cohorts/c1.registrations.csv': REGS });
    const r = await cohort(['validate', '--no-color'], { cwd: dir });
    expect(r.stdout).toMatch(/cohorts\/c1\.yaml:2:12: error: no programme with id 'test-programm' \[ref\/unknown-programme\]/);
    expect(r.stdout).toContain("did you mean 'test-programme'?");
  });

  it('flags a non-existent local time on the DST change', async () => {
    const programme = PROGRAMME.replace('weekday: thu, start: "13:00"', 'weekday: sun, start: "02:30"').replace('audience: [wethouder]', 'audience: [wethouder]\ncalendar: { weekdays: [sun] }');
    const cohortText = `id: c2\nprogramme: test-programme\ntitle: T\nstart: "2027-03-01"\nfixed:\n  - { session: "blok#1", date: "2027-03-28" }\n`;
    const dir = workspace({ 'programmes/test-programme.yaml': programme, 'cohorts/c2.yaml': cohortText });
    const r = await cohort(['validate', '--no-color'], { cwd: dir });
    expect(r.stdout).toMatch(/cohorts\/c2\.yaml:6:32: error: 2027-03-28 02:30 does not exist in Europe\/Amsterdam/);
    expect(r.stdout).toContain('[time/dst-gap]');
  });

  it('flags a host-rotation group size that cannot give every member one turn', async () => {
    const programme = PROGRAMME.replace('    slot:', '    location: host-rotation\n    slot:');
    const r = await validateProgramme(programme);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[intervisie/host-rotation-size]');
  });
});

describe('formats', () => {
  const bad = PROGRAMME.replace('capacity:', 'capacty:');

  it('json has a stable shape with 1-based positions and the JSON pointer', async () => {
    const r = await validateProgramme(bad, '--format', 'json');
    const report = JSON.parse(r.stdout);
    // The misspelt key explains the missing 'capacity': one error, not two.
    expect(report).toMatchObject({ version: 1, valid: false, errors: 1, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({ file: 'programmes/p.yaml', line: 7, column: 1, pointer: '/capacty', rule: 'schema/unknown-key', suggestion: 'capacity' });
  });

  it('github is chosen by itself in GitHub Actions, and the step summary lists every problem', async () => {
    const dir = workspace({ 'programmes/p.yaml': bad, 'summary.md': '' });
    const r = await cohort(['validate', 'programmes/p.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(r.stdout).toContain('::error file=programmes/p.yaml,line=7,col=1');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('schema/unknown-key');
  });

  it('sarif is the only thing on stdout and is SARIF 2.1.0', async () => {
    const r = await validateProgramme(bad, '--format', 'sarif');
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 1 });
  });

  it('junit counts the failing file', async () => {
    const r = await validateProgramme(bad, '--format', 'junit');
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toMatch(/<testsuites[^>]*failures="1"/);
  });

  it('--lang nl speaks Dutch', async () => {
    const r = await validateProgramme(bad, '--lang', 'nl');
    expect(r.stdout).toContain("onbekende sleutel 'capacty'");
    expect(r.stdout).toContain('bedoelde u');
  });

  it('--out writes the report atomically and refuses to overwrite an input file', async () => {
    const dir = workspace({ 'programmes/p.yaml': PROGRAMME });
    expect((await cohort(['validate', 'programmes/p.yaml', '--format', 'json', '--out', 'report.json'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).valid).toBe(true);
    const r = await cohort(['validate', 'programmes/p.yaml', '--out', 'programmes/p.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'programmes/p.yaml'), 'utf8')).toBe(PROGRAMME);
  });

  it('cohort schema prints a JSON Schema', async () => {
    const r = await cohort(['schema', 'cohort']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.programme).toBeDefined();
    expect((await cohort(['schema', 'nope'])).code).toBe(2);
  });
});
