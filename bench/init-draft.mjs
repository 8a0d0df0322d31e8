// `cohort init programme` checks each answer by running validate's pipeline on the whole draft file
// (src/validate/draft.ts). How long one check takes, in CPU milliseconds, per shipped programme
// as the draft: the median and the 95th percentile of 200 checks after 50 warm-ups. No assertion.
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { bundleSources } from './fixtures/bundle.mjs';
import { median } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const { draftDiagnostics } = await bundleSources("export { draftDiagnostics } from './src/validate/draft.ts';", join(root, 'bench/out/init-draft-bundle.mjs'));

console.log('init programme: one answer checked (validate on the draft), CPU ms');
for (const f of readdirSync(join(root, 'programmes')).filter((n) => n.endsWith('.yaml')).sort()) {
  const path = `programmes/${f}`;
  const text = readFileSync(join(root, path), 'utf8');
  for (let i = 0; i < 50; i++) draftDiagnostics(path, text, 'en');
  const ms = [];
  for (let i = 0; i < 200; i++) {
    const c = process.cpuUsage();
    draftDiagnostics(path, text, 'en');
    const d = process.cpuUsage(c);
    ms.push((d.user + d.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${f.padEnd(36)} ${String(text.length).padStart(6)} bytes  median ${median(ms).toFixed(2)}  p95 ${ms[189].toFixed(2)}`);
}
