/** `cohort match --pin` edits: only the matches and excluded lists change, byte for byte everywhere else. */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeMatches } from '../../src/edit/matches.js';

const COHORT = [
  '# a coaching cohort',
  'id: bp # the id',
  'pool: [a, b, c]',
  'matches:',
  '  # agreed at the intake',
  '  - { coachee: b01, coach: a } # by phone',
  '  - { coachee: b02, coach: b }',
  'excluded:',
  '  - { coachee: b02, coach: c, date: "2027-01-05" } # no click',
  'unavailable: ["2027-12-24..2028-01-02"]   # odd spacing kept',
  '',
].join('\n');

describe('writeMatches', () => {
  it('keeps the entries still wanted with their comments, replaces the rest, and leaves every other byte', () => {
    const out = writeMatches(COHORT, [
      { coachee: 'b01', coach: 'a' },
      { coachee: 'b02', coach: 'a' },
    ], [
      { coachee: 'b02', coach: 'c', date: '2027-01-05' },
      { coachee: 'b02', coach: 'b', date: '2027-03-02' },
    ]);
    expect(out).toBe(
      [
        '# a coaching cohort',
        'id: bp # the id',
        'pool: [a, b, c]',
        'matches:',
        '  # agreed at the intake',
        '  - { coachee: b01, coach: a } # by phone',
        '  - { coachee: b02, coach: a }',
        'excluded:',
        '  - { coachee: b02, coach: c, date: "2027-01-05" } # no click',
        '  - { coachee: b02, coach: b, date: "2027-03-02" }',
        'unavailable: ["2027-12-24..2028-01-02"]   # odd spacing kept',
        '',
      ].join('\n'),
    );
  });

  it('appends the lists to a file without them, in its own line ends', () => {
    const crlf = 'id: bp\r\npool: [a]\r\n';
    const out = writeMatches(crlf, [{ coachee: 'b01', coach: 'a' }], []);
    expect(out).toBe('id: bp\r\npool: [a]\r\nmatches:\r\n  - { coachee: b01, coach: a }\r\n');
    expect(parseDocument(out).toJS()).toEqual({ id: 'bp', pool: ['a'], matches: [{ coachee: 'b01', coach: 'a' }] });
    expect(writeMatches(crlf, [], [])).toBe(crlf);
  });
});
