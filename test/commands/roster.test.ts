/** Second level: `cohort roster` through the CLI with an in-memory IO holding the shipped examples; golden files for every format. */
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { lintIcs } from '../export-plan/ics-lint.js';
import { memoryIO, runIn, shippedExamples, type MemoryIO, savedMeanwhile } from '../support/io.js';

// The planner searched and each file parsed once per distinct input (test/support/plan-once.ts, parse-once.ts): this file runs the same cohorts many times.
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const IV = 'cohorts/intervisie-2027.yaml';
const ARGS = ['--today', '2026-12-01', '--no-color'];
const examples = () => memoryIO(shippedExamples());

describe('cohort roster', () => {
  it.each([
    ['table', [], 'intervisie-2027.txt'],
    ['table in Dutch', ['--lang', 'nl'], 'intervisie-2027.nl.txt'],
    ['csv', ['--format', 'csv'], 'intervisie-2027.csv'],
    ['json', ['--format', 'json'], 'intervisie-2027.json'],
  ])('%s of the shipped intervisie cohort', async (_name, extra, golden) => {
    const r = await runIn(examples(), ['roster', IV, ...ARGS, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./expected/roster/${golden}`);
  });

  it('every member hosts exactly once, at their own town hall, with the group facilitator; the proposal is said on stderr', async () => {
    const r = await runIn(examples(), ['roster', 'intervisie-2027', '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('intervisie-2027: no pinned groups; planned with the 2 group(s) cohort groups proposes (g1, g2; cohort groups --pin keeps them)\n');
    const { meetings } = JSON.parse(r.stdout) as { meetings: { group: string; meeting: number; host: string; municipalityName: string; location: string; facilitators: string[] }[] };
    const hosts = meetings.map((m) => m.host);
    expect(hosts).toHaveLength(12);
    expect(new Set(hosts).size).toBe(12);
    expect(hosts).not.toContain('i14');
    for (const m of meetings) expect(m.location).toBe(`Gemeentehuis ${m.municipalityName}`);
    expect(meetings.map((m) => `${m.group}#${m.meeting}`)).toEqual(['g1', 'g2'].flatMap((g) => [1, 2, 3, 4, 5, 6].map((n) => `${g}#${n}`)));
    for (const g of ['g1', 'g2']) expect(new Set(meetings.filter((m) => m.group === g).map((m) => m.facilitators.join())).size).toBe(1);
  });

  it('the same roster as the plan: hosts and dates match the plan JSON', async () => {
    const plan = await runIn(examples(), ['plan', IV, '--format', 'json', ...ARGS]);
    const roster = await runIn(examples(), ['roster', IV, '--format', 'json', ...ARGS]);
    const sessions = (JSON.parse(plan.stdout) as { sessions: { session: string; start: string; location: { host?: string } }[] }).sessions;
    for (const m of (JSON.parse(roster.stdout) as { meetings: { session: string; start: string; host: string }[] }).meetings) {
      expect(sessions.find((s) => s.session === m.session)).toMatchObject({ start: m.start, location: { host: m.host } });
    }
  });

  it('a cohort without host rotation is a usage error (exit 2); --out never onto an input', async () => {
    const r = await runIn(examples(), ['roster', 'cohorts/droom-2027.yaml', ...ARGS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: cohorts/droom-2027.yaml: not an intervisie cohort (no phase with location: host-rotation), so nobody hosts a meeting\n');
    const refused = await runIn(examples(), ['roster', IV, '--out', 'cohorts/intervisie-2027.registrations.csv', ...ARGS]);
    expect(refused.code).toBe(2);
  });
});

/** The shipped examples with some members' unavailable column (CSV column 11) set. */
function away(dates: Record<string, string>): MemoryIO {
  const files = shippedExamples();
  const path = 'cohorts/intervisie-2027.registrations.csv';
  const lines = new TextDecoder().decode(files.get(path)).split('\n').map((l) => {
    const cells = l.split(',');
    const when = dates[cells[0]!];
    if (when === undefined) return l;
    cells[10] = when;
    return cells.join(',');
  });
  files.set(path, new TextEncoder().encode(lines.join('\n')));
  return memoryIO(files);
}

describe("cohort roster: other members' unavailable dates", () => {
  it('the table says who cannot come to which meeting; the host is never one of them', async () => {
    const r = await runIn(away({ i01: '2027-01-01..2027-06-15', i06: '2027-06-16..2027-12-31' }), ['roster', IV, ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(2, 10)).toEqual([
      'g1  facilitator: Hanneke de Ruiter',
      '  Meeting  Date             Time         Host                  Location                    Cannot come',
      '  1        Mon 8 Feb 2027   15:00–18:00  i06 Joost van Dijk    Gemeentehuis Arnhem         i01 Marieke de Graaf',
      '  2        Mon 22 Mar 2027  15:00–18:00  i12 Ahmed Yilmaz      Gemeentehuis Rotterdam      i01 Marieke de Graaf',
      '  3        Mon 10 May 2027  15:00–18:00  i10 Koen Verhoeven    Gemeentehuis Breda          i01 Marieke de Graaf',
      '  4        Mon 5 Jul 2027   15:00–18:00  i07 Eline Mertens     Gemeentehuis Tilburg        i06 Joost van Dijk',
      '  5        Mon 6 Sep 2027   15:00–18:00  i01 Marieke de Graaf  Gemeentehuis Utrecht        i06 Joost van Dijk',
      '  6        Mon 1 Nov 2027   15:00–18:00  i03 Sanne Peeters     Gemeentehuis \'s-Gravenhage  i06 Joost van Dijk',
    ]);
    const json = JSON.parse((await runIn(away({ i01: '2027-01-01..2027-06-15', i06: '2027-06-16..2027-12-31' }), ['roster', IV, '--format', 'json', ...ARGS])).stdout) as { meetings: { group: string; absent: string[] }[] };
    expect(json.meetings.filter((m) => m.group === 'g1').map((m) => m.absent)).toEqual([['i01'], ['i01'], ['i01'], ['i06'], ['i06'], ['i06']]);
    expect(json.meetings.filter((m) => m.group === 'g2').every((m) => m.absent.length === 0)).toBe(true);
  });

  it('a host on their own unavailable date is a hard rule: when no order avoids it, roster says which meeting and why, and exits 1', async () => {
    // Three members of g1 away all year: three meetings would have an absent host.
    const r = await runIn(away({ i01: '2027-01-01..2027-12-31', i03: '2027-01-01..2027-12-31', i07: '2027-01-01..2027-12-31' }), ['roster', IV, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const why = r.stderr.split('\n').filter((l) => l.includes('host'));
    expect(why.filter((l) => l.includes('rule: No host on their own unavailable date'))).toHaveLength(3);
    expect(why.filter((l) => /^ {4}i0[137] hosts this meeting but is unavailable on 2027-\d\d-\d\d, and no host order of g1 avoids it \(every member hosts once\)$/.test(l))).toHaveLength(3);
    expect(r.stderr).toMatch(/cohort: no plan keeps every hard rule \(3 session\(s\) could not be placed\); nothing was written\n$/);
    // The score counts the host rule with the planner's (src/plan/check.ts's rule id), never "all kept".
    expect(r.stderr).not.toContain('Hard rules: all kept.');
    expect(r.stderr).toContain('  Hard rules: 3 broken.\n    - No host on their own unavailable date: cost 3\n');
  });
});

describe('cohort roster --format ics', () => {
  const events = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        zone: e.startDate.zone.tzid,
        location: e.location,
        geo: v.getFirstPropertyValue('geo') as number[] | null,
        description: e.description,
        attendees: e.attendees.length,
      };
    });

  it('one calendar per group in --out DIR, stable file names, golden files', async () => {
    const io = examples();
    const r = await runIn(io, ['roster', IV, '--format', 'ics', '--out', 'rooster', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').at(-2)).toBe('wrote 2 calendar(s) to rooster');
    expect([...io.files.keys()].filter((f) => f.startsWith('rooster/')).sort()).toEqual(['rooster/intervisie-2027-g1.ics', 'rooster/intervisie-2027-g2.ics']);
    for (const g of ['g1', 'g2']) {
      const ics = io.text(`rooster/intervisie-2027-${g}.ics`)!;
      expect(lintIcs(ics)).toEqual([]);
      await expect(ics).toMatchFileSnapshot(`./expected/roster/intervisie-2027-${g}.ics`);
    }
  });

  it('the events are the plan ICS events (UID, time zone, LOCATION, GEO), with the description naming the facilitator and the group members (no ATTENDEE, no addresses: SPEC §6)', async () => {
    const io = examples();
    await runIn(io, ['roster', IV, '--format', 'ics', '--out', 'rooster', ...ARGS]);
    const plan = events((await runIn(examples(), ['plan', IV, '--format', 'ics', ...ARGS])).stdout);
    const roster = JSON.parse((await runIn(examples(), ['roster', IV, '--format', 'json', ...ARGS])).stdout) as { meetings: { group: string; session: string; host: string; municipalityName: string; lat: number; lon: number }[] };
    const groups = JSON.parse((await runIn(examples(), ['groups', IV, '--format', 'json', ...ARGS])).stdout) as { groups: { id: string; members: { id: string }[] }[] };
    const csv = io.text('cohorts/intervisie-2027.registrations.csv')!.split('\n').slice(1).filter((l) => l !== '').map((l) => l.split(','));
    const person = new Map(csv.map((c) => [c[0]!, { name: c[1]! }]));
    for (const g of ['g1', 'g2']) {
      const own = events(io.text(`rooster/intervisie-2027-${g}.ics`)!);
      const meetings = roster.meetings.filter((m) => m.group === g);
      expect(own.map((e) => e.uid)).toEqual(meetings.map((m) => `${m.session}.intervisie-2027@cohort`));
      const facilitator = g === 'g1' ? 'Hanneke de Ruiter' : 'Bart Jongeling';
      const members = groups.groups.find((x) => x.id === g)!.members.map((m) => person.get(m.id)!);
      expect(members).toHaveLength(6);
      for (const [i, e] of own.entries()) {
        const m = meetings[i]!;
        const same = plan.find((p) => p.uid === e.uid)!;
        expect(e).toMatchObject({ start: same.start, zone: 'Europe/Amsterdam', location: same.location, geo: same.geo });
        expect(e.location).toBe(`Gemeentehuis ${m.municipalityName} (host: ${person.get(m.host)!.name})`);
        expect(e.geo).toEqual([m.lat, m.lon]);
        expect(e.attendees).toBe(0);
        expect(e.description.split('\n').slice(-2)).toEqual([`Facilitators: ${facilitator}`, `Group: ${members.map((p) => p.name).join(', ')}`]);
        expect(e.description).not.toContain('@');
      }
    }
  });

  it('to stdout only for a single group: two groups are refused with the file names --out DIR would write (exit 2)', async () => {
    const r = await runIn(examples(), ['roster', IV, '--format', 'ics', ...ARGS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').at(-2)).toBe('cohort: 2 groups give 2 calendars (one per group): --out DIR writes them as intervisie-2027-g1.ics, intervisie-2027-g2.ics');
  });

  it('a cohort of one group writes its calendar to stdout, with the ids unprefixed', async () => {
    const files = shippedExamples();
    const csv = new TextDecoder().decode(files.get('cohorts/intervisie-2027.registrations.csv'));
    const six = csv.split('\n').filter((l) => /^(id|i0[134567]),/.test(l));
    files.set('cohorts/intervisie-2027.registrations.csv', new TextEncoder().encode(`${six.join('\n')}\n`));
    const r = await runIn(memoryIO(files), ['roster', IV, '--format', 'ics', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(lintIcs(r.stdout)).toEqual([]);
    expect(events(r.stdout).map((e) => e.uid)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `bijeenkomst#${n}.intervisie-2027@cohort`));
    expect(r.stdout).toContain('X-WR-CALNAME:Intervisie voor wethouders 2027 — g1\r\n');
  });
});

describe('cohort roster --alternatives N', () => {
  it.each([
    ['table', [], 'intervisie-2027.alternatives.txt'],
    ['table in Dutch', ['--lang', 'nl'], 'intervisie-2027.alternatives.nl.txt'],
    ['csv', ['--format', 'csv'], 'intervisie-2027.alternatives.csv'],
    ['json', ['--format', 'json'], 'intervisie-2027.alternatives.json'],
  ])('%s of the shipped intervisie cohort', async (_name, extra, golden) => {
    const r = await runIn(examples(), ['roster', IV, '--alternatives', '3', ...ARGS, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./expected/roster/${golden}`);
  });

  it('each meeting lists its planned date among at most N, on the slot weekday, most members first; i05 away 10 May is said', async () => {
    const r = await runIn(examples(), ['roster', IV, '--alternatives', '4', '--format', 'json', ...ARGS]);
    const { meetings } = JSON.parse(r.stdout) as { meetings: { session: string; planned: string; candidates: { date: string; canCome: number; absent: string[]; planned: boolean }[] }[] };
    expect(meetings).toHaveLength(12);
    for (const m of meetings) {
      expect(m.candidates.length).toBeGreaterThanOrEqual(1);
      expect(m.candidates.length).toBeLessThanOrEqual(4);
      expect(m.candidates.filter((c) => c.planned).map((c) => c.date)).toEqual([m.planned]);
      for (const c of m.candidates) expect(new Date(`${c.date}T12:00:00Z`).getUTCDay()).toBe(1);
    }
    expect(meetings.find((m) => m.session === 'g2/bijeenkomst#3')!.candidates).toEqual([
      { date: '2027-05-24', start: '2027-05-24T15:00', end: '2027-05-24T18:00', canCome: 6, absent: [], planned: true },
      { date: '2027-05-31', start: '2027-05-31T15:00', end: '2027-05-31T18:00', canCome: 6, absent: [], planned: false },
      { date: '2027-05-03', start: '2027-05-03T15:00', end: '2027-05-03T18:00', canCome: 6, absent: [], planned: false },
      { date: '2027-05-10', start: '2027-05-10T15:00', end: '2027-05-10T18:00', canCome: 5, absent: ['i05'], planned: false },
    ]);
  });

  it('a meeting pinned in fixed gets no alternatives', async () => {
    const io = examples();
    const path = 'cohorts/intervisie-2027.yaml';
    io.files.set(path, new TextEncoder().encode(`${io.text(path)}groups:\n  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i06, i03, i07, i10, i12] }\n  - { id: g2, facilitator: bart-jongeling, members: [i02, i04, i05, i08, i13, i11] }\nfixed:\n  - { session: "g1/bijeenkomst#1", date: "2027-02-08" }\n  - { session: "g1/bijeenkomst#2", date: "2027-03-15" }\n`));
    const r = await runIn(io, ['roster', IV, '--alternatives', '2', '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const sessions = (JSON.parse(r.stdout) as { meetings: { session: string }[] }).meetings.map((m) => m.session);
    expect(sessions).toEqual(['g1/bijeenkomst#3', 'g1/bijeenkomst#4', 'g1/bijeenkomst#5', 'g1/bijeenkomst#6', ...[1, 2, 3, 4, 5, 6].map((n) => `g2/bijeenkomst#${n}`)]);
  });

  it('N must be a whole number from 1; not with --format ics (exit 2)', async () => {
    for (const bad of ['0', 'three', '-1', '2.5']) {
      const r = await runIn(examples(), ['roster', IV, '--alternatives', bad, ...ARGS]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(`cohort: --alternatives ${bad}: give a whole number of dates per meeting, 1 to 999 (e.g. --alternatives 3)\n`);
    }
    const ics = await runIn(examples(), ['roster', IV, '--alternatives', '3', '--format', 'ics', '--out', 'x', ...ARGS]);
    expect(ics.code).toBe(2);
    expect(ics.stderr).toBe('cohort: --alternatives lists dates to choose from, not a calendar: use --format table, csv or json\n');
  });
});

describe('cohort roster --pin', () => {
  const rerun = (io: MemoryIO, argv: string[]) => {
    io.stdout = '';
    io.stderr = '';
    return runIn(io, argv);
  };
  /** The shipped examples with the proposed groups pinned (cohort groups --pin). */
  async function pinnedGroups(): Promise<MemoryIO> {
    const io = examples();
    expect((await runIn(io, ['groups', IV, '--pin', '--out', 'groups.txt', ...ARGS])).code).toBe(0);
    return io;
  }
  const G1 = ['i06', 'i01', 'i07', 'i10', 'i12', 'i03'];
  const G2 = ['i02', 'i05', 'i13', 'i04', 'i08', 'i11'];
  const D1 = ['2027-02-08', '2027-03-22', '2027-05-10', '2027-07-05', '2027-09-06', '2027-11-01'];
  const D2 = ['2027-02-15', '2027-04-05', '2027-05-24', '2027-07-05', '2027-08-30', '2027-10-11'];
  const lines = [...D1.map((d, i) => `  - { session: g1/bijeenkomst#${i + 1}, date: "${d}", start: "15:00", host: ${G1[i]} }`), ...D2.map((d, i) => `  - { session: g2/bijeenkomst#${i + 1}, date: "${d}", start: "15:00", host: ${G2[i]} }`)];

  it('appends the meetings with dates and hosts to fixed, every other byte kept, after printing the changes', async () => {
    const io = await pinnedGroups();
    const before = io.text(IV)!;
    const r = await rerun(io, ['roster', IV, '--pin', '--out', 'rooster.txt', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      [
        'intervisie-2027: against the fixed meetings 12 added, 0 changed, 0 unchanged',
        ...[...D1.map((d, i) => `  added    g1/bijeenkomst#${i + 1}: ${d} 15:00 host ${G1[i]}`), ...D2.map((d, i) => `  added    g2/bijeenkomst#${i + 1}: ${d} 15:00 host ${G2[i]}`)],
        'wrote rooster.txt',
        'pinned 12 meeting(s) with their hosts in cohorts/intervisie-2027.yaml',
        '',
      ].join('\n'),
    );
    expect(io.text(IV)).toBe(`${before}fixed:\n${lines.join('\n')}\n`);
    // It validates, and a second run changes nothing.
    expect((await rerun(io, ['validate', IV])).code).toBe(0);
    const again = await rerun(io, ['roster', IV, '--pin', '--out', 'rooster.txt', ...ARGS]);
    expect(again.stderr.split('\n')[0]).toBe('intervisie-2027: against the fixed meetings 0 added, 0 changed, 12 unchanged');
    expect(io.text(IV)).toBe(`${before}fixed:\n${lines.join('\n')}\n`);
  });

  it('--dry-run prints the changes and the roster, writes nothing', async () => {
    const io = await pinnedGroups();
    const before = io.text(IV);
    const r = await rerun(io, ['roster', IV, '--pin', '--dry-run', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('g1  facilitator: Hanneke de Ruiter');
    expect(r.stderr.split('\n').at(-2)).toBe('dry run: cohorts/intervisie-2027.yaml not written');
    expect(io.text(IV)).toBe(before);
  });

  it('a later roster and plan keep the pinned hosts and dates, and plan --pin keeps the hosts in the file', async () => {
    const io = await pinnedGroups();
    // The group agreed otherwise: i01 hosts the first meeting on 1 February, i06 the second.
    const swapped = lines.map((l) => l.replace('bijeenkomst#1, date: "2027-02-08", start: "15:00", host: i06', 'bijeenkomst#1, date: "2027-02-01", start: "15:00", host: i01').replace('bijeenkomst#2, date: "2027-03-22", start: "15:00", host: i01', 'bijeenkomst#2, date: "2027-03-15", start: "15:00", host: i06'));
    io.files.set(IV, new TextEncoder().encode(`${io.text(IV)}fixed:\n${swapped.join('\n')}\n`));
    const r = await rerun(io, ['roster', IV, '--format', 'json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const meetings = (JSON.parse(r.stdout) as { meetings: { session: string; start: string; host: string }[] }).meetings;
    expect(meetings.slice(0, 2).map((m) => [m.session, m.start, m.host])).toEqual([
      ['g1/bijeenkomst#1', '2027-02-01T15:00', 'i01'],
      ['g1/bijeenkomst#2', '2027-03-15T15:00', 'i06'],
    ]);
    const plan = await rerun(io, ['plan', IV, '--pin', '--out', 'plan.ics', ...ARGS]);
    expect(plan.code, plan.stderr).toBe(0);
    const text = io.text(IV)!;
    for (const l of swapped) expect(text).toContain(l.replace(/^ {2}- \{ session: (\S+), date: ("[^"]+"), start: ("[^"]+"), host: (\S+) \}$/, '$1, date: $2, start: $3, host: $4 }'));
    const after = await rerun(io, ['roster', IV, '--format', 'json', ...ARGS]);
    expect(after.stdout).toBe(r.stdout);
  });

  it('validate checks the hosts in fixed: a member of that group, one meeting each, only on hosted meetings (file:line:col, exit 1)', async () => {
    const io = await pinnedGroups();
    const base = io.text(IV)!;
    const at = base.split('\n').length;
    io.files.set(IV, new TextEncoder().encode(`${base}fixed:\n  - { session: g1/bijeenkomst#1, date: "2027-02-08", host: i02 }\n  - { session: g1/bijeenkomst#2, date: "2027-03-15", host: i06 }\n  - { session: g1/bijeenkomst#3, date: "2027-04-19", host: i06 }\n  - { session: intake@i01, date: "2027-01-18", host: i01 }\n`));
    const r = await rerun(io, ['validate', IV, '--no-color']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('[fixed/'));
    expect(lines.map((l) => /:(\d+):(\d+): error: (.*) \[(fixed\/[a-z-]+)\]/.exec(l)?.slice(1))).toEqual([
      [String(at + 1), '60', "g1/bijeenkomst#1: host 'i02' is not a member of g1", 'fixed/unknown-host'],
      [String(at + 3), '60', 'g1/bijeenkomst#3: i06 already hosts g1/bijeenkomst#2; every member hosts once', 'fixed/host-twice'],
      [String(at + 4), '54', "session 'intake@i01' is not a hosted intervisie meeting (host-rotation), so it has no host", 'fixed/host-not-hosted'],
    ]);
  });

  it('a folder instead of one cohort is exit 2 with what to give instead (roster and groups)', async () => {
    for (const command of ['roster', 'groups']) {
      const r = await runIn(examples(), [command, 'cohorts', ...ARGS]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('cohort: cohorts is a folder; this command works on one cohort: give its file (cohorts/intervisie-2027.yaml) or its id (intervisie-2027)\n');
    }
  });

  it('refuses proposed groups (pin them first), a file saved meanwhile, and --pin with --alternatives (exit 2)', async () => {
    const proposed = await runIn(examples(), ['roster', IV, '--pin', ...ARGS]);
    expect(proposed.code).toBe(2);
    expect(proposed.stderr.split('\n').at(-2)).toBe('cohort: cohorts/intervisie-2027.yaml: the groups are only proposed; pin them first (cohort groups --pin), then the roster');
    const both = await runIn(examples(), ['roster', IV, '--pin', '--alternatives', '2', ...ARGS]);
    expect(both.code).toBe(2);
    const io = await pinnedGroups();
    const mine = savedMeanwhile(io, IV, '# a note saved meanwhile\n');
    const r = await rerun(io, ['roster', IV, '--pin', '--out', 'rooster.txt', ...ARGS]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^cohort: cohorts\/intervisie-2027\.yaml changed since it was read/);
    expect(io.files.get(IV)).toBe(mine);
    expect(io.text('rooster.txt')).toBeUndefined();
  });
});
