// resolveRef's quick path (plain segments, no node:path) against node:path's posix join and normalize.
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { programmeCandidates, resolveRef } from '../../src/validate/project.js';

const reference = (from: string, rel: string) => posix.normalize(posix.join(posix.dirname(from.replace(/\\/g, '/')), rel));
const segment = fc.constantFrom('cohorts', 'programmes', 'a', 'b b', '.', '..', '', '...', 'x.yaml', 'r.csv', 'c\\d', 'é');
const path = fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => s.join('/'));
const absolute = path.map((p) => `/${p}`);

describe('resolveRef', () => {
  test('the same as path.posix for any file and reference', () => {
    fc.assert(
      fc.property(fc.oneof(path, absolute), fc.oneof(path, absolute), (from, rel) => {
        expect(resolveRef(from, rel)).toBe(reference(from, rel));
      }),
      { numRuns: 5000, seed: 20261202 },
    );
  });

  test('the usual cases', () => {
    expect(resolveRef('cohorts/c001.yaml', 'c001.registrations.csv')).toBe('cohorts/c001.registrations.csv');
    expect(resolveRef('c001.yaml', 'team.people.yaml')).toBe('team.people.yaml');
    expect(resolveRef('c.yaml', '../x.yaml')).toBe('../x.yaml');
    expect(programmeCandidates('bench/out/cohorts/c.yaml', 'droom')).toEqual(['bench/out/programmes/droom.yaml', 'bench/out/programmes/droom.yml', 'programmes/droom.yaml']);
  });
});
