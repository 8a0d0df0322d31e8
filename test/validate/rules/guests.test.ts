/** Required guests (issue 19): the programme names the role, the cohort the person; validate checks both ends. */
import { describe, expect, it } from 'vitest';
import { COHORT, PEOPLE, PROGRAMME, found, project, run } from './helpers.js';

const WITH_GUEST = PROGRAMME + '    guests: [directeur]\n';
const DIRECTOR = PEOPLE + '  - { id: ruth, name: Ruth Mulder, roles: [speaker], unavailable: ["2027-03-25"] }\n';
const cohort = (guests: string, extra = '') => COHORT.replace('people: [team.people.yaml]', `people: [team.people.yaml]\n${guests}${extra}`);

describe('required guests', () => {
  it('a guest role filled by a known person is valid', () => {
    expect(found(project({ 'programmes/p.yaml': WITH_GUEST, 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': cohort('guests:\n  directeur: ruth\n') }))).toEqual([]);
  });

  it('an unknown person id is reported at its line and column, with the nearest id', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': WITH_GUEST, 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': cohort('guests:\n  directeur: rut\n') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['cohorts/c.yaml:8:14 ref/unknown-person ruth']);
  });

  it('a role the programme asks for and the cohort leaves out; a role no phase asks for', () => {
    expect(found(project({ 'programmes/p.yaml': WITH_GUEST, 'cohorts/team.people.yaml': DIRECTOR }))).toEqual(['cohorts/c.yaml:2:12 guest/missing']);
    const { diagnostics } = run(project({ 'programmes/p.yaml': WITH_GUEST, 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': cohort('guests:\n  directeur: ruth\n  direkteur: ruth\n') }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['9:14 guest/unknown-role directeur']);
    expect(diagnostics[0]!.message).toBe("no phase of programme 'p' asks for a guest 'direkteur'");
  });

  it('a guest unavailable on a fixed date of their phase is an error at that date', () => {
    const fixed = 'fixed:\n  - session: "blok#1"\n    date: "2027-03-25"\n';
    const { diagnostics } = run(project({ 'programmes/p.yaml': WITH_GUEST, 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': cohort('guests:\n  directeur: ruth\n', fixed) }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['cohorts/c.yaml:11:11 guest/unavailable-fixed error']);
    expect(diagnostics[0]!.message).toBe('guest ruth (directeur) is unavailable on 2027-03-25, the fixed date of blok#1');
    // without the guest role the same fixed date is fine
    expect(found(project({ 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': COHORT + fixed }))).toEqual([]);
  });

  it('guests are only for group phases, and the role is an id (the schema)', () => {
    const individual = PROGRAMME + '  - { id: intake, name: Intake, mode: individual, duration: 2h, window: 4w, guests: [directeur] }\n';
    expect(found(project({ 'programmes/p.yaml': individual }))).toEqual(['programmes/p.yaml:14:77 schema/unknown-key']);
    expect(found(project({ 'programmes/p.yaml': WITH_GUEST.replace('[directeur]', '[De Directeur]'), 'cohorts/team.people.yaml': DIRECTOR, 'cohorts/c.yaml': cohort('guests:\n  directeur: ruth\n') }))).toEqual([
      'programmes/p.yaml:14:14 schema/pattern',
    ]);
  });
});
