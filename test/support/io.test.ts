/** The in-memory IO of the command tests: each run's result is that run's own output. */
import { describe, expect, it } from 'vitest';
import { memoryIO, runIn, shippedExamples } from './io.js';

describe('runIn', () => {
  it('gives each run on one IO its own stdout and stderr; the IO keeps them all', async () => {
    const io = memoryIO(shippedExamples());
    const first = await runIn(io, ['schema', 'people']);
    const second = await runIn(io, ['validate', 'cohorts/nope.yaml']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toMatchObject({ $id: 'people.schema.json' });
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/^cohort: .*cohorts\/nope\.yaml/);
    expect(io.stdout).toBe(first.stdout);
    expect(io.stderr).toBe(second.stderr);
  });
});
