/** Writing a command's output: never onto one of its input files, every failure a usage error (exit 2) with the path and the reason. */
import type { Lang } from '../i18n/index.js';
import { UsageError } from './errors.js';
import type { FileWrite, IO } from './io.js';
import { ioReason, say } from './messages.js';

/** Refuses `--out` when it names one of `inputs`, however it is spelt (`./a`, `dir/../a`, an absolute path, a link). */
export async function refuseInputAsOutput(io: IO, out: string, inputs: Iterable<string>, lang: Lang): Promise<void> {
  const target = await io.fileId(out);
  if (target === undefined) return;
  for (const input of inputs) if ((await io.fileId(input)) === target) throw new UsageError(say(lang, 'out/is-input', { path: out }));
}

export async function writeOutput(io: IO, path: string, data: string | Uint8Array, lang: Lang): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (e) {
    throw new UsageError(say(lang, 'out/failed', { path, reason: ioReason(lang, e) }));
  }
}

/**
 * Every file or none (IO.writeFiles): a target that cannot be written, or an edited file changed
 * meanwhile, leaves them all as they were. `changed` words the refusal of a file changed meanwhile.
 */
export async function writeOutputs(io: IO, writes: readonly FileWrite[], lang: Lang, changed: 'edit/changed' | 'edit/changed-since' = 'edit/changed'): Promise<void> {
  if (writes.length === 0) return;
  try {
    await io.writeFiles(writes);
  } catch (e) {
    const path = (e as { target?: unknown } | null)?.target;
    const target = typeof path === 'string' ? path : writes[0]!.path;
    if ((e as { code?: unknown } | null)?.code === 'ECHANGED') throw new UsageError(say(lang, changed, { path: target }));
    throw new UsageError(say(lang, 'out/failed', { path: target, reason: ioReason(lang, e) }));
  }
}

export async function makeFolder(io: IO, path: string, lang: Lang): Promise<void> {
  try {
    await io.mkdir(path);
  } catch (e) {
    throw new UsageError(say(lang, 'out/failed', { path, reason: ioReason(lang, e) }));
  }
}

/**
 * Refuses to edit a file that changed since it was read (an editor saved it while we planned): the
 * user's edit wins. Returns the bytes it holds, for the write to compare once more before it replaces them.
 */
export async function refuseIfChanged(io: IO, path: string, readText: string, lang: Lang): Promise<Uint8Array> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await io.readFile(path);
  } catch {
    bytes = undefined;
  }
  if (bytes === undefined || new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) !== readText) throw new UsageError(say(lang, 'edit/changed', { path }));
  return bytes;
}
