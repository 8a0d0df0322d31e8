import type { Diagnostic } from '../../model/diagnostic.js';
import type { ViewContext } from './context.js';
import { utf8Octets } from '../plan/text.js';
import { failureLevel, fullMessage, optPos, pos, severityLabel, summaryText, SUMMARY_SYMBOL, t, tally } from './context.js';

/** Workflow-command message escaping, as @actions/core does it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping, as @actions/core does it. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations resolve paths from the repository root with forward slashes, also on Windows runners. */
function annotationPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** One `::error`/`::warning` per diagnostic; multi-line spans keep only their start (GitHub takes columns on one line only). */
export function renderGithub(diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  let out = '';
  for (const d of diagnostics) {
    const line = pos(d.line);
    const props: [string, string | number][] = [
      ['file', annotationPath(d.file)],
      ['line', line],
      ['col', pos(d.column)],
    ];
    const endLine = optPos(d.endLine);
    const endColumn = optPos(d.endColumn);
    if (endLine === undefined || endLine === line) {
      if (endLine !== undefined) props.push(['endLine', endLine]);
      if (endColumn !== undefined) props.push(['endColumn', endColumn]);
    }
    props.push(['title', d.rule]);
    const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    // Under --strict a warning fails the job, so its annotation is an error, not a yellow note.
    out += `::${failureLevel(d, ctx)} ${properties}::${escapeData(fullMessage(ctx.lang, d))}\n`;
  }
  return out;
}

/** Text in a GitHub-flavoured Markdown table cell: literal, on one row. */
export function markdownCell(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]<>|~&#!]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '<br>');
}

/** GitHub refuses a step summary over 1 MiB (1,048,576 bytes of UTF-8). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
// Room kept for the notice about the annotations and the line that counts what was left out.
const STEP_SUMMARY_RESERVE = 1024;

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: GitHub shows only 10 annotations per severity per step, this
 * lists them all, as many as fit in `limit` bytes, and then a last line counting the rest.
 */
export function renderStepSummary(diagnostics: readonly Diagnostic[], ctx: ViewContext, limit: number = STEP_SUMMARY_LIMIT): string {
  const s = summaryText(ctx.lang, tally(diagnostics, ctx));
  const lines = [`## ${t(ctx.lang, 'step.heading')}`, '', `${SUMMARY_SYMBOL[s.kind]} ${markdownCell(s.text)}`];
  if (diagnostics.length === 0) return lines.join('\n') + '\n';
  const head = (['step.location', 'step.severity', 'step.rule', 'step.message'] as const).map((k) => t(ctx.lang, k));
  const table = ['', `| ${head.join(' | ')} |`, '|---|---|---|---|'];
  let budget = limit - STEP_SUMMARY_RESERVE - [...lines, ...table].reduce((n, l) => n + utf8Octets(l) + 1, 0);
  const rows: string[] = [];
  for (const d of diagnostics) {
    const location = `${annotationPath(d.file)}:${pos(d.line)}:${pos(d.column)}`;
    const cells = [location, severityLabel(ctx.lang, d.severity), d.rule, fullMessage(ctx.lang, d)];
    const row = `| ${cells.map(markdownCell).join(' | ')} |`;
    budget -= utf8Octets(row) + 1;
    if (budget < 0) break;
    rows.push(row);
  }
  const counts = tally(diagnostics, ctx);
  // Counted by annotation level: under --strict the warnings are annotated as errors.
  const asWarnings = counts.errors + counts.warnings - counts.failures;
  const capped = rows.length < diagnostics.length;
  if (counts.failures > 10 || asWarnings > 10) {
    const notice = capped ? t(ctx.lang, 'step.annotationLimitCapped', { shown: rows.length, total: diagnostics.length }) : t(ctx.lang, 'step.annotationLimit', { total: diagnostics.length });
    lines.push('', `> ${notice}`);
  }
  lines.push(...table, ...rows);
  if (capped) lines.push('', t(ctx.lang, 'step.leftOut', { n: diagnostics.length - rows.length }));
  return lines.join('\n') + '\n';
}
