/** `cohort groups <cohort>`: intervisie groups from open registration, with facilitators and the reserve list. Read → formGroups (pure) → render → write. */
import { renderGroupsCsv, renderGroupsJson, renderGroupsTable } from '../export/groups/render.js';
import { formGroups, type GroupPolicy } from '../intervisie/groups.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { say } from './messages.js';
import { readCohort } from './registrations.js';
import { refuseInputAsOutput, writeOutput } from './write.js';

export type GroupsFormat = 'table' | 'csv' | 'json';

export interface GroupsOptions {
  cohort: string;
  format?: GroupsFormat | undefined;
  out?: string | undefined;
  policy?: GroupPolicy | undefined;
  delimiter?: ',' | ';' | undefined;
}

export async function runGroups(options: GroupsOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, files.loaded.files.keys(), lang);
  const { cohort, programme, people } = files.model;
  const result = formGroups(cohort, programme, people, { policy: options.policy ?? 'order', today: global.today });
  const ctx = { lang, people, ...(options.delimiter ? { delimiter: options.delimiter } : {}) };
  const text = options.format === 'csv' ? renderGroupsCsv(result, ctx) : options.format === 'json' ? renderGroupsJson(result, ctx) : renderGroupsTable(result, ctx);
  if (options.out === undefined) io.out(text);
  else {
    await writeOutput(io, options.out, text, lang);
    if (!global.quiet) io.err(`${say(lang, 'plan/wrote', { path: options.out })}\n`);
  }
  if (result.groups.length === 0) {
    // A hard rule blocks every group (SPEC §4: exit 1), e.g. everyone from one municipality.
    io.err(`cohort: ${say(lang, 'groups/none', { file: files.model.file, running: result.running, min: programme.capacity.min })}\n`);
    return 1;
  }
  return 0;
}
