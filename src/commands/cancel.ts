/** `cohort cancel <cohort> <id>`: records the cancellation and makes the offer(s) that follow. */
import type { ExitCode } from '../model/diagnostic.js';
import { runChange, type ChangeOptions } from './change.js';
import type { CommandContext } from './context.js';

export interface CancelOptions extends ChangeOptions {
  id: string;
}

export async function runCancel(options: CancelOptions, context: CommandContext): Promise<ExitCode> {
  return runChange(options, context, { kind: 'cancel', id: options.id }, `cohort cancel ${options.cohort} ${options.id}`);
}
