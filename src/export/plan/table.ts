import { Chalk } from 'chalk';
import type { Plan, PlannedSession, ScoreItem } from '../../model/plan.js';
import type { ExportContext } from './context.js';
import { hasMessage } from '../../i18n/index.js';
import { facilitatorNames, locationText, programmeName, t } from './common.js';
import { messages } from './messages.js';
import { displayWidth, padEnd, terminalText, wrap } from './text.js';
import { dominantZone, hhmm, humanDate, parseDate, parseSessionTime, sameDay, sortSessions } from './time.js';

export interface TableOptions {
  /** ANSI colours for headings and broken rules; off by default so output is plain text. */
  color?: boolean;
}

// Long titles and locations wrap within their column (README, Decisions: the plan table's width).
const TITLE_WIDTH = 56;
const LOCATION_WIDTH = 40;

const MAX_FACTS = 40;

function timeSpan(s: PlannedSession, ctx: ExportContext, cohortZone: string): string {
  const start = parseSessionTime(s, 'start');
  const end = parseSessionTime(s, 'end');
  let span: string;
  if (s.allDay) {
    const label = t(ctx, s.kind === 'deadline' ? 'table.deadline' : 'table.all-day');
    span = sameDay(start, end) ? label : `${label} → ${humanDate(ctx.lang, end, false)}`;
  } else {
    span = sameDay(start, end) ? `${hhmm(start)} → ${hhmm(end)}` : `${hhmm(start)} → ${humanDate(ctx.lang, end, false)} ${hhmm(end)}`;
  }
  return s.timezone === cohortZone ? span : `${span} (${s.timezone})`;
}

/** The venue's name alone keeps the table narrow; other locations as in the ICS. */
function tableLocation(s: PlannedSession, ctx: ExportContext): string {
  return s.location.kind === 'venue' && s.location.name ? s.location.name : locationText(s, ctx);
}

function ruleLabel(ctx: ExportContext, constraint: string): string {
  const key = `rule.${constraint}`;
  return hasMessage(messages, key) ? t(ctx, key) : terminalText(constraint);
}

function listSessions(ids: readonly string[]): string {
  const shown = ids.slice(0, 12).map(terminalText).join(', ');
  return ids.length > 12 ? `${shown}, … (+${ids.length - 12})` : shown;
}

function scoreItemLines(ctx: ExportContext, item: ScoreItem): string[] {
  const lines = [`  - ${t(ctx, 'table.item', { label: ruleLabel(ctx, item.constraint), cost: item.cost })}`];
  if (item.sessions.length > 0) lines.push(`      ${t(ctx, 'table.item-sessions', { list: listSessions(item.sessions) })}`);
  // The score keeps every fact (JSON has them all); a terminal shows the first ones and counts the rest.
  for (const fact of item.facts.slice(0, MAX_FACTS)) lines.push(`      • ${terminalText(fact)}`);
  if (item.facts.length > MAX_FACTS) lines.push(`      • … (+${item.facts.length - MAX_FACTS})`);
  return lines;
}

/** Aligned columns; a cell is one or more terminal lines, a row as many lines as its tallest cell. */
function columns(rows: (string | string[])[][]): string[] {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? [c] : c)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => Math.max(...r[i]!.map(displayWidth)))));
  return cells.flatMap((r) =>
    Array.from({ length: Math.max(...r.map((c) => c.length)) }, (_, k) =>
      `  ${r.map((cell, i) => (i === r.length - 1 ? (cell[k] ?? '') : padEnd(cell[k] ?? '', widths[i]!))).join('  ')}`.trimEnd(),
    ),
  );
}

/** The plan for a terminal: per cohort its sessions, then the score analysis and what could not be planned. */
export function renderPlanTable(plan: Plan, ctx: ExportContext, opts: TableOptions = {}): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  const sorted = sortSessions(plan.sessions);
  const cohortIds = [...new Set(sorted.map((s) => s.cohort))].sort();
  for (const cohort of cohortIds) {
    const sessions = sorted.filter((s) => s.cohort === cohort);
    const zone = dominantZone(sessions);
    const title = ctx.cohorts?.get(cohort)?.title;
    const heading = title ? t(ctx, 'table.cohort-title', { title, id: cohort }) : t(ctx, 'table.cohort', { id: cohort });
    out.push(chalk.bold(terminalText(`${heading} — ${programmeName(sessions[0]!, ctx)}`)));
    out.push(`  ${t(ctx, 'table.sessions', { n: sessions.length, tz: zone })}`);
    const header = ['table.h.date', 'table.h.time', 'table.h.title', 'table.h.location', 'table.h.facilitators'] as const;
    const rows = sessions.map((s) => [
      humanDate(ctx.lang, parseSessionTime(s, 'start')),
      timeSpan(s, ctx, zone),
      wrap(terminalText((s.status === 'cancelled' ? t(ctx, 'table.cancelled') : '') + s.title), TITLE_WIDTH),
      wrap(terminalText(tableLocation(s, ctx)), LOCATION_WIDTH),
      terminalText(facilitatorNames(s, ctx).join(', ')),
    ]);
    const lines = columns([header.map((k) => t(ctx, k)), ...rows]);
    out.push(chalk.dim(lines[0]!), ...lines.slice(1), '');
  }
  if (cohortIds.length === 0) out.push(t(ctx, 'table.no-sessions'), '');

  out.push(chalk.bold(t(ctx, 'table.score')));
  const hard = plan.score.items.filter((i) => i.level === 'hard' && i.cost > 0);
  // Every session left unplanned is a hard rule broken, whoever found it (the planner, or the host check after it).
  const broken = Math.max(hard.length, plan.score.hard, plan.infeasible.length);
  if (broken === 0) out.push(`  ${chalk.green(t(ctx, 'table.hard-kept'))}`);
  else {
    out.push(`  ${chalk.red(t(ctx, 'table.hard-broken', { n: broken }))}`);
    for (const item of hard) out.push(...scoreItemLines(ctx, item).map((l) => `  ${l}`));
  }
  const soft = plan.score.items.filter((i) => i.level === 'soft' && i.cost > 0);
  if (plan.score.soft === 0 && soft.length === 0) out.push(`  ${t(ctx, 'table.soft-none')}`);
  else {
    out.push(`  ${t(ctx, 'table.soft-total', { n: plan.score.soft })}`);
    for (const item of soft) out.push(...scoreItemLines(ctx, item).map((l) => `  ${l}`));
  }

  if (plan.infeasible.length > 0) {
    out.push('', chalk.bold.red(t(ctx, 'table.infeasible', { n: plan.infeasible.length })));
    for (const f of plan.infeasible) {
      out.push(`  ${terminalText(`${f.cohort} / ${f.session}`)} — ${t(ctx, 'table.rule', { rule: ruleLabel(ctx, f.rule) })}`);
      if (f.message) out.push(`    ${terminalText(f.message)}`);
      if (f.proof) out.push(`    ${terminalText(f.proof)}`);
      else if (f.proven) out.push(`    ${t(ctx, 'table.proven')}`);
      if (f.suggestion) out.push(`    ${chalk.bold(t(ctx, 'table.suggestion', { text: terminalText(f.suggestion) }))}`);
      if (f.tried.length === 0) out.push(`    ${t(ctx, 'table.tried-none')}`);
      else out.push(`    ${t(ctx, 'table.tried', { n: f.tried.length })}`);
      for (const r of f.tried) {
        let date: string;
        try {
          date = humanDate(ctx.lang, parseDate(r.date));
        } catch {
          date = terminalText(r.date);
        }
        out.push(`      ${date}: ${r.reasons.map(terminalText).join('; ')}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
