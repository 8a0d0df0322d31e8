/** `cohort validate [paths…]`: schema and semantic checks, reported in the chosen format. Read → check → render → write. */
import { renderDiagnostics, renderStepSummary, type DiagnosticFormat } from '../export/diagnostics/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { loadProject } from './project.js';
import { refuseInputAsOutput, writeOutput } from './write.js';

export interface ValidateOptions {
  paths: string[];
  format?: DiagnosticFormat | undefined;
  out?: string | undefined;
  strict: boolean;
}

export const DEFAULT_PATHS = ['programmes', 'cohorts'];

export async function runValidate(options: ValidateOptions, { io, global }: CommandContext): Promise<ExitCode> {
  const { lang } = global;
  const format: DiagnosticFormat = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  let paths = options.paths;
  if (paths.length === 0) {
    paths = [];
    for (const p of DEFAULT_PATHS) if ((await io.stat(p))?.kind === 'directory') paths.push(p);
    if (paths.length === 0) throw new UsageError(say(lang, 'validate/no-default-folders'));
  }
  const { files, sources, diagnostics, skipped } = await loadProject(io, paths, lang, global.today);
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, files.keys(), lang);

  const ctx = { files: [...files.keys()], sources, lang, color: global.color && format === 'text' && options.out === undefined, toolVersion: global.version, strict: options.strict };
  const report = renderDiagnostics(format, diagnostics, ctx);
  if (options.out !== undefined) await writeOutput(io, options.out, report, lang);
  else if (!(global.quiet && format === 'text' && diagnostics.length === 0)) io.out(report);
  // Files a folder search found that are not ours are not errors; the count says they were seen.
  if (skipped.length > 0 && format === 'text' && !global.quiet) io.err(`${say(lang, 'validate/skipped', { n: skipped.length, example: skipped[0]! })}\n`);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    // GitHub shows only 10 annotations per severity per step: the summary holds the full list.
    await io.appendFile(summaryFile, renderStepSummary(diagnostics, ctx)).catch(() => undefined);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
