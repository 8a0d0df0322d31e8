/** Second level: runSchema through the CLI with an in-memory IO. */
import { describe, expect, it } from 'vitest';
import { memoryIO, runIn } from '../support/io.js';

describe('cohort schema (in-process)', () => {
  it.each(['programme', 'cohort', 'registrations', 'people'])('prints the %s schema as JSON', async (kind) => {
    const r = await runIn(memoryIO(), ['schema', kind]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('an unknown kind is a usage error naming the kinds, in the chosen language', async () => {
    expect(await runIn(memoryIO(), ['schema', 'nope'])).toMatchObject({ code: 2, stderr: "cohort: unknown schema 'nope'; choose one of: programme, cohort, registrations, people\n" });
    expect((await runIn(memoryIO(), ['--lang', 'nl', 'schema', 'nope'])).stderr).toBe("cohort: onbekend schema 'nope'; kies uit: programme, cohort, registrations, people\n");
  });
});
