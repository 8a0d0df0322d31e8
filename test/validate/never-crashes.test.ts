/** Property: whatever bytes a user saves, loading, schema checks and rules return diagnostics, never throw. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, type Parsed } from '../../src/validate/parse.js';
import { assembleProject } from '../../src/validate/project.js';
import { runs } from '../support/runs.js';

const ROOT = join(import.meta.dirname, '../..');
const shipped = [
  ...readdirSync(join(ROOT, 'programmes')).map((f) => `programmes/${f}`),
  ...readdirSync(join(ROOT, 'cohorts')).map((f) => `cohorts/${f}`),
].map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

const parseText = (file: string, text: string): Parsed => {
  const bytes = new TextEncoder().encode(text);
  return parseFile(file, bytes, bytes.length, 'en');
};
/** The shipped files parsed once (parseFile is pure); each run parses only the file it edits. */
const shippedParsed = new Map(shipped.map(({ file, text }) => [file, parseText(file, text)]));

/** The validate pipeline without IO: the pure parse and project assembly that src/commands/project.ts calls. */
function validateTexts(edited?: { file: string; text: string }) {
  const parsed = new Map(shippedParsed);
  // The edited file keeps its place in the map, so the project sees the files in the same order.
  if (edited) parsed.set(edited.file, parseText(edited.file, edited.text));
  return assembleProject(parsed, [...parsed.keys()], 'en').diagnostics;
}

/** Small edits a person makes by accident: delete, duplicate or replace a slice of a line. */
const edit = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '"', "'", '\t', '  ', '\n', '{', '[', '&a', '*a', '#', '2027-02-30', '25:00', '__proto__: 1\n', 'no', '010')),
});

function apply(text: string, edits: { at: number; length: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.length);
  }
  return out;
}

describe('bad input never crashes validation', () => {
  it('the shipped files are clean (the baseline the properties mutate)', () => {
    expect(validateTexts().filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('random edits to any shipped file give diagnostics with real positions, never an exception', () => {
    fc.assert(
      fc.property(fc.nat({ max: shipped.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (index, edits) => {
        const file = shipped[index]!;
        for (const d of validateTexts({ file: file.file, text: apply(file.text, edits) })) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(150), seed: 20261123 },
    );
  }, 300_000);

  it('the runs leave the shared parse of the shipped files as a fresh parse gives it', () => {
    expect(shippedParsed).toEqual(new Map(shipped.map(({ file, text }) => [file, parseText(file, text)])));
  });
});
