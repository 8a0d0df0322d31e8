/**
 * How many cases a fast-check property runs: the suite's default (chosen to find the bugs each
 * property is about in a few seconds), times PROPERTY_RUNS_SCALE for a longer search, e.g.
 * `PROPERTY_RUNS_SCALE=10 npx vitest run test/plan/property.test.ts` in a nightly run. The seeds stay
 * fixed, so a default run is the same run everywhere. The hostile-input property has its own knobs
 * (FUZZ_RUNS, FUZZ_SEED: docs/reliability.md).
 */
export function runs(numRuns: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`PROPERTY_RUNS_SCALE must be a positive number, not '${process.env.PROPERTY_RUNS_SCALE}'`);
  return Math.max(1, Math.round(numRuns * scale));
}
