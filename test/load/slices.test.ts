/** A big YAML file parsed a slice at a time reads exactly as the whole file: data, every position, every problem. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longSequences } from '../../src/load/slices.js';
import { loadYaml } from '../../src/load/yaml.js';

const ROOT = join(import.meta.dirname, '../..');
const shipped = ['programmes', 'cohorts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
);

/** Everything a caller can see of a load, locations in their order. */
function seen(file: string, text: string, sliced: boolean) {
  // Both through the yaml library: the fast path (src/load/yaml-fast.ts) would otherwise read most of these texts and slice none.
  const { loaded, diagnostics } = loadYaml(file, text, 'en', sliced ? { sliceLength: 0, sliceItems: 1, fast: false } : { sliceLength: Infinity, fast: false });
  return { data: loaded.data, locations: [...loaded.locations], diagnostics };
}

const REG = (i: number) => `  - id: r${i}\n    name: Persoon ${i}\n    email: p${i}@example.nl\n`;

describe('slicing long top-level sequences', () => {
  it('finds the sequences of a cohort and a programme, and none in a file with a directive or a document marker', () => {
    const cohort = `id: c\nregistrations:\n${REG(1)}${REG(2)}${REG(3)}# end\nfixed: []\n`;
    const [q] = longSequences(cohort, 2);
    expect(q?.slices.map((s) => s.items)).toEqual([2, 1]);
    expect(cohort.slice(q!.start, q!.end)).toBe(`${REG(1)}${REG(2)}${REG(3)}# end\n`);
    expect(longSequences(`%YAML 1.2\n---\n${cohort}`, 2)).toEqual([]);
    expect(longSequences(`${cohort}---\nid: d\n`, 2)).toEqual([]);
  });

  it('gives the same data, positions and problems as the whole parse on every shipped file', () => {
    for (const { file, text } of shipped) expect(seen(file, text, true), file).toEqual(seen(file, text, false));
  });

  it('reads what crosses slices as the whole parse does: an alias to an earlier item, a broken item, an alias bomb', () => {
    const alias = `registrations:\n  - &a { id: r1 }\n  - *a\n`;
    expect(seen('c.yaml', alias, true)).toEqual(seen('c.yaml', alias, false));
    const broken = `registrations:\n  - id: "r1\n  - id: r2"\n`;
    expect(seen('c.yaml', broken, true)).toEqual(seen('c.yaml', broken, false));
    // An alias bomb stops the walk early; the unknown tag after it is still reported, as in the whole parse.
    const bomb = `registrations:\n  - &a [x, x, x, x, x, x, x, x, x, x]\n${[...'bcdef'].map((n, i) => `  - &${n} [${`*${'abcde'[i]}, `.repeat(9)}*${'abcde'[i]}]\n`).join('')}  - !custom x\n`;
    const whole = seen('c.yaml', bomb, false);
    expect(whole.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['yaml/alias-limit', 'yaml/unknown-tag']));
    expect(seen('c.yaml', bomb, true)).toEqual(whole);
  });

  // Edits that reach the slicing's edges: anchors, block scalars that keep trailing lines, comments, tabs, quotes, markers.
  const insert = fc.constantFrom(
    '\n', '\n\n', '- ', '  - ', '\n  - x\n', '\n- y\n', '# c\n', '\n# c', '\t', '"', "'", ': ', '&a ', '*a', '[', ']', '{', '}',
    '|+\n', '|-\n', '>\n', '    kept\n\n', '---\n', '...\n', '%YAML 1.1\n', '\r\n', '\r', '!!str ', '? ', 'key:\n', 'k: v\n', '__proto__: 1\n', 'no', '010',
  );
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), insert: fc.oneof(insert, fc.string({ maxLength: 4 })) });

  it('reads random edits of the shipped files as the whole parse does', () => {
    fc.assert(
      fc.property(fc.nat({ max: shipped.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (index, edits) => {
        const { file, text: original } = shipped[index]!;
        let text = original;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.length);
        }
        expect(seen(file, text, true)).toEqual(seen(file, text, false));
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });
});
