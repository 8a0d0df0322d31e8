// Coach matching (cohort match): speed and optimality. Synthetic pools of coachees and coaches in real
// municipalities (seeded), matched by the real use case (src/coaching/match.ts: the pair costs from the
// planner's travel estimate, the hard rules, the exact assignment of solve.ts). The total is compared
// with the exact optimum of the same cost matrix solved by HiGHS (npm `highs`, pinned; the
// transportation LP is integral, solved as a MIP with mip_rel_gap = 0 all the same; status must be
// Optimal; objective values compared, never solutions). 2,000 × 400 is run in a child process for
// its whole-process time and peak memory. Prints figures and ratios; asserts nothing about time.
// Run: node bench/match.mjs (npm run bench runs it). BENCH_MATCH_RUNS=9 BENCH_MATCH_SEEDS=1,2,3
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSources } from './fixtures/bundle.mjs';
import { median } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/out/match.mjs');
const RUNS = Number(process.env.BENCH_MATCH_RUNS ?? 9);
const SEEDS = (process.env.BENCH_MATCH_SEEDS ?? '1,2,3').split(',').map(Number);

const bundle = () =>
  bundleSources(
    `export { matchCohort, pairTable } from './src/coaching/match.ts';\nexport { solveAssignment } from './src/coaching/solve.ts';\nexport { allMunicipalities } from './src/calendar/municipalities.ts';\n`,
    out,
  );

function prng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const PROGRAMME = {
  id: 'pool',
  name: 'Pool',
  organiser: 'bench',
  audience: ['wethouder'],
  membersOnly: false,
  span: { min: { amount: 12, unit: 'month' }, max: { amount: 12, unit: 'month' } },
  capacity: { min: 1, max: 100000 },
  partners: 'none',
  partnerSeat: true,
  calendar: { timezone: 'Europe/Amsterdam', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], avoid: [], blackout: [], hours: { start: '08:30', end: '18:00' } },
  matching: { travel: 1, role: 60, availability: 2, party: 10 },
  phases: [{ id: 'gesprek', name: 'Gesprek', mode: 'coaching', sessions: { min: 5, max: 8 }, every: { min: { amount: 4, unit: 'week' }, max: { amount: 8, unit: 'week' } }, duration: { amount: 90, unit: 'minute' }, location: 'participant-municipality' }],
};

/** n coachees and m coaches of capacity `cap` in random real municipalities, with offices, parties and some weeks away. */
export function instance(lib, n, m, cap, seed) {
  const rnd = prng(seed * 7919 + n);
  const places = lib.allMunicipalities().map((x) => x.code);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const parties = ['VVD', 'CDA', 'PvdA', 'D66', 'GroenLinks', 'ChristenUnie', 'SP', 'Lokaal'];
  const away = () => {
    if (rnd() < 0.7) return [];
    const d = 1 + Math.floor(rnd() * 300);
    const start = new Date(Date.UTC(2027, 0, 11 + d)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2027, 0, 11 + d + Math.floor(rnd() * 20))).toISOString().slice(0, 10);
    return [{ start, end }];
  };
  const people = new Map();
  const pool = [];
  for (let j = 0; j < m; j++) {
    const id = `k${String(j).padStart(4, '0')}`;
    pool.push(id);
    people.set(id, { id, name: id, municipality: pick(places), roles: ['coach'], unavailable: away(), formerRoles: rnd() < 0.8 ? ['wethouder'] : ['burgemeester'], party: pick(parties), capacity: cap });
  }
  const registrations = [];
  for (let i = 0; i < n; i++) {
    const id = `b${String(i).padStart(4, '0')}`;
    registrations.push({ id, name: id, role: 'wethouder', municipality: pick(places), email: `${id}@example.nl`, registered: '2026-10-01', member: true, party: pick(parties), partnerJoins: false, unavailable: away(), status: 'confirmed' });
  }
  const cohort = { id: `pool-${n}x${m}`, programme: 'pool', title: 'bench', start: '2027-01-11', end: '2027-12-17', facilitators: [], pool, fixed: [], unavailable: [], registrations };
  return { target: { cohort, programme: PROGRAMME }, people };
}

/** The same cost matrix as a MIP in CPLEX LP format: x_ij in {0,1}, each coachee once, each coach within capacity. */
function lpOf(table, cap) {
  const n = table.coachees.length;
  const m = table.coaches.length;
  const obj = [];
  const rows = Array.from({ length: n }, () => []);
  const cols = Array.from({ length: m }, () => []);
  const bins = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const c = table.total[i * m + j];
      if (c === Infinity) continue;
      const v = `x${i}_${j}`;
      obj.push(`${c} ${v}`);
      rows[i].push(v);
      cols[j].push(v);
      bins.push(v);
    }
  }
  const lines = ['Minimize', ` obj: ${obj.join(' + ')}`, 'Subject To'];
  rows.forEach((r, i) => lines.push(` a${i}: ${r.join(' + ')} = 1`));
  cols.forEach((c, j) => c.length > 0 && lines.push(` k${j}: ${c.join(' + ')} <= ${cap}`));
  lines.push('Binary', ` ${bins.join(' ')}`, 'End');
  return lines.join('\n');
}

/** Median wall and CPU milliseconds of `f` over RUNS runs after a warm-up (CPU time: the machine is shared). */
function timed(f) {
  let r = f();
  const wall = [];
  const cpu = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    r = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), result: r };
}

if (process.argv[2] === '--child') {
  // One whole process: load, build the instance, match once; report time and peak memory.
  const [n, m, cap, seed] = process.argv.slice(3).map(Number);
  const lib = await import(pathToFileURL(out).href);
  const inst = instance(lib, n, m, cap, seed);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = lib.matchCohort(inst.target, [], inst.people);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const all = process.cpuUsage();
  console.log(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, processCpuMs: (all.user + all.system) / 1000, total: r.total, pairs: r.pairs.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const lib = await bundle();
  const { default: loadHighs } = await import('highs');
  const highs = await loadHighs();
  const version = JSON.parse(readFileSync(join(root, 'node_modules/highs/package.json'), 'utf8')).version;
  console.log(`\nCoach matching: cohort match against HiGHS ${version} (exact, mip_rel_gap=0); medians of ${RUNS} in-process runs`);
  console.log('  size (coachees × coaches, capacity)  seed  match ms (CPU)  of which solve (CPU)  total      HiGHS optimum  HiGHS ms  equal');
  for (const [n, m, cap] of [
    [20, 5, 6],
    [60, 12, 6],
    [200, 40, 6],
  ]) {
    for (const seed of SEEDS) {
      const inst = instance(lib, n, m, cap, seed);
      const match = timed(() => lib.matchCohort(inst.target, [], inst.people));
      const result = match.result;
      const table = lib.pairTable(inst.target, inst.people, []);
      const solve = timed(() => lib.solveAssignment({ rows: n, cols: m, cost: table.total, capacity: new Int32Array(m).fill(cap) }));
      const t0 = performance.now();
      const res = highs.solve(lpOf(table, cap), { mip_rel_gap: 0, output_flag: false });
      const highsMs = performance.now() - t0;
      const opt = res.Status === 'Optimal' ? Math.round(res.ObjectiveValue) : undefined;
      const equal = opt === undefined ? `HiGHS ${res.Status}` : opt === result.total && result.unmatched.length === 0 ? 'yes' : 'NO';
      const f = (t) => `${t.wall.toFixed(1)} (${t.cpu.toFixed(1)})`;
      console.log(`  ${`${n} × ${m}, ${cap}`.padEnd(36)} ${String(seed).padStart(4)}  ${f(match).padStart(14)}  ${f(solve).padStart(20)}  ${String(result.total).padEnd(9)}  ${String(opt ?? '—').padEnd(13)}  ${highsMs.toFixed(0).padStart(8)}  ${equal}`);
    }
  }
  console.log('\n  2,000 × 400, capacity 6 (whole process: node, bundle, instance, one match)');
  for (const seed of SEEDS) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '2000', '400', '6', String(seed)], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (child.status !== 0) {
      console.log(`  seed ${seed}: failed (${child.stderr.trim().split('\n')[0]})`);
      continue;
    }
    const r = JSON.parse(child.stdout);
    console.log(`  seed ${seed}: match ${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms), whole process ${wall.toFixed(0)} ms (CPU ${r.processCpuMs.toFixed(0)} ms), peak memory ${r.maxRssMb.toFixed(0)} MB, total ${r.total}, ${r.pairs} pairs`);
  }
}
