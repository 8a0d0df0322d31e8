import type { Diagnostic } from '../../model/diagnostic.js';
import type { ViewContext } from './context.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type { ViewContext, Tally } from './context.js';
export { tally, summaryText } from './context.js';
export { renderText, printable } from './text.js';
export { renderJson, buildJsonReport } from './json.js';
export type { JsonReport, JsonDiagnostic } from './json.js';
export { renderGithub, renderStepSummary, escapeData, escapeProperty, markdownCell } from './github.js';
export { renderSarif, buildSarif, artifactLocation, describeRule, SARIF_SCHEMA } from './sarif.js';
export { renderJunit, xmlText, xmlAttr } from './junit.js';
export { frameLine, lineReader, sourceLine, TAB_WIDTH, MAX_LINE_WIDTH } from './codeframe.js';
export { MAX_SHOWN_PER_FILE } from './shown.js';
export type { Frame } from './codeframe.js';
export { messages as diagnosticMessages } from './messages.js';

export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github', 'sarif', 'junit'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export type DiagnosticView = (diagnostics: readonly Diagnostic[], ctx: ViewContext) => string;

const VIEWS: Record<DiagnosticFormat, DiagnosticView> = {
  text: renderText,
  json: renderJson,
  github: renderGithub,
  sarif: renderSarif,
  junit: renderJunit,
};

export function isDiagnosticFormat(s: string): s is DiagnosticFormat {
  return (DIAGNOSTIC_FORMATS as readonly string[]).includes(s);
}

export function renderDiagnostics(format: DiagnosticFormat, diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  return VIEWS[format](diagnostics, ctx);
}
