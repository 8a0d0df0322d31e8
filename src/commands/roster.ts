/** `cohort roster <cohort>`: who hosts each intervisie meeting. Read → assemblePlan (pure; the groups, dates and hosts `cohort plan` gives) → rosterRows → render → write. */
import { HolidayYearsError } from '../calendar/holidays.js';
import { sayReserveReason } from '../export/groups/render.js';
import { posix } from 'node:path';
import { renderPlanTable } from '../export/plan/index.js';
import { renderRosterIcs } from '../export/roster/ics.js';
import { renderAlternativesCsv, renderAlternativesJson, renderAlternativesTable, renderRosterCsv, renderRosterJson, renderRosterTable } from '../export/roster/render.js';
import { meetingAlternatives } from '../intervisie/alternatives.js';
import { writePinned } from '../edit/pin.js';
import type { Lang } from '../i18n/index.js';
import { rosterRows, type RosterRow } from '../intervisie/plan.js';
import type { PlannedSession } from '../model/plan.js';
import type { FixedSession } from '../model/types.js';
import { pinnedEntries } from '../plan/pinned.js';
import type { ExitCode } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/assemble.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { readCohort } from './registrations.js';
import { makeFolder, refuseIfChanged, refuseInputAsOutput, writeOutput } from './write.js';

export type RosterFormat = 'table' | 'csv' | 'json' | 'ics';

export interface RosterOptions {
  cohort: string;
  format?: RosterFormat | undefined;
  out?: string | undefined;
  delimiter?: ',' | ';' | undefined;
  /** `--alternatives N` as typed: N candidate dates for every meeting not yet fixed. */
  alternatives?: string | undefined;
  /** Record the meetings' dates and hosts as `fixed` entries in the cohort file. */
  pin?: boolean | undefined;
  /** With --pin: print the changes, write nothing. */
  dryRun?: boolean | undefined;
}

/** The `fixed` entries that pin the roster's meetings: date (and time, sequence, status) as the plan's pin writes them, and the host. */
function rosterEntries(rows: readonly RosterRow[], sessions: readonly PlannedSession[], cohort: string): FixedSession[] {
  const byId = new Map(sessions.filter((s) => s.cohort === cohort).map((s) => [s.session, s]));
  return rows.map((r) => {
    const [entry] = pinnedEntries([byId.get(r.session)!]);
    return { ...entry!, ...(r.host !== undefined ? { host: r.host } : {}) };
  });
}

/** What --pin changes against the cohort's `fixed` entries, one line per change, headed by the counts. */
function rosterDiff(lang: Lang, cohort: string, fixed: readonly FixedSession[], entries: readonly FixedSession[]): string {
  const before = new Map(fixed.map((f) => [f.session, f]));
  const shown = (f: FixedSession) => `${f.date}${f.start !== undefined ? ` ${f.start}` : ''}${f.host !== undefined ? ` ${say(lang, 'roster/pin-host', { host: f.host })}` : ''}`;
  const lines: string[] = [];
  let added = 0;
  let changed = 0;
  for (const e of entries) {
    const b = before.get(e.session);
    if (!b) {
      added++;
      lines.push(say(lang, 'roster/pin-added', { session: e.session, to: shown(e) }));
    } else if (b.date !== e.date || (e.start !== undefined && b.start !== e.start) || b.host !== e.host || b.replan === true) {
      changed++;
      lines.push(say(lang, 'roster/pin-changed', { session: e.session, from: shown(b), to: shown(e) }));
    }
  }
  return [say(lang, 'roster/pin-changes', { cohort, added, changed, unchanged: entries.length - added - changed }), ...lines].join('\n');
}

export async function runRoster(options: RosterOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
  const alternatives = options.alternatives === undefined ? undefined : /^[1-9]\d{0,2}$/.test(options.alternatives) ? Number(options.alternatives) : undefined;
  if (options.alternatives !== undefined && alternatives === undefined) throw new UsageError(say(lang, 'roster/bad-alternatives', { value: options.alternatives }));
  if (alternatives !== undefined && options.format === 'ics') throw new UsageError(say(lang, 'roster/alternatives-not-ics'));
  const pinning = options.pin === true || options.dryRun === true;
  if (pinning && alternatives !== undefined) throw new UsageError(say(lang, 'roster/pin-not-alternatives'));
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, files.loaded.files.keys(), lang);
  const { cohort, programme, file } = files.model;
  let assembled;
  try {
    assembled = assemblePlan([files.model], { lang, today: global.today, version: global.version });
  } catch (e) {
    if (e instanceof HolidayYearsError) throw new UsageError(e.text(lang));
    throw e;
  }
  const ip = assembled.intervisie.get(cohort.id);
  if (!ip || !programme) throw new UsageError(say(lang, 'roster/not-intervisie', { file }));
  const v = assembled.violations[0];
  if (v) throw new Error(say(lang, 'plan/internal-hard-rule', { rule: v.rule, detail: v.message }));
  if (ip.proposed) note(say(lang, 'plan/unpinned-groups', { cohort: cohort.id, n: ip.groups.length, ids: ip.groups.map((g) => g.group.id) }));
  for (const s of assembled.started) note(say(lang, 'plan/started', { ...s, today: global.today }));
  if (assembled.plan.infeasible.length > 0) {
    // What cannot be planned, and why (a host on their own unavailable date included), as `cohort plan` shows it.
    io.err(renderPlanTable({ ...assembled.plan, sessions: [] }, assembled.exportContext, { color: global.color }));
    io.err(`cohort: ${say(lang, 'plan/infeasible', { n: assembled.plan.infeasible.length })}\n`);
    return 1;
  }
  if (ip.groups.length === 0) {
    const why = sayReserveReason(lang, { kind: 'too-few', ...(ip.tooFew ?? { running: 0, municipalities: 0, min: programme.capacity.min }) });
    io.err(`cohort: ${say(lang, 'groups/none', { file, why })}\n`);
    return 1;
  }
  // Agreed dates belong to announced groups: `g1/bijeenkomst#2` validates only for a pinned group.
  if (pinning && ip.proposed) throw new UsageError(say(lang, 'roster/pin-needs-groups', { file }));
  const rows = rosterRows(assembled.plan.sessions, ip, programme);
  const ctx = {
    lang,
    cohort: { id: cohort.id, title: cohort.title },
    registrations: new Map(cohort.registrations.map((r) => [r.id, r])),
    people: files.model.people,
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  };
  const emit = async (text: string) => {
    if (options.out === undefined) io.out(text);
    else {
      await writeOutput(io, options.out, text, lang);
      note(say(lang, 'plan/wrote', { path: options.out }));
    }
  };
  if (alternatives !== undefined) {
    const alts = meetingAlternatives(assembled.input, assembled.checked, ip, programme, alternatives);
    const text = options.format === 'csv' ? renderAlternativesCsv(alts, ctx) : options.format === 'json' ? renderAlternativesJson(alts, ctx) : renderAlternativesTable(alts, rows, ctx, alternatives);
    await emit(text);
    return 0;
  }
  let output: () => Promise<void>;
  if (options.format === 'ics') {
    const groups = ip.groups.map((g) => ({ id: g.group.id, members: g.cohort.registrations.map((r) => r.name) }));
    const calendars = renderRosterIcs(assembled.plan.sessions, rows, groups, assembled.exportContext, { id: cohort.id, title: cohort.title });
    // One calendar per group: several VCALENDARs in one stream are valid RFC 5545, but calendar apps import only the first.
    if (options.out === undefined && calendars.length !== 1) throw new UsageError(say(lang, 'roster/ics-needs-out', { n: calendars.length, files: calendars.map((c) => c.fileName).join(', ') }));
    output = async () => {
      if (options.out === undefined) {
        io.out(calendars[0]!.ics);
        return;
      }
      await makeFolder(io, options.out, lang);
      for (const c of calendars) await writeOutput(io, posix.join(options.out, c.fileName), c.ics, lang);
      note(say(lang, 'plan/wrote-per', { n: calendars.length, dir: options.out }));
    };
  } else {
    const text = options.format === 'csv' ? renderRosterCsv(rows, ctx) : options.format === 'json' ? renderRosterJson(rows, ctx) : renderRosterTable(rows, ctx);
    output = () => emit(text);
  }
  if (!pinning) {
    await output();
    return 0;
  }
  // --pin: say what changes against the fixed entries before anything is written; never over an edit made meanwhile.
  const original = files.loaded.files.get(file)!.loaded;
  const read = `${original.bom ? '\uFEFF' : ''}${original.text}`;
  const entries = rosterEntries(rows, assembled.plan.sessions, cohort.id);
  note(rosterDiff(lang, cohort.id, cohort.fixed, entries));
  if (options.dryRun !== true) await refuseIfChanged(io, file, read, lang);
  await output();
  if (options.dryRun === true) {
    note(say(lang, 'groups/dry-run', { file }));
    return 0;
  }
  await refuseIfChanged(io, file, read, lang);
  await writeOutput(io, file, `${original.bom ? '\uFEFF' : ''}${writePinned(original.text, entries, 'merge')}`, lang);
  note(say(lang, 'roster/pinned', { n: entries.length, file }));
  return 0;
}
