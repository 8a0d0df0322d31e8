/** `cohort report <cohort…>`: one self-contained HTML file of the plan, seats, map and participants. Read → assembleReport (pure) → render → write. */
import { HolidayYearsError } from '../calendar/holidays.js';
import { renderReportHtml } from '../export/html/report.js';
import type { ExitCode } from '../model/diagnostic.js';
import { assembleReport, type ReportLinks } from '../report/assemble.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { loadCohortsForReport } from './project.js';
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
  const read = await loadCohortsForReport(io, global, options.cohorts, { invalid: say(lang, 'report/invalid'), none: say(lang, 'report/no-cohorts') });
  if (read === 1) return 1;
  const { loaded, models: cohorts } = read;
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
