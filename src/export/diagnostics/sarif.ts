import type { Diagnostic } from '../../model/diagnostic.js';
import type { ViewContext } from './context.js';
import { failureLevel, fullMessage, optPos, pos, tally } from './context.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Artifact location: relative paths are resolved against %SRCROOT% (the repository root) by the consumer. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  // encodeURIComponent per segment also encodes ':' so a relative path never reads as a URI scheme.
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(path.slice(3))}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

/** A readable rule description from its id, e.g. `schema/unknown-key` → "schema: unknown key". */
export function describeRule(rule: string): string {
  const parts = rule.split('/');
  const name = parts.pop()!.replace(/[-_]+/g, ' ');
  return parts.length > 0 ? `${parts.join('/')}: ${name}` : name;
}

/** SARIF 2.1.0 log with one run, for code-scanning uploads and SARIF viewers. */
export function buildSarif(diagnostics: readonly Diagnostic[], ctx: ViewContext): Record<string, unknown> {
  // Code-unit order, not locale order: the same ids must give the same indexes on every machine.
  const ruleIds = [...new Set(diagnostics.map((d) => d.rule))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const files = tally(diagnostics, ctx).files;
  const fileIndex = new Map(files.map((f, i) => [f, i]));

  const results = diagnostics.map((d) => {
    const startLine = pos(d.line);
    const region: Record<string, number> = { startLine, startColumn: pos(d.column) };
    const endLine = optPos(d.endLine);
    const endColumn = optPos(d.endColumn);
    // An end before the start would make the whole log invalid; keep just the start then.
    const sameLine = endLine === undefined || endLine === startLine;
    if (endLine === undefined || endLine >= startLine) {
      if (endLine !== undefined) region.endLine = endLine;
      if (endColumn !== undefined && (!sameLine || endColumn > region.startColumn!)) region.endColumn = endColumn;
    }
    return {
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule)!,
      // Code scanning gates on the level: under --strict a warning fails, so it is an error here.
      level: failureLevel(d, ctx),
      message: { text: fullMessage(ctx.lang, d) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifactLocation(d.file), index: fileIndex.get(d.file)! },
            region,
          },
        },
      ],
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cohort',
            version: ctx.toolVersion,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: describeRule(id) } })),
          },
        },
        artifacts: files.map((f) => ({ location: artifactLocation(f) })),
        results,
        // Columns count UTF-16 code units, as JavaScript strings and the yaml parser do.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function renderSarif(diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  return JSON.stringify(buildSarif(diagnostics, ctx), null, 2) + '\n';
}
