import type { ExitCode } from '../model/diagnostic.js';

/** A mistake in how the command was called, or a file that cannot be read or written: exit 2. */
export class UsageError extends Error {
  readonly exitCode: ExitCode = 2;
}

export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3, cancelled: 130 } as const satisfies Record<string, ExitCode>;
