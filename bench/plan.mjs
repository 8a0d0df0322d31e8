// `cohort plan` on a synthetic national year (bench/fixtures/year.mjs) at 1×, 2× and 4× the size:
// planner time in-process (median after a warm-up, in a child process per size so its peak memory is
// its own), whole-process time of the CLI, sessions, hard-rule violations, infeasible sessions, soft
// cost. Prints figures; asserts nothing about time.
// Run: npm run bench (or: npm run build && node bench/plan.mjs). BENCH_PLAN_SCALES=1,2 BENCH_PLAN_RUNS=5.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { plannerBundle, root } from './fixtures/bundle.mjs';
import { writeYear } from './fixtures/year.mjs';
import { median, runOnce } from './lib.mjs';

const TODAY = '2026-11-23';

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else await main();

/** In a fresh process: load the year as the CLI does, plan it `runs` times after one warm-up, report JSON. */
async function child(dir, runs) {
  const P = await plannerBundle({ rebuild: false });
  // The CLI is run from inside the year's folder too: see bench/README.md (programme look-up).
  process.chdir(dir);
  const t0 = performance.now();
  const loaded = await P.loadProject(P.realIO(), ['cohorts'], 'en');
  const cohortFiles = new Set(loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort'));
  const cohorts = loaded.project.cohorts.filter((c) => cohortFiles.has(c.file) && c.programme);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  const { input } = P.preparePlan(cohorts, 'en', TODAY);
  const loadMs = performance.now() - t0;
  // the first run is the one a CLI user gets: the planner's code still cold (interpreter, baseline tiers)
  const cpu0 = process.cpuUsage();
  const tc = performance.now();
  let plan = P.planCohorts(input); // cold, and the warm-up
  const coldMs = performance.now() - tc;
  const coldCpu = process.cpuUsage(cpu0);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    plan = P.planCohorts(input);
    times.push(performance.now() - t);
  }
  const violations = P.checkHardRules(input, plan);
  // A cohort the planner reports infeasible is left out of the plan: its sessions are counted as
  // infeasible, not again as "missing".
  const failed = new Set(plan.infeasible.map((f) => f.cohort));
  // (its left-out sessions show up as missing or as a series with no conversations)
  const real = violations.filter((v) => !failed.has(v.cohort));
  const soft = Object.fromEntries(plan.score.items.filter((i) => i.level === 'soft').map((i) => [i.constraint, i.cost]));
  const out = {
    errors,
    cohorts: cohorts.length,
    registrations: cohorts.reduce((s, c) => s + c.cohort.registrations.length, 0),
    people: input.people.size,
    loadMs,
    coldMs,
    // user + system of the whole process during the run: V8's compiler and GC threads included
    coldCpuMs: (coldCpu.user + coldCpu.system) / 1000,
    planMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    sessions: plan.sessions.filter((s) => s.status === 'confirmed').length,
    violations: real.length,
    violationRules: [...new Set(real.map((v) => v.rule))],
    infeasible: plan.infeasible.length,
    infeasibleCohorts: failed.size,
    left: [...failed].sort().map((id) => ({ id, proven: plan.infeasible.some((f) => f.cohort === id && f.proven) })),
    proofs: [...new Set(plan.infeasible.filter((f) => f.proof).map((f) => f.proof))],
    soft: plan.score.soft,
    softParts: soft,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  // marked, so stray output of the code under test cannot be mistaken for the result
  process.stdout.write(`\nBENCH-RESULT ${JSON.stringify(out)}\n`);
}

/** Peak RSS of one CLI run in MB, from /usr/bin/time when the machine has it. */
function cliRss(argv, cwd) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

async function main() {
  const scales = (process.env.BENCH_PLAN_SCALES ?? '1,2,4').split(',').map(Number);
  const runs = Number(process.env.BENCH_PLAN_RUNS ?? 5);
  const node = process.execPath;
  await plannerBundle();
  console.log(`\nPlanner on a synthetic national year (node ${process.version}); the first (cold) in-process run, then the median of ${runs} more`);
  const rows = [];
  for (const k of scales) {
    const dir = join(root, `bench/out/year-${k}x`);
    const made = writeYear(root, dir, k);
    const c = runOnce([node, join(root, 'bench/plan.mjs'), '--child', dir, String(runs)], { cwd: root });
    if (c.status !== 0) {
      console.log(c.stderr);
      throw new Error(`child for ${k}× failed`);
    }
    const r = JSON.parse(c.stdout.split('\n').findLast((l) => l.startsWith('BENCH-RESULT ')).slice('BENCH-RESULT '.length));
    if (r.errors > 0) throw new Error(`the generated ${k}× year does not validate (${r.errors} errors)`);
    // whole process as a user runs it; from inside the folder (see bench/README.md)
    const argv = [node, join(root, 'bin/cohort'), 'plan', 'cohorts', '--format', 'json', '--today', TODAY, '--quiet'];
    runOnce(argv, { cwd: dir });
    const cliRuns = Math.max(3, Math.floor(runs / 2));
    const ts = [];
    let last;
    for (let i = 0; i < cliRuns; i++) {
      last = runOnce(argv, { cwd: dir });
      ts.push(last.seconds * 1000);
    }
    r.cliMs = median(ts);
    r.cliStatus = last.status;
    if (last.status !== 0) r.cliError = last.stderr.trim().split('\n').find((l) => l.startsWith('cohort:') || /Error/.test(l)) ?? last.stderr.trim().split('\n')[0];
    r.cliRssMB = cliRss(argv, dir);
    r.k = k;
    r.made = made;
    rows.push(r);
    console.log(`  ${k}×: ${r.cohorts} cohorts, ${made.facilitators} facilitators, ${r.registrations} registrations, ${r.sessions} sessions: planner cold ${r.coldMs.toFixed(0)} ms (${r.coldCpuMs.toFixed(0)} ms CPU), warm ${r.planMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}), cohort plan ${r.cliMs.toFixed(0)} ms (exit ${r.cliStatus})`);
  }

  const pad = (s, n) => String(s).padStart(n);
  const head = ['size', 'cohorts', 'facil.', 'regs', 'sessions', 'cold ms', 'cold CPU', 'plan ms', 'µs/sess', 'CLI ms', 'RSS MB', 'CLI RSS', 'hard', 'infeas.', 'left out', 'proven', 'soft cost'];
  const widths = [5, 8, 7, 6, 9, 8, 9, 8, 8, 8, 7, 8, 5, 8, 9, 7, 14];
  const line = (cells) => `  ${cells.map((c, i) => pad(c, widths[i])).join(' ')}`;
  console.log(`\n${line(head)}`);
  for (const r of rows)
    console.log(
      line([
        `${r.k}×`,
        r.cohorts,
        r.made.facilitators,
        r.registrations,
        r.sessions,
        r.coldMs.toFixed(0),
        r.coldCpuMs.toFixed(0),
        r.planMs.toFixed(0),
        ((r.planMs * 1000) / r.sessions).toFixed(0),
        r.cliMs.toFixed(0),
        r.maxRssMB.toFixed(0),
        r.cliRssMB === undefined ? '—' : r.cliRssMB.toFixed(0),
        r.violations,
        r.infeasible,
        r.left.length,
        r.left.filter((x) => x.proven).length,
        r.soft.toFixed(3),
      ]),
    );
  const base = rows[0];
  if (rows.length > 1) {
    console.log(`\n  growth against ${base.k}×    sessions   planner   per session   cold CPU   per session   CLI      peak RSS`);
    for (const r of rows.slice(1)) {
      const s = r.sessions / base.sessions;
      const t = r.planMs / base.planMs;
      const c = r.coldCpuMs / base.coldCpuMs;
      console.log(
        `  ${pad(`${r.k}×`, 4)}                  ${pad(`${s.toFixed(2)}×`, 7)}  ${pad(`${t.toFixed(2)}×`, 7)}  ${pad(`${(t / s).toFixed(2)}×`, 10)}  ${pad(`${c.toFixed(2)}×`, 8)}  ${pad(`${(c / s).toFixed(2)}×`, 10)}  ${pad(`${(r.cliMs / base.cliMs).toFixed(2)}×`, 6)}  ${pad(`${(r.maxRssMB / base.maxRssMB).toFixed(2)}×`, 8)}`,
      );
    }
  }
  console.log(`\n  soft cost parts at ${base.k}×: ${Object.entries(base.softParts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const r of rows)
    if (r.left.length > 0) {
      console.log(`  ${r.k}×: left out ${r.left.map((x) => `${x.id}${x.proven ? ' (proven)' : ''}`).join(', ')}`);
      for (const p of r.proofs) console.log(`    ${p}`);
    }
  for (const r of rows) if (r.cliStatus !== 0) console.log(`  ${r.k}×: cohort plan exited ${r.cliStatus}: ${r.cliError}`);
  for (const r of rows) if (r.violations > 0) console.log(`  ${r.k}×: hard-rule violations (${r.violationRules.join(', ')}) — the planner broke a rule`);
  console.log(`  target: 1× in under 1 s (planner ${base.planMs < 1000 ? 'meets it' : 'does not meet it'}); growth about linear in sessions`);
}
