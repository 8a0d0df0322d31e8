/** `cohort capacity [cohort…]`: seats, who is in, who waits and why, per cohort and per programme. Read → place (pure) → render → write. */
import { placeCohorts } from '../capacity/place.js';
import { capacityReport } from '../capacity/report.js';
import { renderText } from '../export/diagnostics/index.js';
import { renderCapacityCsv, renderCapacityJson, renderCapacityMarkdown, renderCapacityTable } from '../export/capacity/report.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { Programme } from '../model/types.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { say } from './messages.js';
import { loadProject } from './project.js';
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
  const paths = options.cohorts.length > 0 ? options.cohorts : ['cohorts'];
  const loaded = await loadProject(io, paths, lang);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang, color: global.color, toolVersion: global.version }));
    io.err(`cohort: ${say(lang, 'capacity/report-invalid')}\n`);
    return 1;
  }
  const files = new Set(loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort'));
  if (files.size === 0) throw new UsageError(say(lang, 'capacity/no-cohorts'));
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, loaded.files.keys(), lang);
  const cohorts = loaded.project.cohorts
    .filter((c): c is typeof c & { programme: Programme } => files.has(c.file) && c.programme !== undefined)
    .map((c) => ({ cohort: c.cohort, programme: c.programme }));
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
