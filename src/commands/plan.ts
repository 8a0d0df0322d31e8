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
import type { FileWrite } from './io.js';
import { say } from './messages.js';
import type { CohortModel } from '../model/project.js';
import type { Placement } from '../capacity/place.js';
import { loadProject, type LoadedProject } from './project.js';
import { makeFolder, refuseIfChanged, refuseInputAsOutput, writeOutputs } from './write.js';

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
  const pins: (FileWrite & { n: number })[] = [];
  if (options.pin) {
    for (const c of a.cohorts) {
      const { bom, text } = original(c.file);
      const entries = pinnedEntries(a.plan.sessions.filter((s) => s.cohort === c.cohort.id), c.programme);
      const read = await refuseIfChanged(io, c.file, bom + text, lang);
      pins.push({ path: c.file, data: bom + writePinned(text, entries), unchanged: read, n: entries.length });
    }
  }
  // The calendar and the pins together, all or nothing: a cohort file that cannot be written leaves --out unwritten too.
  const outputs: FileWrite[] = [];
  const per = options.per ? renderIcsPerPerson(a.plan.sessions, a.exportContext, options.per) : undefined;
  if (per) {
    await makeFolder(io, options.out!, lang);
    outputs.push(...per.map((f) => ({ path: posix.join(options.out!, f.fileName), data: f.ics })));
  } else if (options.out === undefined) io.out(render(a, options, global.color));
  else outputs.push({ path: options.out, data: render(a, options, global.color) });
  await writeOutputs(io, [...outputs, ...pins], lang);
  if (per) note(say(lang, 'plan/wrote-per', { n: per.length, dir: options.out! }));
  else if (options.out !== undefined) note(say(lang, 'plan/wrote', { path: options.out }));
  for (const p of pins) note(say(lang, 'plan/pinned', { n: p.n, file: p.path }));
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

/** Offers past their last day that the file still calls offered: `r12 (2027-01-04)`. */
function expiredOffers(p: Placement): string[] {
  return p.left.filter((l) => l.why === 'offer-expired').map((l) => `${l.registration.id} (${l.registration.offerExpires ?? ''})`);
}

/** What staff do about a reserve list: record offers that ran out, make the offers due, or read why nobody can move up. */
function reserveNext(lang: Lang, p: Placement, file: string): string {
  const expired = expiredOffers(p);
  if (expired.length > 0) return say(lang, 'plan/reserve-expired', { file, offers: expired.join(', ') });
  if (p.due.length > 0) return say(lang, 'plan/reserve-due', { file, ids: p.due.map((r) => r.id).join(', ') });
  return say(lang, 'plan/reserve-why', { file });
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
  const files = new Map(assembled.cohorts.map((c) => [c.cohort.id, c.file]));
  for (const [cohort, p] of assembled.placements) {
    const file = files.get(cohort) ?? cohort;
    const ids = p.reserve.map((r) => r.id).join(', ');
    // An intervisie cohort with too few for a group: the line says what `cohort groups` says (its seats are the groups', place.ts).
    const tooFew = assembled.intervisie.get(cohort)?.tooFew;
    if (p.reserve.length > 0 && tooFew) note(say(lang, 'plan/reserve-no-group', { cohort, n: p.reserve.length, ids, why: sayReserveReason(lang, { kind: 'too-few', ...tooFew }) }));
    else if (p.reserve.length > 0) note(say(lang, 'plan/reserve', { cohort, n: p.reserve.length, free: p.free, seats: p.seats, ids, next: reserveNext(lang, p, file) }));
    else if (expiredOffers(p).length > 0) note(`${cohort}: ${say(lang, 'plan/reserve-expired', { file, offers: expiredOffers(p).join(', ') })}`);
  }
  // A coaching cohort without pinned pairs is planned with the match `cohort match` proposes (src/coaching/assign.ts).
  const proposedCoaches: string[] = [];
  for (const { cohort, programme } of assembled.input.cohorts) {
    if (!isCoaching(programme)) continue;
    const pinned = new Set((cohort.matches ?? []).map((m) => m.coachee));
    const open = cohort.registrations.filter((r) => !pinned.has(r.id)).map((r) => r.id);
    if (open.length > 0) note(say(lang, 'plan/unpinned-coaches', { cohort: cohort.id, n: open.length, ids: open }));
    if (open.length > 0) proposedCoaches.push(files.get(cohort.id) ?? cohort.id);
  }
  // A cohort that started before today: what is not fixed is planned from today on (src/plan/static.ts spanDay).
  for (const s of assembled.started) note(say(lang, 'plan/started', { ...s, today: global.today }));
  // An intervisie cohort without pinned groups is planned with the groups `cohort groups` proposes (src/intervisie/plan.ts).
  for (const [cohort, ip] of assembled.intervisie) {
    if (ip.proposed) note(say(lang, 'plan/unpinned-groups', { cohort, n: ip.groups.length, ids: ip.groups.map((g) => g.group.id) }));
  }
  if (assembled.plan.infeasible.length > 0) {
    io.err(renderPlanTable({ ...assembled.plan, sessions: [] }, assembled.exportContext, { color: global.color }));
    io.err(`cohort: ${say(lang, 'plan/infeasible', { n: assembled.plan.infeasible.length })}\n`);
    return 1;
  }
  // Pinned dates belong to announced groups: `g1/bijeenkomst#2` validates only for a pinned group (as `cohort roster --pin`),
  if (options.pin) {
    const proposed = [...assembled.intervisie].find(([, ip]) => ip.proposed);
    if (proposed) throw new UsageError(say(lang, 'plan/pin-needs-groups', { file: files.get(proposed[0]) ?? proposed[0] }));
    // and conversations to pinned pairs: a pinned conversation with a coach the next match may change is not what was sent out
    if (proposedCoaches[0] !== undefined) throw new UsageError(say(lang, 'plan/pin-needs-matches', { file: proposedCoaches[0] }));
  }
  // Say what changes against the pinned plan before anything is written.
  if (options.pin) for (const [cohort, diff] of assembled.pinDiffs) note(diffLines(lang, cohort, diff).trimEnd());

  await writePlan(assembled, read.loaded, options, context, note);
  return 0;
}
