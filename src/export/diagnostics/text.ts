import { Chalk } from 'chalk';
import type { Diagnostic } from '../../model/diagnostic.js';
import { frameLine, lineReader } from './codeframe.js';
import type { ViewContext } from './context.js';
import { optPos, pos, severityLabel, summaryText, SUMMARY_SYMBOL, t, tally } from './context.js';
import { shownPerFile, type Hidden } from './shown.js';

// Terminal output must never carry raw control characters from user data (an ESC could rewrite the screen).
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** One printable line: line breaks become spaces, other controls a visible replacement character. */
export function printable(s: string): string {
  return s.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, '\uFFFD');
}

/** Whole-file problems sit at 1:1 with the root pointer; a caret under the first character would mislead. */
function isWholeFile(d: Diagnostic): boolean {
  return d.pointer === '' && d.line === 1 && d.column === 1 && d.endLine === undefined && d.endColumn === undefined;
}

function notShown(ctx: ViewContext, file: string, h: Hidden): string {
  const errors = t(ctx.lang, 'count.errors', { n: h.errors });
  const warnings = t(ctx.lang, 'count.warnings', { n: h.warnings });
  const counts = h.warnings === 0 ? errors : h.errors === 0 ? warnings : `${errors} ${t(ctx.lang, 'and')} ${warnings}`;
  return t(ctx.lang, 'more.notShown', { counts, file: printable(file) });
}

/** `file:line:col: severity: message [rule]` is the shape editors and terminals turn into links. */
export function renderText(diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  // level 1 (16 colours) is enough and works in every terminal and CI log viewer.
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const blocks: string[] = [];
  const { keep, hidden } = shownPerFile(diagnostics);
  const readers = new Map<string, (line: number) => string | undefined>();
  diagnostics.forEach((d, i) => {
    if (!keep[i]) return;
    const line = pos(d.line);
    const column = pos(d.column);
    const paint = d.severity === 'error' ? c.red.bold : c.yellow.bold;
    const out: string[] = [];
    out.push(
      `${c.bold(`${printable(d.file)}:${line}:${column}:`)} ${paint(`${severityLabel(ctx.lang, d.severity)}:`)} ` +
        `${printable(d.message)} ${c.dim(`[${printable(d.rule)}]`)}`,
    );

    const source = ctx.sources.get(d.file);
    let lines = readers.get(d.file);
    if (source !== undefined && !lines) readers.set(d.file, (lines = lineReader(source)));
    const text = !lines || isWholeFile(d) ? undefined : lines(line);
    if (text !== undefined) {
      const endLine = optPos(d.endLine);
      const endColumn = endLine === undefined || endLine === line ? optPos(d.endColumn) : undefined;
      const frame = frameLine(text, column, endColumn, line === 1);
      const gutter = String(line);
      const blank = ' '.repeat(gutter.length);
      out.push(`${c.dim(`  ${gutter} |`)}${frame.text === '' ? '' : ` ${frame.text}`}`);
      const marker = '^' + '~'.repeat(frame.caretWidth - 1);
      out.push(`${c.dim(`  ${blank} |`)} ${' '.repeat(frame.caretCol)}${paint(marker)}`);
    }
    if (d.suggestion !== undefined) out.push(`  ${t(ctx.lang, 'suggestion', { s: printable(d.suggestion) })}`);
    if (d.hint !== undefined) out.push(`  ${c.cyan(`${t(ctx.lang, 'hint')}:`)} ${printable(d.hint)}`);
    blocks.push(out.join('\n'));
    const h = hidden.get(d.file);
    if (h?.after === i) blocks.push(c.bold(notShown(ctx, d.file, h)));
  });

  const summary = summaryText(ctx.lang, tally(diagnostics, ctx));
  const colour = summary.kind === 'errors' ? c.red.bold : summary.kind === 'warnings' ? c.yellow.bold : c.green.bold;
  blocks.push(colour(`${SUMMARY_SYMBOL[summary.kind]} ${summary.text}`));
  return blocks.join('\n\n') + '\n';
}
