// `cohort validate` against ajv-cli on the same YAML files and schemas, and against `node -e 0`, whole
// processes as a user runs them; the bundle's make-up; then 1,000 programme files.
// Run: npm run bench (or node bench/validate.mjs after npm run build); BENCH_CALLGRIND=1 adds instruction counts.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { printBundle } from './bundle.mjs';
import { compare, fmt, runOnce, time } from './lib.mjs';

const node = process.execPath;
const cohort = ['bin/cohort', 'validate', '--no-color'];
const ajv = 'node_modules/ajv-cli/dist/index.js';
const runs = Number(process.env.BENCH_RUNS ?? 15);

const yamlIn = (dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
const programmes = yamlIn('programmes');
const cohorts = yamlIn('cohorts').filter((f) => !/\.(people|registrations)\.ya?ml$/.test(f));
const people = yamlIn('cohorts').filter((f) => /\.people\.ya?ml$/.test(f));

// ajv-cli takes one schema per run: the same files need one process per schema.
const ajvRuns = [
  ['programme', programmes],
  ['cohort', cohorts],
  ['people', people],
].filter(([, files]) => files.length > 0);
const ajvArgs = (schema, files) => [node, ajv, 'validate', '--spec=draft7', '--strict=false', '--all-errors', '-c', 'ajv-formats', '-s', `schema/${schema}.schema.json`, ...files.flatMap((f) => ['-d', f])];

console.log(`node ${process.version}, ${programmes.length} programmes, ${cohorts.length} cohorts, ${people.length} people files`);
const check = runOnce([node, ...cohort]);
if (check.status !== 0) {
  console.error(check.stdout, check.stderr);
  throw new Error('cohort validate is not clean on the shipped files');
}

const ratioText = (r) => `ratio ${r.ratio.toFixed(2)} (min ${r.minRatio.toFixed(2)}, max ${r.maxRatio.toFixed(2)})`;
const noCache = { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } };

console.log(`\n0. programmes/ (${programmes.length} files): cohort validate vs ajv-cli on the same files and schema, and vs node -e 0; median of ${runs} alternating runs`);
// The warm-up run of compare() writes bin/cohort's compile cache; the second line shows a run without it.
const vsAjv = compare([node, ...cohort, 'programmes'], ajvArgs('programme', programmes), runs);
console.log(`   cohort validate ${fmt(vsAjv.a)}   ajv-cli ${fmt(vsAjv.b)}   ${ratioText(vsAjv)}   (target at most 0.5)`);
const coldAjv = compare([node, ...cohort, 'programmes'], ajvArgs('programme', programmes), runs, noCache);
console.log(`   without the compile cache: cohort validate ${fmt(coldAjv.a)}   ajv-cli ${fmt(coldAjv.b)}   ${ratioText(coldAjv)}`);
const vsNode = compare([node, ...cohort, 'programmes'], [node, '-e', '0'], runs);
console.log(`   cohort validate ${fmt(vsNode.a)}   node -e 0 ${fmt(vsNode.b)}   ${ratioText(vsNode)}   (target about 2)`);
printBundle();
if (process.env.BENCH_CALLGRIND) {
  // Instructions are what a shared machine cannot skew: valgrind counts them on the main thread (what
  // the user waits for) and on all threads (V8 also compiles and collects garbage on helper threads).
  const instructions = (argv) => {
    const dir = mkdtempSync(join(tmpdir(), 'cohort-callgrind-'));
    const r = spawnSync('valgrind', ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${dir}/cg`, '--smc-check=all-non-file', ...argv], { encoding: 'utf8' });
    const totals = readdirSync(dir)
      .filter((f) => /^cg-\d+$/.test(f))
      .map((f) => Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? NaN));
    const main = Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, 'cg-01'), 'utf8'))?.[1] ?? NaN);
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0 || !Number.isFinite(main)) throw new Error(`valgrind failed: ${r.error?.message ?? r.stderr}`);
    return { main, all: totals.reduce((a, b) => a + b, 0) };
  };
  const [ours, theirs, bare] = [[node, ...cohort, 'programmes'], ajvArgs('programme', programmes), [node, '-e', '0']].map(instructions);
  const m = (n) => `${(n / 1e6).toFixed(0)} M`;
  for (const part of ['main', 'all']) {
    console.log(
      `   instructions, ${part === 'main' ? 'main thread' : 'all threads'} (callgrind): cohort validate ${m(ours[part])}, ajv-cli ${m(theirs[part])}, node -e 0 ${m(bare[part])}; ` +
        `ratios ${(ours[part] / theirs[part]).toFixed(2)} and ${(ours[part] / bare[part]).toFixed(2)}`,
    );
  }
}

console.log('\n1. One file (programmes/loopbaanplus.yaml), median of', runs, 'alternating runs');
const one = compare([node, ...cohort, 'programmes/loopbaanplus.yaml'], ajvArgs('programme', ['programmes/loopbaanplus.yaml']), runs);
console.log(`   cohort validate ${fmt(one.a)}   ajv-cli ${fmt(one.b)}   ratio ${one.ratio.toFixed(2)} (min ${one.minRatio.toFixed(2)}, max ${one.maxRatio.toFixed(2)})`);

console.log('\n2. All shipped YAML (programmes/ and cohorts/): cohort once vs ajv-cli once per schema');
const ours = time([node, ...cohort], runs);
const theirs = ajvRuns.map(([schema, files]) => time(ajvArgs(schema, files), runs));
const theirsTotal = theirs.reduce((s, t) => s + t.median, 0);
console.log(`   cohort validate ${fmt(ours.median)} (also checks CSV registrations and the semantic rules)`);
console.log(`   ajv-cli ${ajvRuns.map(([s], i) => `${s} ${fmt(theirs[i].median)}`).join(', ')}: total ${fmt(theirsTotal)}`);
console.log(`   ratio ${(ours.median / theirsTotal).toFixed(2)}`);

const baseline = time([node, '-e', '0'], runs);
console.log(`\n   reference: node -e 0 ${fmt(baseline.median)}`);

console.log('\n3. 1,000 programme files');
const dir = 'bench/out/many/programmes';
rmSync('bench/out/many', { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const sources = programmes.map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < 1000; i++) {
  const text = sources[i % sources.length].replace(/^id: (.+)$/m, `id: $1-${i}`);
  writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.yaml`), text);
}
const many = time([node, ...cohort, dir], Math.max(3, Math.floor(runs / 3)));
if (many.last.status !== 0) console.log(many.last.stdout.slice(0, 2000));
console.log(`   cohort validate ${fmt(many.median)} for 1,000 files (${(1000 / many.median).toFixed(0)} files/s)`);
const ajvMany = time(ajvArgs('programme', [`${dir}/*.yaml`]), 3);
console.log(`   ajv-cli ${fmt(ajvMany.median)}   ratio ${(many.median / ajvMany.median).toFixed(2)}`);
