/** `cohort explain <cohort> <id>`: why a registration is where it is, citing the cohort's history. */
import { explainPlacement } from '../capacity/explain.js';
import { placeCohorts } from '../capacity/place.js';
import { renderExplainJson, renderExplainText } from '../export/capacity/explain.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CommandContext } from './context.js';
import { readCohort, readHistory, unknownRegistration } from './registrations.js';

export interface ExplainOptions {
  cohort: string;
  id: string;
  format?: 'text' | 'json' | undefined;
}

export async function runExplain(options: ExplainOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  const placement = placeCohorts(files.plan, { today: global.today }).get(files.model.cohort.id)!;
  const history = await readHistory(io, files.historyPath);
  const e = explainPlacement(placement, files.model.programme, options.id, history, global.today);
  if (!e) throw unknownRegistration(files, options.id, global.lang);
  io.out(options.format === 'json' ? renderExplainJson(e) : renderExplainText(e, global.lang));
  return 0;
}
