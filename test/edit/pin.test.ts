/** The pinned plan: what a re-plan changes, sequence numbers, and the comment-preserving write-back. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePinned } from '../../src/edit/pin.js';
import { applyPinned, diffPinned, pinnedEntries } from '../../src/plan/pinned.js';
import type { PlannedSession } from '../../src/model/plan.js';
import type { Cohort, FixedSession, Programme } from '../../src/model/types.js';

const programme: Programme = {
  id: 'droom', name: 'De droom', organiser: 'NGB', audience: ['burgemeester'], membersOnly: false,
  span: { min: { amount: 3, unit: 'month' }, max: { amount: 4, unit: 'month' } }, capacity: { min: 1, max: 10 },
  partners: 'none', partnerSeat: true,
  calendar: { timezone: 'Europe/Amsterdam', weekdays: ['thu', 'fri'], avoid: [], blackout: [], hours: { start: '09:00', end: '17:00' } },
  phases: [
    { id: 'blok', name: 'Leergangblok', mode: 'group', location: 'venue', sessions: 4, slot: { weekday: 'thu', start: '18:30', end: '17:00', days: 2 } },
    { id: 'intake', name: 'Intake', mode: 'individual', location: 'online', duration: { min: { amount: 60, unit: 'minute' }, max: { amount: 60, unit: 'minute' } }, sessions: 1, sameDay: false, break: { amount: 0, unit: 'minute' }, window: { amount: 3, unit: 'week' }, facilitators: 'one' },
  ],
};

function cohort(fixed: FixedSession[]): Cohort {
  return { id: 'droom-2027', programme: 'droom', title: 'De droom 2027', start: '2027-02-15', facilitators: [], pool: [], fixed, unavailable: [], registrations: [] };
}

function session(id: string, start: string, end: string): PlannedSession {
  return { uid: `${id}.droom-2027@cohort`, cohort: 'droom-2027', programme: 'droom', phase: id.split(/[#@]/)[0]!, session: id, kind: 'group', title: id, timezone: 'Europe/Amsterdam', start, end, allDay: false, facilitators: [], participants: [], location: { kind: 'venue' }, fixed: false, status: 'confirmed', sequence: 0 };
}

describe('a re-plan against the pinned plan', () => {
  const fixed: FixedSession[] = [
    { session: 'blok#1', date: '2027-03-18', start: '18:30' },
    { session: 'blok#2', date: '2027-04-15', start: '18:30', sequence: 1, replan: true },
    { session: 'intake@d01', date: '2027-02-15', start: '09:00' },
  ];
  const plan = [session('blok#1', '2027-03-18T18:30', '2027-03-19T17:00'), session('blok#2', '2027-04-22T18:30', '2027-04-23T17:00'), session('blok#3', '2027-05-20T18:30', '2027-05-21T17:00')];

  it('names what moved, what is new and what was dropped', () => {
    const diff = diffPinned(fixed, plan);
    expect(diff.moved).toEqual([{ session: 'blok#2', from: { date: '2027-04-15', start: '18:30' }, to: { date: '2027-04-22', start: '18:30' } }]);
    expect(diff.added.map((a) => a.session)).toEqual(['blok#3']);
    expect(diff.cancelled.map((c) => c.session)).toEqual(['intake@d01']);
    expect(diff.unchanged).toBe(1);
  });

  it('raises the sequence of a released session that moved, and brings a dropped one back cancelled', () => {
    const sessions = applyPinned(plan, cohort(fixed), programme);
    const by = new Map(sessions.map((s) => [s.session, s]));
    expect(by.get('blok#1')).toMatchObject({ sequence: 0, fixed: true });
    expect(by.get('blok#2')).toMatchObject({ sequence: 2, fixed: false });
    expect(by.get('intake@d01')).toMatchObject({ status: 'cancelled', sequence: 1, start: '2027-02-15T09:00', end: '2027-02-15T10:00', kind: 'individual' });
    expect(pinnedEntries(sessions).find((e) => e.session === 'intake@d01')).toEqual({ session: 'intake@d01', date: '2027-02-15', start: '09:00', sequence: 1, status: 'cancelled' });
  });

  it('records who holds a facilitators: one appointment, and another facilitator on it counts as moved', () => {
    const intake = { ...session('intake@d02', '2027-02-16T10:00', '2027-02-16T11:00'), kind: 'individual' as const, facilitators: ['a'] };
    const blok = { ...session('blok#1', '2027-03-18T18:30', '2027-03-19T17:00'), facilitators: ['a'] };
    expect(pinnedEntries([intake, blok], programme)).toEqual([
      { session: 'intake@d02', date: '2027-02-16', start: '10:00', facilitator: 'a' },
      { session: 'blok#1', date: '2027-03-18', start: '18:30' },
    ]);
    const pinned: FixedSession[] = [{ session: 'intake@d02', date: '2027-02-16', start: '10:00', facilitator: 'b' }];
    expect(diffPinned(pinned, [intake]).moved.map((m) => m.session)).toEqual(['intake@d02']);
    expect(diffPinned([{ ...pinned[0]!, facilitator: 'a' }], [intake]).unchanged).toBe(1);
    expect(writePinned('fixed:\n  - { session: intake@d02, date: "2027-02-16", start: "10:00", facilitator: b } # sent\n', [{ session: 'intake@d02', date: '2027-02-16', start: '10:00', facilitator: 'a' }])).toBe(
      'fixed:\n  - { session: intake@d02, date: "2027-02-16", start: "10:00", facilitator: a } # sent\n',
    );
  });

  it('writes the entries back with comments kept, updating pinned ones in place', () => {
    const text = '# De droom 2027\nid: droom-2027 # the id\nfixed:\n  # announced in the brochure\n  - session: "blok#2"\n    date: "2027-04-15"\n    replan: true\ntitle: T\n';
    const out = writePinned(text, [{ session: 'blok#2', date: '2027-04-22', start: '18:30', sequence: 2 }, { session: 'blok#3', date: '2027-05-20', start: '18:30' }]);
    expect(out).toContain('# De droom 2027\nid: droom-2027 # the id\n');
    expect(out).toContain('# announced in the brochure');
    expect(out).toContain('date: "2027-04-22"');
    expect(out).not.toContain('replan');
    expect(out).toContain('- { session: blok#3, date: "2027-05-20", start: "18:30" }');
    expect(out.trimEnd().endsWith('title: T')).toBe(true);
  });
});

describe('writePinned keeps every byte it does not mean to change', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const cohorts = readdirSync(join(ROOT, 'cohorts')).filter((f) => /^[^.]+-\d{4}\.yaml$/.test(f));
  const entries: FixedSession[] = [
    { session: 'blok#1', date: '2027-03-18', start: '18:30' },
    { session: 'x#2', date: '2027-04-01', sequence: 1, status: 'cancelled' },
  ];

  it.each(cohorts)('cohorts/%s: only the fixed list changes', (name) => {
    const text = readFileSync(join(ROOT, 'cohorts', name), 'utf8');
    const out = writePinned(text, entries);
    const at = text.search(/^fixed:/m);
    if (at < 0) {
      expect(out.startsWith(text)).toBe(true);
    } else {
      expect(out.slice(0, at)).toBe(text.slice(0, at));
      const rest = text.slice(at).replace(/^fixed:(?:\n(?: {2}.*|\s*#.*)?)*/, '');
      expect(out.endsWith(rest)).toBe(true);
    }
    expect(out).toContain('- { session: x#2, date: "2027-04-01", sequence: 1, status: cancelled }');
  });

  it('keeps flow lists, spacing and the comment on a pinned date', () => {
    const text = 'id: c\nfacilitators: [marleen-vos]\npeople: [a.people.yaml]\nfixed:\n  - session: "blok#1"\n    date: "2027-03-18" # as announced\nunavailable: [2027-05-01..2027-05-02]\n';
    const out = writePinned(text, [{ session: 'blok#1', date: '2027-03-25' }]);
    expect(out).toBe('id: c\nfacilitators: [marleen-vos]\npeople: [a.people.yaml]\nfixed:\n  - session: "blok#1"\n    date: "2027-03-25" # as announced\nunavailable: [2027-05-01..2027-05-02]\n');
  });

  it('keeps CRLF line ends', () => {
    const text = 'id: c\r\nfacilitators: [marleen-vos]\r\n';
    expect(writePinned(text, [{ session: 'dag', date: '2027-03-25' }])).toBe('id: c\r\nfacilitators: [marleen-vos]\r\nfixed:\r\n  - { session: dag, date: "2027-03-25" }\r\n');
  });

  it('turns an empty flow list into a block list', () => {
    expect(writePinned('id: c\nfixed: []\ntitle: T\n', [{ session: 'dag', date: '2027-03-25' }])).toBe('id: c\nfixed:\n  - { session: dag, date: "2027-03-25" }\ntitle: T\n');
  });
});

describe('writePinned and old line ends', () => {
  it('a file with lone CRs (and one with mixed ends) keeps every byte outside fixed', () => {
    const cr = 'id: c\rfacilitators: [marleen-vos]\r';
    expect(writePinned(cr, [{ session: 'dag', date: '2027-03-25' }])).toBe('id: c\rfacilitators: [marleen-vos]\rfixed:\r  - { session: dag, date: "2027-03-25" }\r');
    const mixed = 'id: c\r\nfacilitators: [marleen-vos]\rtitle: T\n';
    expect(writePinned(mixed, [{ session: 'dag', date: '2027-03-25' }])).toBe(`${mixed}fixed:\r\n  - { session: dag, date: "2027-03-25" }\r\n`);
  });
});

describe('writePinned for the roster (merge, with hosts)', () => {
  const text = '# intervisie\nid: iv\nfixed:\n  - { session: "intake@i01", date: "2027-01-18", start: "10:00" } # by phone\n  - { session: "g1/bijeenkomst#1", date: "2027-02-08", start: "15:00", host: i06 }\ntitle: T\n';

  it('merge keeps the entries it is not given byte for byte, updates the host in place and appends new meetings with theirs', () => {
    const out = writePinned(text, [{ session: 'g1/bijeenkomst#1', date: '2027-02-01', start: '15:00', host: 'i01' }, { session: 'g1/bijeenkomst#2', date: '2027-03-15', start: '15:00', host: 'i06' }], 'merge');
    expect(out).toBe('# intervisie\nid: iv\nfixed:\n  - { session: "intake@i01", date: "2027-01-18", start: "10:00" } # by phone\n  - { session: "g1/bijeenkomst#1", date: "2027-02-01", start: "15:00", host: i01 }\n  - { session: g1/bijeenkomst#2, date: "2027-03-15", start: "15:00", host: i06 }\ntitle: T\n');
  });

  it("replace (plan --pin) keeps an entry's host when the entry it writes has none, and drops what it is not given", () => {
    const out = writePinned(text, [{ session: 'g1/bijeenkomst#1', date: '2027-02-08', start: '15:00', sequence: 1 }]);
    expect(out).toBe('# intervisie\nid: iv\nfixed:\n  - { session: "g1/bijeenkomst#1", date: "2027-02-08", start: "15:00", host: i06, sequence: 1 }\ntitle: T\n');
  });
});

describe('writePinned and a stray line end', () => {
  it('one lone CR in a comment does not turn the fixed list into CR lines: the most common end is used', () => {
    const text = '# a comment pasted\r# from an old file\nid: c\nfixed:\n  - session: "blok#1"\n    date: "2027-03-18"\ntitle: T\n';
    const out = writePinned(text, [{ session: 'blok#1', date: '2027-03-18' }, { session: 'blok#2', date: '2027-04-22' }]);
    expect(out).toBe('# a comment pasted\r# from an old file\nid: c\nfixed:\n  - session: "blok#1"\n    date: "2027-03-18"\n  - { session: blok#2, date: "2027-04-22" }\ntitle: T\n');
  });
});
