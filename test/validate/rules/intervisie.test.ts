/** Rules of src/validate/rules/intervisie.ts: with host-rotation every member hosts exactly once. */
import { describe, expect, it } from 'vitest';
import { PROGRAMME, project, run } from './helpers.js';

const hostRotation = (capacity: string) =>
  PROGRAMME.replace('    slot:', '    location: host-rotation\n    slot:').replace('{ min: 4, max: 10 }', capacity);
const check = (capacity: string) => run(project({ 'programmes/p.yaml': hostRotation(capacity) })).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`);

describe('intervisie: host rotation', () => {
  it('a group that can never have as many members as meetings is an error', () => {
    expect(check('{ min: 4, max: 10 }')).toEqual(['13:15 intervisie/host-rotation-size error']);
    expect(check('{ min: 1, max: 2 }')).toEqual(['13:15 intervisie/host-rotation-size error']);
  });

  it('a group that may differ from the number of meetings is a warning', () => {
    expect(check('{ min: 2, max: 3 }')).toEqual(['13:15 intervisie/host-rotation-uneven warning']);
  });

  it('exactly as many members as meetings is fine', () => {
    expect(check('{ min: 3, max: 3 }')).toEqual([]);
  });
});
