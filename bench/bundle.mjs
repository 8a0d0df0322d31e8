// What dist/cohort.js holds, by what each command runs: the static import graph of esbuild's
// metafile (dist/meta.json) from the CLI and from each command's module. Run after npm run build.
import { readFileSync, statSync } from 'node:fs';

const COMMANDS = { validate: 'src/commands/validate.ts', plan: 'src/commands/plan.ts', schema: 'src/commands/schema.ts' };

/** Modules reachable from `from` through static imports (dynamic ones start another command's part). */
function reach(meta, from) {
  const seen = new Set();
  const stack = [from];
  while (stack.length > 0) {
    const path = stack.pop();
    if (seen.has(path) || !meta.inputs[path]) continue;
    seen.add(path);
    for (const i of meta.inputs[path].imports) if (i.kind !== 'dynamic-import' && !i.external) stack.push(i.path);
  }
  return seen;
}

export function bundleParts(root = '.') {
  const meta = JSON.parse(readFileSync(`${root}/dist/meta.json`, 'utf8'));
  const output = meta.outputs['dist/cohort.js'];
  const size = (paths) => [...paths].reduce((n, p) => n + (output.inputs[p]?.bytesInOutput ?? 0), 0);
  const cli = reach(meta, 'src/cli/main.ts');
  const parts = { total: statSync(`${root}/dist/cohort.js`).size, cli: size(cli) };
  const validate = new Set([...reach(meta, COMMANDS.validate)].filter((p) => !cli.has(p)));
  parts.validate = size(validate);
  const plan = [...reach(meta, COMMANDS.plan)].filter((p) => !cli.has(p));
  parts.planShared = size(plan.filter((p) => validate.has(p)));
  parts.planOwn = size(plan.filter((p) => !validate.has(p)));
  parts.schemaOwn = size([...reach(meta, COMMANDS.schema)].filter((p) => !cli.has(p) && !validate.has(p)));
  parts.largest = Object.entries(output.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 6)
    .map(([path, v]) => [path.replace(/^node_modules\/([^/]+)\/.*/, 'npm $1'), v.bytesInOutput]);
  return parts;
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

export function printBundle(root = '.') {
  const p = bundleParts(root);
  console.log(`   dist/cohort.js ${kb(p.total)}: CLI ${kb(p.cli)}; validate adds ${kb(p.validate)}; plan adds ${kb(p.planOwn)} (and uses ${kb(p.planShared)} of validate's); schema adds ${kb(p.schemaOwn)}`);
  console.log(`   largest inputs: ${p.largest.map(([n, b]) => `${n} ${kb(b)}`).join(', ')}`);
  return p;
}

if (import.meta.url === `file://${process.argv[1]}`) printBundle();
