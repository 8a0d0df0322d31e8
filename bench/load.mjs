// Where a command's time goes outside the planner's search: each step of `cohort plan` on the 1×
// national year and of `cohort capacity` on 200 cohorts / 10,000 registrations, timed cold (the first
// and only time in a fresh process, as in a real run) in CPU milliseconds, median of several processes.
// Run after `BENCH_PLAN_SCALES=1 node bench/plan.mjs` and `node bench/capacity.mjs` (they write the
// fixtures): node bench/load.mjs. BENCH_LOAD_RUNS=5. Bundles src/ itself (bench/out/load-bundle.mjs).
// Prints figures; asserts nothing about time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSources } from './fixtures/bundle.mjs';
import { median } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const BUNDLE = join(root, 'bench/out/load-bundle.mjs');
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 5);
const TODAY = '2026-11-23';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One fresh process: every step once, as the command does them, each timed on its own. */
async function child(kind) {
  const C = await import(pathToFileURL(BUNDLE).href);
  const T = {};
  if (kind === 'loadProject') {
    // Reading, parsing, schema and rules together as the commands call them (the folder walk, stat, references followed).
    const t = cpu();
    await C.loadProject(C.realIO({ cwd: process.cwd() }), ['cohorts'], 'en');
    process.stdout.write(JSON.stringify({ 'loadProject, all of the above as the command calls it (own process)': cpu() - t }));
    return;
  }
  const step = (name, f) => {
    const t = cpu();
    const v = f();
    T[name] = (T[name] ?? 0) + cpu() - t;
    return v;
  };
  const paths = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|csv)$/.test(n)) paths.push(p);
    }
  };
  const bytes = step('read the files', () => {
    walk('cohorts');
    walk('programmes');
    return paths.map((p) => readFileSync(p));
  });
  const files = new Map();
  paths.forEach((path, i) => {
    const { loaded } = step(path.endsWith('.csv') ? 'parse CSV' : 'parse YAML', () => C.loadFile(path, bytes[i], 'en'));
    const diagnostics = step('schema (ajv standalone)', () => C.schemaDiagnostics(loaded, C.detectKind(path, loaded.text, loaded.data), 'en'));
    files.set(path, { loaded, kind: C.detectKind(path, loaded.text, loaded.data), clean: !diagnostics.some((d) => d.severity === 'error') });
  });
  const project = step('semantic rules (checkProject)', () => C.checkProject(files, 'en'));
  if (kind === 'plan') {
    const prep = step('preparePlan (seats, coaches, intervisie groups)', () => C.preparePlan(project.cohorts, 'en', TODAY));
    const plan = step('planCohorts (the search)', () => C.planCohorts(prep.input));
    step('checkHardRules (the independent check)', () => C.checkHardRules(prep.input, plan));
    const assembled = C.assemblePlan(project.cohorts, { lang: 'en', today: TODAY, version: 'bench' });
    step('render JSON', () => C.renderPlanJson(assembled.plan, assembled.exportContext));
  } else {
    const cohorts = project.cohorts.filter((c) => c.programme).map((c) => ({ cohort: c.cohort, programme: c.programme }));
    const placements = step('placeCohorts (seats)', () => C.placeCohorts(cohorts, { today: TODAY }));
    const report = step('capacityReport', () => C.capacityReport(cohorts, placements, TODAY));
    step('render JSON', () => C.renderCapacityJson(report));
  }
  process.stdout.write(JSON.stringify(T));
}

const bundle = () =>
  bundleSources(`
export { loadFile } from './src/load/index.ts';
export { loadProject } from './src/commands/project.ts';
export { realIO } from './src/cli/io.ts';
export { detectKind } from './src/validate/kinds.ts';
export { schemaDiagnostics } from './src/validate/schema.ts';
export { checkProject } from './src/validate/rules.ts';
export { preparePlan, assemblePlan } from './src/plan/assemble.ts';
export { planCohorts, checkHardRules } from './src/plan/index.ts';
export { renderPlanJson } from './src/export/plan/index.ts';
export { placeCohorts } from './src/capacity/place.ts';
export { capacityReport } from './src/capacity/report.ts';
export { renderCapacityJson } from './src/export/capacity/report.ts';`, BUNDLE);

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const fixtures = [
    { kind: 'plan', dir: join(root, 'bench/out/year-1x'), title: '`cohort plan` on the 1× national year' },
    { kind: 'capacity', dir: join(root, 'bench/out/capacity'), title: '`cohort capacity` on 200 cohorts, 10,000 registrations' },
  ].filter((f) => existsSync(join(f.dir, 'cohorts')));
  if (fixtures.length === 0) throw new Error('no fixtures: run BENCH_PLAN_SCALES=1 node bench/plan.mjs and node bench/capacity.mjs first');
  await bundle();
  for (const f of fixtures) {
    const runs = [];
    const once = (kind) => {
      const r = spawnSync(process.execPath, [import.meta.filename, '--child', kind], { cwd: f.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`${kind}: ${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    for (let i = 0; i < RUNS; i++) runs.push({ ...once(f.kind), ...once('loadProject') });
    console.log(`\n${f.title}: CPU ms of each step, cold (once in a fresh process), median of ${RUNS} processes`);
    console.log('  | step | CPU ms |');
    console.log('  |---|---:|');
    for (const name of Object.keys(runs[0])) console.log(`  | ${name} | ${median(runs.map((r) => r[name])).toFixed(0)} |`);
  }
}
