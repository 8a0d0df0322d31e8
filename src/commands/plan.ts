/** `cohort plan <cohort…>`: plans the cohorts together and prints or writes the calendar. Read → assemble → render → write. */
import { posix } from 'node:path';
import { writePinned } from '../edit/pin.js';
import { renderText } from '../export/diagnostics/index.js';
import { sayReserveReason } from '../export/groups/render.js';
import { renderCsv, renderIcs, renderIcsPerPerson, renderPlanJson, renderPlanTable } from '../export/plan/index.js';
import type { Lang } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import { HolidayYearsError } from '../calendar/holidays.js';
import { isCoaching } from '../coaching/match.js';
import { assemblePlan, type AssembledPlan, type AssembleOptions } from '../plan/assemble.js';
import { pinnedEntries, type PinDiff } from '../plan/pinned.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import type { CohortModel } from '../model/project.js';
import { loadProject, type LoadedProject } from './project.js';
import { makeFolder, refuseIfChanged, refuseInputAsOutput, writeOutput } from './write.js';

export type PlanFormat = 'table' | 'csv' | 'ics' | 'json';

export interface PlanOptions {
  cohorts: string[];
  format?: PlanFormat | undefined;
  out?: string | undefined;
  per?: 'participant' | 'facilitator' | undefined;
  pin: boolean;
  delimiter?: ',' | ';' | undefined;
  /** CSV: name the participant of each one-to-one appointment. */
  names?: boolean | undefined;
}

function describeWhen(w: { date: string; start?: string } | undefined): string {
  return w ? `${w.date}${w.start ? ` ${w.start}` : ''}` : '';
}

function diffLines(lang: Lang, cohort: string, diff: PinDiff): string {
  const lines = [say(lang, 'plan/changes', { cohort, moved: diff.moved.length, added: diff.added.length, cancelled: diff.cancelled.length, unchanged: diff.unchanged })];
  for (const m of diff.moved) lines.push(say(lang, 'plan/moved', { session: m.session, from: describeWhen(m.from), to: describeWhen(m.to) }));
  for (const a of diff.added) lines.push(say(lang, 'plan/added', { session: a.session, to: describeWhen(a.to) }));
  for (const c of diff.cancelled) lines.push(say(lang, 'plan/cancelled', { session: c.session, from: describeWhen(c.from) }));
  return `${lines.join('\n')}\n`;
}

/** The calendar in the chosen format (one text; `--per` is written file by file). */
function render(a: AssembledPlan, options: PlanOptions, color: boolean): string {
  const { plan, exportContext: ctx } = a;
  switch (options.format ?? 'table') {
    case 'ics':
      return renderIcs(plan.sessions, ctx);
    case 'csv':
      return renderCsv(plan.sessions, ctx, { ...(options.delimiter ? { delimiter: options.delimiter } : {}), names: options.names === true });
    case 'json':
      return renderPlanJson(plan, ctx);
    case 'table':
      return renderPlanTable(plan, ctx, { color: color && options.out === undefined });
  }
}

function checkOptions(options: PlanOptions, lang: Lang): void {
  if (options.cohorts.length === 0) throw new UsageError(say(lang, 'plan/no-cohorts'));
  if (options.per && options.out === undefined) throw new UsageError(say(lang, 'plan/per-needs-out'));
  if (options.per && options.format !== undefined && options.format !== 'ics') throw new UsageError(say(lang, 'plan/per-needs-ics'));
}

/** The cohorts asked for, or the exit code when the files have errors (reported on stderr). */
async function readCohorts(options: PlanOptions, { io, global }: CommandContext): Promise<{ loaded: LoadedProject; cohorts: CohortModel[] } | ExitCode> {
  const { lang } = global;
  const loaded = await loadProject(io, options.cohorts, lang);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang, color: global.color, toolVersion: global.version }));
    io.err(`cohort: ${say(lang, 'plan/invalid')}\n`);
    return 1;
  }
  // `cohorts/*.yaml` also names people and registrations files: they are read as the cohorts' references.
  const cohortFiles = new Set(loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort'));
  if (cohortFiles.size === 0) {
    const file = loaded.requested[0]!;
    throw new UsageError(say(lang, 'plan/not-a-cohort', { file, kind: loaded.files.get(file)?.kind ?? '?' }));
  }
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, loaded.files.keys(), lang);
  return { loaded, cohorts: loaded.project.cohorts.filter((c) => cohortFiles.has(c.file)) };
}

/** The calendar to stdout, --out or --per DIR; with --pin, the fixed entries into each cohort file, never over an edit made meanwhile. */
async function writePlan(a: AssembledPlan, loaded: LoadedProject, options: PlanOptions, { io, global }: CommandContext, note: (text: string) => void): Promise<void> {
  const { lang } = global;
  const original = (file: string) => {
    const f = loaded.files.get(file)!.loaded;
    return { bom: f.bom ? '\uFEFF' : '', text: f.text };
  };
  if (options.pin) for (const c of a.cohorts) await refuseIfChanged(io, c.file, original(c.file).bom + original(c.file).text, lang);
  if (options.per) {
    const files = renderIcsPerPerson(a.plan.sessions, a.exportContext, options.per);
    await makeFolder(io, options.out!, lang);
    for (const f of files) await writeOutput(io, posix.join(options.out!, f.fileName), f.ics, lang);
    note(say(lang, 'plan/wrote-per', { n: files.length, dir: options.out! }));
  } else if (options.out === undefined) {
    io.out(render(a, options, global.color));
  } else {
    await writeOutput(io, options.out, render(a, options, global.color), lang);
    note(say(lang, 'plan/wrote', { path: options.out }));
  }
  if (!options.pin) return;
  for (const c of a.cohorts) {
    const { bom, text } = original(c.file);
    const entries = pinnedEntries(a.plan.sessions.filter((s) => s.cohort === c.cohort.id));
    await refuseIfChanged(io, c.file, bom + text, lang);
    await writeOutput(io, c.file, bom + writePinned(text, entries), lang);
    note(say(lang, 'plan/pinned', { n: entries.length, file: c.file }));
  }
}

/** A cohort beyond the holiday years cohort ships is the user's to change (its dates), not a bug: exit 2 with the years. */
function assembleOrRefuse(cohorts: CohortModel[], options: AssembleOptions): AssembledPlan {
  try {
    return assemblePlan(cohorts, options);
  } catch (e) {
    if (e instanceof HolidayYearsError) throw new UsageError(e.text(options.lang));
    throw e;
  }
}

export async function runPlan(options: PlanOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
  checkOptions(options, lang);
  const read = await readCohorts(options, context);
  if (typeof read === 'number') return read;

  const assembled = assembleOrRefuse(read.cohorts, { lang, today: global.today, version: global.version });
  const v = assembled.violations[0];
  if (v) throw new Error(say(lang, 'plan/internal-hard-rule', { rule: v.rule, detail: v.message }));
  for (const [cohort, p] of assembled.placements) {
    if (p.reserve.length === 0) continue;
    const ids = p.reserve.map((r) => r.id).join(', ');
    // An intervisie cohort's seats are its groups' (src/intervisie/plan.ts): the line says what `cohort groups` says.
    const ip = assembled.intervisie.get(cohort);
    if (ip?.tooFew) note(say(lang, 'plan/reserve-no-group', { cohort, n: p.reserve.length, ids, why: sayReserveReason(lang, { kind: 'too-few', ...ip.tooFew }) }));
    else if (ip) note(say(lang, 'plan/reserve-groups', { cohort, n: p.reserve.length, ids, free: p.free, seats: p.seats, groups: ip.groups.length }));
    else note(say(lang, 'plan/reserve', { cohort, n: p.reserve.length, free: p.free, seats: p.seats, ids }));
  }
  // A coaching cohort without pinned pairs is planned with the match `cohort match` proposes (src/coaching/assign.ts).
  for (const { cohort, programme } of assembled.input.cohorts) {
    if (!isCoaching(programme)) continue;
    const pinned = new Set((cohort.matches ?? []).map((m) => m.coachee));
    const open = cohort.registrations.filter((r) => !pinned.has(r.id)).map((r) => r.id);
    if (open.length > 0) note(say(lang, 'plan/unpinned-coaches', { cohort: cohort.id, n: open.length, ids: open.join(', ') }));
  }
  // An intervisie cohort without pinned groups is planned with the groups `cohort groups` proposes (src/intervisie/plan.ts).
  for (const [cohort, ip] of assembled.intervisie) {
    if (ip.proposed) note(say(lang, 'plan/unpinned-groups', { cohort, n: ip.groups.length, ids: ip.groups.map((g) => g.group.id).join(', ') }));
  }
  if (assembled.plan.infeasible.length > 0) {
    io.err(renderPlanTable({ ...assembled.plan, sessions: [] }, assembled.exportContext, { color: global.color }));
    io.err(`cohort: ${say(lang, 'plan/infeasible', { n: assembled.plan.infeasible.length })}\n`);
    return 1;
  }
  // Say what changes against the pinned plan before anything is written.
  if (options.pin) for (const [cohort, diff] of assembled.pinDiffs) note(diffLines(lang, cohort, diff).trimEnd());

  await writePlan(assembled, read.loaded, options, context, note);
  return 0;
}
