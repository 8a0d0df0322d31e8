/** docs/exit-codes.md and every command's --help list the same exit codes, so neither promises a code the other lacks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO, ROOT, runIn } from '../support/io.js';

const documented = [...readFileSync(join(ROOT, 'docs/exit-codes.md'), 'utf8').matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));

async function helpCodes(argv: string[]): Promise<number[]> {
  const r = await runIn(memoryIO(), argv);
  expect(r.code).toBe(0);
  const block = r.stdout.split('Exit codes:\n')[1] ?? '';
  return [...block.matchAll(/^ {2}(\d+) /gm)].map((m) => Number(m[1]));
}

describe('exit codes', () => {
  it('the doc lists 0 to 3 and 130, now that cohort register prompts', () => {
    expect(documented).toEqual([0, 1, 2, 3, 130]);
  });
  it.each([[['--help']], [['validate', '--help']], [['plan', '--help']], [['register', '--help']], [['cancel', '--help']], [['capacity', '--help']], [['match', '--help']], [['groups', '--help']]])('%j lists the codes of docs/exit-codes.md', async (argv) => {
    expect(await helpCodes(argv)).toEqual(documented);
  });
});
