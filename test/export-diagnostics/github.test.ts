import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub, renderStepSummary } from '../../src/export/diagnostics/index.js';
import { STEP_SUMMARY_LIMIT } from '../../src/export/diagnostics/github.js';
import { ctx, diag } from './helpers.js';

interface Command {
  command: string;
  props: Record<string, string>;
  message: string;
}

// Mirrors the runner: split at the first '::' after the properties, then on ',' and the first '='.
function parse(line: string): Command {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string): string => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',')) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
  }
  return { command: m[1]!, props, message: unData(m[3]!) };
}

describe('github annotations', () => {
  it('escapes exactly like @actions/core', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes one command per diagnostic with escaped message and file', () => {
    const ds = [
      diag({ file: 'cohorts/a,b.yaml', line: 3, column: 7, endLine: 3, endColumn: 12, message: '50% over capacity\nsee: seats', suggestion: 'email' }),
      diag({ file: 'programmes/y.yaml', severity: 'warning', rule: 'style/w', message: 'w', line: 2, column: 1 }),
    ];
    const out = renderGithub(ds, ctx());
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(
      "::error file=cohorts/a%2Cb.yaml,line=3,col=7,endLine=3,endColumn=12,title=schema/unknown-key::50%25 over capacity%0Asee: seats (did you mean 'email'?)",
    );
    const first = parse(lines[0]!);
    expect(first.command).toBe('error');
    expect(first.props).toEqual({ file: 'cohorts/a,b.yaml', line: '3', col: '7', endLine: '3', endColumn: '12', title: 'schema/unknown-key' });
    expect(first.message).toBe("50% over capacity\nsee: seats (did you mean 'email'?)");
    const second = parse(lines[1]!);
    expect(second.command).toBe('warning');
    expect(second.props).toEqual({ file: 'programmes/y.yaml', line: '2', col: '1', title: 'style/w' });
  });

  it('escapes a colon in a property and localises the suggestion', () => {
    const out = renderGithub([diag({ rule: 'a:b', suggestion: 'email', hint: 'x' })], ctx({ lang: 'nl' }));
    expect(out).toContain('title=a%3Ab::');
    expect(parse(out.trimEnd()).message).toBe("unknown key 'emial' (bedoelde u 'email'?)\ntip: x");
  });

  it('drops columns of a span over several lines, as GitHub requires', () => {
    const c = parse(renderGithub([diag({ line: 2, column: 3, endLine: 5, endColumn: 1 })], ctx()).trimEnd());
    expect(c.props).toEqual({ file: 'programmes/x.yaml', line: '2', col: '3', title: 'schema/unknown-key' });
  });

  it('prints nothing when there is nothing to report', () => {
    expect(renderGithub([], ctx())).toBe('');
  });
});

describe('github step summary', () => {
  /** Cells of a Markdown table row, splitting on unescaped pipes. */
  const cells = (row: string): string[] => row.slice(2, -2).split(/(?<!\\)\|/).map((c) => c.trim());

  it('lists every diagnostic even beyond the annotation limit', () => {
    const ds = Array.from({ length: 25 }, (_, i) => diag({ line: i + 1, column: 2, message: `problem ${i + 1}` }));
    const md = renderStepSummary(ds, ctx());
    expect(md.startsWith('## ')).toBe(true);
    expect(md).toContain('✖ 25 errors in 1 file');
    expect(md).toContain('10 annotations');
    const rows = md.split('\n').filter((l) => l.startsWith('| programmes'));
    expect(rows).toHaveLength(25);
    for (let i = 1; i <= 25; i++) expect(md).toContain(`| programmes/x.yaml:${i}:2 | error | schema/unknown-key | problem ${i} |`);
  });

  it('escapes pipes, newlines and markup in cells', () => {
    const md = renderStepSummary([diag({ message: 'a | b\nc <script> & `d`', suggestion: 'x|y' })], ctx({ lang: 'nl' }));
    const row = md.split('\n').find((l) => l.startsWith('| programmes'))!;
    expect(cells(row)).toHaveLength(4);
    expect(row).toContain('a \\| b<br>c \\<script\\> \\& \\`d\\`');
    expect(row).toContain("(bedoelde u 'x\\|y'?)");
    expect(md).toContain('| Locatie | Ernst | Regel | Melding |');
    expect(row).toContain('| fout |');
  });

  it('stays under the 1 MiB GitHub takes, its last line counting the problems left out', () => {
    // 20,000 problems of about 130 bytes (a Dutch ij and an emoji among them): some 2.6 MB in full.
    const ds = Array.from({ length: 20_000 }, (_, i) => diag({ line: i + 1, column: 2, message: `onbekende sleutel nummer ${i + 1} in Ĳsselstein 🌷 ${'x'.repeat(60)}` }));
    const md = renderStepSummary(ds, ctx());
    const bytes = new TextEncoder().encode(md).length;
    expect(bytes).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(bytes).toBeGreaterThan(STEP_SUMMARY_LIMIT - 2048);
    const rows = md.split('\n').filter((l) => l.startsWith('| programmes'));
    expect(rows[0]).toContain('| programmes/x.yaml:1:2 |');
    expect(rows.at(-1)).toContain(`| programmes/x.yaml:${rows.length}:2 |`);
    const lines = md.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`… ${20_000 - rows.length} more problems left out: GitHub takes at most 1 MiB per step summary (\`cohort validate --format json\` lists them all).`);
    expect(md).toContain(`the first ${rows.length} of 20000 problems are listed below.`);
  });

  it('in a small limit, in Dutch; a summary that fits has no such line', () => {
    const ds = Array.from({ length: 30 }, (_, i) => diag({ line: i + 1, column: 2, message: `probleem ${i + 1}` }));
    const md = renderStepSummary(ds, ctx({ lang: 'nl' }), 2500);
    const rows = md.split('\n').filter((l) => l.startsWith('| programmes'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    expect(new TextEncoder().encode(md).length).toBeLessThanOrEqual(2500);
    expect(md.trimEnd().split('\n').at(-1)).toBe(`… nog ${30 - rows.length} problemen weggelaten: GitHub neemt hooguit 1 MiB per stapsamenvatting (\`cohort validate --format json\` geeft ze allemaal).`);
    expect(renderStepSummary(ds, ctx({ lang: 'nl' }))).not.toContain('weggelaten');
  });

  it('says all is well without a table', () => {
    const md = renderStepSummary([], ctx({ files: ['a.yaml', 'b.yaml'] }));
    expect(md).toContain('✔ 2 files valid');
    expect(md).not.toContain('|');
    expect(md.endsWith('\n')).toBe(true);
  });
});
