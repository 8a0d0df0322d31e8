/** Who gets a seat and who waits on the reserve list (reservelijst), as the brochures promise it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeRegistrations } from '../../src/capacity/place.js';
import type { Placement } from '../../src/capacity/place.js';
import type { ParsedFile } from '../../src/model/project.js';
import type { Programme, Registration, RegistrationStatus } from '../../src/model/types.js';
import { parseFile } from '../../src/validate/parse.js';
import { checkProject } from '../../src/validate/rules.js';
import { aRegistration } from '../plan/builders.js';
import type { RegistrationOptions } from '../plan/builders.js';

const ROOT = join(import.meta.dirname, '../..');

/** A shipped programme file, read through the same parse and rule checks as `cohort validate`. */
function seedProgramme(file: string): Programme {
  const bytes = readFileSync(join(ROOT, file));
  const parsed = parseFile(file, bytes, bytes.length, 'en');
  const project = checkProject(new Map<string, ParsedFile>([[file, parsed.file]]), 'en');
  const errors = [...parsed.diagnostics, ...project.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((d) => d.rule).join(', ')}`);
  const [only] = [...project.programmes.values()];
  if (!only) throw new Error(`${file} is not a programme`);
  return only.programme;
}

/** LoopbaanPlus: 12 seats, the partner may join and then takes a seat. */
const loopbaanPlus = seedProgramme('programmes/loopbaanplus.yaml');
/** Intervisie for aldermen: 6 seats, no partners. */
const intervisie = seedProgramme('programmes/intervisie-wethouders.yaml');

/** `r01`…: registrations a minute apart, in the order given. */
function queue(...options: RegistrationOptions[]): Registration[] {
  return options.map((o, i) => aRegistration(`r${String(i + 1).padStart(2, '0')}`, { registered: `2026-10-01T09:${String(i).padStart(2, '0')}:00+02:00`, ...o }));
}

function ids(rs: readonly Registration[]): string[] {
  return rs.map((r) => r.id);
}

function singles(n: number): RegistrationOptions[] {
  return Array.from({ length: n }, () => ({}));
}

describe('the seed programmes', () => {
  it('are read as the brochures describe them', () => {
    expect(loopbaanPlus).toMatchObject({ capacity: { max: 12 }, partners: 'optional', partnerSeat: true });
    expect(intervisie).toMatchObject({ capacity: { max: 6 }, partners: 'none' });
  });
});

describe('the order of the queue', () => {
  it('the first six to register are placed and the rest wait, in order of registration', () => {
    const late = aRegistration('a-late', { registered: '2026-11-20T16:00:00+01:00' });
    const early = aRegistration('z-early', { registered: '2026-09-01T08:00:00+02:00' });
    const p = placeRegistrations([late, ...queue(...singles(6)), early], intervisie);
    expect(ids(p.placed)).toEqual(['z-early', 'r01', 'r02', 'r03', 'r04', 'r05']);
    expect(ids(p.reserve)).toEqual(['r06', 'a-late']);
    expect(p).toMatchObject({ seats: 6, seatsUsed: 6 });
  });

  it('a lower priority number goes first, however late it registered', () => {
    const rs = queue({}, {}, {}, { priority: 2 }, {}, { priority: 1 }, {});
    const p = placeRegistrations(rs, intervisie);
    expect(ids(p.placed)).toEqual(['r06', 'r04', 'r01', 'r02', 'r03', 'r05']);
    expect(ids(p.reserve)).toEqual(['r07']);
  });

  it('times are compared as instants: 10:30 in winter time comes before 09:45 UTC', () => {
    // 10:30+01:00 is 09:30 UTC; compared as text it would come after 09:45Z.
    const winter = aRegistration('winter', { registered: '2026-11-02T10:30:00+01:00' });
    const utc = aRegistration('utc', { registered: '2026-11-02T09:45:00Z' });
    const summer = aRegistration('summer', { registered: '2026-11-02T11:40:00+02:00' });
    const p = placeRegistrations([summer, utc, winter], { ...intervisie, capacity: { min: 1, max: 1 } });
    expect(ids(p.placed)).toEqual(['winter']);
    expect(ids(p.reserve)).toEqual(['summer', 'utc']);
  });

  it('the same instant written with another offset is a tie, and the id decides', () => {
    const b = aRegistration('b', { registered: '2026-10-01T09:00:00+02:00' });
    const a = aRegistration('a', { registered: '2026-10-01T07:00:00Z' });
    const p = placeRegistrations([b, a], { ...intervisie, capacity: { min: 1, max: 1 } });
    expect(ids(p.placed)).toEqual(['a']);
    expect(ids(p.reserve)).toEqual(['b']);
  });

  it('a registration without a registration time waits behind every dated one', () => {
    const undated = aRegistration('r00', { registered: '' });
    const p = placeRegistrations([undated, ...queue(...singles(6))], intervisie);
    expect(ids(p.placed)).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06']);
    expect(ids(p.reserve)).toEqual(['r00']);
  });

  it('a registration without a time still keeps the place its priority gives it', () => {
    const undated = aRegistration('r00', { registered: '', priority: 1 });
    const p = placeRegistrations([...queue(...singles(6)), undated], intervisie);
    expect(ids(p.placed)[0]).toBe('r00');
    expect(ids(p.reserve)).toEqual(['r06']);
  });
});

describe('partners', () => {
  it('a partner who joins LoopbaanPlus takes a seat of their own', () => {
    const p = placeRegistrations(queue({ partnerJoins: true }, {}, { partnerJoins: true }), loopbaanPlus);
    expect(p).toMatchObject({ seats: 12, seatsUsed: 5 });
    expect(ids(p.placed)).toEqual(['r01', 'r02', 'r03']);
  });

  it('a couple at the head of the reserve list waits when one seat is free', () => {
    const p = placeRegistrations(queue(...singles(11), { partnerJoins: true }, {}), loopbaanPlus);
    expect(p.placed).toHaveLength(11);
    expect(p.seatsUsed).toBe(11);
    // Strict order: the single behind the couple would fit, but nobody is passed over.
    expect(ids(p.reserve)).toEqual(['r12', 'r13']);
  });

  it('a couple is placed when exactly two seats are left', () => {
    const p = placeRegistrations(queue(...singles(10), { partnerJoins: true }, {}), loopbaanPlus);
    expect(p.seatsUsed).toBe(12);
    expect(ids(p.placed)).toContain('r11');
    expect(ids(p.reserve)).toEqual(['r12']);
  });

  it('a partner takes no seat when the programme says partners do not (partner-seat: false)', () => {
    const p = placeRegistrations(queue(...Array.from({ length: 12 }, () => ({ partnerJoins: true }))), { ...loopbaanPlus, partnerSeat: false });
    expect(p.placed).toHaveLength(12);
    expect(p.seatsUsed).toBe(12);
    expect(p.reserve).toEqual([]);
  });

  it('partner-joins takes no seat in a programme without partners', () => {
    const p = placeRegistrations(queue(...Array.from({ length: 6 }, () => ({ partnerJoins: true }))), intervisie);
    expect(p.placed).toHaveLength(6);
    expect(p.seatsUsed).toBe(6);
  });
});

describe('withdrawn and cancelled registrations', () => {
  it('are neither placed nor on the reserve list, and leave their seats to the next in line', () => {
    const p = placeRegistrations(queue({ status: 'withdrawn' }, {}, { status: 'cancelled' }, ...singles(6)), intervisie);
    expect(ids(p.placed)).toEqual(['r02', 'r04', 'r05', 'r06', 'r07', 'r08']);
    expect(ids(p.reserve)).toEqual(['r09']);
  });

  it('registered and confirmed registrations both queue', () => {
    const p = placeRegistrations(queue({ status: 'registered' }, { status: 'confirmed' }), intervisie);
    expect(ids(p.placed)).toEqual(['r01', 'r02']);
  });

  it('a withdrawn couple frees two seats', () => {
    const p = placeRegistrations(queue({ partnerJoins: true, status: 'withdrawn' }, ...singles(12)), loopbaanPlus);
    expect(p.placed).toHaveLength(12);
    expect(p.reserve).toEqual([]);
  });
});

describe('the reserve list', () => {
  it('lists who waits in queue order: position 1 is offered the next free seat', () => {
    const rs = queue(...singles(6), { priority: 3 }, {}, { priority: 1 }, {});
    const p = placeRegistrations(rs, { ...intervisie, capacity: { min: 1, max: 4 } });
    expect(ids(p.placed)).toEqual(['r09', 'r07', 'r01', 'r02']);
    expect(ids(p.reserve)).toEqual(['r03', 'r04', 'r05', 'r06', 'r08', 'r10']);
  });

  it('is empty while seats are free', () => {
    const p = placeRegistrations(queue(...singles(3)), intervisie);
    expect(p).toMatchObject({ seats: 6, seatsUsed: 3, reserve: [] });
  });
});

// Properties: random queues over the seed programmes, with few seats so the reserve list is often long.

const STATUSES: RegistrationStatus[] = ['registered', 'confirmed', 'cancelled', 'withdrawn'];
const OFFSETS = ['Z', '+01:00', '+02:00'];

/** The same instant as the file might write it: in UTC, winter or summer time. */
function iso(minutes: number, offset: string): string {
  const shift = offset === 'Z' ? 0 : Number(offset.slice(1, 3)) * 60;
  const wall = new Date(Date.UTC(2026, 8, 1) + (minutes + shift) * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset}`;
}

const registrationArb = fc.record({
  // a narrow range of minutes makes ties in time (and then the id) common
  at: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined, freq: 8 }),
  offset: fc.constantFrom(...OFFSETS),
  priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  status: fc.constantFrom(...STATUSES, 'confirmed', 'registered'),
  partnerJoins: fc.boolean(),
});

const caseArb = fc
  .record({
    programme: fc.constantFrom(loopbaanPlus, intervisie),
    partnerSeat: fc.boolean(),
    max: fc.integer({ min: 1, max: 8 }),
    rows: fc.array(registrationArb, { maxLength: 14 }),
  })
  .map(({ programme, partnerSeat, max, rows }) => ({
    programme: { ...programme, partnerSeat, capacity: { min: 1, max } },
    registrations: rows.map((r, i) =>
      aRegistration(`r${String(i + 1).padStart(2, '0')}`, {
        registered: r.at === undefined ? '' : iso(r.at, r.offset),
        status: r.status,
        partnerJoins: r.partnerJoins,
        ...(r.priority !== undefined ? { priority: r.priority } : {}),
      }),
    ),
  }));

/** Seats as the brochure counts them, written here from the rule and not from place.ts. */
function seats(r: Registration, p: Programme): number {
  return r.partnerJoins && p.partners !== 'none' && p.partnerSeat ? 2 : 1;
}

function active(rs: readonly Registration[]): Registration[] {
  return rs.filter((r) => r.status === 'registered' || r.status === 'confirmed');
}

/** Whether a must come before b in the queue: lower priority, else an earlier instant (undated last). */
function ahead(a: Registration, b: Registration): boolean {
  const pa = a.priority ?? Infinity;
  const pb = b.priority ?? Infinity;
  if (pa !== pb) return pa < pb;
  const ta = a.registered === '' ? Infinity : new Date(a.registered).getTime();
  const tb = b.registered === '' ? Infinity : new Date(b.registered).getTime();
  return ta !== tb ? ta < tb : a.id < b.id;
}

function summary(p: Placement): { placed: string[]; reserve: string[]; seatsUsed: number } {
  return { placed: ids(p.placed), reserve: ids(p.reserve), seatsUsed: p.seatsUsed };
}

describe('placement properties', () => {
  it('shuffling the registrations gives the same placement', () => {
    const shuffled = caseArb.chain((c) =>
      fc.record({ c: fc.constant(c), order: fc.shuffledSubarray(c.registrations, { minLength: c.registrations.length }) }),
    );
    fc.assert(
      fc.property(shuffled, ({ c, order }) => {
        expect(summary(placeRegistrations(order, c.programme))).toEqual(summary(placeRegistrations(c.registrations, c.programme)));
      }),
      { numRuns: 300, seed: 20261001 },
    );
  });

  it('seats used never exceed capacity.max and are the seats of those placed', () => {
    fc.assert(
      fc.property(caseArb, ({ programme, registrations }) => {
        const p = placeRegistrations(registrations, programme);
        expect(p.seats).toBe(programme.capacity.max);
        expect(p.seatsUsed).toBeLessThanOrEqual(programme.capacity.max);
        expect(p.seatsUsed).toBe(p.placed.reduce((n, r) => n + seats(r, programme), 0));
      }),
      { numRuns: 300, seed: 20261002 },
    );
  });

  it('placed and reserve together are exactly the active registrations, each once', () => {
    fc.assert(
      fc.property(caseArb, ({ programme, registrations }) => {
        const p = placeRegistrations(registrations, programme);
        const both = [...ids(p.placed), ...ids(p.reserve)];
        expect(new Set(both).size).toBe(both.length);
        expect([...both].sort()).toEqual(ids(active(registrations)).sort());
      }),
      { numRuns: 300, seed: 20261003 },
    );
  });

  it('nobody is passed over: everyone placed is ahead of everyone waiting, and the first to wait did not fit', () => {
    fc.assert(
      fc.property(caseArb, ({ programme, registrations }) => {
        const p = placeRegistrations(registrations, programme);
        for (const placed of p.placed) for (const waiting of p.reserve) expect(ahead(placed, waiting)).toBe(true);
        for (let k = 1; k < p.reserve.length; k++) expect(ahead(p.reserve[k - 1]!, p.reserve[k]!)).toBe(true);
        const head = p.reserve[0];
        if (head) expect(p.seatsUsed + seats(head, programme)).toBeGreaterThan(programme.capacity.max);
      }),
      { numRuns: 300, seed: 20261004 },
    );
  });
});
