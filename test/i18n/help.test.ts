/** The help and commander's own lines in both languages: goldens of the help, no English text in the Dutch help, Dutch error lines. */
import { describe, expect, it } from 'vitest';
import { argvLang, translateCommanderError, untranslatedHelp } from '../../src/cli/help.js';
import { commanderMessages, helpTextNl } from '../../src/cli/help-messages.js';
import { buildProgram } from '../../src/cli/program.js';
import { memoryIO, runIn } from '../support/io.js';

const NL_ENV = { LANG: 'nl_NL.UTF-8' };
const run = (argv: string[], env: Record<string, string> = {}) => runIn(memoryIO({}, { env }), argv);

describe('help in English and Dutch', () => {
  it.each([
    ['cohort --help', ['--help'], {}, 'help.en.txt'],
    ['cohort --lang nl --help', ['--lang', 'nl', '--help'], {}, 'help.nl.txt'],
    ['cohort plan --help', ['plan', '--help'], {}, 'plan-help.en.txt'],
    ['LANG=nl_NL.UTF-8 cohort plan --help', ['plan', '--help'], NL_ENV, 'plan-help.nl.txt'],
  ] as const)('%s matches its golden', async (_name, argv, env, golden) => {
    const r = await run([...argv], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`expected/${golden}`);
  });

  it('has a Dutch text for every description, argument, paragraph and example comment of every command', () => {
    const program = buildProgram(memoryIO(), () => {});
    expect(untranslatedHelp(program)).toEqual([]);
  });

  it('keeps no Dutch text of an English help text that is gone', async () => {
    const english: string[] = [];
    for (const command of ['', 'validate', 'plan', 'schema', 'capacity', 'report', 'init', 'init cohort', 'init programme', 'cancel', 'offer', 'decide', 'explain', 'match', 'register', 'groups', 'roster']) {
      english.push((await run([...command.split(' ').filter(Boolean), '--help'])).stdout.replace(/\s+/g, ' '));
    }
    const all = english.join('\n');
    for (const text of Object.keys(helpTextNl)) expect(all, text).toContain(text.replace(/\s+/g, ' '));
  });

  it.each(['', 'validate', 'plan', 'schema', 'capacity', 'report', 'init', 'init cohort', 'init programme', 'cancel', 'offer', 'decide', 'explain', 'match', 'register', 'groups', 'roster'])(
    'cohort %s --help in Dutch shows none of the English texts and the Dutch headings',
    async (command) => {
      const r = await run([...command.split(' ').filter(Boolean), '--help', '--lang', 'nl']);
      expect(r.code).toBe(0);
      const flat = r.stdout.replace(/\s+/g, ' ');
      // A list of file syntax ("accept | decline | update") stays in its Dutch text, explained after it.
      for (const [text, nl] of Object.entries(helpTextNl)) if (!nl.includes(text)) expect(flat, text).not.toContain(` ${text.replace(/\s+/g, ' ')}`);
      expect(r.stdout).toMatch(/^Gebruik: cohort/);
      expect(r.stdout).toContain('\nOpties:\n');
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|Examples:|Exit codes:|\[options\]|display help|choices:|default:/);
    },
  );

  it('reads --lang before commander parses, in either spelling and after the command too', () => {
    expect(argvLang(['plan', '--help', '--lang', 'nl'], {})).toBe('nl');
    expect(argvLang(['--lang=nl', '--help'], {})).toBe('nl');
    expect(argvLang(['--lang', 'en'], NL_ENV)).toBe('en');
    expect(argvLang(['plan'], NL_ENV)).toBe('nl');
    expect(argvLang(['plan', '--', '--lang', 'nl'], {})).toBe('en');
  });
});

describe("commander's error lines in Dutch", () => {
  it.each<[string[], string]>([
    [['plan', '--bogus', 'x'], "fout: onbekende optie '--bogus'\n"],
    [['plan'], "fout: het verplichte argument 'cohorts' ontbreekt\n"],
    [['plan', 'x', '--format'], "fout: bij optie '-f, --format <format>' ontbreekt de waarde\n"],
    [['plan', 'x', '-f', 'pdf'], "fout: 'pdf' is geen geldige waarde voor optie '-f, --format <format>'. Mogelijk zijn: table, csv, ics, json.\n"],
    [['offer', 'maybe', 'x'], "fout: 'maybe' is geen geldige waarde voor argument 'answer'. Mogelijk zijn: accept, decline, update.\n"],
    [['explain', 'a', 'b', 'c'], "fout: te veel argumenten voor 'explain': 2 verwacht, 3 gekregen.\n"],
    [['plann'], "fout: onbekende opdracht 'plann'\n(Bedoelde u plan?)\n"],
  ])('cohort %j with LANG=nl_NL.UTF-8', async (argv, first) => {
    const r = await run(argv, NL_ENV);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(first), r.stderr.slice(0, 200)).toBe(true);
    expect(r.stderr).toContain('\nGebruik: cohort');
  });

  it('stay English in English, byte for byte', async () => {
    const r = await run(['plan', '--bogus', 'x']);
    expect(r.stderr.startsWith("error: unknown option '--bogus'\n\nUsage: cohort plan [options] <cohorts...>\n")).toBe(true);
  });

  it.each<[keyof typeof commanderMessages, never]>([
    ['error.unknown-option', { flag: '--x' } as never],
    ['error.unknown-command', { name: 'plann' } as never],
    ['error.missing-argument', { name: 'cohort' } as never],
    ['error.option-argument-missing', { flags: '-o, --out <file>' } as never],
    ['error.required-option', { flags: '--id <id>' } as never],
    ['error.too-many-arguments', { command: 'explain', expected: 2, got: 3 } as never],
    ['error.too-many-arguments', { command: '', expected: 1, got: 4 } as never],
    ['error.invalid-option-choice', { flags: '--lang <lang>', value: 'de', choices: 'en, nl' } as never],
    ['error.invalid-argument-choice', { name: 'answer', value: 'maybe', choices: 'accept, decline, update' } as never],
    ['error.did-you-mean', { what: 'plan' } as never],
  ])('%s: the English line as commander words it becomes the Dutch one', (key, params) => {
    const m = commanderMessages[key] as { en: (p: never) => string; nl: (p: never) => string };
    expect(translateCommanderError(m.en(params))).toBe(m.nl(params));
  });

  it('says an internal error in Dutch too', async () => {
    const boom = async () => {
      throw new Error('kapot');
    };
    const io = memoryIO({}, { env: NL_ENV });
    const code = await (await import('../../src/cli/program.js')).runMain(['validate'], io, { validate: boom } as never);
    expect(code).toBe(3);
    expect(io.stderr).toBe('cohort: interne fout: kapot\nDit is een fout in cohort; meld die graag met de opdracht die u gaf (--debug toont de stack trace).\n');
  });
});
