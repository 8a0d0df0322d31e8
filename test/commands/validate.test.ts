/** Second level: runValidate through the CLI with an in-memory IO (files as a map, captured output, fixed today). */
import { describe, expect, it } from 'vitest';
import { PROGRAMME as BASE } from '../support/fixtures.js';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

const PROGRAMME = BASE.replace('capacity: { min: 4, max: 10 }', 'capacity: { min: 4, max: 12 }');


const validate = (files: Record<string, string>, ...argv: string[]) => {
  const io = memoryIO(files);
  return runIn(io, ['validate', '--no-color', ...argv]).then((r) => ({ ...r, io }));
};

describe('cohort validate (in-process)', () => {
  it('checks programmes/ and cohorts/ by default: the shipped examples are valid', async () => {
    const r = await runIn(memoryIO(shippedExamples()), ['validate', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 26 files valid');
    expect(r.stderr).toBe('');
  });

  it('an error is one line with file:line:col and the rule id, exit 1', async () => {
    const r = await validate({ 'programmes/p.yaml': PROGRAMME.replace('sessions: 3', 'sessions: three') });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^programmes\/p\.yaml:11:15: error: expected a whole number, found text \(three\) \[schema\/type\]$/m);
  });

  it('--strict fails on warnings, and says so in the JSON and the JUnit report', async () => {
    const files = { 'programmes/p.yaml': PROGRAMME.replace('organiser: Wethoudersvereniging', 'organiser: no') };
    const lenient = await validate(files, '--format', 'json');
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout)).toMatchObject({ valid: true, warnings: 1, errors: 0 });
    const strict = await validate(files, '--strict', '--format', 'json');
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ valid: false, strict: true, warnings: 1, errors: 0 });
    const junit = await validate(files, '--strict', '--format', 'junit');
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/<testsuites name="cohort validate" tests="1" failures="1" errors="0">[\s\S]*<failure /);
  });

  it('--out writes the report and nothing to stdout', async () => {
    const r = await validate({ 'programmes/p.yaml': PROGRAMME }, 'programmes', '--format', 'junit', '--out', 'report.xml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.io.text('report.xml')).toMatch(/^<\?xml/);
  });

  it.each([['programmes/p.yaml'], ['./programmes/../programmes/p.yaml']])('--out %s (an input file) is refused with exit 2 and the file kept', async (out) => {
    const r = await validate({ 'programmes/p.yaml': PROGRAMME }, 'programmes', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cohort: --out ${out} is one of the input files\n`);
    expect(r.io.text('programmes/p.yaml')).toBe(PROGRAMME);
  });

  it.each([
    [{}, 'missing/report.txt', 'cannot write missing/report.txt: the folder does not exist'],
    [{ full: true }, 'report.txt', 'cannot write report.txt: no space left on the device'],
    [{ readOnly: [''] }, 'report.txt', 'cannot write report.txt: permission denied'],
  ])('a report that cannot be written is exit 2 with the path and the reason (%j)', async (opts, out, message) => {
    const io = memoryIO({ 'programmes/p.yaml': PROGRAMME }, opts);
    const r = await runIn(io, ['validate', 'programmes', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cohort: ${message}\n`);
  });

  it('in GitHub Actions the format is github and the step summary gets the full list', async () => {
    const io = memoryIO({ 'programmes/p.yaml': PROGRAMME.replace('sessions: 3', 'sessions: three') }, { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'summary.md' } });
    const r = await runIn(io, ['validate', 'programmes']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=programmes\/p\.yaml,line=11,col=15/m);
    expect(io.text('summary.md')).toContain('schema/type');
  });

  it('usage errors: a missing path, a folder without data files, no default folders', async () => {
    expect(await validate({}, 'no/such.yaml')).toMatchObject({ code: 2, stderr: 'cohort: no/such.yaml: no such file or directory\n' });
    expect(await validate({ 'docs/readme.md': '#' }, 'docs')).toMatchObject({ code: 2, stderr: 'cohort: docs: no YAML or CSV files in this folder\n' });
    expect(await validate({ 'docs/readme.md': '#' })).toMatchObject({ code: 2, stderr: 'cohort: no programmes/ or cohorts/ folder here; name the files or folders to check\n' });
  });

  it('a cohort in the year 50 (a typo for 2050) gets located warnings, not an internal error', async () => {
    const files = shippedExamples();
    const droom = new TextDecoder().decode(files.get('cohorts/droom-2027.yaml')).replace(/"2027-/g, '"0050-');
    files.set('cohorts/droom-2027.yaml', new TextEncoder().encode(droom));
    const r = await runIn(memoryIO(files), ['validate', '--no-color', 'cohorts/droom-2027.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cohorts\/droom-2027\.yaml:\d+:\d+: warning: /m);
  });

  it('speaks Dutch with --lang nl', async () => {
    const r = await validate({}, '--lang', 'nl', 'no/such.yaml');
    expect(r.stderr).toBe('cohort: no/such.yaml: bestand of map bestaat niet\n');
  });
});

describe('cohort validate . (a folder search)', () => {
  it('checks only our files; exports, reference data and fixtures are skipped and counted', async () => {
    const files = shippedExamples();
    files.set('droom.csv', new TextEncoder().encode('uid,start\nx,2027-01-01\n'));
    files.set('src/data/gemeenten.csv', new TextEncoder().encode('code;naam\nGM0344;Utrecht\n'));
    files.set('test/fixtures/bad.yaml', new TextEncoder().encode('phases: 3\n'));
    const r = await runIn(memoryIO(files), ['validate', '.', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 26 files valid');
    expect(r.stderr).toBe('3 other YAML/CSV file(s) skipped: no schema line, name or folder of ours, and no cohort refers to them (e.g. droom.csv); name a file to check it anyway\n');
  });

  it('a file named on the command line is checked whatever its name', async () => {
    const r = await runIn(memoryIO({ 'droom.csv': 'uid,start\nx,2027-01-01\n' }), ['validate', 'droom.csv', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('droom.csv:1:1');
  });

  it('a file with a schema line is ours wherever it is', async () => {
    const r = await runIn(memoryIO({ 'elsewhere/p.yaml': `# yaml-language-server: $schema=../schema/programme.schema.json\n${PROGRAMME.replace('sessions: 3', 'sessions: three')}` }), ['validate', '.', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('elsewhere/p.yaml:12:15');
  });
});
