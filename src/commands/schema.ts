/** `cohort schema [kind]`: prints one of the JSON Schemas the files are checked against. */
import { SCHEMAS } from '../validate/schemas.js';
import { FILE_KINDS, type FileKind } from '../model/project.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';

export async function runSchema(options: { kind: string }, { io, global }: CommandContext): Promise<ExitCode> {
  if (!(FILE_KINDS as readonly string[]).includes(options.kind)) {
    throw new UsageError(say(global.lang, 'schema/unknown', { kind: options.kind, kinds: FILE_KINDS.join(', ') }));
  }
  io.out(`${JSON.stringify(SCHEMAS[options.kind as FileKind], null, 2)}\n`);
  return 0;
}
