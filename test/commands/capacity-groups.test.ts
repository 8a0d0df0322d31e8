/**
 * An intervisie cohort has the seats of its groups (src/capacity/place.ts through formGroups): capacity,
 * cancel, offer, explain, validate, plan and groups agree on the shipped cohort and on one with pinned
 * groups, where a freed seat goes only to someone the group's municipality rule allows.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const IV = 'cohorts/intervisie-2027.yaml';
const IV_CSV = 'cohorts/intervisie-2027.registrations.csv';
/** An alderman of Utrecht, registered before i14: Utrecht already has a member in both groups (i01 in g1, i02 in g2). */
const UTRECHT = 'i15,Femke Jansen,wethouder,Utrecht,f.jansen@example.nl,2026-11-20T10:00:00+01:00,yes,D66,,,,registered,\n';

async function at(io: MemoryIO, today: string, argv: string[]) {
  io.stdout = '';
  io.stderr = '';
  return runIn(io, [...argv, '--today', today, '--no-color']);
}

interface GroupsJson {
  groups: { id: string; members: { id: string }[] }[];
  reserve: { id: string; position: number | null; text: string }[];
}
interface CapacityJson {
  cohorts: { seats: number; used: number; free: number; binding: { kind: string; groups: number; max: number }; reserve: { id: string; position: number | null }[] }[];
}

async function views(io: MemoryIO, today: string) {
  const groups = JSON.parse((await at(io, today, ['groups', IV, '--format', 'json'])).stdout) as GroupsJson;
  const capacity = JSON.parse((await at(io, today, ['capacity', IV, '--format', 'json'])).stdout) as CapacityJson;
  const table = (await at(io, today, ['capacity', IV])).stdout;
  return { groups, capacity: capacity.cohorts[0]!, table };
}

/** What cohort groups and cohort capacity must agree on: the seats, who has one, the reserve list, its order and its reasons. */
function expectAgreement({ groups, capacity, table }: Awaited<ReturnType<typeof views>>) {
  expect(capacity.binding).toMatchObject({ kind: 'groups', groups: groups.groups.length, max: 6 });
  expect(capacity.seats).toBe(groups.groups.length * 6);
  expect(capacity.used).toBe(groups.groups.reduce((n, g) => n + g.members.length, 0));
  expect(capacity.reserve.map((e) => [e.id, e.position])).toEqual(groups.reserve.map((e) => [e.id, e.position]));
  for (const e of groups.reserve) expect(table).toContain(e.text);
}

describe('the shipped intervisie cohort: every command counts the two groups of six', () => {
  it('capacity, groups, explain and plan agree: 12 seats, i14 first on the reserve list, for the same reason', async () => {
    const io = memoryIO(shippedExamples());
    const v = await views(io, '2026-12-07');
    expectAgreement(v);
    expect(v.groups.groups.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(v.groups.reserve).toEqual([{ id: 'i14', position: 1, municipality: 'Nuenen, Gerwen en Nederwetten', province: 'Noord-Brabant', reason: { kind: 'full', seats: 12, province: 'Noord-Brabant' }, text: 'registered after the last of the 12 seats was taken (Noord-Brabant)' }]);
    expect(v.table).toContain('  Seats         12 in 2 groups of 6; 12 taken (12 placed), 0 free\n  Binding       the 2 groups (max 6 each)\n');
    // What would open a third group, as cohort groups says it.
    expect((await at(io, '2026-12-07', ['groups', IV])).stdout).toContain('5 more registrations in or near Noord-Brabant would open a new group (with i14)\n');
    expect(v.table).toContain('  5 more registrations in or near Noord-Brabant would open a new group (with i14)\n');
    const explain = await at(io, '2026-12-07', ['explain', IV, 'i14']);
    expect(explain.stdout.split('\n').slice(0, 3)).toEqual([
      'i14 Dirk Vos is 1st on the reserve list of intervisie-2027: registered after the last of the 12 seats was taken (Noord-Brabant).',
      'One seat. Place in the queue: no priority, registered 2026-12-03T10:00:00+01:00.',
      'Seats: 12 of 12 taken, 0 free; binding: the 2 groups (max 6 each).',
    ]);
    const plan = await at(io, '2026-12-07', ['plan', IV]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('intervisie-2027: 1 registration(s) on the reserve list (i14), 0 of 12 seats free');
  });

  it('a cancellation in either group offers the seat to i14, who is first in line for both', async () => {
    const io = memoryIO(shippedExamples());
    const r = await at(io, '2026-12-07', ['cancel', IV, 'i05', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ offers: [{ id: 'i14', expires: '2026-12-14' }], seats: { max: 12, used: 12, free: 0, binding: { kind: 'groups', groups: 2 } }, reserve: [] });
    expect(io.text(IV_CSV)).toMatch(/^i14,.*,offered,,2026-12-14$/m);
    const v = await views(io, '2026-12-07');
    expectAgreement(v);
    expect(v.groups.groups.flatMap((g) => g.members.map((m) => m.id))).toContain('i14');
  });

  it('too few for one group: no seats yet, everyone waits for the reason cohort groups gives', async () => {
    const io = memoryIO(shippedExamples());
    const rows = io.text(IV_CSV)!.split('\n');
    io.files.set(IV_CSV, new TextEncoder().encode(`${rows.slice(0, 6).join('\n')}\n`));
    const v = await views(io, '2026-12-07');
    expectAgreement(v);
    expect(v.capacity).toMatchObject({ seats: 0, used: 0, free: 0, binding: { kind: 'groups', groups: 0 } });
    expect(v.table).toContain('  Seats         none yet (no group can be formed); 0 taken (0 placed), 0 free\n  Binding       the groups (none yet: a group needs 6 from different municipalities)\n');
    expect(v.capacity.reserve.map((e) => e.id)).toEqual(['i01', 'i02', 'i04', 'i05', 'i03']);
  });

  it('seven confirmed aldermen fit in the two groups: validate no longer calls the seventh over capacity', async () => {
    const io = memoryIO(shippedExamples());
    io.files.set(IV_CSV, new TextEncoder().encode(io.text(IV_CSV)!.replace(/^(i03,.*,)registered,$/m, '$1confirmed,')));
    const r = await at(io, '2026-12-07', ['validate', IV]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('capacity/over');
  });
});

describe("pinned groups: a freed seat is that group's, for the first in line the group can take", () => {
  /** The shipped cohort with its groups pinned (g1: i01 Utrecht, i06 Arnhem, …; g2: i02 Utrecht, …) and i15 of Utrecht in line before i14. */
  async function pinned(edit: (csv: string) => string = (csv) => csv) {
    const io = memoryIO(shippedExamples());
    const pin = await at(io, '2026-12-07', ['groups', IV, '--pin']);
    expect(pin.code, pin.stderr).toBe(0);
    expect(io.text(IV)).toContain('  - { id: g1, facilitator: hanneke-de-ruiter, members: [i01, i06, i03, i07, i10, i12] }\n');
    io.files.set(IV_CSV, new TextEncoder().encode(edit(io.text(IV_CSV)! + UTRECHT)));
    return io;
  }

  it('i06 (g1) cancels: i15 is first but g1 already has Utrecht, so i14 is offered the seat and i15 is told why', async () => {
    const io = await pinned();
    const before = await views(io, '2026-12-07');
    expectAgreement(before);
    expect(before.capacity.reserve.map((e) => e.id)).toEqual(['i15', 'i14']);
    const r = await at(io, '2026-12-07', ['cancel', IV, 'i06']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'intervisie-2027, Mon 7 Dec 2026:',
        '  i06 Joost van Dijk: cancelled (had a seat)',
        '  i14 Dirk Vos: offered the seat until Mon 14 Dec 2026 (5 working days; 2nd on the reserve list)',
        '  i15 Femke Jansen: passed over for the free seat (stays 1st on the reserve list): each of the 2 groups already has a member from Utrecht',
        '  seats: 12 of 12 taken (1 held by an open offer), 0 free; binding: the 2 groups (max 6 each)',
        '',
      ].join('\n'),
    );
    expect(io.text(IV_CSV)).toMatch(/^i14,.*,offered,,2026-12-14$/m);
    expect(io.text(IV_CSV)).toMatch(/^i15,.*,registered,,$/m);
    const after = await views(io, '2026-12-07');
    expectAgreement(after);
    // The offer holds i06's seat in g1 (members listed as cohort groups lists them: seats held first); g2 keeps its members.
    expect(after.groups.groups.map((g) => [g.id, g.members.map((m) => m.id)])).toEqual([
      ['g1', ['i01', 'i14', 'i03', 'i07', 'i10', 'i12']],
      ['g2', ['i02', 'i04', 'i05', 'i08', 'i13', 'i11']],
    ]);
    expect(after.capacity.reserve.map((e) => e.id)).toEqual(['i15']);
    // i14 accepts: the seat is theirs, nothing else moves.
    const accept = await at(io, '2026-12-09', ['offer', 'accept', IV, 'i14']);
    expect(accept.stdout).toBe('intervisie-2027, Wed 9 Dec 2026:\n  i14 Dirk Vos: accepted the offer; the seat is confirmed\n  seats: 12 of 12 taken, 0 free; binding: the 2 groups (max 6 each)\n');
  });

  it('with only i15 waiting, nobody is offered the seat: it stays free, and every view says why', async () => {
    const io = await pinned((csv) => csv.replace(/^(i14,.*,)registered,$/m, '$1withdrawn,'));
    const r = await at(io, '2026-12-07', ['cancel', IV, 'i06']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(['intervisie-2027, Mon 7 Dec 2026:', '  i06 Joost van Dijk: cancelled (had a seat)', '  seats: 11 of 12 taken, 1 free; binding: the 2 groups (max 6 each)', ''].join('\n'));
    expect(io.text(IV_CSV)).toMatch(/^i15,.*,registered,$/m);
    const v = await views(io, '2026-12-07');
    expectAgreement(v);
    expect(v.capacity).toMatchObject({ seats: 12, used: 11, free: 1 });
    expect(v.groups.reserve).toMatchObject([{ id: 'i15', position: 1, text: 'each of the 2 groups already has a member from Utrecht' }]);
    const explain = await at(io, '2026-12-07', ['explain', IV, 'i15']);
    expect(explain.stdout.split('\n')[0]).toBe('i15 Femke Jansen is 1st on the reserve list of intervisie-2027: each of the 2 groups already has a member from Utrecht.');
    const nl = await at(io, '2026-12-07', ['capacity', IV, '--lang', 'nl']);
    expect(nl.stdout).toContain('      1  i15 Femke Jansen  1 plaats   elk van de 2 groepen heeft al een lid uit Utrecht\n');
  });
});
