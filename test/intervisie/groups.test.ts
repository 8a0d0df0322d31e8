/** `formGroups` as staff meet it: the shipped intervisie cohort, the policies, the impossible case, and the hard rules as properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { formGroups, type GroupPolicy, type GroupsResult } from '../../src/intervisie/groups.js';
import type { Person, RegistrationStatus } from '../../src/model/types.js';
import { aCohort, intervisie, queue, reg, type RegOptions } from '../capacity/builders.js';

const TOWNS = ['Utrecht', 'Amersfoort', 'Zeist', 'Arnhem', 'Nijmegen', 'Apeldoorn', 'Zwolle', 'Deventer', 'Tilburg', 'Breda', 'Eindhoven', 'Rotterdam', 'Leiden', 'Delft', 'Groningen', 'Assen'].map((t) => findMunicipality(t)!.code);

const people = new Map<string, Person>([
  ['f1', { id: 'f1', name: 'F. Een', municipality: 'Nijkerk', roles: ['facilitator'], unavailable: [], formerRoles: [] }],
  ['f2', { id: 'f2', name: 'F. Twee', municipality: 'Leeuwarden', roles: ['facilitator'], unavailable: [], formerRoles: [] }],
  ['f3', { id: 'f3', name: 'F. Drie', municipality: 'Breda', roles: ['facilitator'], unavailable: [], formerRoles: [] }],
]);

const placedIds = (r: GroupsResult) => r.groups.flatMap((g) => g.members.map((m) => m.registration.id));

/** The hard rules of SPEC §5 on any result: sizes within capacity and balanced, one member per municipality, everyone once. */
function checkRules(r: GroupsResult, runningIds: readonly string[]) {
  const { min, max } = r.programme.capacity;
  const sizes = r.groups.map((g) => g.members.length);
  for (const s of sizes) {
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  }
  if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  for (const g of r.groups) {
    const towns = g.members.map((m) => m.registration.municipality);
    expect(new Set(towns).size, `${g.id}: two members of one municipality`).toBe(towns.length);
  }
  const everyone = [...placedIds(r), ...r.reserve.map((e) => e.member.registration.id)];
  expect([...everyone].sort()).toEqual([...runningIds].sort());
}

describe('formGroups on the shipped intervisie cohort', () => {
  // The shipped file's registrations, as cohort validate reads them (see test/commands/groups.test.ts for the files themselves).
  const registrations = [
    reg('i01', { municipality: 'GM0344', status: 'confirmed', registered: '2026-05-12T10:03:00+02:00', role: 'wethouder' }),
    reg('i02', { municipality: 'GM0344', status: 'confirmed', registered: '2026-05-19T16:40:00+02:00', role: 'wethouder' }),
    reg('i03', { municipality: findMunicipality('Den Haag')!.code, registered: '2026-06-02T09:12:00+02:00', role: 'wethouder' }),
    reg('i04', { municipality: 'GM0014', status: 'confirmed', registered: '2026-06-15T13:55:00+02:00', role: 'wethouder' }),
    reg('i05', { municipality: findMunicipality('Smallingerland')!.code, status: 'confirmed', registered: '2026-06-29T08:20:00+02:00', role: 'wethouder' }),
    reg('i06', { municipality: 'GM0202', status: 'confirmed', registered: '2026-07-06T11:30:00+02:00', role: 'wethouder' }),
    reg('i07', { municipality: findMunicipality('Tilburg')!.code, registered: '2026-08-24T15:05:00+02:00', role: 'wethouder' }),
    reg('i08', { municipality: 'GM1900', status: 'confirmed', registered: '2026-09-01T10:45:00+02:00', role: 'wethouder' }),
    reg('i09', { municipality: findMunicipality('Almere')!.code, status: 'cancelled', registered: '2026-09-08T12:00:00+02:00', role: 'wethouder' }),
    reg('i10', { municipality: 'GM0758', registered: '2026-09-22T09:50:00+02:00', role: 'wethouder' }),
    reg('i11', { municipality: findMunicipality('Enschede')!.code, registered: '2026-10-13T14:25:00+02:00', role: 'wethouder' }),
    reg('i12', { municipality: 'GM0599', registered: '2026-10-30T08:10:00Z', role: 'wethouder' }),
    reg('i13', { municipality: findMunicipality('Apeldoorn')!.code, registered: '2026-11-11T19:40:00+01:00', priority: 1, role: 'wethouder' }),
    reg('i14', { municipality: findMunicipality('Nuenen')!.code, registered: '2026-12-03T10:00:00+01:00', role: 'wethouder' }),
  ];
  const { cohort, programme } = aCohort('intervisie-2027', intervisie, registrations, { facilitators: ['f1', 'f2'] });

  it('gives two groups of six with the two Utrecht aldermen apart, and the last registration on the reserve list', () => {
    const r = formGroups(cohort, programme, people);
    checkRules(r, registrations.filter((x) => x.status !== 'cancelled').map((x) => x.id));
    expect(r.groups.map((g) => g.members.length)).toEqual([6, 6]);
    const groupOf = (id: string) => r.groups.find((g) => g.members.some((m) => m.registration.id === id))?.id;
    expect(groupOf('i01')).not.toBe(groupOf('i02'));
    expect(r.reserve.map((e) => [e.member.registration.id, e.position, e.reason])).toEqual([['i14', 1, { kind: 'full', seats: 12, province: 'Noord-Brabant' }]]);
    expect(r.opening).toEqual({ more: 5, province: 'Noord-Brabant', with: ['i14'] });
    expect(r.proven).toBe(true);
    expect(new Set(r.groups.map((g) => g.facilitator))).toEqual(new Set(['f1', 'f2']));
  });

  it('with the best-groups policy places whoever makes the least travel, confirmed members always', () => {
    const order = formGroups(cohort, programme, people, { policy: 'order' });
    const best = formGroups(cohort, programme, people, { policy: 'best' });
    expect(best.memberKm).toBeLessThan(order.memberKm);
    for (const id of ['i01', 'i02', 'i04', 'i05', 'i06', 'i08']) expect(placedIds(best)).toContain(id);
    expect(best.reserve).toHaveLength(1);
    expect(best.reserve[0]!.reason.kind).toBe('far');
  });

  it('a cancellation leaves a seat that the first on the reserve list takes', () => {
    const cancelled = registrations.map((x) => (x.id === 'i03' ? { ...x, status: 'cancelled' as const } : x));
    const r = formGroups({ ...cohort, registrations: cancelled }, programme, people);
    expect(placedIds(r)).toContain('i14');
    expect(placedIds(r)).not.toContain('i03');
    expect(r.reserve).toEqual([]);
    expect(r.opening).toBeUndefined();
  });

  it('a late registration waits on the reserve list behind the earlier one', () => {
    const late = reg('i15', { municipality: findMunicipality('Eindhoven')!.code, registered: '2026-12-10T09:00:00+01:00', role: 'wethouder' });
    const r = formGroups({ ...cohort, registrations: [...registrations, late] }, programme, people);
    expect(r.reserve.map((e) => [e.member.registration.id, e.position])).toEqual([['i14', 1], ['i15', 2]]);
    expect(r.opening).toEqual({ more: 4, province: 'Noord-Brabant', with: ['i14', 'i15'] });
  });

  it('a third alderman of Utrecht waits: each of the two groups already has one', () => {
    const third = reg('i15', { municipality: 'GM0344', registered: '2026-05-01T09:00:00+02:00', role: 'wethouder' });
    const r = formGroups({ ...cohort, registrations: [...registrations, third] }, programme, people);
    expect(placedIds(r)).not.toContain('i15');
    expect(r.reserve.find((e) => e.member.registration.id === 'i15')?.reason).toEqual({ kind: 'municipality', municipality: 'Utrecht', groups: 2 });
  });
});

describe('formGroups when no group fits', () => {
  it('everyone from one municipality: no group, everyone on the reserve list with the reason', () => {
    const { cohort, programme } = aCohort('x', intervisie, queue(...Array.from({ length: 8 }, (): RegOptions => ({ municipality: 'GM0344', role: 'wethouder' }))));
    const r = formGroups(cohort, programme, people);
    expect(r.groups).toEqual([]);
    expect(r.reserve).toHaveLength(8);
    expect(r.reserve[0]!.reason).toEqual({ kind: 'too-few', running: 8, min: 6 });
    expect(r.opening).toEqual({ more: 5, province: 'Utrecht', with: r.reserve.map((e) => e.member.registration.id) });
  });
});

describe('formGroups properties', () => {
  const STATUSES: RegistrationStatus[] = ['registered', 'registered', 'registered', 'confirmed', 'cancelled'];
  const cohorts = fc
    .record({
      towns: fc.array(fc.integer({ min: 0, max: TOWNS.length - 1 }), { minLength: 0, maxLength: 26 }),
      statuses: fc.array(fc.integer({ min: 0, max: STATUSES.length - 1 }), { minLength: 26, maxLength: 26 }),
      min: fc.integer({ min: 2, max: 6 }),
      spread: fc.integer({ min: 0, max: 2 }),
      policy: fc.constantFrom<GroupPolicy>('order', 'best'),
      facilitators: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ towns, statuses, min, spread, policy, facilitators }) => {
      const programme = { ...intervisie, capacity: { ...intervisie.capacity, min, max: min + spread } };
      const regs = queue(...towns.map((t, i): RegOptions => ({ municipality: TOWNS[t]!, status: STATUSES[statuses[i]!]!, role: 'wethouder' })));
      return { ...aCohort('prop', programme, regs, { facilitators: ['f1', 'f2', 'f3'].slice(0, facilitators) }), policy };
    });

  it('sizes within capacity and balanced, never two of one municipality, everyone in the running once', () => {
    fc.assert(
      fc.property(cohorts, ({ cohort, programme, policy }) => {
        const r = formGroups(cohort, programme, people, { policy });
        checkRules(r, cohort.registrations.filter((x) => x.status !== 'cancelled').map((x) => x.id));
      }),
      { numRuns: 80 },
    );
  });

  it('as many groups as can be filled: the reserve list could not form another group on its own', () => {
    fc.assert(
      fc.property(cohorts, ({ cohort, programme, policy }) => {
        const r = formGroups(cohort, programme, people, { policy });
        const towns = new Set(r.reserve.map((e) => e.member.registration.municipality));
        const free = r.groups.reduce((n, g) => n + programme.capacity.max - g.members.length, 0);
        // Not a whole group of different municipalities waits while… the groups cannot take them either.
        if (towns.size >= programme.capacity.min) expect(free).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('registration order: nobody placed from the queue registered after someone who waits for a seat', () => {
    fc.assert(
      fc.property(cohorts, ({ cohort, programme }) => {
        const r = formGroups(cohort, programme, people, { policy: 'order' });
        const at = (id: string) => cohort.registrations.findIndex((x) => x.id === id);
        const fullAt = r.reserve.filter((e) => e.reason.kind === 'full').map((e) => at(e.member.registration.id));
        const queued = r.groups.flatMap((g) => g.members).filter((m) => m.registration.status !== 'confirmed').map((m) => at(m.registration.id));
        if (fullAt.length > 0 && queued.length > 0) expect(Math.max(...queued)).toBeLessThan(Math.min(...fullAt));
      }),
      { numRuns: 60 },
    );
  });

  it('confirmed members keep a seat under either policy while their municipality has a group left', () => {
    fc.assert(
      fc.property(cohorts, ({ cohort, programme, policy }) => {
        const r = formGroups(cohort, programme, people, { policy });
        for (const e of r.reserve) if (e.member.registration.status === 'confirmed' && r.groups.length > 0) expect(['municipality', 'full']).toContain(e.reason.kind);
      }),
      { numRuns: 60 },
    );
  });

  it('facilitators are balanced: nobody has more than ⌈groups ÷ facilitators⌉ groups', () => {
    fc.assert(
      fc.property(cohorts, ({ cohort, programme, policy }) => {
        const r = formGroups(cohort, programme, people, { policy });
        const f = cohort.facilitators.length;
        if (f === 0) return void expect(r.groups.every((g) => g.facilitator === undefined)).toBe(true);
        const count = new Map<string, number>();
        for (const g of r.groups) count.set(g.facilitator!, (count.get(g.facilitator!) ?? 0) + 1);
        for (const c of count.values()) expect(c).toBeLessThanOrEqual(Math.ceil(r.groups.length / f));
      }),
      { numRuns: 60 },
    );
  });
});
