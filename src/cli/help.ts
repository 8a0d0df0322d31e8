/**
 * Commander's help and error lines in the user's language. program.ts keeps defining every command,
 * option and example in English (the English help is its text, byte for byte); `localiseProgram`
 * puts the Dutch texts of src/cli/help-messages.ts in around those definitions when the language is
 * Dutch: descriptions and headings through commander's Help hooks, the text after a command's help
 * (examples, exit codes) paragraph by paragraph, and commander's own error lines by their pattern.
 */
import type { EventEmitter } from 'node:events';
import type { Argument, Command, Help, Option } from 'commander';
import { translate, type Lang } from '../i18n/index.js';
import { langFromEnv } from '../i18n/index.js';
import { commanderMessages, helpTextNl } from './help-messages.js';

/** The language of help and commander's errors, known before commander parses: `--lang` anywhere in argv, else the locale. */
export function argvLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'en' || v === 'nl') return v;
  }
  return langFromEnv(env);
}

/** A help text in Dutch, or undefined when the catalog has none (a gap the help test lists). */
function dutch(text: string): string | undefined {
  return Object.hasOwn(helpTextNl, text) ? helpTextNl[text] : undefined;
}

const EXAMPLES = 'Examples:\n';
/** Commander's description of -h, --help (and of the help command), which no command lists as an option. */
const HELP_OPTION = 'display help for command';
/** A shell comment after an example command: `$ cohort validate   # programmes/ and cohorts/`. */
const COMMENT = /^(.*?\s#\s)(.+)$/;

/** Every paragraph of a text after the help: a whole paragraph from the catalog, or an examples block with its heading and comments translated. */
function translateAfter(text: string, missing?: (english: string) => void): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const body = paragraph.replace(/^\n+|\n+$/g, '');
      if (body === '') return paragraph;
      const lead = paragraph.slice(0, paragraph.indexOf(body));
      const tail = paragraph.slice(lead.length + body.length);
      if (body.startsWith(EXAMPLES)) {
        const lines = body.slice(EXAMPLES.length).split('\n').map((line) => {
          const m = COMMENT.exec(line);
          if (!m) return line;
          const nl = dutch(m[2]!);
          if (nl === undefined) missing?.(m[2]!);
          return `${m[1]!}${nl ?? m[2]!}`;
        });
        return `${lead}${translate(commanderMessages, 'nl', 'title.examples')}\n${lines.join('\n')}${tail}`;
      }
      const nl = dutch(body);
      if (nl === undefined) missing?.(body);
      return `${lead}${nl ?? body}${tail}`;
    })
    .join('\n\n');
}

type HelpContext = { error: boolean; command: Command; write: (s: string) => void };

/** The texts commander writes after each command's help, as program.ts added them. */
function afterTexts(cmd: Command): string[] {
  const texts: string[] = [];
  for (const listener of events(cmd).listeners('afterHelp')) (listener as (c: HelpContext) => void)({ error: false, command: cmd, write: (s) => texts.push(s) });
  return texts;
}

/** A Command is an EventEmitter (commander's typings leave that out); addHelpText listens to 'afterHelp'. */
function events(cmd: Command): EventEmitter {
  return cmd as unknown as EventEmitter;
}

function walk(cmd: Command, visit: (c: Command) => void): void {
  visit(cmd);
  for (const sub of cmd.commands) walk(sub, visit);
}

const TITLES: Record<string, 'title.usage' | 'title.options' | 'title.arguments' | 'title.commands' | 'title.global-options'> = {
  'Usage:': 'title.usage',
  'Options:': 'title.options',
  'Arguments:': 'title.arguments',
  'Commands:': 'title.commands',
  'Global Options:': 'title.global-options',
};

/** "(choices: …, default: …)" as commander appends it, with its words in Dutch. */
function extraInfo(text: string): string {
  return text
    .replace(/\((choices: [^)]*?)(, default: [^)]*)?\)$/, (_m, c: string, d: string | undefined) => `(${c.replace('choices: ', `${translate(commanderMessages, 'nl', 'help.choices')}: `)}${d ? d.replace('default: ', `${translate(commanderMessages, 'nl', 'help.default')}: `) : ''})`)
    .replace(/\(default: ([^)]*)\)$/, (_m, d: string) => `(${translate(commanderMessages, 'nl', 'help.default')}: ${d})`);
}

function describe(description: string): string {
  return dutch(description) ?? description;
}

/** Commander's description of an option or argument (its own text, then "(choices: …)") with its own text in Dutch. */
function withDescription(full: string, own: string | undefined): string {
  return own && full.startsWith(own) ? `${describe(own)}${full.slice(own.length)}` : full;
}

/** Commander's own error lines (`error: unknown option '--x'`) in Dutch; a line it words otherwise stays as is. */
export function translateCommanderError(line: string): string {
  const say = commanderMessages;
  const rules: [RegExp, (g: string[]) => string][] = [
    [/^error: unknown option '([^']*)'$/, ([flag]) => say['error.unknown-option'].nl({ flag: flag! })],
    [/^error: unknown command '([^']*)'$/, ([name]) => say['error.unknown-command'].nl({ name: name! })],
    [/^error: missing required argument '([^']*)'$/, ([name]) => say['error.missing-argument'].nl({ name: name! })],
    [/^error: option '([^']*)' argument missing$/, ([flags]) => say['error.option-argument-missing'].nl({ flags: flags! })],
    [/^error: required option '([^']*)' not specified$/, ([flags]) => say['error.required-option'].nl({ flags: flags! })],
    [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, ([cmd, expected, got]) => say['error.too-many-arguments'].nl({ command: cmd ?? '', expected: Number(expected), got: Number(got) })],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/, ([flags, value, choices]) => say['error.invalid-option-choice'].nl({ flags: flags!, value: value!, choices: choices! })],
    [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/, ([value, name, choices]) => say['error.invalid-argument-choice'].nl({ name: name!, value: value!, choices: choices! })],
    [/^\(Did you mean one of (.*)\?\)$/, ([list]) => say['error.did-you-mean'].nl({ what: list! })],
    [/^\(Did you mean (.*)\?\)$/, ([what]) => say['error.did-you-mean'].nl({ what: what! })],
  ];
  for (const [pattern, nl] of rules) {
    const g = pattern.exec(line);
    if (g) return nl(g.slice(1));
  }
  return line;
}

/** Commander's error output (one or more lines) in Dutch. */
export function translateCommanderOutput(text: string): string {
  return text
    .split('\n')
    .map((line) => translateCommanderError(line))
    .join('\n');
}

/**
 * Dutch help for every command of the tree (English needs nothing: program.ts is English). Call it
 * once the tree is built, so commands added later in program.ts are covered too.
 */
export function localiseProgram(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  walk(program, (cmd) => {
    cmd.configureOutput({ outputError: (text, write) => write(translateCommanderOutput(text)) });
    const base = cmd.configureHelp() as Partial<Help>;
    cmd.configureHelp({
      ...base,
      styleTitle: (title: string) => {
        const key = TITLES[title];
        return key ? translate(commanderMessages, 'nl', key) : (dutch(title) ?? title);
      },
      commandUsage(this: Help, c: Command) {
        return Object.getPrototypeOf(this).commandUsage.call(this, c).replace('[options]', translate(commanderMessages, 'nl', 'usage.options')).replace('[command]', translate(commanderMessages, 'nl', 'usage.command'));
      },
      subcommandTerm(this: Help, c: Command) {
        return Object.getPrototypeOf(this).subcommandTerm.call(this, c).replace(' [options]', ` ${translate(commanderMessages, 'nl', 'usage.options')}`).replace('[command]', translate(commanderMessages, 'nl', 'usage.command'));
      },
      commandDescription: (c: Command) => describe(c.description()),
      subcommandDescription: (c: Command) => describe(c.summary() || c.description()),
      optionDescription(this: Help, o: Option) {
        return extraInfo(withDescription(Object.getPrototypeOf(this).optionDescription.call(this, o) as string, o.description));
      },
      argumentDescription(this: Help, a: Argument) {
        return extraInfo(withDescription(Object.getPrototypeOf(this).argumentDescription.call(this, a) as string, a.description));
      },
    });
    const listeners = events(cmd).listeners('afterHelp') as ((c: HelpContext) => void)[];
    events(cmd).removeAllListeners('afterHelp');
    for (const listener of listeners) cmd.on('afterHelp', (c: HelpContext) => listener({ ...c, write: (s) => c.write(translateAfter(s)) }));
  });
}

/** The English help texts of the tree that have no Dutch text yet (the help test expects none). */
export function untranslatedHelp(program: Command): string[] {
  const missing = new Set<string>();
  const need = (text: string | undefined) => {
    if (text && dutch(text) === undefined) missing.add(text);
  };
  need(HELP_OPTION);
  walk(program, (cmd) => {
    need(cmd.description());
    for (const o of cmd.options) need(o.description);
    for (const a of cmd.registeredArguments) need(a.description);
    for (const text of afterTexts(cmd)) translateAfter(text, (english) => missing.add(english));
  });
  return [...missing];
}
