/** Rules of src/validate/rules/eligibility.ts: municipalities, members-only, partners, the audience. */
import { describe, expect, it } from 'vitest';
import { COHORT, PEOPLE, PROGRAMME, REGISTRATIONS, found, project, run } from './helpers.js';

const membersOnly = PROGRAMME.replace('audience: [wethouder]', 'audience: [wethouder]\neligibility: { members-only: true }');

describe('eligibility: municipalities', () => {
  it('an unknown municipality in a registration, a people file or the venue, with the nearest name', () => {
    const { diagnostics } = run(
      project({
        'cohorts/c.registrations.csv': REGISTRATIONS.replace(',Utrecht,', ',Utrect,'),
        'cohorts/team.people.yaml': PEOPLE.replace('roles: [facilitator]', 'roles: [facilitator], municipality: Zwole'),
        'cohorts/c.yaml': COHORT.replace('title: Test', 'title: Test\nvenue: { name: Stadhuis, municipality: Amersfort }'),
      }),
    );
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual([
      'cohorts/c.registrations.csv:2:26 municipality/unknown Utrecht',
      'cohorts/c.yaml:4:40 municipality/unknown Amersfoort',
      'cohorts/team.people.yaml:2:72 municipality/unknown Zwolle',
    ]);
  });

  it('a known name becomes its CBS code in the model', () => {
    const { project: checked } = run(project());
    expect(checked.cohorts[0]?.cohort.registrations.map((r) => r.municipality)).toEqual(['GM0344', 'GM0193']);
  });
});

describe('eligibility: members only', () => {
  const regs = `id,name,role,municipality,email,registered,member,status
r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes,confirmed
r2,Bo Smit,wethouder,Zwolle,b@example.nl,2027-01-06T10:00:00+01:00,no,registered
r3,Cor Bakker,wethouder,Zwolle,c@example.nl,2027-01-07T10:00:00+01:00,no,withdrawn
`;

  it('a non-member is a warning at the member cell, with a hint in the reader\'s language', () => {
    const files = project({ 'programmes/p.yaml': membersOnly, 'cohorts/c.registrations.csv': regs });
    const en = run(files).diagnostics;
    expect(en.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['3:68 eligibility/non-member warning']);
    expect(en[0]?.hint).toBe('set member: yes after they join, or mark the registration withdrawn');
    const nl = run(files, 'nl').diagnostics;
    expect(nl[0]?.message).toBe("programma 'p' is alleen voor leden, en deze inschrijving is geen lid");
    expect(nl[0]?.hint).toBe('zet member: yes zodra de persoon lid is, of markeer de inschrijving als withdrawn');
  });

  it('who declined or let an offer expire needs no seat either: no warning', () => {
    const left = `${regs}r4,Dirk Vos,wethouder,Zwolle,d@example.nl,2027-01-08T10:00:00+01:00,no,declined\nr5,Eva Kok,wethouder,Zwolle,e@example.nl,2027-01-09T10:00:00+01:00,no,waiting\n`;
    const found5 = run(project({ 'programmes/p.yaml': membersOnly, 'cohorts/c.registrations.csv': left })).diagnostics.map((d) => `${d.line} ${d.rule}`);
    expect(found5).toEqual(['3 eligibility/non-member', '6 eligibility/non-member']);
  });

  it('without members-only, non-members are welcome', () => {
    expect(found(project({ 'cohorts/c.registrations.csv': regs }))).toEqual([]);
  });
});

describe('eligibility: partners and roles', () => {
  it('a partner joins a programme without partners, or is missing where one is required', () => {
    const joins = REGISTRATIONS.replace('member\n', 'member,partner,partner-joins\n').replace('+01:00,yes\nr2', '+01:00,yes,Piet de Vries,yes\nr2').replace(/(r2,.*,yes)\n/, '$1,,\n');
    expect(found(project({ 'cohorts/c.registrations.csv': joins }))).toEqual(['cohorts/c.registrations.csv:2:91 partner/not-allowed']);
    const required = PROGRAMME.replace('capacity:', 'partners: required\ncapacity:');
    expect(found(project({ 'programmes/p.yaml': required, 'cohorts/c.registrations.csv': joins }))).toEqual(['cohorts/c.registrations.csv:3:1 partner/required']);
  });

  it('a role outside the programme\'s audience (a warning)', () => {
    const regs = REGISTRATIONS.replace('r2,Bo Smit,wethouder', 'r2,Bo Smit,burgemeester');
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': regs }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['3:12 registration/role-not-in-audience warning']);
  });
});
