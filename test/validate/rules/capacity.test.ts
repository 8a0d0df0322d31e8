/** Rules of src/validate/rules/capacity.ts: seats per group. */
import { describe, expect, it } from 'vitest';
import { PROGRAMME, found, project, run } from './helpers.js';

describe('capacity', () => {
  it('a minimum above the maximum is reported at the minimum', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 12, max: 10 }') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['programmes/p.yaml:6:18 capacity/min-exceeds-max']);
    expect(diagnostics[0]?.message).toBe('capacity min 12 exceeds max 10');
  });

  it('a group of exactly one size is fine', () => {
    expect(found(project({ 'programmes/p.yaml': PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 6, max: 6 }') }))).toEqual([]);
  });
});
