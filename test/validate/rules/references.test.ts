/** Rules of src/validate/rules/references.ts: unique ids, and every reference resolves. */
import { describe, expect, it } from 'vitest';
import { COHORT, PEOPLE, PROGRAMME, REGISTRATIONS, found, project, run } from './helpers.js';

const SECOND_PHASE = `  - id: terugkom
    name: Terugkomdag
    mode: group
    sessions: 1
    slot: { weekday: thu, start: "13:00", end: "17:00" }
`;

describe('references', () => {
  it('a clean project has no diagnostics', () => {
    expect(found(project())).toEqual([]);
  });

  it('a phase id used twice is reported at the second, naming the first', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': PROGRAMME + SECOND_PHASE.replace('id: terugkom', 'id: blok') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['programmes/p.yaml:14:9 id/duplicate']);
    expect(diagnostics[0]?.message).toBe("phase id 'blok' is used twice (first at 8:9)");
  });

  it('says in Dutch what the duplicate id belongs to', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': PROGRAMME + SECOND_PHASE.replace('id: terugkom', 'id: blok') }), 'nl');
    expect(diagnostics[0]?.message).toBe("fase-id 'blok' komt twee keer voor (eerst op 8:9)");
  });

  it('after names an unknown phase (with the nearest id) or a later one', () => {
    const unknown = PROGRAMME + SECOND_PHASE.replace('    slot:', '    after: { phase: blk, min: 2w }\n    slot:');
    const { diagnostics } = run(project({ 'programmes/p.yaml': unknown }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['18:21 ref/unknown-phase blok']);
    const later = PROGRAMME.replace('    slot:', '    after: { phase: terugkom, min: 1w }\n    slot:') + SECOND_PHASE;
    expect(found(project({ 'programmes/p.yaml': later }))).toEqual(['programmes/p.yaml:13:21 phase/after-not-earlier']);
  });

  it('a person id used twice in a people file', () => {
    const people = PEOPLE + '  - { id: anna, name: Anna de Wit, roles: [facilitator] }\n';
    expect(found(project({ 'cohorts/team.people.yaml': people }))).toEqual(['cohorts/team.people.yaml:3:11 id/duplicate']);
  });

  it('a registration id used twice, and an e-mail address used twice (a warning)', () => {
    const ids = REGISTRATIONS.replace('r2,Bo Smit', 'r1,Bo Smit');
    expect(found(project({ 'cohorts/c.registrations.csv': ids }))).toEqual(['cohorts/c.registrations.csv:3:1 id/duplicate']);
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': REGISTRATIONS.replace('b@example.nl', 'A@Example.nl') }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['3:29 registration/duplicate-email warning']);
    expect(diagnostics[0]?.message).toContain("registration 'r1'");
  });

  it('programme and cohort ids are unique across files', () => {
    const files = project({ 'programmes/p2.yaml': PROGRAMME, 'cohorts/c2.yaml': COHORT });
    const { diagnostics } = run(files);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['cohorts/c2.yaml:1:5 id/duplicate', 'programmes/p2.yaml:1:5 id/duplicate']);
    expect(diagnostics[1]?.message).toContain('first at programmes/p.yaml');
  });

  it('a cohort names an unknown programme: the nearest id is suggested', () => {
    const { diagnostics } = run(project({ 'cohorts/c.yaml': COHORT.replace('programme: p', 'programme: q') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['cohorts/c.yaml:2:12 ref/unknown-programme p']);
  });

  it('a facilitator or coach that no people file has', () => {
    const cohort = COHORT.replace('facilitators: [anna]', 'facilitators: [anne]\npool: [anna, bert]');
    const { diagnostics } = run(project({ 'cohorts/c.yaml': cohort }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['5:16 ref/unknown-person anna', '6:14 ref/unknown-person undefined']);
  });

  it('a people or registrations file that is not there, or is of another kind', () => {
    const missing = COHORT.replace('[team.people.yaml]', '[tem.people.yaml]').replace('c.registrations.csv', 'c.registrations.yaml');
    expect(found(project({ 'cohorts/c.yaml': missing }))).toEqual(['cohorts/c.yaml:5:16 ref/unknown-person', 'cohorts/c.yaml:6:10 ref/missing-file', 'cohorts/c.yaml:7:16 ref/missing-file']);
    const wrongKind = COHORT.replace('registrations: c.registrations.csv', 'registrations: team.people.yaml');
    const { diagnostics } = run(project({ 'cohorts/c.yaml': wrongKind }), 'nl');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual(["7:16 ref/wrong-kind 'team.people.yaml' is geen inschrijvingenbestand"]);
  });

  it('fixed names a session the programme does not have (suggesting the last of the phase), or one session twice', () => {
    const cohort = `${COHORT}fixed:
  - { session: "blok#4", date: "2027-03-04" }
  - { session: "blok#1", date: "2027-03-04" }
  - { session: "blok#1", date: "2027-03-11" }
`;
    const { diagnostics } = run(project({ 'cohorts/c.yaml': cohort }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}${d.suggestion ? ` ${d.suggestion}` : ''}`)).toEqual(['9:16 fixed/unknown-session blok#3', '11:16 fixed/duplicate']);
  });

  it('a cancelled fixed entry may name a session that no longer exists', () => {
    const cohort = `${COHORT}fixed:\n  - { session: "blok#4", date: "2027-03-04", status: cancelled }\n`;
    expect(found(project({ 'cohorts/c.yaml': cohort }))).toEqual([]);
  });

  it('a referred file that cannot be decoded has its own error and no follow-on', () => {
    // Excel's plain "CSV" is Windows-1252: é is the single byte 0xE9.
    const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const regs = windows1252(REGISTRATIONS.replace('An de Vries', 'René de Vries'));
    expect(found(project({ 'cohorts/c.registrations.csv': regs }))).toEqual(['cohorts/c.registrations.csv:2:7 file/invalid-utf8']);
    const people = windows1252(PEOPLE.replace('Anna Jansen', 'Anna Jansén'));
    expect(found(project({ 'cohorts/team.people.yaml': people }))).toEqual(['cohorts/team.people.yaml:2:32 file/invalid-utf8']);
  });

  it('an empty referred file is reported as empty, not as missing', () => {
    expect(found(project({ 'cohorts/c.registrations.csv': '' }))).toEqual(['cohorts/c.registrations.csv:1:1 file/empty']);
  });

  it('a people file with a schema error still vouches for the ids it holds', () => {
    const people = PEOPLE + '  - { id: bert, name: Bert Smit, roles: facilitator }\n';
    expect(found(project({ 'cohorts/team.people.yaml': people }))).toEqual(['cohorts/team.people.yaml:3:41 schema/type']);
    const typo = COHORT.replace('facilitators: [anna]', 'facilitators: [anna, bart]');
    const { diagnostics } = run(project({ 'cohorts/c.yaml': typo, 'cohorts/team.people.yaml': people }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}${d.suggestion ? ` ${d.suggestion}` : ''}`)).toEqual([
      'cohorts/c.yaml:5:22 ref/unknown-person bert',
      'cohorts/team.people.yaml:3:41 schema/type',
    ]);
  });
});

describe('references to a programme that has errors of its own', () => {
  const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('a programme that cannot be decoded gives its cohort no "no programme with id"', () => {
    expect(found(project({ 'programmes/p.yaml': windows1252(PROGRAMME.replace('Testprogramma', 'Café')) }))).toEqual(['programmes/p.yaml:2:10 file/invalid-utf8']);
  });

  it('nor does an empty one, or one with a syntax error', () => {
    expect(found(project({ 'programmes/p.yaml': '' }))).toEqual(['programmes/p.yaml:1:1 file/empty']);
    const syntax = project({ 'programmes/p.yml': PROGRAMME.replace('name: Testprogramma', 'name: "Testprogramma') });
    delete syntax['programmes/p.yaml'];
    expect(found(syntax).map((d) => d.split(' ')[1])).toEqual(['yaml/syntax']);
  });

  it('or one that breaks the schema', () => {
    expect(found(project({ 'programmes/p.yaml': PROGRAMME.replace('organiser: Wethoudersvereniging\n', '') }))).toEqual(['programmes/p.yaml:1:1 schema/required']);
  });

  it('an unreadable file of another name does not excuse a wrong id', () => {
    const files = project({ 'programmes/q.yaml': '', 'cohorts/c.yaml': COHORT.replace('programme: p', 'programme: r') });
    expect(found(files)).toEqual(['cohorts/c.yaml:2:12 ref/unknown-programme', 'programmes/q.yaml:1:1 file/empty']);
  });
});
