/** Second level: cancel, offer, explain and capacity through the CLI with an in-memory IO holding the shipped examples. */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const LP = 'cohorts/loopbaanplus-2027.yaml';
const LP_CSV = 'cohorts/loopbaanplus-2027.registrations.csv';
const LP_HISTORY = 'cohorts/loopbaanplus-2027.history.jsonl';
const DROOM = 'cohorts/droom-2027.yaml';
const NO_COLOR = ['--no-color'];

/** Two more mayors after the group of 12 filled up: the reserve list of LoopbaanPlus 2027. */
const RESERVE = [
  'r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;registered;',
  'r13;Pieter Bos;burgemeester;Leeuwarden;p.bos@example.nl;2026-11-21T11:30:00+01:00;yes;;;;;registered;',
];

function examples(edit: (files: Map<string, Uint8Array>) => void = () => undefined, opts: Parameters<typeof memoryIO>[1] = {}): MemoryIO {
  const files = shippedExamples();
  edit(files);
  return memoryIO(files, opts);
}

const text = (files: Map<string, Uint8Array>, path: string) => new TextDecoder().decode(files.get(path)!);
const put = (files: Map<string, Uint8Array>, path: string, s: string) => files.set(path, new TextEncoder().encode(s));
const withReserve = (files: Map<string, Uint8Array>) => put(files, LP_CSV, `${text(files, LP_CSV)}${RESERVE.join('\r\n')}\r\n`);

async function at(io: MemoryIO, today: string, argv: string[]) {
  return runIn(io, [...argv, '--today', today, ...NO_COLOR]);
}

describe('cohort cancel', () => {
  it('records the cancellation, offers the freed seat to the first in line, and says who moves where', async () => {
    const io = examples(withReserve);
    const before = io.text(LP_CSV)!;
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'loopbaanplus-2027, Mon 23 Nov 2026:',
        '  r05 Sandra Koopmans: cancelled (had a seat)',
        '  r12 Willemijn de Haan: offered the seat until Mon 30 Nov 2026 (5 working days; 1st on the reserve list)',
        '  r13 Pieter Bos: moves up the reserve list from 2 to 1',
        '  seats: 12 of 12 taken (1 held by an open offer), 0 free; binding: the group (max 12)',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(`wrote ${LP_CSV}, ${LP_HISTORY}\n`);
    // The new column is the only change to the other rows: one empty cell at the end of each.
    const lines = io.text(LP_CSV)!.split('\r\n');
    const old = before.split('\r\n');
    expect(lines[0]).toBe(`${old[0]};offer-expires`);
    expect(lines[5]).toBe('r05;Sandra Koopmans;burgemeester;GM0796;s.koopmans@example.nl;2026-10-14T20:47:00+02:00;yes;;Rob Koopmans;no;;cancelled;;');
    expect(lines[12]).toBe('r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;offered;;2026-11-30');
    for (const k of [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13]) expect(lines[k]).toBe(`${old[k]};`);
    expect(io.text(LP_HISTORY)!.split('\n')).toEqual([
      '{"date":"2026-11-23","command":"cohort cancel cohorts/loopbaanplus-2027.yaml r05","id":"r05","field":"status","from":"registered","to":"cancelled","why":{"kind":"asked"}}',
      '{"date":"2026-11-23","command":"cohort cancel cohorts/loopbaanplus-2027.yaml r05","id":"r12","field":"status","from":"registered","to":"offered","why":{"kind":"next-in-line","after":["r05"]}}',
      '{"date":"2026-11-23","command":"cohort cancel cohorts/loopbaanplus-2027.yaml r05","id":"r12","field":"offer-expires","to":"2026-11-30","why":{"kind":"next-in-line","after":["r05"]}}',
      '',
    ]);
  });

  it('--dry-run shows the same and writes nothing', async () => {
    const io = examples(withReserve);
    const before = new Map(io.files);
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('r12 Willemijn de Haan: offered the seat until Mon 30 Nov 2026');
    expect(r.stderr).toBe(`dry run: nothing written (would change ${LP_CSV}, ${LP_HISTORY})\n`);
    expect(io.files).toEqual(before);
  });

  it('--format json gives the changes and the reserve list for scripts', async () => {
    const r = await at(examples(withReserve), '2026-11-23', ['cancel', LP, 'r05', '--format', 'json', '--dry-run']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ cohort: 'loopbaanplus-2027', today: '2026-11-23', dryRun: true, offers: [{ id: 'r12', expires: '2026-11-30' }], seats: { max: 12, used: 12, free: 0 } });
    expect(json.reserve).toEqual([{ id: 'r13', position: 1, seats: 1, reason: { kind: 'full', layer: { kind: 'group', cohort: 'loopbaanplus-2027', max: 12 } } }]);
  });

  it('inline registrations in the cohort YAML: only the status line changes, its comment kept', async () => {
    const io = examples();
    const before = io.text(DROOM)!;
    const r = await at(io, '2026-11-23', ['cancel', DROOM, 'd02']);
    expect(r.code, r.stderr).toBe(0);
    const after = io.text(DROOM)!;
    expect(after).toBe(before.replace('registered: "2026-11-03T14:48:00+01:00"\n    member: true\n    status: confirmed', 'registered: "2026-11-03T14:48:00+01:00"\n    member: true\n    status: cancelled'));
    expect(io.text('cohorts/droom-2027.history.jsonl')).toContain('"id":"d02","field":"status","from":"confirmed","to":"cancelled"');
  });

  it('a cohort id works as well as its file', async () => {
    const r = await at(examples(withReserve), '2026-11-23', ['cancel', 'loopbaanplus-2027', 'r05', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('an unknown id is exit 2 with the nearest id, and nothing changes', async () => {
    const io = examples();
    const before = new Map(io.files);
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r5']);
    expect(r).toMatchObject({ code: 2, stderr: "cohort: no registration 'r5' in cohort loopbaanplus-2027; did you mean 'r05'?\n" });
    expect(io.files).toEqual(before);
  });

  it('who already left cannot cancel: exit 1, nothing changes', async () => {
    const io = examples();
    const before = new Map(io.files);
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r07']);
    expect(r).toMatchObject({ code: 1, stderr: 'cohort: r07 is already withdrawn; nothing was changed\n' });
    expect(io.files).toEqual(before);
  });

  it('a registrations file saved by someone else meanwhile is refused, not overwritten, and the history is left alone', async () => {
    const theirs = 'id;name;municipality;email\r\nx1;Someone Else;Utrecht;x@example.nl\r\n';
    const io = examples(withReserve, { beforeWrite: (path, files) => void (path === LP_CSV && files.set(LP_CSV, new TextEncoder().encode(theirs))) });
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    expect(r).toMatchObject({ code: 2, stderr: `cohort: ${LP_CSV} was changed by someone else since it was read; nothing was written (run the command again)\n` });
    expect(io.text(LP_CSV)).toBe(theirs);
    expect(io.text(LP_HISTORY)).toBeUndefined();
  });

  it('files with errors: the diagnostics, exit 1, nothing changes', async () => {
    const io = examples((f) => put(f, LP_CSV, text(f, LP_CSV).replace('GM0014', 'GM9999')));
    const before = new Map(io.files);
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[municipality\/unknown\]/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('cohort: the files have errors; nothing was changed');
    expect(io.files).toEqual(before);
  });
});

describe('cohort offer', () => {
  async function offered(): Promise<MemoryIO> {
    const io = examples(withReserve);
    expect((await at(io, '2026-11-23', ['cancel', LP, 'r05'])).code).toBe(0);
    return io;
  }

  it('accept: the offer becomes a confirmed seat; the expiry cell is emptied', async () => {
    const io = await offered();
    const r = await at(io, '2026-11-25', ['offer', 'accept', LP, 'r12']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  r12 Willemijn de Haan: accepted the offer; the seat is confirmed\n');
    expect(io.text(LP_CSV)!.split('\r\n')[12]).toBe('r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-20T10:00:00+01:00;yes;;;;;confirmed;;');
  });

  it('decline: the seat goes to the next in line, with a new expiry', async () => {
    const io = await offered();
    const r = await at(io, '2026-11-25', ['offer', 'decline', LP, 'r12']);
    expect(r.stdout).toBe(
      [
        'loopbaanplus-2027, Wed 25 Nov 2026:',
        '  r12 Willemijn de Haan: declined the offer; the seat goes to the next in line',
        '  r13 Pieter Bos: offered the seat until Wed 2 Dec 2026 (5 working days; 1st on the reserve list)',
        '  seats: 12 of 12 taken (1 held by an open offer), 0 free; binding: the group (max 12)',
        '',
      ].join('\n'),
    );
  });

  it('update after the last day: the offer is recorded as expired and the next in line gets one', async () => {
    const io = await offered();
    const still = await at(io, '2026-11-30', ['offer', 'update', LP]);
    expect(still.stdout).toContain('  nothing changes\n');
    expect(still.stderr).toBe('');
    const r = await at(io, '2026-12-01', ['offer', 'update', LP]);
    expect(r.stdout).toContain('  r12 Willemijn de Haan: the offer expired on Mon 30 Nov 2026 without an answer\n  r13 Pieter Bos: offered the seat until Tue 8 Dec 2026');
  });

  it('an answer after the last day is refused (exit 1) and nothing changes', async () => {
    const io = await offered();
    const before = new Map(io.files);
    const r = await at(io, '2026-12-01', ['offer', 'accept', LP, 'r12']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cohort: the offer to r12 expired on Mon 30 Nov 2026; nothing was changed (cohort offer update records it and offers the seat to the next in line)\n');
    expect(io.files).toEqual(before);
  });

  it('someone without an offer cannot answer one', async () => {
    const r = await at(examples(), '2026-11-23', ['offer', 'decline', LP, 'r02']);
    expect(r).toMatchObject({ code: 1, stderr: 'cohort: r02 has no open offer (status confirmed); nothing was changed\n' });
  });

  it('accept and decline need an id; update takes none', async () => {
    expect((await at(examples(), '2026-11-23', ['offer', 'accept', LP])).stderr).toBe('cohort: cohort offer accept needs the cohort and the registration id\n');
    expect((await at(examples(), '2026-11-23', ['offer', 'update', LP, 'r12'])).code).toBe(2);
  });
});

describe('cancel and offer write the registrations and the history together, or neither', () => {
  const offeredFiles = async () => {
    const io = examples(withReserve);
    expect((await at(io, '2026-11-23', ['cancel', LP, 'r05'])).code).toBe(0);
    return io.files;
  };

  it('cancel: a history that cannot be written leaves the registrations untouched (exit 2)', async () => {
    const io = examples(withReserve, { readOnly: [LP_HISTORY] });
    const before = io.text(LP_CSV);
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^cohort: .*${LP_HISTORY}.*\n$`));
    expect(io.text(LP_CSV)).toBe(before);
    expect(io.text(LP_HISTORY)).toBeUndefined();
  });

  it('offer accept: a history that cannot be written leaves the registrations and the history as they were', async () => {
    const io = memoryIO(await offeredFiles(), { readOnly: [LP_HISTORY] });
    const before = new Map(io.files);
    const r = await at(io, '2026-11-25', ['offer', 'accept', LP, 'r12']);
    expect(r.code).toBe(2);
    expect(io.files).toEqual(before);
  });

  it('offer decline: a history saved by someone else meanwhile is refused, and the registrations are not written either', async () => {
    const theirs = new TextEncoder().encode('{"note":"theirs"}\n');
    const io = memoryIO(await offeredFiles(), { beforeWrite: (path, files) => void (path === LP_HISTORY && files.set(LP_HISTORY, theirs)) });
    const csv = io.text(LP_CSV);
    const r = await at(io, '2026-11-25', ['offer', 'decline', LP, 'r12']);
    expect(r).toMatchObject({ code: 2, stderr: `cohort: ${LP_HISTORY} was changed by someone else since it was read; nothing was written (run the command again)\n` });
    expect(io.text(LP_CSV)).toBe(csv);
    expect(io.files.get(LP_HISTORY)).toBe(theirs);
  });

  it('cancel: a history someone else created after it was found missing is refused, not overwritten', async () => {
    const theirs = new TextEncoder().encode('{"note":"theirs"}\n');
    const io = examples(withReserve, { beforeWrite: (path, files) => void (path === LP_HISTORY && files.set(LP_HISTORY, theirs)) });
    const csv = io.text(LP_CSV);
    expect(io.text(LP_HISTORY)).toBeUndefined();
    const r = await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    expect(r).toMatchObject({ code: 2, stderr: `cohort: ${LP_HISTORY} was changed by someone else since it was read; nothing was written (run the command again)\n` });
    expect(io.text(LP_CSV)).toBe(csv);
    expect(io.files.get(LP_HISTORY)).toBe(theirs);
  });
});

describe('cohort explain', () => {
  it('cites the offer, the unit, the binding capacity and the history', async () => {
    const io = examples(withReserve);
    await at(io, '2026-11-23', ['cancel', LP, 'r05']);
    const r = await at(io, '2026-11-24', ['explain', LP, 'r12']);
    expect(r.stdout).toBe(
      [
        'r12 Willemijn de Haan has a seat in loopbaanplus-2027 on an offer: the seat is held until Mon 30 Nov 2026 (answer with cohort offer accept or decline).',
        'One seat. Place in the queue: no priority, registered 2026-11-20T10:00:00+01:00.',
        'Seats: 12 of 12 taken, 0 free; binding: the group (max 12).',
        'History:',
        '  2026-11-23  status registered → offered (next in line after r05 left; cohort cancel cohorts/loopbaanplus-2027.yaml r05)',
        '  2026-11-23  offer-expires (none) → 2026-11-30 (next in line after r05 left; cohort cancel cohorts/loopbaanplus-2027.yaml r05)',
        '',
      ].join('\n'),
    );
  });

  it('a couple: two seats, together or not at all', async () => {
    const r = await at(examples(), '2026-11-23', ['explain', LP, 'r01']);
    expect(r.stdout.split('\n')[1]).toBe('With partner Peter de Boer they take 2 seats, placed together or not at all. Place in the queue: no priority, registered 2026-10-02T09:14:00+02:00.');
  });

  it('a non-member of a members-only programme, in Dutch', async () => {
    // No shipped programme is members-only (docs/brochures.md): this one is made so here.
    const io = examples();
    const file = 'programmes/wv-basisopleiding.yaml';
    io.files.set(file, new TextEncoder().encode(io.text(file)!.replace(/members-only: false[^\n]*/, 'members-only: true')));
    const r = await at(io, '2026-11-23', ['explain', 'cohorts/wv-basisopleiding-2027.yaml', 'w04', '--lang', 'nl']);
    expect(r.stdout.split('\n')[0]).toBe('w04 Nadia Chaouch wacht in wv-basisopleiding-2027 zonder plaats in de rij: geen lid, en het programma is alleen voor leden (een plaats zodra member: yes).');
  });

  it('--format json for scripts', async () => {
    const json = JSON.parse((await at(examples(), '2026-11-23', ['explain', 'cohorts/intervisie-2027.yaml', 'i14', '--format', 'json'])).stdout);
    // The intervisie cohort's seats are its two groups' (cohort groups): 12, and i14 is first in line for them.
    expect(json).toMatchObject({ id: 'i14', status: 'registered', standing: { kind: 'waiting', position: 1, ahead: 0 }, seats: 1, capacity: { max: 12, free: 0, binding: { kind: 'groups', groups: 2, max: 6 } } });
  });
});

describe('a registration date without a time', () => {
  it('is midnight in Amsterdam: 2026-11-20 comes before 23:30 UTC on the 19th (00:30 in Amsterdam on the 20th)', async () => {
    const rows = [
      'r12;Willemijn de Haan;burgemeester;GM0363;w.dehaan@example.nl;2026-11-19T23:30:00Z;yes;;;;;registered;',
      'r13;Pieter Bos;burgemeester;Leeuwarden;p.bos@example.nl;2026-11-20;yes;;;;;registered;',
      'r14;Anouk Smit;burgemeester;GM0344;a.smit@example.nl;2026-11-19T22:59:00Z;yes;;;;;registered;',
    ];
    const io = examples((files) => put(files, LP_CSV, `${text(files, LP_CSV)}${rows.join('\r\n')}\r\n`));
    const position = async (id: string) => JSON.parse((await at(io, '2026-11-23', ['explain', LP, id, '--format', 'json'])).stdout).standing.position;
    // 22:59 UTC is 23:59 on the 19th; the date alone is 00:00 on the 20th; 23:30 UTC is 00:30 on the 20th.
    expect([await position('r14'), await position('r13'), await position('r12')]).toEqual([1, 2, 3]);
  });
});

describe('cohort capacity', () => {
  it('without arguments: every cohort under cohorts/', async () => {
    const r = await at(examples(), '2026-11-23', ['capacity']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/^\S+ — /gm)).toEqual(['bestuurderspool-2027 — ', 'droom-2027 — ', 'intervisie-2027 — ', 'loopbaanplus-2027 — ', 'wv-basisopleiding-2027 — ']);
  });

  it('--out writes the file and says so; never onto an input', async () => {
    const io = examples();
    const r = await at(io, '2026-11-23', ['capacity', LP, '--format', 'markdown', '--out', 'capacity.md']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'wrote capacity.md\n' });
    expect(io.text('capacity.md')).toMatch(/^### loopbaanplus-2027 — /);
    expect((await at(io, '2026-11-23', ['capacity', LP, '--out', LP_CSV])).code).toBe(2);
  });

  it('a people file alone is not a cohort: exit 2', async () => {
    const r = await at(examples(), '2026-11-23', ['capacity', 'cohorts/ngb-begeleiders.people.yaml']);
    expect(r).toMatchObject({ code: 2, stderr: 'cohort: no cohort files found; name them (e.g. cohorts/*.yaml)\n' });
  });
});

describe('one day for every placement: plan, capacity, explain, cancel and offer agree on an offer that expires', () => {
  /** Who the plan gives appointments: the participants of LoopbaanPlus's individual intakes. */
  const planned = async (io: MemoryIO, today: string) => {
    const r = await at(io, today, ['plan', LP, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const sessions = JSON.parse(r.stdout).sessions as { session: string }[];
    return { ids: sessions.filter((s) => s.session.startsWith('intake@')).map((s) => s.session.slice('intake@'.length)).sort(), stderr: r.stderr };
  };
  const capacity = async (io: MemoryIO, today: string) => {
    const json = JSON.parse((await at(io, today, ['capacity', LP, '--format', 'json'])).stdout).cohorts[0];
    return { offers: json.offers.map((o: { id: string }) => o.id), reserve: json.reserve.map((w: { id: string }) => w.id), due: json.due, free: json.free };
  };
  const seated = ['r01', 'r02', 'r03', 'r04', 'r06', 'r08', 'r09', 'r10', 'r11'];
  // As `cohort register` writes them when the group is full: on the reserve list, seated only through an offer.
  const withWaiting = (files: Map<string, Uint8Array>) => put(files, LP_CSV, `${text(files, LP_CSV)}${RESERVE.map((r) => r.replace(';registered;', ';waiting;')).join('\r\n')}\r\n`);

  it('cancelled before Christmas, the offer runs to Tue 29 Dec (Christmas Day does not count); on the 29th the seat is held in the plan, on the 30th it is not', async () => {
    const io = examples(withWaiting);
    const cancel = await at(io, '2026-12-21', ['cancel', LP, 'r05']);
    expect(cancel.code, cancel.stderr).toBe(0);
    // Mon 21 Dec + 5 working days: 22, 23, 24, (Fri 25 Christmas), 28, 29.
    expect(cancel.stdout).toContain('r12 Willemijn de Haan: offered the seat until Tue 29 Dec 2026 (5 working days; 1st on the reserve list)');

    // The last day to answer: the open offer holds its seat everywhere.
    expect(await planned(io, '2026-12-29')).toEqual({ ids: [...seated, 'r12'].sort(), stderr: 'loopbaanplus-2027: 1 registration(s) on the reserve list (r13), 0 of 12 seats free; cohort capacity cohorts/loopbaanplus-2027.yaml says why\n' });
    expect(await capacity(io, '2026-12-29')).toEqual({ offers: ['r12'], reserve: ['r13'], due: [], free: 0 });
    expect(JSON.parse((await at(io, '2026-12-29', ['explain', LP, 'r12', '--format', 'json'])).stdout).standing).toEqual({ kind: 'seated', via: 'offered' });

    // A day later the offer has run out: r12 is planned nowhere, and the seat waits for the offer to r13 (a seat is never handed out unasked).
    const after = await planned(io, '2026-12-30');
    expect(after.ids).toEqual(seated);
    // plan says what to do about it, in capacity's words.
    expect(after.stderr).toBe(
      'loopbaanplus-2027: 1 registration(s) on the reserve list (r13), 0 of 12 seats free; offers past their last day: r12 (2026-12-29); cohort offer update cohorts/loopbaanplus-2027.yaml records them and offers the seats to the next in line\n',
    );
    expect(after.ids).not.toContain('r13');
    expect(await capacity(io, '2026-12-30')).toEqual({ offers: [], reserve: ['r13'], due: ['r13'], free: 0 });
    expect(JSON.parse((await at(io, '2026-12-30', ['explain', LP, 'r12', '--format', 'json'])).stdout).standing).toEqual({ kind: 'left', why: 'offer-expired' });

    // offer update records what every command already reads from the date, and the plan is the same after it.
    const update = await at(io, '2026-12-30', ['offer', 'update', LP]);
    expect(update.stdout).toContain('r12 Willemijn de Haan: the offer expired on Tue 29 Dec 2026 without an answer');
    // Wed 30 Dec + 5 working days: 31, (Fri 1 Jan New Year's Day), 4, 5, 6, 7.
    expect(update.stdout).toContain('r13 Pieter Bos: offered the seat until Thu 7 Jan 2027');
    expect(await planned(io, '2026-12-30')).toEqual({ ids: [...seated, 'r13'].sort(), stderr: '' });
    expect(await capacity(io, '2026-12-30')).toEqual({ offers: ['r13'], reserve: [], due: [], free: 0 });
  });
});

describe("plan's reserve line says what to do, in both languages", () => {
  const withWaiting = (files: Map<string, Uint8Array>) => put(files, LP_CSV, `${text(files, LP_CSV)}${RESERVE.map((r) => r.replace(';registered;', ';waiting;')).join('\r\n')}\r\n`);
  const stderr = async (io: MemoryIO, today: string, ...more: string[]) => (await at(io, today, ['plan', LP, '--format', 'json', ...more])).stderr;

  it('a seat freed by hand while two wait: the offer to make, as cohort capacity says it', async () => {
    const io = examples((f) => {
      withWaiting(f);
      put(f, LP_CSV, text(f, LP_CSV).replace(/^(r05;.*;)registered;/m, '$1cancelled;'));
    });
    expect(await stderr(io, '2026-11-23')).toBe(
      'loopbaanplus-2027: 2 registration(s) on the reserve list (r12, r13), 0 of 12 seats free; offers to make for the free seats: r12 (cohort offer update cohorts/loopbaanplus-2027.yaml makes them)\n',
    );
    expect(await stderr(io, '2026-11-23', '--lang', 'nl')).toBe(
      'loopbaanplus-2027: 2 inschrijving(en) op de reservelijst (r12, r13), 0 van 12 plaatsen vrij; nog aan te bieden voor de vrije plaatsen: r12 (cohort offer update cohorts/loopbaanplus-2027.yaml doet dat)\n',
    );
    const table = (await at(io, '2026-11-23', ['capacity', LP])).stdout;
    expect(table).toContain('Offers to make for the free seats: r12 (cohort offer update makes them).');
    // The held seat is neither taken nor free, and the seats line says so.
    expect(table).toContain('  Seats         12 in the group; 11 taken (9 placed, 2 partner seats), 1 held for an offer still to make, 0 free\n');
    expect((await at(io, '2026-11-23', ['explain', LP, 'r12'])).stdout).toContain('Seats: 11 of 12 taken, 1 held for an offer still to make, 0 free; binding: the group (max 12).');
  });

  it('an offer ran out and nobody else waits: plan still says to record it', async () => {
    const io = examples((f) => put(f, LP_CSV, `${text(f, LP_CSV)}${RESERVE[0]!.replace(';registered;', ';waiting;')}\r\n`));
    expect((await at(io, '2026-12-21', ['cancel', LP, 'r05'])).stdout).toContain('offered the seat until Tue 29 Dec 2026');
    expect(await stderr(io, '2026-12-30')).toBe('loopbaanplus-2027: offers past their last day: r12 (2026-12-29); cohort offer update cohorts/loopbaanplus-2027.yaml records them and offers the seats to the next in line\n');
    // cohort capacity says it too, before anyone has run offer update.
    expect((await at(io, '2026-12-30', ['capacity', LP])).stdout).toContain('  Offers past their last day: r12 (Tue 29 Dec 2026); cohort offer update records them and offers the seats to the next in line.\n');
    expect(JSON.parse((await at(io, '2026-12-30', ['capacity', LP, '--format', 'json'])).stdout).cohorts[0].expired).toEqual([{ id: 'r12', expires: '2026-12-29' }]);
    expect((await at(io, '2026-12-30', ['capacity', LP, '--lang', 'nl'])).stdout).toContain('Aanbiedingen voorbij hun laatste dag: r12 (di 29 dec 2026)');
    expect(await stderr(io, '2026-12-30', '--lang', 'nl')).toBe(
      'loopbaanplus-2027: aanbiedingen voorbij hun laatste dag: r12 (2026-12-29); cohort offer update cohorts/loopbaanplus-2027.yaml legt ze vast en biedt de plaatsen de volgende op de lijst aan\n',
    );
  });
});

describe('cohort validate --today: an offer past its last day holds no seat', () => {
  // Made on Thursday 24 December 2026, the offer runs 5 working days: 28–31 December and Monday 4
  // January (Christmas, Boxing Day and New Year's Day are not working days).
  const offeredAtChristmas = async () => {
    const io = examples(withReserve);
    const made = await at(io, '2026-12-24', ['cancel', LP, 'r05']);
    expect(made.stdout).toContain('r12 Willemijn de Haan: offered the seat until Mon 4 Jan 2027 (5 working days; 1st on the reserve list)');
    return io;
  };

  it('warns the day after the last day, at the cell, with what to do; not on the last day, nor across the holidays', async () => {
    const io = await offeredAtChristmas();
    for (const day of ['2026-12-31', '2027-01-04']) {
      const open = await at(io, day, ['validate', LP]);
      expect(open.code, day).toBe(0);
      expect(open.stdout, day).not.toContain('offer/expired');
    }
    const late = await at(io, '2027-01-05', ['validate', LP]);
    expect(late.code).toBe(0);
    const row = io.text(LP_CSV)!.split('\r\n').findIndex((l) => l.startsWith('r12;'));
    const column = io.text(LP_CSV)!.split('\r\n')[row]!.lastIndexOf(';') + 2;
    expect(late.stdout.split('\n').filter((l) => l.includes('offer/'))).toEqual([
      `${LP_CSV}:${row + 1}:${column}: warning: offer to r12 expired on 2027-01-04; cohort offer update records it [offer/expired]`,
    ]);
    expect((await at(io, '2027-01-05', ['validate', LP, '--strict'])).code).toBe(1);
    const nl = await at(io, '2027-01-05', ['validate', LP, '--lang', 'nl']);
    expect(nl.stdout).toContain('aanbod aan r12 is verlopen op 2027-01-04; cohort offer update legt het vast [offer/expired]');
  });

  it('an expired offer no longer counts as a held seat: no capacity/over for the confirmed seat that follows', async () => {
    const io = await offeredAtChristmas();
    // Every seat confirmed by hand, r13 too, while r12's offer still holds the last seat: r13 is over capacity until that offer runs out.
    put(io.files, LP_CSV, io.text(LP_CSV)!.replace(/;registered;/g, ';confirmed;'));
    const held = await at(io, '2027-01-04', ['validate', LP]);
    expect(held.stdout).toMatch(/warning: 'r13' is confirmed or holds an offer, but no seat is left for it \(capacity\.max: 12 seats\)/);
    const free = await at(io, '2027-01-05', ['validate', LP]);
    expect(free.stdout).not.toContain('capacity/over');
    expect(free.stdout).toContain('[offer/expired]');
  });

  it('once cohort offer update has recorded it, validate is quiet again', async () => {
    const io = await offeredAtChristmas();
    const update = await at(io, '2027-01-05', ['offer', 'update', LP]);
    expect(update.stdout).toContain('r12 Willemijn de Haan: the offer expired on Mon 4 Jan 2027 without an answer');
    const after = await at(io, '2027-01-05', ['validate', LP]);
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('offer/expired');
  });
});
