import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/export/diagnostics/index.js';
import { ctx, diag } from './helpers.js';

describe('json view', () => {
  const ds = [
    diag({ line: 4, column: 3, endLine: 4, endColumn: 8, suggestion: 'email', hint: 'lower-case' }),
    diag({ file: 'cohorts/b.yaml', severity: 'warning', rule: 'style/w', message: 'w', line: 2, column: 1, pointer: '/a/0' }),
    diag({ file: 'cohorts/b.yaml', line: 9, column: 5, message: 'e2', pointer: '/b' }),
  ];
  const c = ctx({ files: ['programmes/x.yaml', 'cohorts/b.yaml', 'programmes/ok.yaml'] });

  it('has the documented shape, counts and key order', () => {
    const out = renderJson(ds, c);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "version": 1,\n'); // two-space indent
    const r = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(r)).toEqual(['version', 'valid', 'files', 'errors', 'warnings', 'diagnostics']);
    expect(r).toMatchObject({ version: 1, valid: false, files: 3, errors: 2, warnings: 1 });
    const list = r.diagnostics as Record<string, unknown>[];
    expect(list).toHaveLength(3);
    expect(Object.keys(list[0]!)).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'pointer', 'severity', 'rule', 'message', 'suggestion', 'hint',
    ]);
    expect(list[0]).toEqual({
      file: 'programmes/x.yaml', line: 4, column: 3, endLine: 4, endColumn: 8, pointer: '/emial',
      severity: 'error', rule: 'schema/unknown-key', message: "unknown key 'emial'", suggestion: 'email', hint: 'lower-case',
    });
    // Absent optional fields are left out, never null.
    expect(Object.keys(list[1]!)).toEqual(['file', 'line', 'column', 'pointer', 'severity', 'rule', 'message']);
  });

  it('keeps key order whatever order the diagnostic was built in', () => {
    const scrambled = { hint: 'h', message: 'm', rule: 'r', severity: 'error' as const, pointer: '', column: 2, line: 1, file: 'f' };
    const r = JSON.parse(renderJson([scrambled], ctx({ files: ['f'] }))) as { diagnostics: object[] };
    expect(Object.keys(r.diagnostics[0]!)).toEqual(['file', 'line', 'column', 'pointer', 'severity', 'rule', 'message', 'hint']);
  });

  it('is valid with warnings only and with nothing to report', () => {
    const w = JSON.parse(renderJson([ds[1]!], c)) as { valid: boolean; errors: number; warnings: number };
    expect(w).toMatchObject({ valid: true, errors: 0, warnings: 1 });
    expect(JSON.parse(renderJson([], c))).toEqual({ version: 1, valid: true, files: 3, errors: 0, warnings: 0, diagnostics: [] });
  });

  it('is deterministic and does not depend on lang or colour', () => {
    expect(renderJson(ds, c)).toBe(renderJson(ds, { ...c, lang: 'nl', color: true }));
  });
});
