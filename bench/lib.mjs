// Small timing helpers for the benchmarks: whole-process wall time over repeated runs, medians.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs argv once as a process; returns wall seconds and the exit status. */
export function runOnce(argv, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Times commands A and B alternately (A B A B …) after a warm-up, so drift in the machine's speed
 * hits both; returns the medians and the median of the pairwise ratios A/B.
 */
export function compare(a, b, runs = 15, opts = {}) {
  runOnce(a, opts);
  runOnce(b, opts);
  const ta = [];
  const tb = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = runOnce(a, opts).seconds;
    const y = runOnce(b, opts).seconds;
    ta.push(x);
    tb.push(y);
    ratios.push(x / y);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios), minRatio: Math.min(...ratios), maxRatio: Math.max(...ratios) };
}

export function time(argv, runs = 9, opts = {}) {
  runOnce(argv, opts);
  const ts = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = runOnce(argv, opts);
    ts.push(last.seconds);
  }
  return { median: median(ts), min: Math.min(...ts), max: Math.max(...ts), last };
}

export const fmt = (s) => `${(s * 1000).toFixed(0)} ms`;
