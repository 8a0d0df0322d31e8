/** `cohort groups <cohort>`: intervisie groups from open registration, with facilitators and the reserve list. Read → formGroups (pure) → render → write; --pin edits the cohort's `groups`. */
import { writeGroups } from '../edit/groups.js';
import { renderGroupsCsv, renderGroupsJson, renderGroupsTable, sayReserveReason } from '../export/groups/render.js';
import type { Lang } from '../i18n/index.js';
import { formGroups, type GroupPolicy, type GroupsResult } from '../intervisie/groups.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { PinnedGroup } from '../model/types.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { readCohort } from './registrations.js';
import { refuseIfChanged, refuseInputAsOutput, writeOutput } from './write.js';

export type GroupsFormat = 'table' | 'csv' | 'json';

export interface GroupsOptions {
  cohort: string;
  format?: GroupsFormat | undefined;
  out?: string | undefined;
  policy?: GroupPolicy | undefined;
  delimiter?: ',' | ';' | undefined;
  /** Write the groups into the cohort file as `groups`. */
  pin?: boolean | undefined;
  /** With --pin: print the changes, write nothing. */
  dryRun?: boolean | undefined;
  /** Pinned groups released for re-optimisation, or all of them. */
  replan?: string[] | 'all' | undefined;
}

/** The groups as the cohort file records them. */
function pinnedGroups(result: GroupsResult): PinnedGroup[] {
  return result.groups.map((g) => ({ id: g.id, ...(g.facilitator !== undefined ? { facilitator: g.facilitator } : {}), members: g.members.map((m) => m.registration.id) }));
}

/** What changes against the pinned groups, one line per change, headed by the counts. */
function groupsDiff(lang: Lang, cohort: string, before: readonly PinnedGroup[], after: readonly PinnedGroup[]): string {
  const lines: string[] = [];
  let joined = 0;
  let left = 0;
  let added = 0;
  let unchanged = 0;
  for (const g of after) {
    const old = before.find((b) => b.id === g.id);
    if (!old) {
      added++;
      lines.push(say(lang, 'groups/added', { group: g.id, members: g.members.join(', ') }));
      continue;
    }
    const lines0 = lines.length;
    const joining = g.members.filter((id) => !old.members.includes(id));
    const leaving = old.members.filter((id) => !g.members.includes(id));
    joined += joining.length;
    left += leaving.length;
    lines.push(...joining.map((id) => say(lang, 'groups/joined', { group: g.id, id })), ...leaving.map((id) => say(lang, 'groups/left', { group: g.id, id })));
    if (old.facilitator !== g.facilitator) lines.push(say(lang, 'groups/facilitator', { group: g.id, from: old.facilitator ?? '–', to: g.facilitator ?? '–' }));
    if (lines.length === lines0) unchanged++;
  }
  const dropped = before.filter((b) => !after.some((g) => g.id === b.id));
  for (const d of dropped) lines.push(say(lang, 'groups/dropped', { group: d.id }));
  return [say(lang, 'groups/changes', { cohort, joined, left, added, dropped: dropped.length, unchanged }), ...lines].join('\n');
}

function checkReplan(options: GroupsOptions, pinned: readonly PinnedGroup[], file: string, lang: Lang): void {
  if (options.replan === undefined) return;
  if (pinned.length === 0) throw new UsageError(say(lang, 'groups/replan-needs-pins', { file }));
  if (options.replan === 'all') return;
  for (const id of options.replan) if (!pinned.some((g) => g.id === id)) throw new UsageError(say(lang, 'groups/unknown-replan', { id, ids: pinned.map((g) => g.id).join(', ') }));
}

export async function runGroups(options: GroupsOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, files.loaded.files.keys(), lang);
  const { cohort, programme, people } = files.model;
  const pinned = cohort.groups ?? [];
  checkReplan(options, pinned, files.model.file, lang);
  const result = formGroups(cohort, programme, people, {
    policy: options.policy ?? 'order',
    today: global.today,
    ...(options.replan !== undefined ? { replan: options.replan } : {}),
  });
  const ctx = { lang, people, ...(options.delimiter ? { delimiter: options.delimiter } : {}) };
  const text = options.format === 'csv' ? renderGroupsCsv(result, ctx) : options.format === 'json' ? renderGroupsJson(result, ctx) : renderGroupsTable(result, ctx);
  const pinning = (options.pin === true || options.dryRun === true) && result.groups.length > 0;
  const file = files.model.file;
  const original = files.loaded.files.get(file)!.loaded;
  const read = `${original.bom ? '\uFEFF' : ''}${original.text}`;
  const groups = pinnedGroups(result);
  // Say what changes against the pinned groups before anything is written.
  if (pinning) note(groupsDiff(lang, cohort.id, pinned, groups));
  if (pinning && options.dryRun !== true) await refuseIfChanged(io, file, read, lang);
  if (options.out === undefined) io.out(text);
  else {
    await writeOutput(io, options.out, text, lang);
    note(say(lang, 'plan/wrote', { path: options.out }));
  }
  if (result.groups.length === 0) {
    // A hard rule blocks every group (SPEC §4: exit 1), e.g. everyone from one municipality; nothing is pinned.
    const why = sayReserveReason(lang, { kind: 'too-few', running: result.running, municipalities: result.municipalities, min: programme.capacity.min });
    io.err(`cohort: ${say(lang, 'groups/none', { file, why })}\n`);
    return 1;
  }
  if (!pinning) return 0;
  if (options.dryRun === true) {
    note(say(lang, 'groups/dry-run', { file }));
    return 0;
  }
  await refuseIfChanged(io, file, read, lang);
  await writeOutput(io, file, `${original.bom ? '\uFEFF' : ''}${writeGroups(original.text, groups)}`, lang);
  note(say(lang, 'groups/pinned', { n: groups.length, file }));
  return 0;
}
