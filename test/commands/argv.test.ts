/** First level: argv → the options each use case receives (the use cases themselves are replaced by recorders). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runners } from '../../src/cli/program.js';
import type { GlobalOptions } from '../../src/commands/context.js';
import { memoryIO, ROOT, runIn } from '../support/io.js';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Call {
  command: keyof Runners;
  options: unknown;
  global: GlobalOptions;
}

async function parse(argv: string[], env: Record<string, string> = {}) {
  const calls: Call[] = [];
  const record =
    (command: keyof Runners) =>
    async (options: unknown, ctx: { global: GlobalOptions }): Promise<0> => {
      calls.push({ command, options, global: ctx.global });
      return 0;
    };
  const runners: Runners = { validate: record('validate'), plan: record('plan'), schema: record('schema'), capacity: record('capacity'), cancel: record('cancel'), offer: record('offer'), decide: record('decide'), explain: record('explain'), register: record('register'), report: record('report'), initCohort: record('initCohort'), initProgramme: record('initProgramme'), match: record('match'), groups: record('groups'), roster: record('roster') };
  const r = await runIn(memoryIO({}, { env }), argv, runners);
  return { ...r, calls };
}

describe('argv → options', () => {
  it.each<[string[], keyof Runners, unknown]>([
    [['validate'], 'validate', { paths: [], format: undefined, out: undefined, strict: false }],
    [['validate', 'programmes', 'cohorts/droom-2027.yaml', '-f', 'sarif', '-o', 'cohort.sarif', '--strict'], 'validate', { paths: ['programmes', 'cohorts/droom-2027.yaml'], format: 'sarif', out: 'cohort.sarif', strict: true }],
    [['plan', 'cohorts/droom-2027.yaml'], 'plan', { cohorts: ['cohorts/droom-2027.yaml'], format: undefined, out: undefined, per: undefined, pin: false, delimiter: undefined, names: false }],
    [['plan', 'cohorts', '--format', 'csv', '--delimiter', ';', '--out', 'plan.csv'], 'plan', { cohorts: ['cohorts'], format: 'csv', out: 'plan.csv', per: undefined, pin: false, delimiter: ';', names: false }],
    [['plan', 'cohorts/lp.yaml', '--per', 'facilitator', '-o', 'agenda', '--pin'], 'plan', { cohorts: ['cohorts/lp.yaml'], format: undefined, out: 'agenda', per: 'facilitator', pin: true, delimiter: undefined, names: false }],
    [['plan', 'cohorts', '--format', 'csv', '--names'], 'plan', { cohorts: ['cohorts'], format: 'csv', out: undefined, per: undefined, pin: false, delimiter: undefined, names: true }],
    [['capacity'], 'capacity', { cohorts: [], format: undefined, out: undefined, delimiter: undefined }],
    [['capacity', 'cohorts/lp.yaml', 'cohorts/droom.yaml', '-f', 'markdown', '-o', 'cap.md'], 'capacity', { cohorts: ['cohorts/lp.yaml', 'cohorts/droom.yaml'], format: 'markdown', out: 'cap.md', delimiter: undefined }],
    [['cancel', 'cohorts/lp.yaml', 'r05'], 'cancel', { cohort: 'cohorts/lp.yaml', id: 'r05', dryRun: false, format: undefined }],
    [['cancel', 'lp', 'r05', '--dry-run', '--format', 'json'], 'cancel', { cohort: 'lp', id: 'r05', dryRun: true, format: 'json' }],
    [['offer', 'accept', 'lp', 'r12'], 'offer', { answer: 'accept', cohort: 'lp', id: 'r12', dryRun: false, format: undefined }],
    [['offer', 'update', 'lp', '-n'], 'offer', { answer: 'update', cohort: 'lp', id: undefined, dryRun: true, format: undefined }],
    [['decide', 'lp', 'r03', 'no-go'], 'decide', { cohort: 'lp', id: 'r03', decision: 'no-go', dryRun: false, format: undefined }],
    [['decide', 'cohorts/lp.yaml', 'r03', 'go', '-n', '-f', 'json'], 'decide', { cohort: 'cohorts/lp.yaml', id: 'r03', decision: 'go', dryRun: true, format: 'json' }],
    [['explain', 'lp', 'r12', '-f', 'json'], 'explain', { cohort: 'lp', id: 'r12', format: 'json' }],
    [
      ['register', 'lp', '--name', 'Noor Kaya', '--municipality', 'Arnhem', '--email', 'n@example.nl', '--no-member', '--partner', 'Jelle', '--partner-joins', '--priority', '2'],
      'register',
      { cohort: 'lp', id: undefined, name: 'Noor Kaya', role: undefined, municipality: 'Arnhem', email: 'n@example.nl', registered: undefined, member: false, party: undefined, partner: 'Jelle', partnerJoins: true, unavailable: undefined, priority: '2', dryRun: false, format: undefined },
    ],
    [['register', 'lp'], 'register', expect.objectContaining({ cohort: 'lp', member: undefined, partnerJoins: undefined })],
    [['register', 'lp', '--member'], 'register', expect.objectContaining({ member: true })],
    [['report'], 'report', { cohorts: [], out: undefined, redact: false }],
    [['report', 'cohorts/lp.yaml', 'cohorts/droom.yaml', '--out', 'report.html', '--redact'], 'report', { cohorts: ['cohorts/lp.yaml', 'cohorts/droom.yaml'], out: 'report.html', redact: true }],
    [['init', 'cohort'], 'initCohort', { programme: undefined, start: undefined, id: undefined, title: undefined, venue: undefined, address: undefined, municipality: undefined, facilitators: undefined, dir: 'cohorts', yes: false }],
    [['init', 'cohort', '-y', '--programme', 'droom', '--start', '2027-09-01', '--facilitators', 'a,b'], 'initCohort', expect.objectContaining({ programme: 'droom', start: '2027-09-01', facilitators: 'a,b', yes: true })],
    [['init', 'programme'], 'initProgramme', { from: undefined, id: undefined, name: undefined, organiser: undefined, span: undefined, min: undefined, max: undefined, dir: 'programmes', yes: false }],
    [['init', 'programme', '-y', '--from', 'wv-pbm', '--id', 'pbm-2', '--name', 'PBM 2', '--organiser', 'VNG', '--span', '9 months', '--min', '4', '--max', '16', '--dir', 'p'], 'initProgramme', { from: 'wv-pbm', id: 'pbm-2', name: 'PBM 2', organiser: 'VNG', span: '9 months', min: '4', max: '16', dir: 'p', yes: true }],
    [['match', 'cohorts/bp.yaml'], 'match', { cohort: 'cohorts/bp.yaml', format: undefined, out: undefined, exclude: [], all: false, pin: false, delimiter: undefined }],
    [['match', 'bp', '--exclude', 'b09:marian-krol', '--exclude', 'b02:anja-mulder', '--pin', '-f', 'csv', '--delimiter', ';', '-o', 'm.csv'], 'match', { cohort: 'bp', format: 'csv', out: 'm.csv', exclude: ['b09:marian-krol', 'b02:anja-mulder'], all: false, pin: true, delimiter: ';' }],
    [['match', 'bp', '--all', '--format', 'json'], 'match', { cohort: 'bp', format: 'json', out: undefined, exclude: [], all: true, pin: false, delimiter: undefined }],
    [['groups', 'cohorts/intervisie-2027.yaml'], 'groups', { cohort: 'cohorts/intervisie-2027.yaml', format: undefined, out: undefined, policy: undefined, delimiter: undefined, pin: false, dryRun: false, replan: undefined }],
    [['groups', 'intervisie-2027', '--policy', 'best', '-f', 'csv', '--delimiter', ';', '-o', 'g.csv'], 'groups', { cohort: 'intervisie-2027', format: 'csv', out: 'g.csv', policy: 'best', delimiter: ';', pin: false, dryRun: false, replan: undefined }],
    [['groups', 'intervisie-2027', '--pin', '--dry-run'], 'groups', { cohort: 'intervisie-2027', format: undefined, out: undefined, policy: undefined, delimiter: undefined, pin: true, dryRun: true, replan: undefined }],
    [['groups', 'intervisie-2027', '--pin', '--replan', 'g1, g2'], 'groups', { cohort: 'intervisie-2027', format: undefined, out: undefined, policy: undefined, delimiter: undefined, pin: true, dryRun: false, replan: ['g1', 'g2'] }],
    [['groups', 'intervisie-2027', '--replan', 'all'], 'groups', { cohort: 'intervisie-2027', format: undefined, out: undefined, policy: undefined, delimiter: undefined, pin: false, dryRun: false, replan: 'all' }],
    [['roster', 'cohorts/intervisie-2027.yaml'], 'roster', { cohort: 'cohorts/intervisie-2027.yaml', format: undefined, out: undefined, delimiter: undefined, alternatives: undefined, pin: false, dryRun: false }],
    [['roster', 'intervisie-2027', '-f', 'csv', '--delimiter', ';', '-o', 'r.csv'], 'roster', { cohort: 'intervisie-2027', format: 'csv', out: 'r.csv', delimiter: ';', alternatives: undefined, pin: false, dryRun: false }],
    [['roster', 'intervisie-2027', '--format', 'ics', '--out', 'rooster'], 'roster', { cohort: 'intervisie-2027', format: 'ics', out: 'rooster', delimiter: undefined, alternatives: undefined, pin: false, dryRun: false }],
    [['roster', 'intervisie-2027', '--alternatives', '3', '-f', 'json'], 'roster', { cohort: 'intervisie-2027', format: 'json', out: undefined, delimiter: undefined, alternatives: '3', pin: false, dryRun: false }],
    [['roster', 'intervisie-2027', '--pin', '-n'], 'roster', { cohort: 'intervisie-2027', format: undefined, out: undefined, delimiter: undefined, alternatives: undefined, pin: true, dryRun: true }],
    [['schema'], 'schema', { kind: 'programme' }],
    [['schema', 'people'], 'schema', { kind: 'people' }],
  ])('%j', async (argv, command, options) => {
    const r = await parse(argv);
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls).toEqual([expect.objectContaining({ command, options })]);
  });

  it.each<[string[], RegExp]>([
    [['plan'], /missing required argument 'cohorts'/],
    [['validate', '--format', 'xml'], /Allowed choices are text, json, github, sarif, junit/],
    [['plan', 'c.yaml', '--delimiter', '|'], /Allowed choices are ,, ;/],
    [['plan', 'c.yaml', '--per', 'everyone'], /Allowed choices are participant, facilitator/],
    [['validate', '--frobnicate'], /unknown option '--frobnicate'/],
    [['offer', 'maybe', 'lp', 'r12'], /Allowed choices are accept, decline, update/],
    [['cancel', 'lp'], /missing required argument 'id'/],
    [['decide', 'lp', 'r03', 'maybe'], /Allowed choices are go, no-go/],
    [['decide', 'lp', 'r03'], /missing required argument 'decision'/],
    [['capacity', '--format', 'html'], /Allowed choices are table, csv, json, markdown/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--lang', 'de', 'validate'], /Allowed choices are en, nl/],
    [['--today', 'tomorrow', 'validate'], /--today expects a real date YYYY-MM-DD, got 'tomorrow'/],
    [['--today', '2027-02-30', 'plan', 'c.yaml'], /--today expects a real date YYYY-MM-DD, got '2027-02-30'/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await parse(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.calls).toEqual([]);
  });

  it('global options reach every command, resolved from flags and the environment', async () => {
    const g = async (argv: string[], env: Record<string, string> = {}) => (await parse(argv, env)).calls[0]!.global;
    expect(await g(['--lang', 'nl', '--today', '2027-01-04', '-q', 'validate'])).toMatchObject({ lang: 'nl', today: '2027-01-04', quiet: true, color: false });
    expect(await g(['validate'], { LANG: 'nl_NL.UTF-8' })).toMatchObject({ lang: 'nl', today: '2026-11-23' });
    expect(await g(['validate', '--lang', 'en'], { LANG: 'nl_NL.UTF-8' })).toMatchObject({ lang: 'en' });
    // LANGUAGE, as gettext reads it: first in its list, ignored under the C locale
    expect(await g(['validate'], { LANG: 'en_GB.UTF-8', LANGUAGE: 'nl:en' })).toMatchObject({ lang: 'nl' });
    expect(await g(['validate'], { LANG: 'nl_NL.UTF-8', LANGUAGE: 'en_GB' })).toMatchObject({ lang: 'en' });
    expect(await g(['validate'], { LANG: 'C', LANGUAGE: 'nl' })).toMatchObject({ lang: 'en' });
    expect(await g(['validate'], { LC_ALL: 'nl_BE.UTF-8' })).toMatchObject({ lang: 'nl' });
    expect(await g(['validate'], { FORCE_COLOR: '1' })).toMatchObject({ color: true });
    expect(await g(['validate', '--no-color'], { FORCE_COLOR: '1' })).toMatchObject({ color: false });
    expect(await g(['validate'], { FORCE_COLOR: '1', NO_COLOR: '1' })).toMatchObject({ color: false });
  });

  it('--help and --version exit 0 and print to stdout', async () => {
    const help = await parse(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: cohort plan [options] <cohorts...>');
    expect(help.stdout).toContain('\n\nExit codes:\n');
    expect(help.stdout).toMatch(/Global Options:\n(?:.*\n)*? {2}--today <date>/);
    expect(help.stdout).toContain('  --lang <lang>');
    const version = await parse(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${PACKAGE.version}\n` });
  });
});
