/** `cohort report <cohort…>`: one self-contained HTML file of the plan, seats, map and participants. Read → assembleReport (pure) → render → write. */
import { HolidayYearsError } from '../calendar/holidays.js';
import { renderText } from '../export/diagnostics/index.js';
import { renderReportHtml } from '../export/html/report.js';
import type { ExitCode } from '../model/diagnostic.js';
import { assembleReport, type ReportLinks } from '../report/assemble.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { loadProject } from './project.js';
import { refuseInputAsOutput, writeOutput } from './write.js';

export interface ReportOptions {
  cohorts: string[];
  out?: string | undefined;
  /** Leave out names and e-mail addresses, for a report that is shared. */
  redact: boolean;
}

export async function runReport(options: ReportOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const paths = options.cohorts.length > 0 ? options.cohorts : ['cohorts'];
  const loaded = await loadProject(io, paths, lang);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang, color: global.color, toolVersion: global.version }));
    io.err(`cohort: ${say(lang, 'report/invalid')}\n`);
    return 1;
  }
  const files = new Set(loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort'));
  const cohorts = loaded.project.cohorts.filter((c) => files.has(c.file) && c.programme !== undefined);
  if (cohorts.length === 0) throw new UsageError(say(lang, 'report/no-cohorts'));
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, loaded.files.keys(), lang);
  // Coach pairs are the plan's own (pinned or proposed by `cohort match`), taken by assembleReport.
  const links: ReportLinks = {};
  let report;
  try {
    report = assembleReport(cohorts, { lang, today: global.today, version: global.version, redact: options.redact }, links);
  } catch (e) {
    if (e instanceof HolidayYearsError) throw new UsageError(e.text(lang));
    throw e;
  }
  const html = renderReportHtml(report);
  if (options.out === undefined) io.out(html);
  else {
    await writeOutput(io, options.out, html, lang);
    if (!global.quiet) io.err(`${say(lang, 'plan/wrote', { path: options.out })}\n`);
  }
  return 0;
}
