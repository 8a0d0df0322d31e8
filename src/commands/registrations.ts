/**
 * The shell of the commands that read and change a cohort's registrations (capacity, cancel, offer,
 * explain, register): read the cohort with its files, hand the pure use cases what they need, and
 * write an edit back only when the result is valid and nobody changed the file meanwhile, with the
 * change appended to the cohort's history.
 */
import { posix } from 'node:path';
import { addDays } from '../calendar/date.js';
import { formatHistory, parseHistory, type HistoryEntry } from '../capacity/history.js';
import type { Outcome } from '../capacity/lifecycle.js';
import { editRegistrations, EditError, type Fields, type RegistrationsEdit } from '../edit/registrations.js';
import { renderText } from '../export/diagnostics/index.js';
import type { Lang } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CohortModel, ParsedFile } from '../model/project.js';
import type { Cohort, IsoDate, Programme } from '../model/types.js';
import { parseFile, refusedForSize } from '../validate/parse.js';
import { cohortProgrammeId, referencedFiles, resolveRef } from '../validate/project.js';
import { checkProject } from '../validate/rules.js';
import { suggest } from '../validate/suggest.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';
import { say } from './messages.js';
import { loadProject, type LoadedProject } from './project.js';
import { writeOutputs } from './write.js';

export interface CohortFiles {
  loaded: LoadedProject;
  model: CohortModel & { programme: Programme };
  /** The cohort and, when its programme has a total, the other cohorts of that programme in its folder. */
  plan: { cohort: Cohort; programme: Programme }[];
  /** Where the registrations are written: a CSV or YAML file, or the cohort itself (inline). */
  source: { path: string; format: 'csv' | 'yaml'; text: string; bytes: Uint8Array };
  historyPath: string;
}

const encoder = new TextEncoder();

/** A cohort file, or a cohort id found as cohorts/<id>.yaml. */
async function cohortPath(io: IO, arg: string, lang: Lang): Promise<string> {
  const st = await io.stat(arg).catch(() => undefined);
  if (st?.kind === 'file') return arg;
  const byId = `cohorts/${arg}.yaml`;
  if (/^[a-z0-9][a-z0-9-]*$/.test(arg) && (await io.stat(byId).catch(() => undefined))?.kind === 'file') return byId;
  throw new UsageError(say(lang, st?.kind === 'directory' ? 'path/folder-not-cohort' : st ? 'path/not-a-file' : 'path/missing', { path: arg }));
}

function reportErrors(loaded: LoadedProject, { io, global }: CommandContext): ExitCode {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang: global.lang, color: global.color, toolVersion: global.version }));
  io.err(`cohort: ${say(global.lang, 'capacity/invalid')}\n`);
  return 1;
}

/** Loads the cohort named on the command line (and its siblings when a programme total spans them), or the exit code of the errors. */
export async function readCohort(context: CommandContext, arg: string): Promise<CohortFiles | ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const path = await cohortPath(io, arg, lang);
  const loaded = await loadProject(io, [path], lang);
  if (loaded.diagnostics.some((d) => d.severity === 'error')) return reportErrors(loaded, context);
  const model = loaded.project.cohorts.find((c) => c.file === loaded.requested[0]);
  if (!model?.programme) throw new UsageError(say(lang, 'plan/not-a-cohort', { file: path, kind: loaded.files.get(loaded.requested[0] ?? path)?.kind ?? '?' }));
  const programme = model.programme;
  const plan = [{ cohort: model.cohort, programme }];
  if (programme.capacity.total !== undefined) {
    // Only the siblings of this programme, read together, so the programme and people they share
    // are read once (one load a sibling read them again for each of 200 cohorts, whatever their programme).
    const siblings = await ofProgramme(io, await siblingCohorts(io, model.file), programme.id, lang);
    const others = siblings.length > 0 ? await loadProject(io, siblings, lang) : undefined;
    for (const c of others?.project.cohorts ?? []) {
      if (c.cohort.programme !== programme.id || c.cohort.id === model.cohort.id) continue;
      // The total spans this cohort too: its errors would make every count wrong.
      const own = new Set([c.file, ...referencedFiles(others!.files.get(c.file)!)]);
      const mine = { ...others!, diagnostics: others!.diagnostics.filter((d) => own.has(d.file)) };
      if (mine.diagnostics.some((d) => d.severity === 'error')) return reportErrors(mine, context);
      plan.push({ cohort: c.cohort, programme });
    }
  }
  const raw = (loaded.files.get(model.file)!.loaded.data as { registrations?: unknown }).registrations;
  const regPath = typeof raw === 'string' ? resolveRef(model.file, raw) : model.file;
  const file = loaded.files.get(regPath)!.loaded;
  const text = `${file.bom ? '\uFEFF' : ''}${file.text}`;
  return {
    loaded,
    model: { ...model, programme },
    plan,
    source: { path: regPath, format: file.format, text, bytes: encoder.encode(text) },
    historyPath: posix.join(posix.dirname(regPath), `${model.cohort.id}.history.jsonl`),
  };
}

/** The cohort files among `paths` that name programme `id`: each file is parsed on its own, none of the files it refers to is read. */
async function ofProgramme(io: IO, paths: readonly string[], id: string, lang: Lang): Promise<string[]> {
  const out: string[] = [];
  const decoder = new TextDecoder();
  for (const path of paths) {
    const st = await io.stat(path).catch(() => undefined);
    if (st?.kind !== 'file' || refusedForSize(path, st.size, lang)) continue;
    const bytes = await io.readFile(path).catch(() => undefined);
    if (bytes && mayName(decoder.decode(bytes), id) && cohortProgrammeId(parseFile(path, bytes, bytes.length, lang).file) === id) out.push(path);
  }
  return out;
}

/**
 * Whether a YAML text can hold the value `id` at all: only as written, or through an escape of a
 * double-quoted scalar (a folded line break adds a space, which an id has none of). Most sibling
 * cohorts are of other programmes, and a YAML parse a file is most of a cancellation's time.
 */
function mayName(text: string, id: string): boolean {
  return text.includes(id) || text.includes('\\');
}

/** The other cohort files in the cohort's folder. */
export async function siblingCohorts(io: IO, file: string): Promise<string[]> {
  const dir = posix.dirname(file);
  const names = await io.readDir(dir).catch(() => []);
  return names.filter((n) => /\.ya?ml$/i.test(n) && !/\.(people|registrations)\.ya?ml$/i.test(n)).map((n) => posix.join(dir, n)).filter((p) => p !== file);
}

/**
 * Dutch public holidays from today to two months on: the days that do not count to answer an offer.
 * Loaded only when an offer is made: the holiday library is the slowest module to start.
 */
export async function holidaysAround(today: IsoDate): Promise<Set<IsoDate>> {
  const { dutchHolidays } = await import('../calendar/holidays.js');
  const from = Number(today.slice(0, 4));
  const to = Number(addDays(today, 60).slice(0, 4));
  return new Set(dutchHolidays(from, to, ['public-holidays']).keys());
}

/** An id that is not in the cohort, with the nearest id as a suggestion: a usage error. */
export function unknownRegistration(files: CohortFiles, id: string, lang: Lang): UsageError {
  const near = suggest(id, files.model.cohort.registrations.map((r) => r.id));
  return new UsageError(say(lang, 'registration/unknown', { id, cohort: files.model.cohort.id, suggestion: near ? say(lang, 'did-you-mean', { id: near }) : '' }));
}

export async function readHistory(io: IO, path: string): Promise<HistoryEntry[]> {
  const bytes = await io.readFile(path).catch(() => undefined);
  return bytes ? parseHistory(new TextDecoder().decode(bytes)).entries : [];
}

/** The file edit an outcome asks for: its status and expiry changes, and the new row of a registration. */
export function outcomeEdit(o: Outcome, added?: Fields): RegistrationsEdit {
  const set = new Map<string, Record<string, string | undefined>>();
  const newId = added?.id;
  for (const c of o.changes) {
    if (c.id === newId) continue;
    set.set(c.id, { ...(set.get(c.id) ?? {}), [c.field]: c.to });
  }
  if (!added) return { set };
  const mine = o.registrations.find((r) => r.id === newId)!;
  return { set, add: [{ ...added, status: mine.status }] };
}

export interface WriteOptions {
  /** The command line as a user types it, for the history. */
  command: string;
  dryRun: boolean;
  /** What to print once the edit is known to be valid (before anything is written). */
  report: () => void;
}

/**
 * Writes `edit` into the registrations and appends the changes to the history, unless it would make
 * a file invalid (exit 1, nothing written) or someone changed the file since it was read (exit 2).
 */
export async function writeOutcome(context: CommandContext, files: CohortFiles, o: Outcome, edit: RegistrationsEdit, options: WriteOptions): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
  let text: string;
  try {
    text = o.changes.length === 0 ? files.source.text : editRegistrations(files.source.format, files.source.text, edit);
  } catch (e) {
    if (e instanceof EditError) throw new UsageError(say(lang, 'edit/cannot', { path: files.source.path, reason: e.message }));
    throw e;
  }
  const bytes = encoder.encode(text);
  const errors = invalidAfter(files, text, bytes, lang);
  if (errors) {
    io.err(errors);
    io.err(`cohort: ${say(lang, 'edit/would-be-invalid', { path: files.source.path })}\n`);
    return 1;
  }
  options.report();
  if (o.changes.length === 0) return 0;
  const paths = `${files.source.path}, ${files.historyPath}`;
  if (options.dryRun) {
    note(say(lang, 'edit/dry-run', { paths }));
    return 0;
  }
  const entries: HistoryEntry[] = o.changes.map((c) => ({ date: global.today, command: options.command, id: c.id, field: c.field, ...(c.from !== undefined ? { from: c.from } : {}), ...(c.to !== undefined ? { to: c.to } : {}), why: c.why }));
  const oldHistory = await io.readFile(files.historyPath).catch(() => undefined);
  const before = oldHistory ? new TextDecoder().decode(oldHistory) : '';
  const joined = `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${formatHistory(entries)}`;
  // One staged write: the registrations and their history both land or neither does, each only over the bytes that were read.
  await writeOutputs(
    io,
    [
      { path: files.source.path, data: bytes, unchanged: files.source.bytes },
      { path: files.historyPath, data: joined, ...(oldHistory ? { unchanged: oldHistory } : { absent: true as const }) },
    ],
    lang,
    'edit/changed-since',
  );
  note(say(lang, 'edit/wrote', { paths }));
  return 0;
}

/** The diagnostics (as text) if the edited registrations would have errors, else undefined. */
function invalidAfter(files: CohortFiles, text: string, bytes: Uint8Array, lang: Lang): string | undefined {
  const path = files.source.path;
  const parsed = parseFile(path, bytes, bytes.length, lang);
  const all = new Map<string, ParsedFile>(files.loaded.files);
  all.set(path, parsed.file);
  const checked = checkProject(all, lang);
  // The files had no errors when they were read: any error now comes from the edit.
  const errors = [...parsed.diagnostics, ...checked.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const sources = new Map(files.loaded.sources).set(path, text.replace(/^\uFEFF/, ''));
  return renderText(errors, { files: [...all.keys()], sources, lang, color: false, toolVersion: '' });
}
