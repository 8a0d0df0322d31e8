/**
 * `cohort decide <cohort> <id> go|no-go`: records the decision after the intake or introductory
 * talk (`decision`, `decided` = --today); a no-go leaves (status withdrawn) and its seat is offered
 * to the reserve list, as a cancellation's is. Same edit, history and report as cancel and offer.
 */
import type { Decision } from '../model/types.js';
import type { ExitCode } from '../model/diagnostic.js';
import { runChange, type ChangeOptions } from './change.js';
import type { CommandContext } from './context.js';

export interface DecideOptions extends ChangeOptions {
  id: string;
  decision: Decision;
}

export async function runDecide(options: DecideOptions, context: CommandContext): Promise<ExitCode> {
  return runChange(options, context, { kind: 'decide', id: options.id, decision: options.decision }, `cohort decide ${options.cohort} ${options.id} ${options.decision}`);
}
