/** Rules of src/validate/rules/intervisie.ts for pinned groups (`groups:` in a cohort, written by `cohort groups --pin`). */
import { describe, expect, it } from 'vitest';
import { COHORT, PROGRAMME, project, run } from './helpers.js';

const REGS = `id,name,role,municipality,email,registered,member
r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes
r2,Bo Smit,wethouder,Zwolle,b@example.nl,2027-01-06T10:00:00+01:00,yes
r3,Cas Bos,wethouder,Utrecht,c@example.nl,2027-01-07T10:00:00+01:00,yes
r4,Dirk Mol,wethouder,Ede,d@example.nl,2027-01-08T10:00:00+01:00,yes
r5,Eva Kok,wethouder,Breda,e@example.nl,2027-01-09T10:00:00+01:00,yes
`;

const check = (groups: string, programme?: string) =>
  run(project({ 'cohorts/c.yaml': `${COHORT}groups:\n${groups}`, 'cohorts/c.registrations.csv': REGS, ...(programme ? { 'programmes/p.yaml': programme } : {}) }))
    .diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`);

describe('pinned groups', () => {
  it('four members from four municipalities with a facilitator of the cohort is fine', () => {
    expect(check('  - { id: g1, members: [r1, r2, r4, r5], facilitator: anna }\n')).toEqual([]);
  });

  it('an unknown member id, with the nearest id suggested', () => {
    const d = run(project({ 'cohorts/c.yaml': `${COHORT}groups:\n  - { id: g1, members: [r1, r2, r4, r6] }\n`, 'cohorts/c.registrations.csv': REGS })).diagnostics;
    expect(d.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual(['9:37 groups/unknown-member']);
    expect(d[0]!.message).toBe("group g1: no registration 'r6' in this cohort");
  });

  it('a member in two groups is reported where it appears the second time', () => {
    expect(check('  - { id: g1, members: [r1, r2, r4, r5] }\n  - { id: g2, members: [r3, r2, r4, r5] }\n')).toEqual([
      'cohorts/c.yaml:10:29 groups/member-twice error',
      'cohorts/c.yaml:10:33 groups/member-twice error',
      'cohorts/c.yaml:10:37 groups/member-twice error',
    ]);
  });

  it('two members of one municipality (Utrecht) in one group', () => {
    const d = run(project({ 'cohorts/c.yaml': `${COHORT}groups:\n  - { id: g1, members: [r1, r2, r3, r4] }\n`, 'cohorts/c.registrations.csv': REGS })).diagnostics;
    expect(d.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual(['9:33 groups/same-municipality']);
    expect(d[0]!.message).toBe('group g1: r3 and r1 are both from Utrecht; a group never has two members of one municipality');
  });

  it('more members than capacity allows is an error; fewer than the minimum a warning', () => {
    expect(check('  - { id: g1, members: [r1, r2, r4] }\n')).toEqual(['cohorts/c.yaml:9:24 groups/size-below-min warning']);
    const upToThree = PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 2, max: 3 }');
    expect(check('  - { id: g1, members: [r1, r2, r4, r5] }\n', upToThree)).toEqual(['cohorts/c.yaml:9:24 groups/size-above-max error']);
  });

  it('a duplicate group id and a facilitator the cohort does not name', () => {
    expect(check('  - { id: g1, members: [r1, r2, r4, r5] }\n  - { id: g1, members: [r3], facilitator: bert }\n')).toEqual([
      'cohorts/c.yaml:10:11 groups/duplicate-id error',
      'cohorts/c.yaml:10:24 groups/size-below-min warning',
      'cohorts/c.yaml:10:43 groups/unknown-facilitator error',
    ]);
  });
});
