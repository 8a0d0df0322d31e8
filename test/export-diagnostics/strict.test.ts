/** Under --strict a warning fails the run, so every view must say so, not only the exit code (a green dashboard on a red job). */
import { describe, expect, it } from 'vitest';
import {
  buildJsonReport,
  buildSarif,
  renderGithub,
  renderJunit,
  renderStepSummary,
  renderText,
  summaryText,
  tally,
} from '../../src/export/diagnostics/index.js';
import { ctx, diag } from './helpers.js';

const warning = diag({ severity: 'warning', rule: 'eligibility/non-member', message: 'this registration is not a member', file: 'cohorts/c.csv', line: 3, column: 5 });
const files = ['programmes/x.yaml', 'cohorts/c.csv'];
const plain = ctx({ files });
const strict = ctx({ files, strict: true });

function sarifLevels(c: typeof plain): unknown[] {
  const runs = buildSarif([warning], c).runs as { results: { level: string }[] }[];
  return runs[0]!.results.map((r) => r.level);
}

describe('--strict in every view', () => {
  it('json: valid is false and says strict', () => {
    expect(buildJsonReport([warning], plain)).toMatchObject({ valid: true, errors: 0, warnings: 1 });
    expect(buildJsonReport([warning], plain)).not.toHaveProperty('strict');
    const report = buildJsonReport([warning], strict);
    expect(report).toMatchObject({ valid: false, strict: true, errors: 0, warnings: 1 });
    expect(Object.keys(report).slice(0, 4)).toEqual(['version', 'valid', 'strict', 'files']);
    expect(report.diagnostics[0]!.severity).toBe('warning');
  });
  it('json: clean files stay valid under --strict', () => {
    expect(buildJsonReport([], strict)).toMatchObject({ valid: true, strict: true });
  });

  it('junit: the warning is a <failure> and the file counts as failed', () => {
    const before = renderJunit([warning], plain);
    expect(before).not.toContain('<failure');
    expect(before).toContain('<testsuites name="cohort validate" tests="2" failures="0" errors="0">');
    const after = renderJunit([warning], strict);
    expect(after).toContain('<testsuites name="cohort validate" tests="2" failures="1" errors="0">');
    expect(after).toContain('<testsuite name="cohorts/c.csv" tests="1" failures="1"');
    expect(after).toMatch(/<failure message="this registration is not a member" type="eligibility\/non-member">cohorts\/c\.csv:3:5 warning: this registration/);
    expect(after).not.toContain('<system-out>');
    expect(after).toContain('<testcase classname="programmes/x.yaml" name="programmes/x.yaml"/>');
  });

  it('sarif: the warning is reported at level error', () => {
    expect(sarifLevels(plain)).toEqual(['warning']);
    expect(sarifLevels(strict)).toEqual(['error']);
  });

  it('github: the annotation is an error', () => {
    expect(renderGithub([warning], plain)).toMatch(/^::warning file=cohorts\/c\.csv,/);
    expect(renderGithub([warning], strict)).toMatch(/^::error file=cohorts\/c\.csv,line=3,col=5,title=eligibility\/non-member::/);
  });

  it('text and the step summary: a red cross that names --strict, in English and Dutch', () => {
    expect(renderText([warning], plain)).toMatch(/⚠ 1 warning in 1 of 2 files, no errors\n$/);
    expect(renderText([warning], strict)).toMatch(/✖ 1 warning in 1 of 2 files, which fail under --strict\n$/);
    expect(renderText([warning], { ...strict, lang: 'nl' })).toMatch(/✖ 1 waarschuwing in 1 van de 2 bestanden, afgekeurd door --strict\n$/);
    expect(renderStepSummary([warning], strict)).toContain('✖ 1 warning in 1 of 2 files, which fail under --strict');
  });

  it('errors read the same with or without --strict', () => {
    const error = diag();
    expect(summaryText('en', tally([error, warning], strict))).toEqual(summaryText('en', tally([error, warning], plain)));
    expect(tally([error, warning], strict)).toMatchObject({ failures: 2, filesFailing: 2 });
    expect(tally([error, warning], plain)).toMatchObject({ failures: 1, filesFailing: 1 });
  });

  it('github: more than 10 warnings made errors by --strict get the annotation-limit note', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...warning, line: i + 1 }));
    expect(renderStepSummary(many, plain)).toContain('GitHub shows at most 10 annotations');
    const five = many.slice(0, 5);
    expect(renderStepSummary(five, strict)).not.toContain('GitHub shows at most 10 annotations');
  });
});
