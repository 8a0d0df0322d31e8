/**
 * The README's examples run as written: every `$ npx cohort …` line of a console block is run
 * in-process in a fresh copy of the shipped examples, and what the block shows after it must be
 * what a terminal would show (stdout and stderr in order). A line `…` stands for any lines; other
 * commands of a block are not run.
 * `<!-- readme: NAME=FILE -->` before a block puts test/fixtures/readme/FILE at NAME first.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { workspace } from './e2e/helpers.js';
import { cohortIn, ROOT } from './support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../src/plan/index.js', async (original) => (await import('./support/plan-once.js')).planOnce(await original()));
vi.mock('../src/validate/parse.js', async (original) => (await import('./support/parse-once.js')).parseOnce(await original()));

interface Example {
  line: number;
  setup: [string, string][];
  steps: { argv: string[]; shown: string[] }[];
}

function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function examples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    const setup = [...(lines[i - 1] ?? '').matchAll(/<!-- readme: (\S+)=(\S+) -->/g)].map((m) => [m[1]!, m[2]!] as [string, string]);
    const example: Example = { line: i + 1, setup, steps: [] };
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      const l = lines[i]!;
      if (l.startsWith('$ ')) example.steps.push({ argv: words(l.slice(2)), shown: [] });
      else example.steps.at(-1)?.shown.push(l);
    }
    if (example.steps.some((s) => s.argv[0] === 'npx' && s.argv[1] === 'cohort')) out.push(example);
  }
  return out;
}

/** `shown` against what the terminal printed, `…` matching any run of lines. */
function matches(shown: readonly string[], printed: readonly string[]): boolean {
  const go = (a: number, b: number): boolean => {
    if (a === shown.length) return b === printed.length;
    if (shown[a]!.trim() === '…') return Array.from({ length: printed.length - b + 1 }, (_, k) => b + k).some((k) => go(a + 1, k));
    return b < printed.length && shown[a] === printed[b] && go(a + 1, b + 1);
  };
  return go(0, 0);
}

// The README and the pages it links to that show commands with their output.
const PAGES = ['README.md', 'docs/exports.md', 'docs/capacity.md'];

describe.each(PAGES)('%s examples', (page) => {
  const all = examples(readFileSync(join(ROOT, page), 'utf8'));
  it('there are examples to run', () => expect(all.length).toBeGreaterThan(0));

  it.each(all.map((e) => [e.line, e] as const))(`the console block at ${page}:%i prints what it shows`, async (_line, example) => {
    const dir = workspace({}, { withExamples: true });
    for (const [name, fixture] of example.setup) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      copyFileSync(join(ROOT, 'test/fixtures/readme', fixture), join(dir, name));
    }
    for (const step of example.steps) {
      // Other commands in a block (`ls`) only show the reader what is there; they are not run.
      if (step.argv[0] !== 'npx' || step.argv[1] !== 'cohort') continue;
      let terminal = '';
      await cohortIn(step.argv.slice(2), { cwd: dir, terminal: (t) => void (terminal += t) });
      // A terminal shows neither the CSV's byte order mark nor the CR of CRLF line ends.
      const printed = terminal.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
      const shown = step.shown.at(-1) === '' ? step.shown.slice(0, -1) : step.shown;
      expect(matches(shown, printed), `$ ${step.argv.join(' ')}\n--- README shows:\n${shown.join('\n')}\n--- printed:\n${printed.join('\n')}`).toBe(true);
    }
  });
});
