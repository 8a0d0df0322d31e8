/** Editing registrations in YAML (a registrations file, or inline in a cohort): comments and every untouched byte stay. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EditError } from '../../src/edit/fields.js';
import { editRegistrationsYaml } from '../../src/edit/registrations-yaml.js';

const ROOT = join(import.meta.dirname, '../..');
const POOL = readFileSync(join(ROOT, 'cohorts/bestuurderspool-2027.registrations.yaml'), 'utf8');
const DROOM = readFileSync(join(ROOT, 'cohorts/droom-2027.yaml'), 'utf8');

/** The lines that differ, as [line number, before, after]; lines are compared in place (same count). */
function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((l, i) => (l === b[i] ? [] : [[i + 1, l, b[i]!] as [number, string, string]]));
}

describe('a changed value', () => {
  it('the cohort with its registrations inline: d08 comes back; the comment on its status line is kept', () => {
    const out = editRegistrationsYaml(DROOM, { set: new Map([['d08', { status: 'registered' }]]) });
    expect(changedLines(DROOM, out)).toEqual([
      [87, '    status: withdrawn # decided against taking part after the kennismakingsgesprek', '    status: registered # decided against taking part after the kennismakingsgesprek'],
    ]);
  });

  it('a new key gets its own line after the key before it in SPEC order, at the entry indentation', () => {
    const out = editRegistrationsYaml(POOL, { set: new Map([['b02', { status: 'offered', 'offer-expires': '2027-01-22' }]]) });
    const b02 = POOL.indexOf('  - id: b02');
    const status = POOL.indexOf('    status: confirmed\n', b02);
    expect(out).toBe(`${POOL.slice(0, status)}    status: offered\n    offer-expires: "2027-01-22"\n${POOL.slice(status + '    status: confirmed\n'.length)}`);
  });

  it('removing a key removes its line and nothing else', () => {
    const offered = editRegistrationsYaml(POOL, { set: new Map([['b02', { status: 'offered', 'offer-expires': '2027-01-22' }]]) });
    expect(editRegistrationsYaml(offered, { set: new Map([['b02', { status: 'confirmed', 'offer-expires': undefined }]]) })).toBe(POOL);
  });

  it('a flow entry is edited inside its braces, its trailing comment kept', () => {
    const text = 'registrations:\n  - { id: a1, name: An, municipality: Utrecht, email: a@example.nl, status: registered } # by phone\n';
    expect(editRegistrationsYaml(text, { set: new Map([['a1', { status: 'offered', 'offer-expires': '2027-01-22' }]]) })).toBe(
      'registrations:\n  - { id: a1, name: An, municipality: Utrecht, email: a@example.nl, status: offered, offer-expires: "2027-01-22" } # by phone\n',
    );
  });

  it('CRLF line ends and a BOM stay', () => {
    const crlf = `\uFEFF${POOL.replace(/\n/g, '\r\n')}`;
    const out = editRegistrationsYaml(crlf, { set: new Map([['b01', { status: 'cancelled' }]]) });
    expect(out).toBe(`\uFEFF${POOL.replace('    party: GroenLinks\n    status: confirmed', '    party: GroenLinks\n    status: cancelled').replace(/\n/g, '\r\n')}`);
  });

  it('an entry whose value spans lines is rendered whole by the Document API; the entries around it are untouched', () => {
    const text = 'registrations:\n  - id: a1\n    name: An\n    status: >-\n      registered\n  # the next one came by phone\n  - id: a2\n    name: Bo\n';
    const out = editRegistrationsYaml(text, { set: new Map([['a1', { status: 'cancelled' }]]) });
    expect(out).toBe('registrations:\n  - id: a1\n    name: An\n    status: cancelled\n  # the next one came by phone\n  - id: a2\n    name: Bo\n');
  });

  it('an unknown id is refused', () => {
    expect(() => editRegistrationsYaml(POOL, { set: new Map([['b99', { status: 'cancelled' }]]) })).toThrow(EditError);
  });
});

describe('a new registration', () => {
  const fields = {
    id: 'b09',
    name: "Sanne 't Hart",
    role: 'wethouder',
    municipality: 'GM0363',
    email: 's.thart@example.nl',
    registered: '2026-11-23T10:00:00+01:00',
    member: true,
    unavailable: ['2027-03-01..2027-03-05'],
    status: 'registered',
  };

  it('is added after the last entry with its dash and indentation; every byte before it stays', () => {
    const out = editRegistrationsYaml(POOL, { add: [fields] });
    expect(out.slice(0, POOL.length)).toBe(POOL);
    expect(out.slice(POOL.length)).toBe(
      '  - id: b09\n    name: "Sanne \'t Hart"\n    role: wethouder\n    municipality: GM0363\n    email: s.thart@example.nl\n    registered: "2026-11-23T10:00:00+01:00"\n    member: true\n    unavailable: ["2027-03-01..2027-03-05"]\n    status: registered\n',
    );
    expect(parse(out).registrations.at(-1)).toEqual(fields);
  });

  it('in a cohort with its registrations inline, after the last one and before what follows', () => {
    const text = 'id: c\nregistrations:\n  - id: a1\n    name: An\n\n# the plan is pinned below\nfixed: []\n';
    const out = editRegistrationsYaml(text, { add: [{ id: 'a2', name: 'Bo' }] });
    expect(out).toBe('id: c\nregistrations:\n  - id: a1\n    name: An\n  - id: a2\n    name: Bo\n\n# the plan is pinned below\nfixed: []\n');
  });

  it('an empty list written [] becomes a block list; the rest of the file stays', () => {
    const text = '# registrations come in from the web form\nregistrations: [] # none yet\nother: 1\n';
    const out = editRegistrationsYaml(text, { add: [{ id: 'a1', name: 'An' }] });
    expect(out).toBe('# registrations come in from the web form\nregistrations:\n  - id: a1\n    name: An # none yet\nother: 1\n');
  });
});

describe('comments and untouched entries survive any edit', () => {
  const comment = fc.constantFrom('', ' # checked by phone', ' # zie mail 12-11');
  const entryArb = fc.record({ status: fc.constantFrom('registered', 'confirmed', 'waiting'), comment, quoted: fc.boolean() });
  it('only the target entry changes, and in it only the status value', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom('cancelled', 'offered', 'withdrawn'), (entries, t, status) => {
        const write = (s: string, e: { comment: string; quoted: boolean }) => (e.quoted ? `"${s}"` : s) + e.comment;
        const body = entries.map((e, i) => `  # entry ${i}\n  - id: r${i}\n    name: Person ${i}\n    status: ${write(e.status, e)}\n`).join('');
        const text = `# header\nregistrations:\n${body}# end\n`;
        const k = t % entries.length;
        const out = editRegistrationsYaml(text, { set: new Map([[`r${k}`, { status }]]) });
        const expected = `# header\nregistrations:\n${entries.map((e, i) => `  # entry ${i}\n  - id: r${i}\n    name: Person ${i}\n    status: ${i === k ? `${status}${e.comment}` : write(e.status, e)}\n`).join('')}# end\n`;
        expect(out).toBe(expected);
      }),
      { numRuns: 200, seed: 20261124 },
    );
  });
});

describe('a file with mixed line ends (edited on Windows and elsewhere)', () => {
  it('keeps each line its own end: only the changed line differs', () => {
    const lines = POOL.split('\n');
    // the first ten lines written on Windows, the rest on Linux
    const mixed = lines.slice(0, 10).join('\r\n') + '\r\n' + lines.slice(10).join('\n');
    const out = editRegistrationsYaml(mixed, { set: new Map([['b02', { status: 'cancelled' }]]) });
    const b02 = mixed.indexOf('  - id: b02');
    const status = mixed.indexOf('    status: confirmed\n', b02);
    expect(out).toBe(`${mixed.slice(0, status)}    status: cancelled\n${mixed.slice(status + '    status: confirmed\n'.length)}`);
  });

  it('reads a lone CR as a line break, as validate does, and writes new lines with the most common end', () => {
    const cr = POOL.replace('    status: confirmed\n  - id: b02\n', '    status: confirmed\r  - id: b02\r');
    const out = editRegistrationsYaml(cr, { set: new Map([['b02', { status: 'cancelled', 'offer-expires': '2027-01-22' }]]) });
    const b02 = cr.indexOf('  - id: b02');
    const status = cr.indexOf('    status: confirmed\n', b02);
    expect(out).toBe(`${cr.slice(0, status)}    status: cancelled\n    offer-expires: "2027-01-22"\n${cr.slice(status + '    status: confirmed\n'.length)}`);
    expect(parse(out.replace(/\r/g, '\n')).registrations[1]).toMatchObject({ id: 'b02', status: 'cancelled' });
  });
});
