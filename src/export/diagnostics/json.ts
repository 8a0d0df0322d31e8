import type { Diagnostic } from '../../model/diagnostic.js';
import type { ViewContext } from './context.js';
import { optPos, pos, tally } from './context.js';

/**
 * Machine-readable report, shape version 1 (a change to existing keys bumps `version`; new optional keys may appear):
 *
 *   {
 *     "version": 1,
 *     "valid": boolean,        // true when nothing fails: no errors, and under --strict no warnings either
 *     "strict"?: true,         // present when --strict made warnings fail
 *     "files": number,         // files checked, also clean ones
 *     "errors": number,
 *     "warnings": number,
 *     "diagnostics": [
 *       { "file": string, "line": number, "column": number,        // 1-based; columns in UTF-16 code units
 *         "endLine"?: number, "endColumn"?: number,                // endColumn is exclusive
 *         "pointer": string,                                       // RFC 6901, "" for the whole document
 *         "severity": "error" | "warning", "rule": string, "message": string,
 *         "suggestion"?: string, "hint"?: string }
 *     ]
 *   }
 *
 * Keys always appear in this order; absent optional keys are omitted, never null. Two-space indent, final newline.
 */
export interface JsonReport {
  version: 1;
  valid: boolean;
  strict?: true;
  files: number;
  errors: number;
  warnings: number;
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  pointer: string;
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
  suggestion?: string;
  hint?: string;
}

function toJson(d: Diagnostic): JsonDiagnostic {
  // Built key by key so the order is part of the contract, whatever order the Diagnostic was created in.
  const o: JsonDiagnostic = { file: d.file, line: pos(d.line), column: pos(d.column) } as JsonDiagnostic;
  const endLine = optPos(d.endLine);
  const endColumn = optPos(d.endColumn);
  if (endLine !== undefined) o.endLine = endLine;
  if (endColumn !== undefined) o.endColumn = endColumn;
  o.pointer = d.pointer;
  o.severity = d.severity;
  o.rule = d.rule;
  o.message = d.message;
  if (d.suggestion !== undefined) o.suggestion = d.suggestion;
  if (d.hint !== undefined) o.hint = d.hint;
  return o;
}

export function buildJsonReport(diagnostics: readonly Diagnostic[], ctx: Pick<ViewContext, 'files' | 'strict'>): JsonReport {
  const s = tally(diagnostics, ctx);
  return {
    version: 1,
    // A dashboard reads `valid`: under --strict it must agree with the exit code.
    valid: s.failures === 0,
    ...(s.strict ? { strict: true as const } : {}),
    files: s.files.length,
    errors: s.errors,
    warnings: s.warnings,
    diagnostics: diagnostics.map(toJson),
  };
}

export function renderJson(diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  return JSON.stringify(buildJsonReport(diagnostics, ctx), null, 2) + '\n';
}
