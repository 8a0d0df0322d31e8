/** The Wethoudersvereniging's catalogue (seed 003) complete: every offer has a file; what has nothing to plan says so. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO, ROOT, runIn, shippedExamples } from '../support/io.js';
import { brochure, normalise, quotedIn } from './brochures.js';

const OFFER: [string, string][] = [
  ['wv-orientatieprogramma', 'Het oriëntatieprogramma'],
  ['wv-basisopleiding', 'De basisopleiding voor nieuw aangetreden wethouders'],
  ['wv-pbm', 'Wethoudersopleiding Politiek Bestuurlijk Management'],
  ['wv-bestuurlijk-leiderschap', 'In de leergang Bestuurlijk Leiderschap'],
  ['wv-masterclasses', 'masterclasses en trainingen'],
  ['wv-trainingen', 'de trainingen op vaardigheden'],
  ['intervisie-wethouders', 'Intervisie maakt integraal onderdeel uit'],
  ['wv-loopbaandagen', 'Met de loopbaandagen'],
  ['wv-keukenbezoeken', 'Met keukenbezoeken'],
  ['wv-alumninetwerk', 'Met ons alumninetwerk'],
  ['wv-bestuurlijk-ontwikkelplan', 'een Bestuurlijk ontwikkel-plan op te stellen'],
];

describe('the catalogue (seed 003)', () => {
  it.each(OFFER)('%s: in the brochure and shipped', (id, quote) => {
    expect(quotedIn([normalise(quote)], brochure('003'))).toBe(true);
    expect(existsSync(join(ROOT, 'programmes', `${id}.yaml`))).toBe(true);
  });

  it('the alumni network has nothing to plan, says so, and validates', async () => {
    const r = await runIn(memoryIO(shippedExamples()), ['validate', 'programmes/wv-alumninetwerk.yaml', '--no-color']);
    expect([r.code, r.stdout]).toEqual([0, '✔ 1 file valid\n']);
  });

  it('a cohort of the alumni network is refused with the reason the file gives', async () => {
    const files = shippedExamples();
    files.set('cohorts/alumni-2027.yaml', new TextEncoder().encode('id: alumni-2027\nprogramme: wv-alumninetwerk\ntitle: Alumni 2027\nstart: "2027-01-11"\n'));
    const r = await runIn(memoryIO(files), ['validate', 'cohorts/alumni-2027.yaml', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^cohorts\/alumni-2027\.yaml:2:12: error: programme 'wv-alumninetwerk' has nothing to plan \(een netwerk .*\[programme\/not-plannable\]$/m);
  });

  it('a programme without phases that does not say it is not plannable is still missing them', async () => {
    const r = await runIn(memoryIO({ 'programmes/p.yaml': 'id: p\nname: P\norganiser: O\naudience: [wethouder]\n' }), ['validate', 'programmes/p.yaml', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("missing required keys 'span', 'capacity', 'phases' [schema/required]");
  });
});
