/** Properties of the report over generated cohorts and hostile text: one dot per municipality, nothing of a name under --redact, every text escaped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../src/calendar/municipalities.js';
import { escapeHtml, renderReportHtml } from '../../src/export/html/report.js';
import { assembleReport } from '../../src/report/assemble.js';
import { aCohort, aPerson, aProgramme, loaded } from '../plan/builders.js';
import { all, attr, byClass, byTag, parseStrict, text } from '../support/html.js';

const codes = allMunicipalities().map((m) => m.code);
// "Xq" occurs in no Dutch word, place or label of the report: a name found in the output is the name.
const name = fc.tuple(fc.stringMatching(/^[a-z]{3,8}$/), fc.stringMatching(/^[a-z]{3,8}$/)).map(([a, b]) => `Xq${a} Xq${b}`);
const registrations = fc.array(fc.record({ municipality: fc.constantFrom(...codes), name }), { minLength: 1, maxLength: 9 });
const day = aProgramme('dag').seats(6).withGroupPhase('dag', { name: 'Dag', slot: 'wed 10:00-16:00', sessions: 2, every: '2w' });

function cohortOf(rows: { municipality: string; name: string }[]) {
  let c = aCohort('c').of(day).starting('2027-09-01').facilitatedBy('f1').at('Zaal', 'Dorpsstraat 1', 'GM0344');
  rows.forEach((r, i) => {
    c = c.register(`r${String(i + 1).padStart(2, '0')}`, { municipality: r.municipality, registered: `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00+02:00` });
  });
  const models = loaded([c], [aPerson('f1', { municipality: 'GM0307', name: 'Xqfenna Xqdevries' })]);
  // the builders name registrations "Participant rNN": give them the generated names
  models[0]!.cohort.registrations.forEach((r, i) => (r.name = rows[i]!.name));
  return models;
}

describe('the report over generated cohorts', () => {
  it('draws one dot per municipality of everyone in the running (seated or waiting), and --redact leaves every name out', () => {
    fc.assert(
      fc.property(registrations, fc.boolean(), (rows, redact) => {
        const html = renderReportHtml(assembleReport(cohortOf(rows), { lang: 'en', today: '2026-11-23', version: '0.0.0-test', redact }));
        const doc = parseStrict(html);
        const dots = all(doc, byClass('circle', 'place')).flatMap((c) => attr(c, 'data-municipality') ?? []);
        expect(dots.toSorted()).toEqual([...new Set(rows.map((r) => r.municipality))].sort());
        expect(html.includes('Xq')).toBe(!redact);
        if (!redact) for (const r of rows) expect(text(doc)).toContain(r.name);
      }),
      { numRuns: 6, seed: 18 },
    );
  });

  it('escapes any text: what goes in as a name comes out as that text, never as markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\r\0]/.test(s)), (s) => {
        const doc = parseStrict(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p title="${escapeHtml(s)}">${escapeHtml(s)}</p></body></html>`);
        const p = all(doc, byTag('p'));
        expect(p).toHaveLength(1);
        expect(text(p[0]!)).toBe(s);
        expect(attr(p[0]!, 'title')).toBe(s);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
