/** `cohort roster <cohort>`: who hosts each intervisie meeting. Read → assemblePlan (pure; the groups, dates and hosts `cohort plan` gives) → rosterRows → render → write. */
import { HolidayYearsError } from '../calendar/holidays.js';
import { sayReserveReason } from '../export/groups/render.js';
import { renderRosterCsv, renderRosterJson, renderRosterTable } from '../export/roster/render.js';
import { rosterRows } from '../intervisie/plan.js';
import type { ExitCode } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/assemble.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { readCohort } from './registrations.js';
import { refuseInputAsOutput, writeOutput } from './write.js';

export type RosterFormat = 'table' | 'csv' | 'json';

export interface RosterOptions {
  cohort: string;
  format?: RosterFormat | undefined;
  out?: string | undefined;
  delimiter?: ',' | ';' | undefined;
}

export async function runRoster(options: RosterOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
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
  if (ip.proposed) note(say(lang, 'plan/unpinned-groups', { cohort: cohort.id, n: ip.groups.length, ids: ip.groups.map((g) => g.group.id).join(', ') }));
  if (assembled.plan.infeasible.length > 0) {
    io.err(`cohort: ${say(lang, 'plan/infeasible', { n: assembled.plan.infeasible.length })}\n`);
    return 1;
  }
  if (ip.groups.length === 0) {
    const why = sayReserveReason(lang, { kind: 'too-few', ...(ip.tooFew ?? { running: 0, municipalities: 0, min: programme.capacity.min }) });
    io.err(`cohort: ${say(lang, 'groups/none', { file, why })}\n`);
    return 1;
  }
  const rows = rosterRows(assembled.plan.sessions, ip, programme);
  const ctx = {
    lang,
    cohort: { id: cohort.id, title: cohort.title },
    registrations: new Map(cohort.registrations.map((r) => [r.id, r])),
    people: files.model.people,
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  };
  const text = options.format === 'csv' ? renderRosterCsv(rows, ctx) : options.format === 'json' ? renderRosterJson(rows, ctx) : renderRosterTable(rows, ctx);
  if (options.out === undefined) io.out(text);
  else {
    await writeOutput(io, options.out, text, lang);
    note(say(lang, 'plan/wrote', { path: options.out }));
  }
  return 0;
}
