// `cohort capacity` over 200 cohorts with 10,000 registrations, and `cohort cancel` in the largest of
// them: wall time and peak memory of the whole process (median of several runs after a warm-up;
// memory from /usr/bin/time -f %M where the machine has it). Prints figures; asserts nothing about time.
// Run: npm run build && node bench/capacity.mjs. BENCH_CAP_RUNS=9.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleSources } from './fixtures/bundle.mjs';
import { median, runOnce } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const BIN = join(root, 'bin/cohort');
const OUT = join(root, 'bench/out/capacity');
const RUNS = Number(process.env.BENCH_CAP_RUNS ?? 9);
const TODAY = '2026-11-23';
const COHORTS = 200;
const REGISTRATIONS = 10_000;
/** The largest cohort: a popular course with a long reserve list. */
const LARGEST = 1_000;

/** Mulberry32: the same files on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUNICIPALITIES = ['GM0014', 'GM0034', 'GM0074', 'GM0080', 'GM0153', 'GM0193', 'GM0202', 'GM0228', 'GM0268', 'GM0307', 'GM0344', 'GM0363', 'GM0392', 'GM0437', 'GM0479', 'GM0518', 'GM0599', 'GM0772', 'GM0796', 'GM0855', 'GM0935', 'GM0983', 'GM1680', 'GM1883'];

function writeFixture() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'cohorts'), { recursive: true });
  cpSync(join(root, 'programmes'), join(OUT, 'programmes'), { recursive: true });
  const programmes = readdirSync(join(OUT, 'programmes'))
    .filter((f) => f.endsWith('.yaml') && f !== 'bestuurderspool.yaml')
    .map((f) => {
      const text = readFileSync(join(OUT, 'programmes', f), 'utf8');
      return { id: f.replace(/\.yaml$/, ''), role: /audience: \[(\w[\w-]*)/.exec(text)[1], partners: /^partners: optional/m.test(text), plannable: !/^not-plannable:/m.test(text) };
    })
    // A cohort of a programme that says not-plannable (the alumni network) is refused by validate.
    .filter((p) => p.plannable);
  writeFileSync(join(OUT, 'cohorts/team.people.yaml'), 'people:\n  - { id: anna-jansen, name: Anna Jansen, roles: [facilitator] }\n  - { id: ruth-mulder, name: Ruth Mulder, roles: [speaker] }\n');
  const random = prng(20261123);
  // The largest cohort first, the rest share what is left.
  const sizes = [LARGEST, ...Array.from({ length: COHORTS - 1 }, (_, i) => Math.floor((REGISTRATIONS - LARGEST) / (COHORTS - 1)) + (i < (REGISTRATIONS - LARGEST) % (COHORTS - 1) ? 1 : 0))];
  let n = 0;
  sizes.forEach((size, k) => {
    const p = programmes[k % programmes.length];
    const id = `c${String(k + 1).padStart(3, '0')}`;
    const start = `2027-${String(1 + (k % 12)).padStart(2, '0')}-${String(4 + (k % 20)).padStart(2, '0')}`;
    writeFileSync(
      join(OUT, 'cohorts', `${id}.yaml`),
      `id: ${id}\nprogramme: ${p.id}\ntitle: Cohort ${id}\nstart: "${start}"\nfacilitators: [anna-jansen]\npeople: [team.people.yaml]\n${p.id === 'loopbaanplus' ? 'guests:\n  directeur: ruth-mulder\n' : ''}registrations: ${id}.registrations.csv\n`,
    );
    const rows = ['id;name;role;municipality;email;registered;member;partner;partner-joins;status;priority;offer-expires'];
    for (let i = 0; i < size; i++) {
      n++;
      const r = random();
      const status = i < 4 ? 'confirmed' : r < 0.05 ? 'cancelled' : r < 0.08 ? 'withdrawn' : r < 0.1 ? 'waiting' : 'registered';
      const day = 1 + Math.floor(random() * 28);
      const couple = p.partners && random() < 0.2;
      rows.push(
        [
          `r${String(i + 1).padStart(4, '0')}`,
          `Deelnemer ${n}`,
          p.role,
          MUNICIPALITIES[Math.floor(random() * MUNICIPALITIES.length)],
          `d${n}@example.nl`,
          `2026-10-${String(day).padStart(2, '0')}T${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00+02:00`,
          random() < 0.9 ? 'yes' : 'no',
          couple ? `Partner ${n}` : '',
          couple ? 'yes' : '',
          status,
          random() < 0.05 ? '1' : '',
          '',
        ].join(';'),
      );
    }
    writeFileSync(join(OUT, 'cohorts', `${id}.registrations.csv`), `\uFEFF${rows.join('\r\n')}\r\n`);
  });
  return n;
}

/** Median wall time and peak RSS (MB, from /usr/bin/time) of a whole `cohort` process. */
function measure(args, { fresh } = {}) {
  const hasTime = existsSync('/usr/bin/time');
  const argv = hasTime ? ['/usr/bin/time', '-f', '%M', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const once = () => {
    fresh?.();
    const r = runOnce(argv, { cwd: OUT, env: { PATH: process.env.PATH, LANG: 'C' } });
    if (r.status !== 0) throw new Error(`cohort ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const kb = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
    return { seconds: r.seconds, mb: kb / 1024, stdout: r.stdout };
  };
  once();
  const runs = Array.from({ length: RUNS }, once);
  return { ms: median(runs.map((r) => r.seconds)) * 1000, minMs: Math.min(...runs.map((r) => r.seconds)) * 1000, mb: Math.max(...runs.map((r) => r.mb)), stdout: runs.at(-1).stdout };
}

/** In-process, on the current sources: how the whole-process time splits into reading and checking the files, placing, and the report. */
async function split() {
  const C = await bundleSources(
    `export { loadProject } from './src/commands/project.ts';
export { realIO } from './src/cli/io.ts';
export { placeCohorts } from './src/capacity/place.ts';
export { capacityReport } from './src/capacity/report.ts';
export { renderCapacityJson, renderCapacityTable } from './src/export/capacity/report.ts';`,
    join(root, 'bench/out/capacity-bundle.mjs'),
  );
  const io = C.realIO({ cwd: OUT });
  const times = { load: [], place: [], report: [] };
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    let t = performance.now();
    const loaded = await C.loadProject(io, ['cohorts'], 'en');
    times.load.push(performance.now() - t);
    const cohorts = loaded.project.cohorts.filter((c) => c.programme).map((c) => ({ cohort: c.cohort, programme: c.programme }));
    t = performance.now();
    const placements = C.placeCohorts(cohorts, { today: TODAY });
    times.place.push(performance.now() - t);
    t = performance.now();
    C.renderCapacityJson(C.capacityReport(cohorts, placements, TODAY));
    C.renderCapacityTable(C.capacityReport(cohorts, placements, TODAY), { lang: 'en' });
    times.report.push(performance.now() - t);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

if (!existsSync(join(root, 'dist/cohort.js'))) throw new Error('run npm run build first');
const total = writeFixture();
const csv = join(OUT, 'cohorts/c001.registrations.csv');
const pristine = readFileSync(csv);
const node = measure(['--version']);
// The floor: reading and checking the same files, which every command does first.
const validate = measure(['validate', 'cohorts', '--format', 'json']);
const capacity = measure(['capacity', 'cohorts', '--format', 'json', '--today', TODAY]);
const table = measure(['capacity', 'cohorts', '--today', TODAY]);
const report = JSON.parse(capacity.stdout);
const largest = report.cohorts.find((c) => c.cohort === 'c001');
const placedId = 'r0001';
const dry = measure(['cancel', 'cohorts/c001.yaml', placedId, '--dry-run', '--today', TODAY]);
const explain = measure(['explain', 'cohorts/c001.yaml', 'r0500', '--today', TODAY]);
// A real cancellation writes the CSV and the history: each run starts from the same file.
const history = join(OUT, 'cohorts/c001.history.jsonl');
const cancel = measure(['cancel', 'cohorts/c001.yaml', placedId, '--today', TODAY], { fresh: () => (writeFileSync(csv, pristine), rmSync(history, { force: true })) });

const inProcess = await split();

// The same cancellation when the programme has a total over its cohorts: the command reads the other
// cohorts of the programme in the folder (about 18 of the 200) to count it.
const droom = join(OUT, 'programmes/droom-van-elke-burgemeester.yaml');
writeFileSync(droom, readFileSync(droom, 'utf8').replace(/^capacity:\n/m, 'capacity:\n  total: 5000\n'));
writeFileSync(csv, pristine);
rmSync(history, { force: true });
const withTotal = measure(['cancel', 'cohorts/c001.yaml', placedId, '--dry-run', '--today', TODAY]);

const mb = (x) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} MB`);
console.log(`\ncohort capacity and cancel (${RUNS} runs each after a warm-up; whole process)`);
console.log(`  fixture: ${report.cohorts.length} cohorts, ${total} registrations; largest c001: ${LARGEST} registrations, reserve list ${largest.reserve.length}`);
console.log('  | what | wall (median) | fastest | peak RSS |');
console.log('  |---|---|---|---|');
console.log(`  | \`cohort --version\` (start-up alone) | ${node.ms.toFixed(0)} ms | ${node.minMs.toFixed(0)} ms | ${mb(node.mb)} |`);
console.log(`  | \`cohort validate cohorts\` (reading and checking the same files) | ${validate.ms.toFixed(0)} ms | ${validate.minMs.toFixed(0)} ms | ${mb(validate.mb)} |`);
console.log(`  | \`cohort capacity cohorts --format json\` | ${capacity.ms.toFixed(0)} ms | ${capacity.minMs.toFixed(0)} ms | ${mb(capacity.mb)} |`);
console.log(`  | \`cohort capacity cohorts\` (table) | ${table.ms.toFixed(0)} ms | ${table.minMs.toFixed(0)} ms | ${mb(table.mb)} |`);
console.log(`  | \`cohort cancel cohorts/c001.yaml ${placedId} --dry-run\` | ${dry.ms.toFixed(0)} ms | ${dry.minMs.toFixed(0)} ms | ${mb(dry.mb)} |`);
console.log(`  | \`cohort cancel cohorts/c001.yaml ${placedId}\` (writes CSV and history) | ${cancel.ms.toFixed(0)} ms | ${cancel.minMs.toFixed(0)} ms | ${mb(cancel.mb)} |`);
console.log(`  | \`cohort explain cohorts/c001.yaml r0500\` | ${explain.ms.toFixed(0)} ms | ${explain.minMs.toFixed(0)} ms | ${mb(explain.mb)} |`);
console.log(`  | \`cohort cancel cohorts/c001.yaml ${placedId} --dry-run\`, the programme with a total over its cohorts | ${withTotal.ms.toFixed(0)} ms | ${withTotal.minMs.toFixed(0)} ms | ${mb(withTotal.mb)} |`);
console.log(`  in-process, median: reading and checking the files ${inProcess.load.toFixed(0)} ms, placing every cohort ${inProcess.place.toFixed(1)} ms, the report as JSON and table ${inProcess.report.toFixed(1)} ms`);
