/** `cohort validate [paths…]`: schema and semantic checks, reported in the chosen format. */
import { renderDiagnostics, renderStepSummary, type DiagnosticFormat } from '../export/diagnostics/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { loadProject } from './project.js';

export interface ValidateOptions {
  paths: string[];
  format?: DiagnosticFormat | undefined;
  out?: string | undefined;
  strict: boolean;
}

export const DEFAULT_PATHS = ['programmes', 'cohorts'];

export async function runValidate(options: ValidateOptions, { io, global }: CommandContext): Promise<ExitCode> {
  const inGithub = io.env.GITHUB_ACTIONS === 'true';
  const format: DiagnosticFormat = options.format ?? (inGithub ? 'github' : 'text');
  let paths = options.paths;
  if (paths.length === 0) {
    paths = [];
    for (const p of DEFAULT_PATHS) if ((await io.stat(p))?.kind === 'directory') paths.push(p);
    if (paths.length === 0) {
      throw new UsageError(
        global.lang === 'nl'
          ? 'geen programmes/ of cohorts/ in deze map; geef bestanden of mappen op'
          : 'no programmes/ or cohorts/ folder here; name the files or folders to check',
      );
    }
  }
  const { files, sources, diagnostics } = await loadProject(io, paths, global.lang);
  if (options.out !== undefined && files.has(options.out.replace(/^\.\//, ''))) {
    throw new UsageError(global.lang === 'nl' ? `--out ${options.out} is een invoerbestand` : `--out ${options.out} is one of the input files`);
  }
  const ctx = { files: [...files.keys()], sources, lang: global.lang, color: global.color && format === 'text' && options.out === undefined, toolVersion: global.version };
  const report = renderDiagnostics(format, diagnostics, ctx);
  if (options.out !== undefined) {
    try {
      await io.writeFile(options.out, report);
    } catch (e) {
      throw new UsageError(`${options.out}: ${(e as Error).message}`);
    }
  } else if (!(global.quiet && format === 'text' && diagnostics.length === 0)) {
    io.out(report);
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    // GitHub shows only 10 annotations per severity per step: the summary holds the full list.
    await io.appendFile(summaryFile, renderStepSummary(diagnostics, ctx)).catch(() => undefined);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
