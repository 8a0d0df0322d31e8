import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_FORMATS,
  isDiagnosticFormat,
  renderDiagnostics,
  renderGithub,
  renderJson,
  renderJunit,
  renderSarif,
  renderText,
} from '../../src/export/diagnostics/index.js';
import { ANSI, ctx, diag } from './helpers.js';

describe('renderDiagnostics', () => {
  const ds = [diag({ line: 1, column: 2, suggestion: 'email' }), diag({ severity: 'warning', rule: 'style/w', line: 2, column: 1 })];
  const c = ctx({ sources: new Map([['programmes/x.yaml', 'emial: x\nb: 1\n']]), color: true });

  it('offers the five formats', () => {
    expect([...DIAGNOSTIC_FORMATS]).toEqual(['text', 'json', 'github', 'sarif', 'junit']);
    expect(isDiagnosticFormat('sarif')).toBe(true);
    expect(isDiagnosticFormat('html')).toBe(false);
  });

  it('dispatches to each view', () => {
    const views = { text: renderText, json: renderJson, github: renderGithub, sarif: renderSarif, junit: renderJunit };
    for (const f of DIAGNOSTIC_FORMATS) expect(renderDiagnostics(f, ds, c)).toBe(views[f](ds, c));
  });

  it('ends every non-empty output with a newline and is deterministic', () => {
    for (const f of DIAGNOSTIC_FORMATS) {
      const out = renderDiagnostics(f, ds, c);
      expect(out.endsWith('\n')).toBe(true);
      expect(out.endsWith('\n\n')).toBe(false);
      expect(renderDiagnostics(f, ds, c)).toBe(out);
    }
  });

  it('colours only the text view', () => {
    for (const f of DIAGNOSTIC_FORMATS.filter((f) => f !== 'text')) expect(renderDiagnostics(f, ds, c)).not.toMatch(ANSI);
  });
});
