// Hostile sizes: time and peak memory of `cohort validate` on big inputs and many problems, per input
// size, so growth shows (linear: time ratio ≈ size ratio). Run: npm run build, then node bench/hostile.mjs.
// Knobs: BENCH_HOSTILE_SCALES=0.25,0.5,1 (of the sizes), BENCH_HOSTILE_CASES=inline,unknown-keys,…,
// BENCH_HOSTILE_TIMEOUT=120 (seconds per run), BENCH_BIN=path/to/bin/cohort (compare another build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(process.env.BENCH_BIN ?? join(root, 'bin/cohort'));
const scales = (process.env.BENCH_HOSTILE_SCALES ?? '0.25,0.5,1').split(',').map(Number);
const timeout = Number(process.env.BENCH_HOSTILE_TIMEOUT ?? 120) * 1000;
const only = process.env.BENCH_HOSTILE_CASES?.split(',');
const measure = join(root, 'bench/fixtures/measure.mjs');
const MAX_BYTES = 10 * 1024 * 1024;

const droomProgramme = readFileSync(join(root, 'programmes/droom-van-elke-burgemeester.yaml'), 'utf8');
const shippedProgrammes = readdirSync(join(root, 'programmes')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(root, 'programmes', f), 'utf8'));
const MUNICIPALITIES = ['GM0352', 'GM0289', 'GM0546', 'GM1859', 'GM0361', 'Zeist', 'Harderwijk', 'Maastricht'];
const CSV_HEADER = 'id,name,role,municipality,email,registered,member,party,partner,partner-joins,unavailable,status,priority';
const pad = (i) => String(i).padStart(6, '0');
const csvRow = (i, status) => `r${pad(i)},Persoon ${pad(i)},wethouder,${MUNICIPALITIES[i % MUNICIPALITIES.length]},p${pad(i)}@example.nl,2026-05-12T10:03:00+02:00,yes,,,,,${status},`;

/** Each case writes its files into `dir` and returns the paths to validate and what to call the size. */
const CASES = {
  // Item 9: one cohort file of about 10 MB (at 1×) with its registrations inline; valid.
  inline: {
    base: 50_000,
    unit: 'registrations',
    build(dir, n) {
      mkdirSync(join(dir, 'programmes'));
      mkdirSync(join(dir, 'cohorts'));
      writeFileSync(join(dir, 'programmes/droom-van-elke-burgemeester.yaml'), droomProgramme);
      const rows = [];
      for (let i = 0; i < n; i++) {
        rows.push(
          `  - id: r${pad(i)}\n    name: Persoon ${pad(i)}\n    role: burgemeester\n    municipality: ${MUNICIPALITIES[i % MUNICIPALITIES.length]}\n` +
            `    email: p${pad(i)}@example.nl\n    registered: "2026-11-02T10:15:00+01:00"\n    member: true\n    status: registered\n`,
        );
      }
      const head = 'id: groot-2027\nprogramme: droom-van-elke-burgemeester\ntitle: Groot\nstart: "2027-02-15"\nend: "2027-06-11"\nvenue:\n  name: Zaal\n  address: Straat 1\n  municipality: GM0352\nregistrations:\n';
      writeFileSync(join(dir, 'cohorts/groot-2027.yaml'), head + rows.join(''));
      return ['cohorts/groot-2027.yaml'];
    },
  },
  // Item 9: many small programme files.
  programmes: {
    base: 10_000,
    unit: 'files',
    build(dir, n) {
      mkdirSync(join(dir, 'programmes'));
      for (let i = 0; i < n; i++) {
        const text = shippedProgrammes[i % shippedProgrammes.length].replace(/^id: (.+)$/m, `id: $1-${i}`);
        writeFileSync(join(dir, `programmes/p${pad(i)}.yaml`), text);
      }
      return ['programmes'];
    },
  },
  // Item 5: a programme with many unknown keys (each a schema/unknown-key with a "did you mean").
  'unknown-keys': {
    base: 100_000,
    unit: 'unknown keys',
    build(dir, n) {
      mkdirSync(join(dir, 'programmes'));
      const keys = [];
      for (let i = 0; i < n; i++) keys.push(`extra-${pad(i)}: ${i}\n`);
      writeFileSync(join(dir, 'programmes/keys.yaml'), droomProgramme + keys.join(''));
      return ['programmes/keys.yaml'];
    },
  },
  // Item 5: a registrations CSV whose every row has a status the schema does not know.
  'bad-rows': {
    base: 40_000,
    unit: 'bad rows',
    build(dir, n) {
      const rows = [CSV_HEADER];
      for (let i = 0; i < n; i++) rows.push(csvRow(i, 'misschien'));
      writeFileSync(join(dir, 'bad.registrations.csv'), rows.join('\n') + '\n');
      return ['bad.registrations.csv'];
    },
  },
  // Item 3: a `;` header over `,` rows (a file edited in two spreadsheet programs): two or more problems a row.
  delimiter: {
    base: 60_000,
    unit: 'rows',
    build(dir, n) {
      const rows = [CSV_HEADER.replaceAll(',', ';')];
      for (let i = 0; i < n; i++) rows.push(csvRow(i, 'confirmed'));
      writeFileSync(join(dir, 'mixed.registrations.csv'), rows.join('\n') + '\n');
      return ['mixed.registrations.csv'];
    },
  },
};

/** One `cohort validate` process: wall and CPU time, peak RSS of that process (its own resourceUsage), exit code, output size. */
function run(dir, argv) {
  const stats = join(dir, '.stats.json');
  rmSync(stats, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [measure, bin, ...argv], {
    cwd: dir,
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', GITHUB_ACTIONS: '', BENCH_STATS: stats },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout,
  });
  const seconds = (performance.now() - t0) / 1000;
  let usage = {};
  try {
    usage = JSON.parse(readFileSync(stats, 'utf8'));
  } catch {
    // a process killed by the timeout wrote nothing
  }
  const crashed = /internal error|Maximum call stack|heap out of memory|\n\s+at /.test(r.stderr ?? '');
  return { seconds, cpu: usage.cpu, maxRSS: usage.maxRSS, status: r.error?.code === 'ETIMEDOUT' ? 'timeout' : r.status, out: (r.stdout ?? '').length, crashed, stderr: r.stderr ?? '' };
}

const mb = (kB) => (kB === undefined ? '?' : (kB / 1024).toFixed(0));
/** Total bytes of the inputs and the size of the largest file (which must stay under the 10 MiB limit). */
const inputBytes = (dir, paths) => {
  let total = 0;
  let largest = 0;
  const walk = (p) => {
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else [total, largest] = [total + s.size, Math.max(largest, s.size)];
  };
  for (const p of paths) walk(join(dir, p));
  return { total, largest };
};

console.log(`cohort validate on hostile sizes (node ${process.version}, ${bin}); one run each, timeout ${timeout / 1000} s`);
console.log('   case           size  unit            input MB  format   exit   wall s    CPU s  peak RSS MB  RSS/input  stdout MB');
for (const [name, c] of Object.entries(CASES)) {
  if (only && !only.includes(name)) continue;
  const rows = [];
  for (const scale of scales) {
    const n = Math.round(c.base * scale);
    const dir = mkdtempSync(join(tmpdir(), `cohort-bench-${name}-`));
    try {
      const paths = c.build(dir, n);
      const { total: bytes, largest } = inputBytes(dir, paths);
      if (largest > MAX_BYTES) throw new Error(`${name} at ${n}: a file of ${largest} bytes is over the 10 MiB file limit`);
      for (const format of name === 'inline' || name === 'programmes' ? ['text'] : ['text', 'json']) {
        const r = run(dir, ['validate', '--no-color', '--format', format, ...paths]);
        rows.push({ n, format, seconds: r.seconds, cpu: r.cpu, rss: r.maxRSS });
        const flag = r.crashed ? `  CRASH: ${r.stderr.split('\n').find((l) => l.trim()) ?? ''}` : '';
        console.log(
          `   ${name.padEnd(12)} ${String(n).padStart(7)}  ${c.unit.padEnd(14)} ${(bytes / 1048576).toFixed(2).padStart(9)}  ${format.padEnd(6)} ${String(r.status).padStart(6)}` +
            `  ${r.seconds.toFixed(2).padStart(7)}  ${r.cpu === undefined ? '      ?' : r.cpu.toFixed(2).padStart(7)}  ${mb(r.maxRSS).padStart(11)}  ${r.maxRSS === undefined ? '?' : ((r.maxRSS * 1024) / bytes).toFixed(1).padStart(9)}  ${(r.out / 1048576).toFixed(2).padStart(9)}${flag}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Growth from the smallest to the largest size, per format: 1.00 per unit means linear. CPU time, as wall time moves with the machine's load.
  for (const format of ['text', 'json']) {
    const list = rows.filter((r) => r.format === format && r.cpu !== undefined);
    const [first, last] = [list[0], list[list.length - 1]];
    if (!first || first === last) continue;
    const size = last.n / first.n;
    const growth = last.cpu / first.cpu;
    console.log(`   ${name} ${format}: ${size.toFixed(1)}× the size takes ${growth.toFixed(2)}× the CPU time (${(growth / size).toFixed(2)} per unit of size), ${(last.rss / first.rss).toFixed(2)}× the peak RSS`);
  }
}
