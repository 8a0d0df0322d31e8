import { describe, expect, it } from 'vitest';
import { artifactLocation, renderSarif } from '../../src/export/diagnostics/index.js';
import { ctx, diag } from './helpers.js';

interface Region { startLine: number; startColumn: number; endLine?: number; endColumn?: number }
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Region } }[];
}
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; shortDescription: { text: string } }[] } };
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: Result[];
  }[];
}

describe('sarif view', () => {
  const ds = [
    diag({ file: 'cohorts/a b#1.yaml', rule: 'schema/unknown-key', line: 4, column: 3, endLine: 4, endColumn: 8, suggestion: 'email' }),
    diag({ file: 'cohorts/a b#1.yaml', rule: 'capacity/min-exceeds-max', line: 9, column: 5, message: 'min > max' }),
    diag({ file: 'programmes\\x.yaml', rule: 'schema/unknown-key', severity: 'warning', line: 2, column: 1, endLine: 6, endColumn: 2 }),
  ];
  const c = ctx({ files: ['cohorts/a b#1.yaml', 'programmes\\x.yaml', 'programmes/clean.yaml'] });
  const log = JSON.parse(renderSarif(ds, c)) as Log;
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run and nothing else in the output', () => {
    expect(renderSarif(ds, c).trim().startsWith('{')).toBe(true);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'cohort', version: '1.2.3' });
    expect(run.tool.driver).not.toHaveProperty('informationUri');
  });

  it('has one sorted rule per distinct id and consistent ruleIndex', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['capacity/min-exceeds-max', 'schema/unknown-key']);
    for (const r of run.tool.driver.rules) expect(r.shortDescription.text.length).toBeGreaterThan(0);
    expect(run.results).toHaveLength(3);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'warning']);
    expect(run.results[0]!.message.text).toBe("unknown key 'emial' (did you mean 'email'?)");
  });

  it('locates results with encoded relative URIs and exact regions', () => {
    const loc0 = run.results[0]!.locations[0]!.physicalLocation;
    expect(loc0.artifactLocation).toMatchObject({ uri: 'cohorts/a%20b%231.yaml', uriBaseId: '%SRCROOT%' });
    expect(loc0.region).toEqual({ startLine: 4, startColumn: 3, endLine: 4, endColumn: 8 });
    expect(run.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 9, startColumn: 5 });
    const loc2 = run.results[2]!.locations[0]!.physicalLocation;
    expect(loc2.artifactLocation.uri).toBe('programmes/x.yaml');
    expect(loc2.region).toEqual({ startLine: 2, startColumn: 1, endLine: 6, endColumn: 2 });
    for (const r of run.results) {
      const a = r.locations[0]!.physicalLocation.artifactLocation;
      expect(run.artifacts[a.index]!.location.uri).toBe(a.uri);
    }
  });

  it('lists every checked file as an artifact', () => {
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['cohorts/a%20b%231.yaml', 'programmes/x.yaml', 'programmes/clean.yaml']);
    expect(run.artifacts.every((a) => a.location.uriBaseId === '%SRCROOT%')).toBe(true);
  });

  it('drops an end that lies before the start', () => {
    const bad = JSON.parse(renderSarif([diag({ line: 5, column: 4, endLine: 5, endColumn: 4 })], ctx())) as Log;
    expect(bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 4, endLine: 5 });
  });

  it('encodes URIs safely', () => {
    expect(artifactLocation('./a:b/ë 100%.yaml')).toEqual({ uri: 'a%3Ab/%C3%AB%20100%25.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/repo/x.yaml')).toEqual({ uri: 'file:///srv/repo/x.yaml' });
    expect(artifactLocation('C:\\repo\\x.yaml')).toEqual({ uri: 'file:///C:/repo/x.yaml' });
  });

  it('is valid with no diagnostics', () => {
    const empty = JSON.parse(renderSarif([], ctx())) as Log;
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
    expect(empty.runs[0]!.artifacts).toHaveLength(1);
  });
});
