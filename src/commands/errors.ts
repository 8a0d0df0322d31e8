import type { ExitCode } from '../model/diagnostic.js';

/** A mistake in how the command was called, or a file that cannot be read or written: exit 2. */
export class UsageError extends Error {
  readonly exitCode: ExitCode = 2;
}
