/** `cohort offer accept|decline <cohort> <id>` records the answer; `cohort offer update <cohort>` records expired offers and makes the next. */
import type { ExitCode } from '../model/diagnostic.js';
import { runChange, type ChangeOptions } from './change.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';

export type OfferAnswer = 'accept' | 'decline' | 'update';

export interface OfferOptions extends ChangeOptions {
  answer: OfferAnswer;
  id?: string | undefined;
}

export async function runOffer(options: OfferOptions, context: CommandContext): Promise<ExitCode> {
  const { lang } = context.global;
  if (options.answer === 'update') {
    if (options.id !== undefined) throw new UsageError(say(lang, 'offer/update-takes-no-id'));
    return runChange(options, context, { kind: 'update' }, `cohort offer update ${options.cohort}`);
  }
  if (options.id === undefined) throw new UsageError(say(lang, 'offer/needs-id', { answer: options.answer }));
  return runChange(options, context, { kind: options.answer, id: options.id }, `cohort offer ${options.answer} ${options.cohort} ${options.id}`);
}
