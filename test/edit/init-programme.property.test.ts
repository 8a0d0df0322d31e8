/** Properties of a programme from a template: any valid answers give a file validate accepts without a warning, with every other line of the template kept. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programmeFromTemplate } from '../../src/edit/init-programme.js';
import { draftDiagnostics } from '../../src/validate/draft.js';

const ROOT = join(import.meta.dirname, '../..');
const templates = readdirSync(join(ROOT, 'programmes'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: `programmes/${f}`, text: readFileSync(join(ROOT, 'programmes', f), 'utf8') }))
  // The templates the wizard offers: programmes with phases (not a network that says it is not plannable).
  .filter((t) => t.text.includes('\nphases:'));

const id = fc.stringMatching(/^[a-z][a-z0-9]{2,8}-[a-z0-9]{1,6}$/).filter((s) => !templates.some((t) => t.file === `programmes/${s}.yaml`));
const name = fc.stringMatching(/^[A-Z][a-z]{2,10}( [A-Za-z][a-z]{1,8}){0,3}$/);
const months = fc.integer({ min: 1, max: 24 });

describe('a programme from a template', () => {
  it('validates without a problem and keeps every line it did not change', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), id, name, months, (template, newId, newName, extra) => {
        // A longer span than the template's keeps every session inside it.
        const longer = `${extra + 24} months`;
        const text = programmeFromTemplate(template.text, template.file, [
          [['id'], newId],
          [['name'], newName],
          [['span'], longer],
        ]);
        expect(draftDiagnostics(`programmes/${newId}.yaml`, text, 'en')).toEqual([]);
        const body = (t: string) => t.split('\n').filter((l) => !l.startsWith('#') && !/^(id|name|span): /.test(l));
        expect(body(text)).toEqual(body(template.text));
        expect(text).toContain(`\nid: ${newId}\n`);
      }),
      { numRuns: 40 },
    );
  });
});
