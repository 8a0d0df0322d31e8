/**
 * `cohort init cohort`: a new cohort for an existing programme — start, venue, facilitators chosen
 * from the people files — and its registrations file with the right header. Asks on a terminal (each
 * answer checked as it is typed); `--yes` takes the flags and the defaults, for scripts; never asks
 * without a terminal. Ctrl-C at a question writes nothing (exit 130, in src/cli/program.ts).
 */
import { posix } from 'node:path';
import { isIsoDate } from '../calendar/date.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { cohortYaml, registrationsCsv, registrationsFileName } from '../edit/init.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { Programme } from '../model/types.js';
import { parse } from 'yaml';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import type { Choice } from './io.js';
import { say } from './messages.js';
import { loadProject } from './project.js';
import { municipalityChoices } from './register.js';
import { writeOutput } from './write.js';

export interface InitCohortOptions {
  programme?: string | undefined;
  id?: string | undefined;
  title?: string | undefined;
  start?: string | undefined;
  venue?: string | undefined;
  address?: string | undefined;
  municipality?: string | undefined;
  /** Comma-separated person ids. */
  facilitators?: string | undefined;
  /** The folder the cohort goes into (default cohorts). */
  dir?: string | undefined;
  yes: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function runInitCohort(options: InitCohortOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const dir = options.dir ?? 'cohorts';
  const loaded = await loadProject(io, ['programmes', dir], lang);
  const programmes = new Map<string, Programme>([...loaded.project.programmes].map(([id, p]) => [id, p.programme]));
  // The people files of the folder and who is in each (the cohort lists the files it uses); the first file naming an id holds it.
  const people = new Map<string, string>();
  for (const [path, f] of loaded.files) {
    if (f.kind !== 'people' || !f.clean) continue;
    const list = (parse(f.loaded.text) as { people?: { id?: unknown }[] } | null)?.people ?? [];
    for (const p of list) if (typeof p.id === 'string' && !people.has(p.id)) people.set(p.id, path);
  }
  const fileOf = (id: string) => people.get(id);

  const check = {
    programme: (v: string) => (programmes.has(v) ? true : say(lang, 'init/unknown-programme', { id: v, known: [...programmes.keys()].sort().join(', ') })),
    id: (v: string) => (!ID.test(v) ? say(lang, 'init/bad-id') : loaded.project.cohorts.some((c) => c.cohort.id === v) ? say(lang, 'init/id-taken', { id: v }) : true),
    title: (v: string) => (v.trim() === '' ? say(lang, 'init/empty') : true),
    start: (v: string) => (isIsoDate(v.trim()) ? true : say(lang, 'init/bad-date')),
    municipality: (v: string) => (v.trim() === '' || findMunicipality(v.trim()) ? true : say(lang, 'init/bad-municipality', { value: v })),
    facilitators: (v: string) => {
      const ids = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const unknown = ids.filter((id) => !people.has(id));
      return ids.length === 0 ? say(lang, 'init/empty') : unknown.length > 0 ? say(lang, 'init/unknown-people', { ids: unknown.join(', '), known: [...people.keys()].sort().join(', ') }) : true;
    },
  };
  // The suggested id, with -2, -3… when a cohort has it already.
  const freeId = (base: string) => {
    let id = base;
    for (let n = 2; check.id(id) !== true && n < 100; n++) id = `${base}-${n}`;
    return id;
  };
  for (const key of ['programme', 'id', 'title', 'start', 'municipality', 'facilitators'] as const) {
    const v = options[key];
    const verdict = v === undefined ? true : check[key](v);
    if (verdict !== true) throw new UsageError(say(lang, 'register/bad-flag', { flag: `--${key}`, reason: verdict }));
  }
  const o = { ...options };
  const missing = (['programme', 'start'] as const).filter((k) => o[k] === undefined);
  if (!o.yes || missing.length > 0) {
    if (!io.stdinIsTTY || o.yes) throw new UsageError(say(lang, 'init/no-terminal', { flags: ['--yes', ...(['programme', 'start'] as const).map((k) => `--${k}`)].join(' ') }));
    const prompt = io.prompt;
    const q = (key: 'init/q.programme' | 'init/q.start' | 'init/q.id' | 'init/q.title' | 'init/q.venue' | 'init/q.address' | 'init/q.municipality' | 'init/q.facilitators') => say(lang, key);
    const programmeChoices = (term: string): Choice[] =>
      [...programmes.values()].filter((p) => `${p.id} ${p.name}`.toLowerCase().includes(term.toLowerCase())).map((p) => ({ value: p.id, name: `${p.id} — ${p.name}` }));
    o.programme ??= await prompt.search({ message: q('init/q.programme'), source: programmeChoices });
    const p = programmes.get(o.programme)!;
    o.start ??= await prompt.input({ message: q('init/q.start'), validate: check.start });
    o.id ??= await prompt.input({ message: q('init/q.id'), default: freeId(`${p.id}-${o.start.slice(0, 4)}`), validate: check.id });
    o.title ??= await prompt.input({ message: q('init/q.title'), default: `${p.name} ${o.start.slice(0, 4)}`, validate: check.title });
    o.venue ??= await prompt.input({ message: q('init/q.venue'), default: '' });
    if (o.venue.trim() !== '') {
      o.address ??= await prompt.input({ message: q('init/q.address'), default: '' });
      o.municipality ??= await prompt.search({ message: q('init/q.municipality'), source: municipalityChoices });
    }
    o.facilitators ??= await prompt.input({ message: q('init/q.facilitators'), default: [...people.keys()][0] ?? '', validate: check.facilitators });
  }
  const programme = programmes.get(o.programme!)!;
  const start = o.start!.trim();
  const id = o.id ?? `${programme.id}-${start.slice(0, 4)}`;
  const idOk = check.id(id);
  if (idOk !== true) throw new UsageError(say(lang, 'register/bad-flag', { flag: '--id', reason: idOk }));
  const facilitators = (o.facilitators ?? [...people.keys()][0] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const files = [...new Set(facilitators.map(fileOf).filter((f): f is string => f !== undefined))].map((f) => posix.relative(dir, f));
  const municipality = o.municipality?.trim() ? findMunicipality(o.municipality.trim())!.code : undefined;
  const venueName = o.venue?.trim();
  const yaml = cohortYaml({
    id,
    programme: programme.id,
    title: (o.title ?? `${programme.name} ${start.slice(0, 4)}`).trim(),
    start,
    ...(venueName ? { venue: { name: venueName, ...(o.address?.trim() ? { address: o.address.trim() } : {}), ...(municipality ? { municipality } : {}) } } : {}),
    facilitators,
    people: files,
  });
  const cohortFile = posix.join(dir, `${id}.yaml`);
  const csvFile = posix.join(dir, registrationsFileName(id));
  for (const f of [cohortFile, csvFile]) if (await io.stat(f)) throw new UsageError(say(lang, 'init/exists', { path: f }));
  await writeOutput(io, csvFile, registrationsCsv(), lang);
  await writeOutput(io, cohortFile, yaml, lang);
  if (!global.quiet) io.err(`${say(lang, 'init/wrote', { files: `${cohortFile}, ${csvFile}` })}\n`);
  return 0;
}
