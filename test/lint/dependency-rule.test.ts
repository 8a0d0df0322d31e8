import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Probe files that break the dependency rule (docs/ARCHITECTURE.md) must fail `npm run lint`.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: join(root, file) });
  return result?.messages ?? [];
}

type Case = [file: string, code: string, rule: string];

const layerDirection: Case[] = [
  ['src/model/x.ts', "import '../plan/index.js';", 'no-restricted-imports'],
  ['src/model/x.ts', "import '../data/municipalities.generated.js';", 'no-restricted-imports'],
  ['src/model/x.ts', "import '../../schema/cohort.schema.json' with { type: 'json' };", 'no-restricted-imports'],
  ['src/model/x.ts', "import '../i18n/index.js';", 'no-restricted-imports'],
  ['src/data/x.ts', "import '../calendar/date.js';", 'no-restricted-imports'],
  ['src/calendar/x.ts', "import '../load/index.js';", 'no-restricted-imports'],
  ['src/capacity/x.ts', "import '../export/plan/index.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "import '../commands/plan.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "import type { IO } from '../commands/io.js';\nexport type T = IO;", 'no-restricted-imports'],
  ['src/plan/x.ts', "export { runPlan } from '../commands/plan.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "export * from '../validate/rules.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "import '../cli/main.js';", 'no-restricted-imports'],
  ['src/load/x.ts', "import '../validate/parse.js';", 'no-restricted-imports'],
  ['src/validate/x.ts', "import '../export/diagnostics/index.js';", 'no-restricted-imports'],
  ['src/export/diagnostics/x.ts', "import '../../validate/report.js';", 'no-restricted-imports'],
  ['src/export/plan/x.ts', "import '../../commands/plan.js';", 'no-restricted-imports'],
  ['src/export/plan/x.ts', "import '../../edit/pin.js';", 'no-restricted-imports'],
  ['src/edit/x.ts', "import '../load/yaml.js';", 'no-restricted-imports'],
  ['src/commands/x.ts', "import '../cli/io.js';", 'no-restricted-imports'],
  ['src/load/x.ts', "import '../../package.json' with { type: 'json' };", 'no-restricted-imports'],
  ['src/plan/x.ts', "import './../commands/plan.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "import '../model/../commands/plan.js';", 'no-restricted-imports'],
  ['src/plan/x.ts', "export const load = () => import('../commands/plan.js');", 'no-restricted-syntax'],
  ['src/export/plan/x.ts', "export const load = () => import('../../commands/plan.js');", 'no-restricted-syntax'],
  ['src/plan/x.ts', "export type P = import('../commands/plan.js').PlanOptions;", 'no-restricted-syntax'],
  ['src/plan/x.ts', "export const load = (name: string) => import(name);", 'no-restricted-syntax'],
];

const impureModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'os', 'node:os',
  'process', 'node:process', 'worker_threads', 'node:worker_threads', 'net', 'http', 'node:https', 'node:http2',
  'perf_hooks', 'node:module', 'commander', '@inquirer/prompts',
];
const impureImports: Case[] = [
  ...impureModules.map((name): Case => ['src/plan/x.ts', `import '${name}';`, 'no-restricted-imports']),
  ['src/plan/x.ts', "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;", 'no-restricted-imports'],
  ['src/plan/x.ts', "import * as c from 'crypto';\nexport const id = c;", 'no-restricted-imports'],
  ['src/export/plan/x.ts', "import chalk from 'chalk';\nexport const bold = chalk.bold;", 'no-restricted-imports'],
  ['src/plan/x.ts', "export const load = () => import('node:fs');", 'no-restricted-syntax'],
  ['src/plan/x.ts', "export const load = () => import('node:crypto');", 'no-restricted-syntax'],
  ['src/plan/x.ts', "export type Fs = typeof import('fs');", 'no-restricted-syntax'],
];

const impureCalls: Case[] = [
  ['src/plan/x.ts', 'export const t = Date.now();', 'no-restricted-properties'],
  ['src/plan/x.ts', 'export const t = new Date();', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const t = new Date;', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const t = Date();', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const t = new Date(2027, 0, 1);', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const t = new Date(0).getTimezoneOffset();', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const r = Math.random();', 'no-restricted-properties'],
  ['src/plan/x.ts', 'export const t = performance.now();', 'no-restricted-globals'],
  ['src/plan/x.ts', 'export const id = crypto.randomUUID();', 'no-restricted-properties'],
  ['src/plan/x.ts', 'export const r = crypto.getRandomValues(new Uint8Array(4));', 'no-restricted-properties'],
  ['src/plan/x.ts', 'export const tz = process.env.TZ;', 'no-restricted-globals'],
  ['src/plan/x.ts', 'export const tz = globalThis.process.env.TZ;', 'no-restricted-globals'],
  ['src/plan/x.ts', "console.log('x');", 'no-restricted-globals'],
  ['src/plan/x.ts', 'export const tz = new Intl.DateTimeFormat().resolvedOptions().timeZone;', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;', 'no-restricted-syntax'],
  ['src/plan/x.ts', "export const tz = new Intl.DateTimeFormat('nl-NL').resolvedOptions().timeZone;", 'no-restricted-syntax'],
  ['src/plan/x.ts', "export const tz = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).resolvedOptions().locale;", 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const l = new Intl.NumberFormat().resolvedOptions().locale;', 'no-restricted-syntax'],
  ['src/plan/x.ts', 'export const s = new Date(0).toLocaleDateString();', 'no-restricted-syntax'],
  ['src/plan/x.ts', "export const c = 'a'.localeCompare('b');", 'no-restricted-syntax'],
  ['src/commands/x.ts', 'export const t = new Date();', 'no-restricted-syntax'],
  ['src/export/plan/x.ts', 'export const t = Date.now();', 'no-restricted-properties'],
  ['src/model/x.ts', 'export const r = Math.random();', 'no-restricted-properties'],
];

const allowed: [file: string, code: string][] = [
  ['src/plan/x.ts', "import '../model/types.js';"],
  ['src/i18n/x.ts', "import type { Lang } from '../model/types.js';\nexport type L = Lang;"],
  ['src/validate/x.ts', "import '../load/index.js';"],
  ['src/plan/x.ts', "import type { IsoDate } from '../model/types.js';\nexport type D = IsoDate;"],
  ['src/plan/x.ts', "import '../calendar/date.js';\nimport '../i18n/index.js';\nimport '../data/municipalities.generated.js';"],
  ['src/plan/x.ts', "import './days.js';\nimport 'node:path';\nimport 'date-fns';"],
  ['src/plan/x.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;"],
  ['src/capacity/x.ts', "import '../plan/index.js';"],
  ['src/calendar/x.ts', "import '../data/school-holidays.generated.js';"],
  ['src/model/x.ts', "import './types.js';"],
  ['src/data/x.ts', "import '../model/types.js';"],
  ['src/validate/x.ts', "import '../../schema/cohort.schema.json' with { type: 'json' };\nimport './compiled/validators.cjs';"],
  ['src/load/x.ts', "import '../calendar/tz.js';"],
  ['src/export/plan/x.ts', "import '../diagnostics/index.js';\nimport '../../calendar/tz.js';\nimport '../../plan/index.js';"],
  // src/export/plan/ is export's own folder, not src/plan/.
  ['src/export/diagnostics/x.ts', "import '../plan/index.js';"],
  ['src/export/plan/x.ts', "import { Chalk } from 'chalk';\nexport const c = new Chalk({ level: 0 });"],
  ['src/commands/x.ts', "import '../load/index.js';\nimport '../validate/parse.js';\nimport '../export/plan/index.js';\nimport '../plan/index.js';"],
  ['src/commands/x.ts', "export const load = () => import('../plan/index.js');"],
  ['src/cli/x.ts', "import 'node:fs';\nimport 'commander';\nimport '../commands/plan.js';"],
  ['src/cli/x.ts', 'export const now = [new Date(), Date.now(), process.argv, performance.now(), Math.random()];'],
  ['src/cli/x.ts', "export const load = () => import('../commands/plan.js');\nconsole.log('x');"],
  ['src/plan/x.ts', 'export const t = [new Date(0), new Date(Date.UTC(2027, 0, 1)), Date.UTC(2027, 0, 1)];'],
  ['src/calendar/x.ts', "export const tz = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;"],
  ['src/plan/x.ts', "export const l = new Intl.NumberFormat('nl').resolvedOptions().locale;"],
  ['src/plan/x.ts', "export const s = [new Date(0).toLocaleDateString('nl-NL', { timeZone: 'UTC' }), 'a'.localeCompare('b', 'en')];"],
  ['test/x.test.ts', "import { readFileSync } from 'node:fs';\nexport const x = [readFileSync, new Date(), process.env];"],
  ['bench/x.mjs', "import { readFileSync } from 'node:fs';\nexport const x = [readFileSync, Date.now(), process.argv];"],
  ['scripts/x.mjs', "import { writeFileSync } from 'node:fs';\nexport const x = [writeFileSync, process.argv];"],
];

describe('the dependency rule', () => {
  describe.each([
    ['an import against the direction of the layers', layerDirection],
    ['an import that reaches the machine', impureImports],
    ['a call that reads the clock, the machine or the process', impureCalls],
  ])('%s fails lint', (_name, cases) => {
    it.each(cases)('%s: %s', async (file, code, rule) => {
      expect((await lint(file, code)).map((m) => m.ruleId)).toContain(rule);
    });
  });

  it.each(allowed)('%s may say %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });

  // A folder (or a deeper file) the rule does not know would be outside it.
  const sourceDirs = (dir: string): string[] => {
    const entries = readdirSync(join(root, dir), { withFileTypes: true });
    const subdirs = entries.filter((e) => e.isDirectory()).flatMap((e) => sourceDirs(join(dir, e.name)));
    return entries.some((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name)) ? [dir, ...subdirs] : subdirs;
  };
  const dirs = sourceDirs('src').filter((d) => !d.startsWith(join('src', 'cli')) && d !== join('src', 'validate', 'compiled'));

  it.each(dirs)('covers %s', async (dir) => {
    const toSrc = relative(dir, 'src').split('\\').join('/');
    const messages = await lint(join(dir, 'probe.ts'), `import '${toSrc}/cli/main.js';`);
    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
