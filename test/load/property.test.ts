import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/load/text.js';
import { loadYaml } from '../../src/load/yaml.js';
import { loadCsv, REGISTRATION_COLUMNS } from '../../src/load/csv.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

// Strings made of the characters that steer the YAML and CSV grammars reach far more branches than random text.
const yamlish = fc.string({ unit: fc.constantFrom(...':-[]{},&*!|>"\'#%@`?~\n\r\t ;aY0190é😀\uFEFF'.split(/(?:)/u)), maxLength: 200 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish);

function wellFormed(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.rule).toMatch(/^(file|yaml|csv)\/[a-z0-9-]+$/);
    expect(d.message).not.toBe(d.rule);
  }
}

describe('no input makes the loaders throw', () => {
  test('decodeText on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeText('f', bytes, 'en');
        wellFormed(r.diagnostics);
        expect(r.text === undefined).toBe(r.diagnostics.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  test('loadYaml on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { loaded, diagnostics } = loadYaml('f.yaml', text, 'nl');
        wellFormed(diagnostics);
        // Data is JSON: it survives a round trip unchanged.
        if (loaded.data !== undefined) expect(JSON.parse(JSON.stringify(loaded.data))).toEqual(loaded.data);
      }),
      { numRuns: 2000 },
    );
  });

  test('loadCsv on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { loaded, diagnostics } = loadCsv('f.csv', text, 'en', REGISTRATION_COLUMNS);
        wellFormed(diagnostics);
        if (loaded.data !== undefined) expect(Array.isArray(loaded.data)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('decoded arbitrary bytes through both loaders', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { text } = decodeText('f', bytes, 'en');
        if (text === undefined) return;
        wellFormed(loadYaml('f.yaml', text, 'en').diagnostics);
        wellFormed(loadCsv('f.csv', text, 'en', REGISTRATION_COLUMNS).diagnostics);
      }),
      { numRuns: 1000 },
    );
  });
});
