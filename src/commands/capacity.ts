/** `cohort capacity [cohort…]`: seats, who is in, who waits and why, per cohort and per programme. Read → place (pure) → render → write. */
import { placeCohorts } from '../capacity/place.js';
import { capacityReport } from '../capacity/report.js';
import { renderCapacityCsv, renderCapacityJson, renderCapacityMarkdown, renderCapacityTable } from '../export/capacity/report.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { say } from './messages.js';
import { loadCohortsForReport } from './project.js';
import { refuseInputAsOutput, writeOutput } from './write.js';

export type CapacityFormat = 'table' | 'csv' | 'json' | 'markdown';

export interface CapacityOptions {
  cohorts: string[];
  format?: CapacityFormat | undefined;
  out?: string | undefined;
  delimiter?: ',' | ';' | undefined;
}

export async function runCapacity(options: CapacityOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const read = await loadCohortsForReport(io, global, options.cohorts, { invalid: say(lang, 'capacity/report-invalid'), none: say(lang, 'capacity/no-cohorts') });
  if (read === 1) return 1;
  const { loaded, cohorts } = read;
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, loaded.files.keys(), lang);
  const report = capacityReport(cohorts, placeCohorts(cohorts, { today: global.today }), global.today);
  const ctx = { lang, ...(options.delimiter ? { delimiter: options.delimiter } : {}) };
  const text =
    options.format === 'csv'
      ? renderCapacityCsv(report, ctx)
      : options.format === 'json'
        ? renderCapacityJson(report)
        : options.format === 'markdown'
          ? renderCapacityMarkdown(report, ctx)
          : renderCapacityTable(report, ctx);
  if (options.out === undefined) io.out(text);
  else {
    await writeOutput(io, options.out, text, lang);
    if (!global.quiet) io.err(`${say(lang, 'plan/wrote', { path: options.out })}\n`);
  }
  return 0;
}
