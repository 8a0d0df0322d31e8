/** One change to a cohort's registrations, as cancel, offer and register run it: read → transition (pure) → report → write. */
import { transition, type Action, type Outcome, type Refusal } from '../capacity/lifecycle.js';
import { offerRules } from '../capacity/offers.js';
import type { Fields } from '../edit/registrations.js';
import { renderOutcomeJson, renderOutcomeText } from '../export/capacity/changes.js';
import { sayDate } from '../export/capacity/words.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { holidaysAround, outcomeEdit, readCohort, unknownRegistration, writeOutcome, type CohortFiles } from './registrations.js';

export type ChangeFormat = 'table' | 'json';

export interface ChangeOptions {
  cohort: string;
  dryRun: boolean;
  format?: ChangeFormat | undefined;
}

function refuse(files: CohortFiles, r: Refusal, context: CommandContext): ExitCode {
  const { lang } = context.global;
  switch (r.kind) {
    case 'unknown-id':
      throw unknownRegistration(files, r.id, lang);
    case 'duplicate-id':
      throw new UsageError(say(lang, 'refused/duplicate-id', { id: r.id, cohort: files.model.cohort.id }));
    case 'already-out':
      context.io.err(`cohort: ${say(lang, 'refused/already-out', { id: r.id, status: r.status })}\n`);
      return 1;
    case 'not-offered':
      context.io.err(`cohort: ${say(lang, 'refused/not-offered', { id: r.id, status: r.status })}\n`);
      return 1;
    case 'offer-expired':
      context.io.err(`cohort: ${say(lang, 'refused/offer-expired', { id: r.id, date: sayDate(lang, r.on) })}\n`);
      return 1;
    case 'not-placed':
      context.io.err(`cohort: ${say(lang, 'refused/not-placed', { id: r.id, status: r.status })}\n`);
      return 1;
  }
}

/** Runs `action` in the cohort, prints who moves where, and writes the files unless --dry-run. */
export async function runChange(options: ChangeOptions, context: CommandContext, action: Action | ((files: CohortFiles) => Action), command: string, added?: Fields): Promise<ExitCode> {
  const { io, global } = context;
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  return applyChange(files, options, context, typeof action === 'function' ? action(files) : action, command, added, (o) => {
    const ctx = { lang: global.lang, cohort: files.model.cohort.id, today: global.today, days: offerRules(files.model.programme).days };
    io.out(options.format === 'json' ? renderOutcomeJson(o, { ...ctx, dryRun: options.dryRun }) : renderOutcomeText(o, ctx));
  });
}

/** The transition on files already read (register asks its questions in between). */
export async function applyChange(files: CohortFiles, options: ChangeOptions, context: CommandContext, action: Action, command: string, added: Fields | undefined, report: (o: Outcome) => void): Promise<ExitCode> {
  const { today } = context.global;
  const target = files.model.cohort.id;
  // Who is offered a seat does not depend on holidays, only until when: they are looked up only for an offer.
  const first = transition(files.plan, target, action, { today, holidays: new Set() });
  if (!first.ok) return refuse(files, first.refusal, context);
  const o = first.offers.length === 0 ? first : transition(files.plan, target, action, { today, holidays: await holidaysAround(today) });
  if (!o.ok) return refuse(files, o.refusal, context);
  return writeOutcome(context, files, o, outcomeEdit(o, added), { command, dryRun: options.dryRun, report: () => report(o) });
}
