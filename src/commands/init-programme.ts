/**
 * `cohort init programme`: a new programme file in programmes/, from a shipped programme as a template
 * (id, name, organiser, span and capacity changed; every other line, comments included, kept) or from
 * scratch, phase by phase in the brochures' vocabulary (slot, window, after, sessions, every,
 * dagdelen…). Each answer is checked as it is typed by putting it into the draft file and running
 * validate's own parsing, schema and rules on it (src/validate/draft.ts): the wizard has no rules of
 * its own. `--yes` takes the flags (a template, for scripts); never asks without a terminal; Ctrl-C
 * writes nothing (exit 130, in src/cli/program.ts); never overwrites a file.
 */
import { posix } from 'node:path';
import { parseDocument } from 'yaml';
import { programmeFromTemplate, programmeYaml, type ScalarValue } from '../edit/init-programme.js';
import type { Lang } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import { draftDiagnostics, problemAt } from '../validate/draft.js';
import { SCHEMAS } from '../validate/schemas.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import type { Choice, Prompter } from './io.js';
import { say, type CommandMessageKey } from './messages.js';
import { loadProject } from './project.js';
import { makeFolder, writeOutput } from './write.js';

export interface InitProgrammeOptions {
  /** The id of a programme to start from. */
  from?: string | undefined;
  id?: string | undefined;
  name?: string | undefined;
  organiser?: string | undefined;
  span?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  /** The folder of programmes (default programmes). */
  dir?: string | undefined;
  yes: boolean;
}

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** The choices the schema allows (one owner of the vocabulary): phase modes, weekdays, locations. */
function schemaChoices(): { modes: string[]; weekdays: string[]; locations: string[] } {
  const defs = (SCHEMAS.programme as { definitions: Record<string, Json> }).definitions;
  const branches = (defs.phase!.oneOf as { properties: { mode: { const: string } } }[]) ?? [];
  return {
    modes: branches.map((b) => b.properties.mode.const),
    weekdays: (defs.weekday!.enum as string[]) ?? [],
    locations: (defs.location!.enum as string[]) ?? [],
  };
}

const pointer = (path: Path) => path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A whole number or decimal as typed becomes a number; anything else stays text for the schema to refuse. */
const asNumber = (v: string): ScalarValue => (/^-?\d+(?:\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v.trim());
const asList = (v: string): string[] => v.split(',').map((s) => s.trim()).filter((s) => s !== '');

function setIn(draft: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(draft);
  let node: Json = copy;
  for (const [i, seg] of path.entries()) {
    if (i === path.length - 1) {
      if (value === undefined) delete node[seg];
      else node[seg] = value;
    } else node = (node[seg] ??= typeof path[i + 1] === 'number' ? [] : {}) as Json;
  }
  return copy;
}

export async function runInitProgramme(options: InitProgrammeOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const dir = options.dir ?? 'programmes';
  const folder = await io.stat(dir);
  const loaded = folder?.kind === 'directory' ? await loadProject(io, [dir], lang) : undefined;
  const programmes = new Map([...(loaded?.project.programmes ?? [])].map(([id, p]) => [id, { name: p.programme.name, file: p.file, text: loaded?.sources.get(p.file) ?? '' }]));
  // A template is a programme with phases; one that says it is not plannable (a network) is no start for a course.
  const templates = new Map([...programmes].filter(([id]) => loaded?.project.programmes.get(id)?.programme.notPlannable === undefined));
  const fileOf = (id: string) => posix.join(dir, `${id}.yaml`);

  // One check for every answer: the draft with the answer in it, through validate, problems at that place.
  const problem = (text: string, id: unknown, path: Path): true | string => {
    const file = fileOf(typeof id === 'string' && id !== '' ? id : 'new-programme');
    return problemAt(draftDiagnostics(file, text, lang), pointer(path));
  };
  const idTaken = (v: string) => (programmes.has(v.trim()) ? say(lang, 'initp/programme-taken', { id: v.trim() }) : true);

  if (options.from !== undefined && !templates.has(options.from)) {
    throw new UsageError(say(lang, 'register/bad-flag', { flag: '--from', reason: say(lang, 'initp/unknown-template', { id: options.from, known: [...templates.keys()].sort().join(', ') }) }));
  }
  const flagged: [flag: string, path: string[], value: ScalarValue][] = [];
  for (const [flag, path, raw, num] of [
    ['--id', ['id'], options.id, false],
    ['--name', ['name'], options.name, false],
    ['--organiser', ['organiser'], options.organiser, false],
    ['--span', ['span'], options.span, false],
    ['--min', ['capacity', 'min'], options.min, true],
    ['--max', ['capacity', 'max'], options.max, true],
  ] as const) {
    if (raw !== undefined) flagged.push([flag, [...path], num ? asNumber(raw) : raw.trim()]);
  }
  const needed = ['--yes', '--from', '--id', '--name'];
  const scripted = options.yes && options.from !== undefined && options.id !== undefined && options.name !== undefined;
  if (!scripted && (!io.stdinIsTTY || options.yes)) throw new UsageError(say(lang, 'initp/no-terminal', { flags: needed.join(' ') }));
  const ask = io.prompt;

  let from = options.from;
  if (from === undefined && !scripted) {
    const scratch: Choice = { value: '', name: say(lang, 'initp/scratch') };
    const source = (term: string): Choice[] =>
      [scratch, ...[...templates].map(([id, p]) => ({ value: id, name: `${id} — ${p.name}` }))].filter((c) => c.name.toLowerCase().includes(term.trim().toLowerCase()));
    from = (await ask.search({ message: say(lang, 'initp/q.from'), source })) || undefined;
  }

  let text: string;
  let id: string;
  if (from !== undefined) {
    const template = templates.get(from)!;
    const origin = posix.relative(dir, template.file) === posix.basename(template.file) ? `programmes/${posix.basename(template.file)}` : template.file;
    const changes = new Map<string, readonly [string[], ScalarValue]>(flagged.map(([, path, v]) => [path.join('.'), [path, v]]));
    const draft = (extra?: readonly [string[], ScalarValue]) => programmeFromTemplate(template.text, origin, [...changes.values(), ...(extra ? [extra] : [])]);
    for (const [flag, path, v] of flagged) {
      const verdict = path[0] === 'id' ? idTaken(String(v)) : true;
      const reason = verdict !== true ? verdict : problem(draft(), changes.get('id')?.[1] ?? from, path);
      if (reason !== true) throw new UsageError(say(lang, 'register/bad-flag', { flag, reason }));
    }
    if (!scripted) {
      const templateValue = (path: string[]) => valueIn(template.text, path);
      for (const [key, path, num] of [
        ['initp/q.id', ['id'], false],
        ['initp/q.name', ['name'], false],
        ['initp/q.organiser', ['organiser'], false],
        ['initp/q.span', ['span'], false],
        ['initp/q.max', ['capacity', 'max'], true],
        ['initp/q.min', ['capacity', 'min'], true],
      ] as const) {
        if (changes.has(path.join('.'))) continue;
        const fallback = path[0] === 'id' ? undefined : templateValue([...path]);
        const answer = await ask.input({
          message: say(lang, key),
          ...(fallback !== undefined ? { default: fallback } : {}),
          validate: (v) => {
            // The fewest to run may stay out (the default 1) when the template has none.
            if (path[1] === 'min' && v.trim() === '') return true;
            const value = num ? asNumber(v) : v.trim();
            const taken = path[0] === 'id' ? idTaken(v) : true;
            return taken !== true ? taken : problem(draft([[...path], value]), path[0] === 'id' ? value : (changes.get('id')?.[1] ?? from), path);
          },
        });
        if (path[1] === 'min' && answer.trim() === '') continue;
        changes.set(path.join('.'), [[...path], num ? asNumber(answer) : answer.trim()]);
      }
    }
    text = draft();
    id = String(changes.get('id')?.[1] ?? from);
  } else {
    const built = await fromScratch(ask, lang, problem, idTaken, flagged);
    text = programmeYaml(built);
    id = String(built.id);
  }

  const file = fileOf(id);
  // The whole file once more, as `cohort validate --strict` will see it: the wizard writes nothing validate would refuse.
  const last = draftDiagnostics(file, text, lang)[0];
  if (last) throw new UsageError(say(lang, 'initp/invalid', { where: `${last.file}:${last.line}:${last.column}`, reason: last.message }));
  const taken = idTaken(id);
  if (taken !== true) throw new UsageError(say(lang, 'register/bad-flag', { flag: '--id', reason: taken }));
  if (await io.stat(file)) throw new UsageError(say(lang, 'init/exists', { path: file }));
  if (!folder) await makeFolder(io, dir, lang);
  await writeOutput(io, file, text, lang);
  if (!global.quiet) io.err(`${say(lang, 'init/wrote', { files: file })}\n`);
  return 0;
}

/** The scalar at `path` of a YAML text as it would be typed (for a default), or undefined. */
function valueIn(text: string, path: readonly string[]): string | undefined {
  const v = parseDocument(text).getIn(path);
  return (typeof v === 'string' && v !== '') || typeof v === 'number' ? String(v) : undefined;
}

/** The questions of a programme from scratch: the head, then phase by phase until the user says no more. */
async function fromScratch(
  ask: Prompter,
  lang: Lang,
  problem: (text: string, id: unknown, path: Path) => true | string,
  idTaken: (v: string) => true | string,
  flagged: readonly [string, string[], ScalarValue][],
): Promise<Json> {
  const { modes, weekdays, locations } = schemaChoices();
  let draft: Json = {};
  for (const [, path, v] of flagged) draft = setIn(draft, path, v);
  const check = (path: Path, value: unknown) => problem(programmeYaml(setIn(draft, path, value)), path[0] === 'id' ? value : draft.id, path);

  /** Asks for the value at `path` (unless a flag gave it); an empty answer to an optional question leaves the key out. */
  const input = async (key: CommandMessageKey, path: Path, how: { def?: string; optional?: boolean; kind?: 'number' | 'list' | 'text'; extra?: (v: string) => true | string; params?: { n: number } } = {}) => {
    if (path.length === 1 && draft[path[0] as string] !== undefined) return;
    const convert = (v: string): unknown => (how.optional && v.trim() === '' ? undefined : how.kind === 'number' ? asNumber(v) : how.kind === 'list' ? asList(v) : v.trim());
    const message = how.params ? say(lang, key as 'initp/q.phase.id', how.params) : say(lang, key as 'initp/q.id');
    const answer = await ask.input({
      message,
      ...(how.def !== undefined ? { default: how.def } : {}),
      validate: (v) => {
        const value = convert(v);
        if (value === undefined) return true;
        const extra = how.extra?.(v) ?? true;
        return extra !== true ? extra : check(path, value);
      },
    });
    draft = setIn(draft, path, convert(answer));
  };
  const choose = async (key: CommandMessageKey, path: Path, values: readonly string[], none?: string) => {
    const choices: Choice[] = [...(none !== undefined ? [{ value: '', name: none }] : []), ...values.map((v) => ({ value: v, name: v }))];
    const answer = await ask.search({ message: say(lang, key as 'initp/q.id'), source: (term) => choices.filter((c) => c.name.toLowerCase().includes(term.trim().toLowerCase())) });
    // "none" leaves the whole key out (no `after: {}`).
    draft = answer === '' ? setIn(draft, path.slice(0, -1), undefined) : setIn(draft, path, answer);
    return answer;
  };

  await input('initp/q.id', ['id'], { extra: idTaken });
  await input('initp/q.name', ['name']);
  await input('initp/q.organiser', ['organiser']);
  await input('initp/q.audience', ['audience'], { def: 'wethouder', kind: 'list' });
  await input('initp/q.span', ['span'], { def: '6 months' });
  if (draft.capacity === undefined || (draft.capacity as Json).max === undefined) await input('initp/q.max', ['capacity', 'max'], { def: '12', kind: 'number' });
  if ((draft.capacity as Json | undefined)?.min === undefined) await input('initp/q.min', ['capacity', 'min'], { optional: true, kind: 'number' });

  for (let i = 0; ; i++) {
    const at = (...rest: (string | number)[]) => ['phases', i, ...rest];
    const ids = ((draft.phases as Json[] | undefined) ?? []).map((p) => String(p.id));
    await input('initp/q.phase.id', at('id'), { params: { n: i + 1 }, extra: (v) => (ids.includes(v.trim()) ? say(lang, 'initp/phase-taken', { id: v.trim() }) : true) });
    await input('initp/q.phase.name', at('name'));
    const mode = await choose('initp/q.phase.mode', at('mode'), modes);
    if (i > 0 && (await choose('initp/q.after', at('after', 'phase'), [...ids].reverse(), say(lang, 'initp/none'))) !== '') {
      await input('initp/q.after.min', at('after', 'min'), { optional: true });
      await input('initp/q.after.max', at('after', 'max'), { optional: true });
    }
    if (mode === 'group') {
      await choose('initp/q.weekday', at('slot', 'weekday'), weekdays);
      await input('initp/q.slot.start', at('slot', 'start'), { def: '09:30' });
      await input('initp/q.slot.end', at('slot', 'end'), { def: '17:00' });
      await input('initp/q.slot.days', at('slot', 'days'), { optional: true, kind: 'number' });
      await input('initp/q.sessions', at('sessions'), { def: '1', kind: 'number' });
      if (Number(((draft.phases as Json[])[i] as Json).sessions) > 1) await input('initp/q.every', at('every'), { def: '4w' });
      await input('initp/q.dagdelen', at('dagdelen'), { optional: true, kind: 'number' });
      await choose('initp/q.location', at('location'), locations);
    } else if (mode === 'individual') {
      await input('initp/q.duration', at('duration'), { def: '1h' });
      await input('initp/q.window', at('window'), { def: '4w' });
      await choose('initp/q.location', at('location'), locations);
    } else if (mode === 'self-study') {
      await input('initp/q.effort', at('effort'), { def: '4h' });
      await input('initp/q.window', at('window'), { def: '4w' });
    } else {
      await input('initp/q.sessions', at('sessions'), { def: '4', kind: 'number' });
      await input('initp/q.every', at('every'), { def: '4w..8w' });
      await input('initp/q.duration', at('duration'), { def: '1h' });
    }
    if (!(await ask.confirm({ message: say(lang, 'initp/q.more'), default: false }))) break;
  }
  return draft;
}
