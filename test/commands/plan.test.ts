/** Second level: runPlan through the CLI with an in-memory IO holding the shipped examples. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples, type MemoryIO, savedMeanwhile } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23', '--no-color'];
const DROOM = 'cohorts/droom-2027.yaml';

function examples(edit: (files: Map<string, Uint8Array>) => void = () => undefined, opts: Parameters<typeof memoryIO>[1] = {}): MemoryIO {
  const files = shippedExamples();
  edit(files);
  return memoryIO(files, opts);
}

function replaceIn(files: Map<string, Uint8Array>, path: string, from: string | RegExp, to: string): void {
  const before = new TextDecoder().decode(files.get(path)!);
  const after = before.replace(from, to);
  expect(after, `${path} has ${String(from)}`).not.toBe(before);
  files.set(path, new TextEncoder().encode(after));
}

describe('cohort plan (in-process)', () => {
  it('prints the table on stdout and nothing on stderr', async () => {
    const r = await runIn(examples(), ['plan', DROOM, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^De droom van elke burgemeester, voorjaar 2027 \(droom-2027\)/);
    expect(r.stdout).toContain('  Thu 18 Mar 2027  18:30 → Fri 19 Mar 17:00  Leergangblok (1/4)    Conferentiecentrum Lekoever  Marleen Vos');
  });

  it.each([
    ['csv', /^\uFEFFuid,/],
    ['ics', /^BEGIN:VCALENDAR\r\n/],
    ['json', /^\{\n {2}"/],
  ])('--format %s --out writes the file and says so on stderr', async (format, start) => {
    const io = examples();
    const r = await runIn(io, ['plan', DROOM, '--format', format, '--out', `droom.${format}`, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote droom.${format}\n`);
    expect(io.text(`droom.${format}`)).toMatch(start);
  });

  it('--delimiter ; and --lang nl give the Dutch CSV', async () => {
    const r = await runIn(examples(), ['plan', DROOM, '--format', 'csv', '--lang', 'nl', ...TODAY]);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^\uFEFFuid;/);
  });

  it('--names adds whose one-to-one appointment a CSV row is; without it no participant is named', async () => {
    const plain = await runIn(examples(), ['plan', DROOM, '--format', 'csv', ...TODAY]);
    const named = await runIn(examples(), ['plan', DROOM, '--format', 'csv', '--names', ...TODAY]);
    expect(named.code, named.stderr).toBe(0);
    const rows: Record<string, string>[] = parse(named.stdout, { bom: true, columns: true });
    expect(rows.find((r) => r.session === 'kennismaking@d01')!.participant).toBe('Margreet Visser');
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.participant)).toEqual(rows.filter((r) => r.kind === 'group').map(() => ''));
    expect(rows[0]!.cohort_title).toBe('De droom van elke burgemeester, voorjaar 2027');
    expect(plain.stdout).not.toContain('Margreet Visser');
    expect(plain.stdout.split('\r\n')[0]).toMatch(/,cohort_title$/);
  });

  it.each([
    [['plan', DROOM, '--per', 'participant'], '--per needs --out DIR (one ICS file per person)'],
    [['plan', DROOM, '--per', 'participant', '--out', 'a', '--format', 'csv'], '--per writes ICS files; leave out --format or use --format ics'],
    [['plan', 'cohorts/ngb-begeleiders.people.yaml'], 'cohorts/ngb-begeleiders.people.yaml is a people file, not a cohort'],
    [['plan', 'cohorts/nope.yaml'], 'cohorts/nope.yaml: no such file or directory'],
    [['plan', DROOM, '--out', DROOM], `--out ${DROOM} is one of the input files`],
    [['plan', DROOM, '--out', './cohorts/../cohorts/droom-2027.yaml'], '--out ./cohorts/../cohorts/droom-2027.yaml is one of the input files'],
    [['plan', DROOM, '--out', 'cohorts/ngb-begeleiders.people.yaml'], '--out cohorts/ngb-begeleiders.people.yaml is one of the input files'],
    [['plan', DROOM, '--out', 'missing/droom.txt'], 'cannot write missing/droom.txt: the folder does not exist'],
    [['plan', DROOM, '--out', 'cohorts'], 'cannot write cohorts: it is a folder'],
    [['plan', DROOM, '--per', 'participant', '--out', DROOM], `--out ${DROOM} is one of the input files`],
  ])('%j is exit 2 with one line, and no file changes', async (argv, message) => {
    const io = examples();
    const before = new Map(io.files);
    const r = await runIn(io, [...argv, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cohort: ${message}\n`);
    expect(r.stdout).toBe('');
    expect(io.files).toEqual(before);
  });

  it('a full disk is exit 2, not an internal error', async () => {
    const r = await runIn(examples(undefined, { full: true }), ['plan', DROOM, '--out', 'droom.txt', ...TODAY]);
    expect(r).toMatchObject({ code: 2, stderr: 'cohort: cannot write droom.txt: no space left on the device\n' });
  });

  it('files with errors: the diagnostics on stderr, exit 1, nothing planned', async () => {
    const io = examples((f) => replaceIn(f, DROOM, 'municipality: GM0289', 'municipality: GM9999'));
    const r = await runIn(io, ['plan', DROOM, ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cohorts\/droom-2027\.yaml:25:19: error: .*GM9999.* \[municipality\/unknown\]$/m);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('cohort: the files have errors; nothing was planned');
  });

  it('more registrations than seats: the reserve list on stderr, the plan for the seated', async () => {
    const io = examples((f) => replaceIn(f, 'programmes/droom-van-elke-burgemeester.yaml', 'max: 10 #', 'max: 6 #'));
    const r = await runIn(io, ['plan', DROOM, '--format', 'json', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    // d07 is confirmed and keeps a seat; d06 and d09 only registered
    expect(r.stderr).toBe('droom-2027: 2 registration(s) on the reserve list (d06, d09), 0 of 6 seats free; cohort capacity cohorts/droom-2027.yaml says why\n');
    const intakes = JSON.parse(r.stdout).sessions.filter((s: { session: string }) => s.session.startsWith('kennismaking@'));
    expect(intakes).toHaveLength(6);
    expect((await runIn(examples((f) => replaceIn(f, 'programmes/droom-van-elke-burgemeester.yaml', 'max: 10 #', 'max: 6 #')), ['plan', DROOM, '-q', ...TODAY])).stderr).toBe('');
  });

  it('a plan that cannot keep the hard rules: exit 1, the explanation on stderr, nothing written', async () => {
    const io = examples((f) => {
      replaceIn(f, DROOM, 'end: "2027-06-11"', 'end: "2027-04-10"');
    });
    const r = await runIn(io, ['plan', DROOM, '--out', 'droom.ics', '--format', 'ics', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no plan keeps every hard rule \(\d+ session\(s\) could not be placed\); nothing was written\n$/);
    expect(io.text('droom.ics')).toBeUndefined();
  });

  it("a programme's organiser-email publishes the calendar: METHOD:PUBLISH and that ORGANIZER in every event; a bad address is refused", async () => {
    const programme = 'programmes/droom-van-elke-burgemeester.yaml';
    const withEmail = (email: string) => examples((f) => replaceIn(f, programme, /^(organiser: .*)$/m, `$1\norganiser-email: ${email}`));
    const r = await runIn(withEmail('programmabureau@example.nl'), ['plan', DROOM, '--format', 'ics', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.replace(/\r\n /g, '').split('\r\n');
    expect(lines.filter((l) => l === 'METHOD:PUBLISH')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ORGANIZER;')).length).toBe(lines.filter((l) => l === 'BEGIN:VEVENT').length);
    expect(lines).toContain('ORGANIZER;CN="Nederlands Genootschap van Burgemeesters":mailto:programmabureau@example.nl');
    const bad = await runIn(withEmail('programmabureau'), ['plan', DROOM, '--format', 'ics', ...TODAY]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${programme}:9:`);
  });

  it('--per facilitator writes one calendar per person into the folder', async () => {
    const io = examples();
    const r = await runIn(io, ['plan', DROOM, '--per', 'facilitator', '--out', 'agenda', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('wrote 1 calendar(s) to agenda\n');
    expect([...io.files.keys()].filter((k) => k.startsWith('agenda/'))).toHaveLength(1);
  });

  it('--pin says what changes, then writes the fixed entries; a second run changes nothing', async () => {
    const io = examples();
    const first = await runIn(io, ['plan', DROOM, '--pin', '--format', 'ics', '--out', 'droom.ics', ...TODAY]);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stderr.split('\n');
    expect(lines[0]).toBe('droom-2027: against the pinned plan 0 moved, 11 added, 0 cancelled, 1 unchanged');
    expect(lines).toContain('wrote droom.ics');
    expect(lines).toContain('pinned 12 session(s) in cohorts/droom-2027.yaml');
    const pinned = io.text(DROOM)!;
    expect(pinned).toContain('{ session: blok#2, date: "2027-');
    const again = await runIn(io, ['plan', DROOM, '--pin', ...TODAY]);
    expect(again.stderr.split('\n')[0]).toBe('droom-2027: against the pinned plan 0 moved, 0 added, 0 cancelled, 12 unchanged');
    expect(io.text(DROOM)).toBe(pinned);
  });

  it('--pin refuses proposed intervisie groups (exit 2, nothing written); once the groups are pinned it pins the meetings, and they validate', async () => {
    const IV = 'cohorts/intervisie-2027.yaml';
    const io = examples();
    const before = io.text(IV);
    const r = await runIn(io, ['plan', IV, '--pin', '--out', 'iv.ics', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: ${IV}: the groups are only proposed; pin them first (cohort groups --pin), then the plan`);
    expect(io.text(IV)).toBe(before);
    expect(io.text('iv.ics')).toBeUndefined();
    expect((await runIn(io, ['groups', IV, '--pin', '--out', 'groups.txt', ...TODAY])).code).toBe(0);
    const pinned = await runIn(io, ['plan', IV, '--pin', ...TODAY]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(io.text(IV)).toContain('{ session: g2/bijeenkomst#1, date: "2027-');
    const again = await runIn(io, ['validate', ...TODAY]);
    expect(again.code, again.stderr).toBe(0);
  });

  it('--pin records who holds a facilitators: one appointment, and a later plan keeps that facilitator on it', async () => {
    const LBP = 'cohorts/loopbaanplus-2027.yaml';
    const who = (json: string) => new Map((JSON.parse(json) as { sessions: { session: string; facilitators: string[] }[] }).sessions.map((s) => [s.session, s.facilitators.join()]));
    const io = examples();
    const planned = await runIn(io, ['plan', LBP, '--format', 'json', ...TODAY]);
    expect((await runIn(io, ['plan', LBP, '--pin', ...TODAY])).code).toBe(0);
    const text = io.text(LBP)!;
    // intake and droom choose one of the two facilitators; the feedback talk has both (facilitators: all)
    const droom = /\{ session: droom@r01, date: "[^"]+", start: "[^"]+", facilitator: ([a-z-]+) \}/.exec(text);
    expect(droom?.[1]).toBe(who(planned.stdout).get('droom@r01'));
    expect(text).toMatch(/\{ session: feedback#1@r01, date: "[^"]+", start: "[^"]+" \}/);
    const again = await runIn(io, ['plan', LBP, '--format', 'json', ...TODAY]);
    expect(who(again.stdout)).toEqual(who(planned.stdout));
    const repin = await runIn(io, ['plan', LBP, '--pin', ...TODAY]);
    expect(repin.stderr.split('\n')[0]).toBe('loopbaanplus-2027: against the pinned plan 0 moved, 0 added, 0 cancelled, 45 unchanged');
    expect(io.text(LBP)).toBe(text);
    // a pinned facilitator that is not the cohort's, or on a session without a choice: validate points at it
    io.files.set(LBP, new TextEncoder().encode(text.replace(/(session: droom@r01, [^}]*facilitator: )[a-z-]+/, '$1marleen-voss').replace(/(session: feedback#1@r01, [^}]*)\}/, '$1, facilitator: marleen-vos }')));
    const bad = await runIn(io, ['validate', LBP, '--no-color']);
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n').filter((l) => l.includes('[fixed/')).map((l) => /: error: (.*) \[(fixed\/[a-z-]+)\]/.exec(l)?.slice(1))).toEqual([
      ["droom@r01: 'marleen-voss' is not one of the cohort's facilitators", 'fixed/unknown-facilitator'],
      ["session 'feedback#1@r01' is not an appointment of a phase with facilitators: one, so it names no facilitator", 'fixed/facilitator-not-chosen'],
    ]);
    expect(bad.stdout).toContain("did you mean 'marleen-vos'?");
  });

  it('--pin on a cohort file that cannot be written is exit 2 with the reason', async () => {
    const r = await runIn(examples(undefined, { readOnly: ['cohorts'] }), ['plan', DROOM, '--pin', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: cannot write ${DROOM}: permission denied`);
  });

  it('--pin --out with a read-only cohorts/ writes neither the calendar nor the cohort (all or nothing)', async () => {
    const io = examples(undefined, { readOnly: ['cohorts'] });
    const before = io.text(DROOM);
    const r = await runIn(io, ['plan', DROOM, '--pin', '--out', 'droom.ics', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: cannot write ${DROOM}: permission denied`);
    expect(r.stderr).not.toContain('wrote droom.ics');
    expect(io.text('droom.ics')).toBeUndefined();
    expect(io.text(DROOM)).toBe(before);
  });

  it('--pin --per with a read-only cohorts/ writes none of the personal calendars', async () => {
    const io = examples(undefined, { readOnly: ['cohorts'] });
    const r = await runIn(io, ['plan', DROOM, '--pin', '--per', 'facilitator', '--out', 'agenda', ...TODAY]);
    expect(r.code).toBe(2);
    expect([...io.files.keys()].filter((k) => k.startsWith('agenda/'))).toEqual([]);
  });

  it('--pin --out: a cohort saved by someone else after the last check, just before the writes, leaves --out unwritten too', async () => {
    let saved: Uint8Array | undefined;
    const io = examples(undefined, {
      beforeWrite: (_path, files) => {
        saved ??= new TextEncoder().encode(`${new TextDecoder().decode(files.get(DROOM)!)}# saved meanwhile\n`);
        files.set(DROOM, saved);
      },
    });
    const r = await runIn(io, ['plan', DROOM, '--pin', '--out', 'droom.ics', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: ${DROOM} changed since it was read; nothing was written to it (plan again to pin)`);
    expect(io.text('droom.ics')).toBeUndefined();
    expect(io.files.get(DROOM)).toBe(saved);
  });

  it('--pin refuses a cohort file saved by someone else while the plan ran, and writes nothing at all', async () => {
    const io = examples();
    const mine = savedMeanwhile(io, DROOM, '# a note saved while planning\n');
    const r = await runIn(io, ['plan', DROOM, '--pin', '--out', 'droom.txt', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: ${DROOM} changed since it was read; nothing was written to it (plan again to pin)`);
    expect(io.files.get(DROOM)).toBe(mine);
    expect(io.text('droom.txt')).toBeUndefined();
  });

  it('--pin keeps a CRLF cohort CRLF and every line outside fixed as it was', async () => {
    const io = examples((f) => f.set(DROOM, new TextEncoder().encode(new TextDecoder().decode(f.get(DROOM)!).replace(/\n/g, '\r\n'))));
    const before = io.text(DROOM)!;
    expect((await runIn(io, ['plan', DROOM, '--pin', ...TODAY])).code).toBe(0);
    const after = io.text(DROOM)!;
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const outside = (t: string) => t.replace(/^fixed:\r\n(?: {2}.*\r\n)*/m, '');
    expect(outside(after)).toBe(outside(before));
  });

  it('the score costs no phase without sessions, names a last session the plan has, and JSON keeps every fact', async () => {
    const r = await runIn(examples(), ['plan', 'cohorts/bestuurderspool-2027.yaml', '--format', 'json', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sessions: { phase: string; end: string; status: string }[]; score: { items: { constraint: string; facts: string[] }[] } };
    expect(plan.sessions.some((s) => s.phase === 'observatie')).toBe(false);
    const facts = plan.score.items.flatMap((i) => i.facts);
    expect(facts.filter((f) => f.includes('Observatie'))).toEqual([]);
    expect(facts.filter((f) => f.startsWith('…'))).toEqual([]);
    const last = plan.sessions.filter((s) => s.status === 'confirmed').map((s) => s.end.slice(0, 10)).sort().at(-1);
    expect(facts.find((f) => f.includes('last session'))).toContain(`last session ${last}`);
  });
});

