/** `cohort groups --pin` writes the groups into the cohort file: only the `groups` list changes, every other byte stays. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { writeGroups } from '../../src/edit/groups.js';

const COHORT = `# yaml-language-server: $schema=../schema/cohort.schema.json
# Intervisie 2027 — a comment that must stay
id: intervisie-2027
programme: intervisie-wethouders
title:   "Intervisie 2027"   # odd spacing kept
facilitators: [hanneke-de-ruiter, bart-jongeling]
registrations: intervisie-2027.registrations.csv
unavailable: ["2027-07-10..2027-08-29"] # zomerreces
`;

const G1 = { id: 'g1', facilitator: 'hanneke-de-ruiter', members: ['i01', 'i03', 'i05'] };
const G2 = { id: 'g2', facilitator: 'bart-jongeling', members: ['i02', 'i04', 'i06'] };

describe('writeGroups', () => {
  it('appends the groups as a block list of flow entries and keeps everything before them byte for byte', () => {
    const out = writeGroups(COHORT, [G1, G2]);
    expect(out).toBe(
      `${COHORT}groups:\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i03, i05] }\n  - { id: g2, facilitator: bart-jongeling, members: [i02, i04, i06] }\n`,
    );
    expect(parseDocument(out).toJS().groups).toEqual([G1, G2]);
  });

  it('updates pinned groups in place: their comments, the keys after them and the comments around them stay', () => {
    const pinned = `${COHORT}groups:\n  # announced on 2027-01-10\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i03, i05] } # as announced\n  - { id: g2, facilitator: bart-jongeling, members: [i02, i04, i06] }\npool: []\n`;
    const out = writeGroups(pinned, [G1, { ...G2, members: ['i02', 'i04', 'i07'] }]);
    expect(out).toContain('# announced on 2027-01-10\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i03, i05] } # as announced\n');
    expect(out).toContain('  - { id: g2, facilitator: bart-jongeling, members: [i02, i04, i07] }\npool: []\n');
    expect(out.startsWith(COHORT)).toBe(true);
    // Nothing to change: the same bytes.
    expect(writeGroups(pinned, [G1, G2])).toBe(pinned);
  });

  it('drops a group no longer formed and a facilitator no longer assigned', () => {
    const pinned = writeGroups(COHORT, [G1, G2]);
    const out = writeGroups(pinned, [{ id: 'g1', members: ['i01', 'i03'] }]);
    expect(parseDocument(out).toJS().groups).toEqual([{ id: 'g1', members: ['i01', 'i03'] }]);
    expect(out.startsWith(COHORT)).toBe(true);
  });

  it('keeps CRLF and lone-CR line ends', () => {
    const crlf = COHORT.replace(/\n/g, '\r\n');
    const out = writeGroups(crlf, [G1]);
    expect(out.startsWith(crlf)).toBe(true);
    expect(out.slice(crlf.length)).toBe('groups:\r\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i03, i05] }\r\n');
    const cr = COHORT.replace(/\n/g, '\r');
    expect(writeGroups(cr, [G1]).startsWith(cr)).toBe(true);
    expect(writeGroups(cr, [G1])).not.toMatch(/\n/);
  });

  it('a file without a final line break gets one before the groups', () => {
    expect(writeGroups(COHORT.trimEnd(), [G1])).toBe(`${COHORT}groups:\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i03, i05] }\n`);
  });
});
