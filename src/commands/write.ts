/** Writing a command's output: never onto one of its input files, every failure a usage error (exit 2) with the path and the reason. */
import type { Lang } from '../i18n/index.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';
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

export async function makeFolder(io: IO, path: string, lang: Lang): Promise<void> {
  try {
    await io.mkdir(path);
  } catch (e) {
    throw new UsageError(say(lang, 'out/failed', { path, reason: ioReason(lang, e) }));
  }
}

/** Refuses to edit a file that changed since it was read (an editor saved it while we planned): the user's edit wins. */
export async function refuseIfChanged(io: IO, path: string, readText: string, lang: Lang): Promise<void> {
  let now: string | undefined;
  try {
    now = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await io.readFile(path));
  } catch {
    now = undefined;
  }
  if (now !== readText) throw new UsageError(say(lang, 'edit/changed', { path }));
}
