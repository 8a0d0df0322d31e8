// Intervisie groups against an exact reference, and at national scale. The exact optimum of the same
// objective (the sum of road km between every two members of a group; never two members of one
// municipality in a group; every group of six) is a clique-partitioning MIP solved by HiGHS (npm
// `highs`, pinned; mip_rel_gap = 0, status Optimal): y_ij = 1 when i and j share a group, each member
// with exactly five others, transitivity y_ij + y_jk - y_ik <= 1 on every triple (no group labels, so
// no symmetry to break), same-municipality pairs left out. Ours: src/intervisie/partition.ts
// in-process, once as shipped (the exact branch and bound where it finishes, else the local search)
// and once with the local search alone; the lower bound's gap against the optimum too. Then
// formGroups on national rounds of 1,400, 5,000 and 20,000 in child processes (CPU time and peak
// memory of the whole process), and the CLI itself — `cohort groups`, `plan` and `roster` — on a
// national round of 1,400 written as a cohort folder (bench/fixtures/national.mjs).
// Prints figures; asserts nothing about time. Run: node bench/groups.mjs (BENCH_GROUPS_SEEDS=4,
// BENCH_GROUPS_SIZES=12,18,24; 30 members take HiGHS 30 s to 3 min each here; `--national` the
// national rounds and the CLI only, `--cli` the CLI only; BENCH_GROUPS_CLI=0
// skips the CLI runs, BENCH_GROUPS_CLI_RUNS=3 their repetitions, BENCH_GROUPS_NATIONAL=0 everything national).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleSources } from './fixtures/bundle.mjs';
import { writeNational } from './fixtures/national.mjs';
import { rng } from './fixtures/year.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/out/groups.mjs');
const SIZE = 6;

const entry = `
export { atPoints, partition, partitionCost, lowerBound } from './src/intervisie/partition.ts';
export { formGroups } from './src/intervisie/groups.ts';
export { allMunicipalities, distanceKm, findMunicipality } from './src/calendar/municipalities.ts';
export { kmAt, placeIndex } from './src/calendar/travel.ts';
`;
const bundle = ({ rebuild = true } = {}) => bundleSources(entry, out, { rebuild });

/** n members around a town: municipalities within the radius, some drawn twice (never more often than there are groups). */
function fixture(G, seed, n) {
  const r = rng(seed * 7919 + n);
  const all = G.allMunicipalities();
  const centre = all[Math.floor(r() * all.length)];
  const radius = 40 + r() * 80;
  const near = all.filter((m) => G.distanceKm(centre, m) <= radius);
  const pool = near.length >= n ? near : all;
  const k = n / SIZE;
  const count = new Map();
  const towns = [];
  while (towns.length < n) {
    const m = pool[Math.floor(r() * pool.length)];
    if ((count.get(m.code) ?? 0) >= Math.min(k, 2)) continue;
    count.set(m.code, (count.get(m.code) ?? 0) + 1);
    towns.push(m.code);
  }
  const idx = towns.map((t) => G.placeIndex(t));
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dist[i * n + j] = G.kmAt(idx[i], idx[j]);
  return { centre: centre.name, n, k, towns, place: Int32Array.from(idx), dist };
}

function mip(fx) {
  const { n, dist, place } = fx;
  const v = (i, j) => (i < j ? `y${i}_${j}` : `y${j}_${i}`);
  const ok = (i, j) => place[i] !== place[j];
  const obj = [];
  const rows = [];
  const vars = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (ok(i, j)) {
        obj.push(`${dist[i * n + j].toFixed(6)} ${v(i, j)}`);
        vars.push(v(i, j));
      }
  for (let i = 0; i < n; i++) {
    const terms = [];
    for (let j = 0; j < n; j++) if (j !== i && ok(i, j)) terms.push(v(i, j));
    rows.push(` d${i}: ${terms.join(' + ')} = ${SIZE - 1}`);
  }
  let t = 0;
  const tri = (a, b, c) => {
    // y_ab + y_bc - y_ac <= 1, a pair of one municipality counting as 0
    const lhs = [];
    if (ok(a, b)) lhs.push(`+ ${v(a, b)}`);
    if (ok(b, c)) lhs.push(`+ ${v(b, c)}`);
    if (lhs.length < 2) return;
    if (ok(a, c)) lhs.push(`- ${v(a, c)}`);
    rows.push(` t${t++}: ${lhs.join(' ').replace(/^\+ /, '')} <= 1`);
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++) {
        tri(i, j, k);
        tri(j, i, k);
        tri(i, k, j);
      }
  return { lp: `Minimize\n obj: ${obj.join(' + ')}\nSubject To\n${rows.join('\n')}\nBinary\n ${vars.join(' ')}\nEnd\n`, vars };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A national round in a child process: n registrations spread over every municipality, groups of six. */
async function child(n) {
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  const G = await bundle({ rebuild: false });
  const r = rng(n);
  const all = G.allMunicipalities();
  const registrations = Array.from({ length: n }, (_, i) => ({
    id: `r${i + 1}`,
    name: `Wethouder ${i + 1}`,
    role: 'wethouder',
    municipality: all[Math.floor(r() * all.length)].code,
    email: `r${i + 1}@example.nl`,
    registered: new Date(Date.UTC(2026, 4, 1) + i * 60000).toISOString(),
    member: true,
    partnerJoins: false,
    unavailable: [],
    status: 'registered',
  }));
  const programme = { id: 'iv', name: 'Intervisie', capacity: { min: SIZE, max: SIZE }, membersOnly: false, partners: 'none', partnerSeat: false, calendar: { timezone: 'Europe/Amsterdam' } };
  // One facilitator per six registrations, living anywhere (as bench/fixtures/national.mjs writes them for the CLI).
  const people = new Map(
    Array.from({ length: Math.ceil(n / SIZE) }, (_, i) => [`f${i + 1}`, { id: `f${i + 1}`, name: `Begeleider ${i + 1}`, municipality: all[Math.floor(r() * all.length)].code, roles: ['facilitator'], unavailable: [], formerRoles: [] }]),
  );
  const cohort = { id: 'national', programme: 'iv', title: 'national', start: '2027-01-11', facilitators: [...people.keys()], pool: [], fixed: [], unavailable: [], registrations };
  const g = G.formGroups(cohort, programme, people);
  const cpu = process.cpuUsage(t0);
  const placed = g.groups.reduce((s, x) => s + x.members.length, 0);
  const gap = g.lowerBound > 0 ? (100 * (g.memberKm - g.lowerBound)) / g.lowerBound : 0;
  // The round a week later: the groups pinned, 1 % cancelled, 1 % registered late (cohort groups --pin, then a re-run).
  const pins = g.groups.map((x) => ({ id: x.id, members: x.members.map((m) => m.registration.id), ...(x.facilitator ? { facilitator: x.facilitator } : {}) }));
  const changed = registrations.map((x, i) => (i % 100 === 7 ? { ...x, status: 'cancelled' } : x));
  const late = Array.from({ length: Math.floor(n / 100) }, (_, i) => ({ ...registrations[0], id: `late${i + 1}`, municipality: all[Math.floor(r() * all.length)].code, registered: new Date(Date.UTC(2026, 10, 1) + i * 60000).toISOString() }));
  const t1 = process.cpuUsage();
  const again = G.formGroups({ ...cohort, registrations: [...changed, ...late], groups: pins }, programme, people);
  const pinCpu = process.cpuUsage(t1);
  const groupOf = new Map(again.groups.flatMap((x) => x.members.map((m) => [m.registration.id, x.id])));
  const cancelled = new Set(changed.filter((x) => x.status === 'cancelled').map((x) => x.id));
  const moved = pins.reduce((s, p) => s + p.members.filter((m) => !cancelled.has(m) && groupOf.get(m) !== p.id).length, 0);
  const lateSeated = late.filter((x) => groupOf.has(x.id)).length;
  console.log(JSON.stringify({ n, groups: g.groups.length, placed, reserve: g.reserve.length, km: g.memberKm, bound: g.lowerBound, gap, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - w0, maxRssMb: process.resourceUsage().maxRSS / 1024, pinned: { cpuMs: (pinCpu.user + pinCpu.system) / 1000, cancelled: cancelled.size, late: late.length, lateSeated, moved, groups: again.groups.length } }));
}

async function main() {
  const G = await bundle();
  const loadHighs = (await import('highs')).default;
  const highs = await loadHighs();
  const version = JSON.parse(readFileSync(join(root, 'node_modules/highs/package.json'), 'utf8')).version;
  const seeds = Number(process.env.BENCH_GROUPS_SEEDS ?? 4);
  console.log(`\nIntervisie groups against an exact reference: HiGHS ${version} (npm highs, Wasm), clique partitioning, mip_rel_gap=0; groups of ${SIZE}`);
  console.log('seed  n   k  region                 status    MIP s  optimum km  ours km  gap %  proven  LS-only km  LS gap %  ours ms  LS ms  bound below optimum %');
  const gaps = [];
  const lsGaps = [];
  const boundGaps = [];
  for (const n of (process.env.BENCH_GROUPS_SIZES ?? '12,18,24').split(',').map(Number)) {
    for (let seed = 1; seed <= seeds; seed++) {
      const fx = fixture(G, seed, n);
      const { lp, vars } = mip(fx);
      const t0 = performance.now();
      const res = highs.solve(lp, { mip_rel_gap: 0, output_flag: false });
      const mipS = (performance.now() - t0) / 1000;
      let opt;
      if (res.Status === 'Optimal') {
        opt = 0;
        for (const name of vars) {
          if (res.Columns[name].Primal > 0.5) {
            const [i, j] = name.slice(1).split('_').map(Number);
            opt += fx.dist[i * n + j];
          }
        }
      }
      const input = { n, ...G.atPoints([...fx.place], G.kmAt), place: fx.place, forced: new Array(n).fill(true), groups: fx.k, placed: n, seed: seed * 31 + n };
      const t1 = performance.now();
      const ours = G.partition(input);
      const oursMs = performance.now() - t1;
      const t2 = performance.now();
      const ls = G.partition({ ...input, exactNodes: 0 });
      const lsMs = performance.now() - t2;
      const gap = opt ? (100 * (ours.cost - opt)) / opt : undefined;
      const lsGap = opt ? (100 * (ls.cost - opt)) / opt : undefined;
      if (gap !== undefined) {
        gaps.push(gap);
        lsGaps.push(lsGap);
      }
      if (opt !== undefined && ours.cost < opt - 1e-6) throw new Error(`seed ${seed} n ${n}: ours ${ours.cost} below the optimum ${opt}: a rule is broken`);
      // The bound the CLI prints above 20 members (the local search's), against the proven optimum (or our best when HiGHS did not finish).
      const reference = opt ?? ls.cost;
      const boundGap = reference > 0 ? (100 * (reference - ls.lowerBound)) / reference : 0;
      if (opt !== undefined) boundGaps.push(boundGap);
      console.log(
        [String(seed).padEnd(4), String(n).padEnd(3), String(fx.k).padEnd(2), fx.centre.slice(0, 22).padEnd(22), String(res.Status).padEnd(9), mipS.toFixed(2).padStart(5), (opt?.toFixed(1) ?? '—').padStart(10), ours.cost.toFixed(1).padStart(8), (gap === undefined ? '—' : gap.toFixed(2).replace(/^-0\.00$/, '0.00')).padStart(5), String(ours.proven).padEnd(6), ls.cost.toFixed(1).padStart(10), (lsGap === undefined ? '—' : lsGap.toFixed(2).replace(/^-0\.00$/, '0.00')).padStart(8), oursMs.toFixed(0).padStart(7), lsMs.toFixed(0).padStart(5), boundGap.toFixed(1).padStart(11)].join('  '),
      );
    }
  }
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const pct = (x) => x.toFixed(2).replace(/^-0\.00$/, '0.00');
  console.log(`as shipped: mean gap ${pct(mean(gaps))} %, worst ${pct(Math.max(...gaps))} % over ${gaps.length} fixtures solved to optimality`);
  console.log(`local search alone: mean gap ${pct(mean(lsGaps))} %, worst ${pct(Math.max(...lsGaps))} %`);
  console.log(`lower bound: on average ${pct(mean(boundGaps))} % below the optimum, at worst ${pct(Math.max(...boundGaps))} %`);

  if (process.env.BENCH_GROUPS_NATIONAL !== '0') await national();
}

/** The national rounds only (`node bench/groups.mjs --national` skips the exact comparison). */
async function national() {
  console.log('\nNational rounds (formGroups in a child process, one facilitator per six registrations; median of 3 runs; the registrations are generated in the child too)');
  console.log('registrations  groups  placed  reserve  member km  lower bound gap %  CPU ms  wall ms  peak RSS MB');
  const all = new Map();
  for (const n of [1400, 5000, 20000]) {
    const runs = [];
    for (let t = 0; t < 3; t++) runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim()));
    all.set(n, runs);
    const x = runs[0];
    console.log([String(n).padStart(13), String(x.groups).padStart(6), String(x.placed).padStart(6), String(x.reserve).padStart(7), x.km.toFixed(0).padStart(9), x.gap.toFixed(1).padStart(17), median(runs.map((r) => r.cpuMs)).toFixed(0).padStart(6), median(runs.map((r) => r.wallMs)).toFixed(0).padStart(7), median(runs.map((r) => r.maxRssMb)).toFixed(0).padStart(11)].join('  '));
  }
  const cpu = (n) => median(all.get(n).map((r) => r.cpuMs));
  const rss = (n) => median(all.get(n).map((r) => r.maxRssMb));
  console.log(`growth: CPU ×${(cpu(5000) / cpu(1400)).toFixed(1)} from 1,400 to 5,000 (×3.6 registrations), ×${(cpu(20000) / cpu(5000)).toFixed(1)} from 5,000 to 20,000 (×4); peak RSS ${rss(1400).toFixed(0)} → ${rss(5000).toFixed(0)} → ${rss(20000).toFixed(0)} MB (no member × member table: km between municipalities)`);
  console.log('\nThe same rounds a week later, groups pinned (1 % cancelled, 1 % registered late): formGroups again, keeping every pinned member (the CPU of this call alone, median of 3)');
  for (const [n, runs] of all) {
    const p = runs[0].pinned;
    console.log(`${String(n).padStart(13)}  ${p.cancelled} cancelled, ${p.late} late (${p.lateSeated} seated), pinned members moved: ${p.moved}, groups ${p.groups}, CPU ${median(runs.map((x) => x.pinned.cpuMs)).toFixed(0)} ms`);
  }
  if (process.env.BENCH_GROUPS_CLI !== '0') cli();
}

/**
 * The CLI as a user runs it (bin/cohort, the built bundle) on a national round of 1,400 written as a
 * cohort folder: groups, plan and roster, each a whole process measuring itself
 * (bench/fixtures/measure.mjs: CPU time and peak RSS), median of BENCH_GROUPS_CLI_RUNS (3).
 */
function cli() {
  const dir = join(root, 'bench/out/national-1400');
  const { file, facilitators } = writeNational(root, dir, 1400);
  const runs = Number(process.env.BENCH_GROUPS_CLI_RUNS ?? 3);
  const stats = join(root, 'bench/out/groups-cli-stats.json');
  console.log(`\nThe CLI on a national round of 1,400 registrations (${facilitators} facilitators; bench/fixtures/national.mjs → ${dir.slice(root.length + 1)}): whole processes, median of ${runs}`);
  console.log('command  exit  wall ms  CPU ms  peak RSS MB  first line of stderr');
  for (const command of ['groups', 'plan', 'roster']) {
    const args = [command, file, '--today', '2026-12-01', ...(command === 'plan' ? ['--out', join(dir, 'plan.json')] : [])];
    const rows = [];
    for (let t = 0; t < runs; t++) {
      rmSync(stats, { force: true });
      const w0 = performance.now();
      const r = spawnSync(process.execPath, [join(root, 'bench/fixtures/measure.mjs'), join(root, 'bin/cohort'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, BENCH_STATS: stats } });
      const wall = performance.now() - w0;
      const x = JSON.parse(readFileSync(stats, 'utf8'));
      rows.push({ code: r.status, wall, cpu: x.cpu * 1000, rss: x.maxRSS / 1024, err: (r.stderr.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 90) });
      if (command !== 'groups' && t === 0 && wall > 20000) break; // one run is enough to see it is far off
    }
    const m = (f) => median(rows.map(f));
    console.log([command.padEnd(7), String(rows[0].code).padStart(4), m((r) => r.wall).toFixed(0).padStart(7), m((r) => r.cpu).toFixed(0).padStart(6), m((r) => r.rss).toFixed(0).padStart(11), ` ${rows[0].err}`].join('  '));
  }
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]));
else if (process.argv[2] === '--national') await bundle().then(national);
else if (process.argv[2] === '--cli') cli();
else await main();
