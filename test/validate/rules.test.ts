/** checkProject as a whole: what is still checked when some files or rows have errors of their own. */
import { describe, expect, it } from 'vitest';
import { COHORT, PROGRAMME, found, project, run } from './rules/helpers.js';

const membersOnly = PROGRAMME.replace('audience: [wethouder]', 'audience: [wethouder]\neligibility: { members-only: true }');
const HEADER = 'id,name,role,municipality,email,registered,member,status\n';

describe('a registrations file with errors in some rows', () => {
  const rows = [
    'r1,An de Vries,wethouder,Utrecht,not-an-email,2027-01-05T10:00:00+01:00,no,confirmed',
    'r2,Bo Smit,wethouder,Zwolle,b@example.nl,2027-01-06T10:00:00+01:00,no,registered',
    'r3,Cor Bakker,wethouder,Zwole,c@example.nl,2027-01-07T10:00:00+01:00,yes,confirmed',
  ];

  it('a bad e-mail on one row hides nothing on the others', () => {
    const files = project({ 'programmes/p.yaml': membersOnly, 'cohorts/c.registrations.csv': HEADER + rows.join('\n') + '\n' });
    expect(found(files)).toEqual([
      'cohorts/c.registrations.csv:2:34 schema/format',
      'cohorts/c.registrations.csv:3:68 eligibility/non-member',
      'cohorts/c.registrations.csv:4:25 municipality/unknown',
    ]);
  });

  it('a bad status on one row hides nothing on the others', () => {
    const bad = [rows[0]!.replace('not-an-email', 'a@example.nl').replace(',confirmed', ',bevestigd'), rows[1], rows[2]];
    const files = project({ 'programmes/p.yaml': membersOnly, 'cohorts/c.registrations.csv': HEADER + bad.join('\n') + '\n' });
    expect(found(files)).toEqual([
      'cohorts/c.registrations.csv:2:76 schema/enum',
      'cohorts/c.registrations.csv:3:68 eligibility/non-member',
      'cohorts/c.registrations.csv:4:25 municipality/unknown',
    ]);
  });

  it('the same in a registrations YAML file', () => {
    const yaml = `registrations:
  - { id: r1, name: An, municipality: Utrecht, email: not-an-email, registered: "2027-01-05" }
  - { id: r2, name: Bo, municipality: Zwole, email: b@example.nl, registered: "2027-01-06" }
`;
    const files = project({ 'cohorts/c.yaml': COHORT.replace('c.registrations.csv', 'c.registrations.yaml'), 'cohorts/c.registrations.yaml': yaml });
    expect(found(files)).toEqual(['cohorts/c.registrations.yaml:2:55 schema/format', 'cohorts/c.registrations.yaml:3:39 municipality/unknown']);
  });

  it('only the rows that pass the schema reach the model', () => {
    const files = project({ 'cohorts/c.registrations.csv': HEADER + rows.join('\n') + '\n' });
    expect(run(files).project.cohorts[0]?.cohort.registrations.map((r) => r.id)).toEqual(['r2', 'r3']);
  });
});
