/** argv → commands. Commands are imported lazily so `cohort validate` never loads the planner. */
import { Argument, Command, CommanderError, Option } from 'commander';
import { isIsoDate } from '../calendar/date.js';
import type { CommandContext, GlobalOptions } from '../commands/context.js';
import { UsageError } from '../commands/errors.js';
import type { IO } from '../commands/io.js';
import { say } from '../commands/messages.js';
import type { CancelOptions } from '../commands/cancel.js';
import type { CapacityOptions } from '../commands/capacity.js';
import type { ExplainOptions } from '../commands/explain.js';
import type { MatchOptions } from '../commands/match.js';
import type { GroupsOptions } from '../commands/groups.js';
import type { RosterOptions } from '../commands/roster.js';
import type { OfferOptions } from '../commands/offer.js';
import type { DecideOptions } from '../commands/decide.js';
import type { PlanOptions } from '../commands/plan.js';
import type { RegisterOptions } from '../commands/register.js';
import type { ReportOptions } from '../commands/report.js';
import type { InitCohortOptions } from '../commands/init.js';
import type { InitProgrammeOptions } from '../commands/init-programme.js';
import type { ValidateOptions } from '../commands/validate.js';
import type { ExitCode } from '../model/diagnostic.js';
import { langFromEnv, translate, type Lang } from '../i18n/index.js';
import { argvLang, localiseProgram } from './help.js';
import { commanderMessages } from './help-messages.js';

declare const COHORT_VERSION: string;
export const VERSION = typeof COHORT_VERSION === 'string' ? COHORT_VERSION : '0.0.0-dev';

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    problems found (invalid files, or a plan that cannot meet a hard rule)
  2    usage or I/O error (unknown flag, missing file, unwritable output)
  3    internal error (please report it; --debug shows the stack trace)
  130  a prompt was cancelled with Ctrl-C (cohort register, cohort init); nothing is written`;

interface RawGlobals {
  lang?: string;
  color?: boolean;
  today?: string;
  quiet?: boolean;
  debug?: boolean;
}

function resolveGlobals(raw: RawGlobals, io: IO): GlobalOptions {
  const lang: Lang = raw.lang === 'nl' || raw.lang === 'en' ? raw.lang : langFromEnv(io.env);
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const forceColor = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const color = raw.color !== false && !noColorEnv && (forceColor || io.stdoutIsTTY);
  if (raw.today !== undefined && !isIsoDate(raw.today)) throw new UsageError(say(lang, 'today/invalid', { value: raw.today }));
  return { lang, color, today: raw.today ?? io.today(), quiet: Boolean(raw.quiet), debug: Boolean(raw.debug), version: VERSION };
}

/** The use cases the commands run; tests of the argv level pass their own to see the parsed options. */
export interface Runners {
  validate(options: ValidateOptions, context: CommandContext): Promise<ExitCode>;
  plan(options: PlanOptions, context: CommandContext): Promise<ExitCode>;
  schema(options: { kind: string }, context: CommandContext): Promise<ExitCode>;
  capacity(options: CapacityOptions, context: CommandContext): Promise<ExitCode>;
  cancel(options: CancelOptions, context: CommandContext): Promise<ExitCode>;
  offer(options: OfferOptions, context: CommandContext): Promise<ExitCode>;
  decide(options: DecideOptions, context: CommandContext): Promise<ExitCode>;
  explain(options: ExplainOptions, context: CommandContext): Promise<ExitCode>;
  register(options: RegisterOptions, context: CommandContext): Promise<ExitCode>;
  report(options: ReportOptions, context: CommandContext): Promise<ExitCode>;
  initCohort(options: InitCohortOptions, context: CommandContext): Promise<ExitCode>;
  initProgramme(options: InitProgrammeOptions, context: CommandContext): Promise<ExitCode>;
  match(options: MatchOptions, context: CommandContext): Promise<ExitCode>;
  groups(options: GroupsOptions, context: CommandContext): Promise<ExitCode>;
  roster(options: RosterOptions, context: CommandContext): Promise<ExitCode>;
}

/**
 * Each runner says which command's chunk it loads (`init-cohort`), as a `cohort:chunk` event on the
 * process: bin/cohort keys its compile cache by what a run compiled, not by what was typed.
 */
function announced(runners: Runners): Runners {
  const entries = Object.entries(runners).map(([name, run]: [string, (o: never, c: CommandContext) => Promise<ExitCode>]) => {
    const chunk = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return [name, (o: never, c: CommandContext) => ((process as NodeJS.EventEmitter).emit('cohort:chunk', chunk), run(o, c))];
  });
  return Object.fromEntries(entries) as unknown as Runners;
}

// Imported on first use, so `cohort validate` never loads the planner.
const lazyRunners: Runners = announced({
  validate: async (o, c) => (await import('../commands/validate.js')).runValidate(o, c),
  plan: async (o, c) => (await import('../commands/plan.js')).runPlan(o, c),
  schema: async (o, c) => (await import('../commands/schema.js')).runSchema(o, c),
  capacity: async (o, c) => (await import('../commands/capacity.js')).runCapacity(o, c),
  cancel: async (o, c) => (await import('../commands/cancel.js')).runCancel(o, c),
  offer: async (o, c) => (await import('../commands/offer.js')).runOffer(o, c),
  decide: async (o, c) => (await import('../commands/decide.js')).runDecide(o, c),
  explain: async (o, c) => (await import('../commands/explain.js')).runExplain(o, c),
  register: async (o, c) => (await import('../commands/register.js')).runRegister(o, c),
  report: async (o, c) => (await import('../commands/report.js')).runReport(o, c),
  initCohort: async (o, c) => (await import('../commands/init.js')).runInitCohort(o, c),
  initProgramme: async (o, c) => (await import('../commands/init-programme.js')).runInitProgramme(o, c),
  match: async (o, c) => (await import('../commands/match.js')).runMatch(o, c),
  groups: async (o, c) => (await import('../commands/groups.js')).runGroups(o, c),
  roster: async (o, c) => (await import('../commands/roster.js')).runRoster(o, c),
});

export function buildProgram(io: IO, setExit: (code: ExitCode) => void, run: Runners = lazyRunners): Command {
  const program = new Command('cohort');
  const context = (cmd: Command): CommandContext => ({ io, global: resolveGlobals(cmd.optsWithGlobals<RawGlobals>(), io) });

  program
    .description('Plan development programmes for Dutch mayors and aldermen: check programme files, plan session calendars, export CSV and ICS.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'language of messages and labels').choices(['en', 'nl']))
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--today <date>', 'the date treated as today (YYYY-MM-DD), for reproducible output')
    .option('-q, --quiet', 'print only what is asked for')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError()
    // Each command's help lists the global options it honours (--today, --lang, …) too.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('validate')
    .description('check programme, cohort, registration and people files against the JSON Schemas and the semantic rules')
    .argument('[paths...]', 'files or folders (default: programmes/ and cohorts/)')
    .addOption(new Option('-f, --format <format>', 'output format (default: text; github in GitHub Actions)').choices(['text', 'json', 'github', 'sarif', 'junit']))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--strict', 'treat warnings as errors (exit 1)')
    .addHelpText(
      'after',
      `
Examples:
  $ cohort validate                          # programmes/ and cohorts/
  $ cohort validate cohorts/droom-2027.yaml  # one cohort with its programme, people and registrations
  $ cohort validate --format sarif -o cohort.sarif
  $ cohort validate --format json | jq .errors
${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      setExit(await run.validate({ paths, format: opts.format, out: opts.out, strict: Boolean(opts.strict) }, context(cmd)));
    });

  program
    .command('plan')
    .description('plan the session calendar of one or more cohorts together (shared facilitators and venues are never double-booked)')
    .argument('<cohorts...>', 'cohort files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'ics', 'json']))
    .option('-o, --out <path>', 'write to a file (with --per: a folder) instead of stdout')
    .addOption(new Option('--per <who>', 'one ICS file per person, written to --out DIR').choices(['participant', 'facilitator']))
    .option('--pin', 'write the planned dates back into the cohort files as fixed, after showing what changed')
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default ; with --lang nl, else ,)').choices([',', ';']))
    .option('--names', "CSV: a participant column with the name of each one-to-one appointment's participant (left out by default)")
    .addHelpText(
      'after',
      `
Examples:
  $ cohort plan cohorts/droom-2027.yaml
  $ cohort plan cohorts/*.yaml --format ics --out planning.ics --today 2026-11-23
  $ cohort plan cohorts/loopbaanplus-2027.yaml --per participant --out agenda/
  $ cohort plan cohorts/loopbaanplus-2027.yaml --format csv --names --out planning-intern.csv
  $ cohort plan cohorts/droom-2027.yaml --format csv --lang nl > droom.csv
  $ cohort plan cohorts/droom-2027.yaml --pin
${EXIT_CODES_HELP}`,
    )
    .action(async (cohorts: string[], opts, cmd: Command) => {
      setExit(await run.plan({ cohorts, format: opts.format, out: opts.out, per: opts.per, pin: Boolean(opts.pin), delimiter: opts.delimiter, names: Boolean(opts.names) }, context(cmd)));
    });

  program
    .command('schema')
    .description('print a JSON Schema (programme, cohort, registrations or people)')
    .argument('[kind]', 'programme | cohort | registrations | people', 'programme')
    .addHelpText('after', `\nExamples:\n  $ cohort schema cohort > cohort.schema.json\n  $ cohort schema people\n${EXIT_CODES_HELP}`)
    .action(async (kind: string, _opts, cmd: Command) => {
      setExit(await run.schema({ kind }, context(cmd)));
    });

  program
    .command('capacity')
    .description('seats, who is placed, open offers, free seats, the binding capacity and the reserve list with positions and reasons, per cohort and per programme')
    .argument('[cohorts...]', 'cohort files or folders (default: cohorts/)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table; markdown for a pull request comment)').choices(['table', 'csv', 'json', 'markdown']))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default ; with --lang nl, else ,)').choices([',', ';']))
    .addHelpText(
      'after',
      `
Examples:
  $ cohort capacity
  $ cohort capacity cohorts/loopbaanplus-2027.yaml --today 2026-11-23
  $ cohort capacity cohorts --format markdown > capacity.md
  $ cohort capacity cohorts --format csv --lang nl --out capaciteit.csv
${EXIT_CODES_HELP}`,
    )
    .action(async (cohorts: string[], opts, cmd: Command) => {
      setExit(await run.capacity({ cohorts, format: opts.format, out: opts.out, delimiter: opts.delimiter }, context(cmd)));
    });

  program
    .command('report')
    .description('one self-contained HTML report: timeline of the plan, capacity and reserve list, map of participants, charts per province, party and membership')
    .argument('[cohorts...]', 'cohort files or folders (default: cohorts/)')
    .option('-o, --out <file>', 'write the HTML to a file instead of stdout')
    .option('--redact', 'leave out names and e-mail addresses (ids stand in), for a report that is shared')
    .addHelpText(
      'after',
      `
Examples:
  $ cohort report cohorts --out report.html
  $ cohort report cohorts/wv-basisopleiding-2027.yaml --lang nl --out rapportage.html
  $ cohort report cohorts --redact --today 2026-11-23 --out report-shared.html
${EXIT_CODES_HELP}`,
    )
    .action(async (cohorts: string[], opts, cmd: Command) => {
      setExit(await run.report({ cohorts, out: opts.out, redact: Boolean(opts.redact) }, context(cmd)));
    });

  const init = program.command('init').description('write a new programme, or a new cohort (and its registrations file), from your answers');
  init
    .command('cohort')
    .description('a new cohort of an existing programme: start, venue, facilitators from the people files, and its registrations file')
    .option('--programme <id>', 'the programme (an id from programmes/)')
    .option('--start <date>', 'the earliest date (YYYY-MM-DD)')
    .option('--id <id>', 'the cohort id (default: <programme>-<year>)')
    .option('--title <text>', 'the title (default: the programme name and the year)')
    .option('--venue <name>', 'the venue')
    .option('--address <text>', "the venue's address")
    .option('--municipality <name>', "the venue's municipality (CBS code or name)")
    .option('--facilitators <ids>', 'person ids from the people files, comma-separated (default: the first person)')
    .option('--dir <folder>', 'the folder of cohorts and people files', 'cohorts')
    .option('-y, --yes', 'ask nothing: the flags and the defaults (for scripts)')
    .addHelpText(
      'after',
      `
Examples:
  $ cohort init cohort
  $ cohort init cohort --yes --programme droom-van-elke-burgemeester --start 2027-09-01 --facilitators marleen-vos
${EXIT_CODES_HELP}`,
    )
    .action(async (opts, cmd: Command) => {
      const o = opts as Record<string, string | undefined> & { yes?: boolean };
      setExit(
        await run.initCohort(
          { programme: o.programme, start: o.start, id: o.id, title: o.title, venue: o.venue, address: o.address, municipality: o.municipality, facilitators: o.facilitators, dir: o.dir, yes: Boolean(o.yes) },
          context(cmd),
        ),
      );
    });

  init
    .command('programme')
    .description('a new programme in programmes/: from a shipped programme as a template, or from scratch phase by phase (slot, window, after, sessions, every, dagdelen)')
    .option('--from <id>', 'the programme to start from (an id from programmes/)')
    .option('--id <id>', 'the new programme id (also its file name)')
    .option('--name <text>', 'the name')
    .option('--organiser <text>', 'the organiser (default: the template\'s)')
    .option('--span <duration>', "the span, e.g. '9 months' or '3 months..4 months' (default: the template's)")
    .option('--min <n>', "the fewest participants for the group to run (default: the template's)")
    .option('--max <n>', "the most seats (default: the template's)")
    .option('--dir <folder>', 'the folder of programmes', 'programmes')
    .option('-y, --yes', 'ask nothing: --from, --id, --name and the other flags (for scripts)')
    .addHelpText(
      'after',
      `
Examples:
  $ cohort init programme
  $ cohort init programme --yes --from wv-basisopleiding --id wv-basisopleiding-noord --name "Basisopleiding Noord" --max 16
${EXIT_CODES_HELP}`,
    )
    .action(async (opts, cmd: Command) => {
      const o = opts as Record<string, string | undefined> & { yes?: boolean };
      setExit(
        await run.initProgramme(
          { from: o.from, id: o.id, name: o.name, organiser: o.organiser, span: o.span, min: o.min, max: o.max, dir: o.dir, yes: Boolean(o.yes) },
          context(cmd),
        ),
      );
    });

  const changeFormat = () => new Option('-f, --format <format>', 'output format (default: table)').choices(['table', 'json']);

  program
    .command('cancel')
    .description('record a cancellation and offer the freed seat(s) to the next on the reserve list; the change is appended to the cohort history')
    .argument('<cohort>', 'cohort file (or its id, for cohorts/<id>.yaml)')
    .argument('<id>', 'registration id')
    .addOption(changeFormat())
    .option('-n, --dry-run', 'show what would change, write nothing')
    .addHelpText(
      'after',
      `
Offers run 5 working days (weekends and Dutch public holidays do not count) unless the programme
says otherwise (offers: { days, until }); --today decides the date of the offer.

Examples:
  $ cohort cancel cohorts/loopbaanplus-2027.yaml r05
  $ cohort cancel loopbaanplus-2027 r05 --dry-run --today 2026-11-23
  $ cohort cancel cohorts/intervisie-2027.yaml i04 --format json
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, id: string, opts, cmd: Command) => {
      setExit(await run.cancel({ cohort, id, dryRun: Boolean(opts.dryRun), format: opts.format }, context(cmd)));
    });

  program
    .command('offer')
    .description('record the answer to an offer of a seat (accept, decline), or record expired offers and offer the free seats (update)')
    .addArgument(new Argument('<answer>', 'accept | decline | update').choices(['accept', 'decline', 'update']))
    .argument('<cohort>', 'cohort file (or its id)')
    .argument('[id]', 'registration id (accept and decline)')
    .addOption(changeFormat())
    .option('-n, --dry-run', 'show what would change, write nothing')
    .addHelpText(
      'after',
      `
An offer expires after its last day (offer-expires): the next run of any command that changes the
cohort, or cohort offer update, records it and offers the seat to the next in line.

Examples:
  $ cohort offer accept cohorts/loopbaanplus-2027.yaml r12
  $ cohort offer decline loopbaanplus-2027 r12 --today 2026-11-25
  $ cohort offer update loopbaanplus-2027 --today 2026-12-01
${EXIT_CODES_HELP}`,
    )
    .action(async (answer: OfferOptions['answer'], cohort: string, id: string | undefined, opts, cmd: Command) => {
      setExit(await run.offer({ answer, cohort, id, dryRun: Boolean(opts.dryRun), format: opts.format }, context(cmd)));
    });

  program
    .command('decide')
    .description('record the go/no-go after the intake or introductory talk; a no-go leaves and its seat is offered to the reserve list; the change is appended to the cohort history')
    .argument('<cohort>', 'cohort file (or its id)')
    .argument('<id>', 'registration id')
    .addArgument(new Argument('<decision>', 'go | no-go').choices(['go', 'no-go']))
    .addOption(changeFormat())
    .option('-n, --dry-run', 'show what would change, write nothing')
    .addHelpText(
      'after',
      `
The decision is dated --today (decided); a no-go sets status withdrawn. The programme names the
phase the decision follows (go-no-go: intake); plan keeps every pinned group session and drops
only the no-go participant's appointments after the decision.

Examples:
  $ cohort decide cohorts/loopbaanplus-2027.yaml r03 go --today 2027-01-25
  $ cohort decide loopbaanplus-2027 r08 no-go --dry-run --today 2027-01-25
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, id: string, decision: DecideOptions['decision'], opts, cmd: Command) => {
      setExit(await run.decide({ cohort, id, decision, dryRun: Boolean(opts.dryRun), format: opts.format }, context(cmd)));
    });

  program
    .command('explain')
    .description('say why a registration is where it is: its place, the unit it belongs to, the binding capacity, its offer and its history')
    .argument('<cohort>', 'cohort file (or its id)')
    .argument('<id>', 'registration id')
    .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(['text', 'json']))
    .addHelpText('after', `\nExamples:\n  $ cohort explain cohorts/loopbaanplus-2027.yaml r11\n  $ cohort explain intervisie-2027 i12 --format json\n${EXIT_CODES_HELP}`)
    .action(async (cohort: string, id: string, opts, cmd: Command) => {
      setExit(await run.explain({ cohort, id, format: opts.format }, context(cmd)));
    });

  program
    .command('match')
    .description('match the coachees of a coaching cohort with coaches from its pool: the least total cost (travel, former office, availability, optional party), each pair with its reasons and the next-best coaches')
    .argument('<cohort>', 'cohort file (or its id)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table)').choices(['table', 'csv', 'json']))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--exclude <coachee:coach>', 'never match this pair (the click was missing): re-matches that coachee only; repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--all', 're-optimise every pair (pinned ones too) and say how many change and the cost gained')
    .option('--pin', 'write the pairs (matches) and the exclusions (excluded, with --today) into the cohort file, after showing what changes')
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default ; with --lang nl, else ,)').choices([',', ';']))
    .addHelpText(
      'after',
      `
A later match keeps every pinned pair; cohort plan plans with the pinned pairs. A coach's capacity
counts the pinned pairs of the other coaching cohorts in the folder whose track overlaps.

Examples:
  $ cohort match cohorts/bestuurderspool-2027.yaml
  $ cohort match bestuurderspool-2027 --pin --today 2026-12-14
  $ cohort match bestuurderspool-2027 --exclude b09:marian-krol --pin --today 2027-03-02
  $ cohort match bestuurderspool-2027 --all
  $ cohort match bestuurderspool-2027 --format csv --lang nl --out koppelingen.csv
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, opts, cmd: Command) => {
      setExit(await run.match({ cohort, format: opts.format, out: opts.out, exclude: opts.exclude ?? [], all: Boolean(opts.all), pin: Boolean(opts.pin), delimiter: opts.delimiter }, context(cmd)));
    });

  program
    .command('register')
    .description('add a registration and say its outcome (a seat, or a place on the reserve list); asks for what the flags leave out on a terminal')
    .argument('<cohort>', 'cohort file (or its id)')
    .option('--id <id>', 'registration id (default: the next in the cohort, e.g. r12)')
    .option('--name <name>', 'full name')
    .option('--role <office>', "office, e.g. wethouder (default: the programme's audience)")
    .option('--municipality <name>', 'municipality: CBS code or name (Den Haag, GM0344)')
    .option('--email <address>', 'e-mail address')
    .option('--registered <when>', 'when the registration came in: a date or an ISO date-time with offset (default: --today)')
    .option('--member', 'a member of the association')
    .option('--no-member', 'not a member')
    .option('--party <party>', 'political party')
    .option('--partner <name>', "the partner's name")
    .option('--partner-joins', 'the partner takes part')
    .option('--unavailable <dates>', 'dates not available: 2027-03-01..2027-03-05,2027-04-02')
    .option('--priority <n>', 'placement priority (1 goes before 2)')
    .addOption(changeFormat())
    .option('-n, --dry-run', 'show the outcome, write nothing')
    .addHelpText(
      'after',
      `
Without a terminal (a script, a pipe) nothing is asked: --name, --municipality and --email are
needed, the rest has defaults. Ctrl-C at a question writes nothing (exit 130).

Examples:
  $ cohort register cohorts/loopbaanplus-2027.yaml
  $ cohort register loopbaanplus-2027 --name "Noor Kaya" --municipality Arnhem --email n.kaya@example.nl --member
  $ cohort register cohorts/intervisie-2027.yaml --name "Tom de Wit" --municipality GM0363 --email t.dewit@example.nl --no-member --dry-run
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, opts, cmd: Command) => {
      // Commander sets member to true by default once --no-member is defined: only a flag given counts.
      const member = cmd.getOptionValueSource('member') === 'cli' ? Boolean(opts.member) : undefined;
      setExit(
        await run.register(
          {
            cohort,
            id: opts.id,
            name: opts.name,
            role: opts.role,
            municipality: opts.municipality,
            email: opts.email,
            registered: opts.registered,
            member,
            party: opts.party,
            partner: opts.partner,
            partnerJoins: opts.partnerJoins === true ? true : undefined,
            unavailable: opts.unavailable,
            priority: opts.priority,
            dryRun: Boolean(opts.dryRun),
            format: opts.format,
          },
          context(cmd),
        ),
      );
    });

  program
    .command('groups')
    .description('form intervisie groups from open registration: balanced sizes within capacity, never two members of one municipality, the least travel, a facilitator each, and the reserve list with reasons')
    .argument('<cohort>', 'cohort file (or its id)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table)').choices(['table', 'csv', 'json']))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(new Option('--policy <policy>', 'who is placed when not everyone fits: order (registration order, the default) or best (the groups with the least travel)').choices(['order', 'best']))
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default ; with --lang nl, else ,)').choices([',', ';']))
    .option('--pin', 'write the groups into the cohort file (groups:), so a later run keeps every member where they are')
    .option('-n, --dry-run', 'with --pin: print what would change against the pinned groups, write nothing')
    .option('--replan <groups>', 're-optimise pinned groups: their ids (g2 or g1,g2) or all')
    .addHelpText(
      'after',
      `
Once pinned, a later run keeps every pinned member in their group: a cancellation leaves a seat
the reserve list fills, a late registration takes a free seat that keeps the rules or waits.
The changes against the pinned groups are printed (stderr) before the file is written.

Examples:
  $ cohort groups cohorts/intervisie-2027.yaml
  $ cohort groups intervisie-2027 --policy best --format json
  $ cohort groups intervisie-2027 --format csv --lang nl --out groepen.csv
  $ cohort groups intervisie-2027 --pin --dry-run
  $ cohort groups intervisie-2027 --pin --replan g2
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, opts, cmd: Command) => {
      const replan = opts.replan === undefined ? undefined : opts.replan === 'all' ? 'all' : String(opts.replan).split(',').map((s: string) => s.trim()).filter((s: string) => s !== '');
      setExit(
        await run.groups(
          { cohort, format: opts.format, out: opts.out, policy: opts.policy, delimiter: opts.delimiter, pin: Boolean(opts.pin), dryRun: Boolean(opts.dryRun), replan },
          context(cmd),
        ),
      );
    });

  program
    .command('roster')
    .description('who hosts each intervisie meeting: per group the meetings with date, time, host member, the host\'s town hall and the facilitator (the groups, dates and hosts cohort plan gives)')
    .argument('<cohort>', 'cohort file (or its id)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table)').choices(['table', 'csv', 'json', 'ics']))
    .option('-o, --out <file>', 'write to a file instead of stdout (with --format ics: a folder, one calendar per group)')
    .option('--alternatives <n>', 'for every meeting not yet fixed, n candidate dates that keep every hard rule, ranked by how many members can come')
    .option('--pin', 'record the meetings\' dates and hosts as fixed entries in the cohort file, so a later plan and roster keep them')
    .option('-n, --dry-run', 'with --pin: print what would change against the fixed meetings, write nothing')
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default ; with --lang nl, else ,)').choices([',', ';']))
    .addHelpText(
      'after',
      `
Every member hosts one meeting in their own municipality; a group smaller than the number of
meetings meets at the cohort's venue for the rest.

Examples:
  $ cohort roster cohorts/intervisie-2027.yaml
  $ cohort roster intervisie-2027 --format csv --lang nl --out rooster.csv
  $ cohort roster intervisie-2027 --format ics --out rooster/
  $ cohort roster intervisie-2027 --alternatives 3
  $ cohort roster intervisie-2027 --pin --dry-run
${EXIT_CODES_HELP}`,
    )
    .action(async (cohort: string, opts, cmd: Command) => {
      setExit(await run.roster({ cohort, format: opts.format, out: opts.out, delimiter: opts.delimiter, alternatives: opts.alternatives, pin: Boolean(opts.pin), dryRun: Boolean(opts.dryRun) }, context(cmd)));
    });

  return program;
}

/** Runs argv (without node and script) and returns the exit code; never throws for usage errors. */
export async function runCli(argv: readonly string[], io: IO, run: Runners = lazyRunners): Promise<ExitCode> {
  let code: ExitCode = 0;
  const program = buildProgram(io, (c) => (code = c), run);
  // Help and commander's own error lines in the language of --lang or the locale (src/cli/help.ts).
  localiseProgram(program, argvLang(argv, io.env));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`cohort: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** runCli with the one top-level catch: a cancelled prompt is 130, anything unexpected one "please report" line and 3. */
export async function runMain(argv: readonly string[], io: IO, run: Runners = lazyRunners): Promise<ExitCode | 130> {
  const debug = argv.includes('--debug');
  try {
    return await runCli(argv, io, run);
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') return 130;
    io.err(`${translate(commanderMessages, argvLang(argv, io.env), 'internal-error', { reason: e instanceof Error ? e.message : String(e), debug: debug ? '' : 'yes' })}\n`);
    if (debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 3;
  }
}
