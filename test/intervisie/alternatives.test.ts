/** `cohort roster --alternatives N`: candidate dates per meeting not yet fixed, ranked by how many members can come (src/intervisie/alternatives.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { meetingAlternatives } from '../../src/intervisie/alternatives.js';
import { isAway } from '../../src/intervisie/plan.js';
import type { FixedSession, Person, Registration } from '../../src/model/types.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { checkHardRules } from '../../src/plan/check.js';
import { aCohort, intervisie, reg } from '../capacity/builders.js';
import { runs } from '../support/runs.js';

const TOWNS = ['Utrecht', 'Amersfoort', 'Arnhem', 'Zwolle', 'Tilburg', 'Leiden'].map((t) => findMunicipality(t)!.code);
const PEOPLE = new Map<string, Person>([['f1', { id: 'f1', name: 'Facilitator Een', municipality: findMunicipality('Utrecht')!.code, roles: ['facilitator'], unavailable: [], formerRoles: [] }]]);
// Meetings 1, 2, 4, 5, 6 agreed, with their hosts: meeting 3 (host r03) lies 4–10 weeks after 15 March and at least 4 before 31 May, outside the May school holiday (24 April – 2 May): 12 or 19 April or 3 May.
const FIXED: FixedSession[] = [
  { session: 'bijeenkomst#1', date: '2027-02-08', host: 'r01' },
  { session: 'bijeenkomst#2', date: '2027-03-15', host: 'r02' },
  { session: 'bijeenkomst#4', date: '2027-05-31', host: 'r04' },
  { session: 'bijeenkomst#5', date: '2027-07-05', host: 'r05' },
  { session: 'bijeenkomst#6', date: '2027-09-06', host: 'r06' },
];

function plan(away: Record<string, string[]>, fixed: FixedSession[] = FIXED) {
  const registrations: Registration[] = TOWNS.map((t, i) => {
    const id = `r0${i + 1}`;
    return { ...reg(id, { municipality: t, registered: `2026-10-0${i + 1}T09:00:00+02:00` }), unavailable: (away[id] ?? []).map((d) => ({ start: d, end: d })) };
  });
  const { cohort, programme } = aCohort('iv', intervisie, registrations, { facilitators: ['f1'], start: '2027-01-18', end: '2027-11-12', fixed });
  const a = assemblePlan([{ cohort, programme, file: 'iv.yaml', people: PEOPLE }], { lang: 'en', today: '2026-12-01', version: '0.0.0-test' });
  expect(a.plan.infeasible).toEqual([]);
  return { a, programme, alternatives: (n: number) => meetingAlternatives(a.input, a.checked, a.intervisie.get('iv')!, programme, n) };
}

describe('roster --alternatives ranking', () => {
  it('most members first, whatever the planned date: 3 May (all six), 19 April (five), 12 April (four)', () => {
    const { alternatives } = plan({ r01: ['2027-04-19'], r04: ['2027-04-12'], r05: ['2027-04-12'] });
    const alts = alternatives(5);
    // Only meeting 3 is not fixed.
    expect(alts.map((m) => [m.session, m.host])).toEqual([['bijeenkomst#3', 'r03']]);
    expect(alts[0]!.candidates.map((c) => [c.date, c.come, c.absent])).toEqual([
      ['2027-05-03', 6, []],
      ['2027-04-19', 5, ['r01']],
      ['2027-04-12', 4, ['r04', 'r05']],
    ]);
    expect(alts[0]!.candidates[0]).toMatchObject({ start: '2027-05-03T15:00', end: '2027-05-03T18:00' });
  });

  it('ties: the planned date, then the closer, then the earlier; N cuts the list', () => {
    // Five of six on every candidate: the planner takes 19 April (the most even gaps, five and six weeks).
    const { alternatives } = plan({ r01: ['2027-04-19'], r04: ['2027-04-12'], r06: ['2027-05-03'] });
    const [m3] = alternatives(5);
    expect(m3!.planned).toBe('2027-04-19');
    expect(m3!.candidates.map((c) => [c.date, c.offset, c.come])).toEqual([
      ['2027-04-19', 0, 5],
      ['2027-04-12', -7, 5],
      ['2027-05-03', 14, 5],
    ]);
    expect(alternatives(2)[0]!.candidates.map((c) => c.date)).toEqual(['2027-04-19', '2027-04-12']);
  });

  it("the host's unavailable date is never a candidate, however many others can come", () => {
    const { alternatives } = plan({ r03: ['2027-05-03'], r01: ['2027-04-19'], r02: ['2027-04-19'] });
    expect(alternatives(5)[0]!.candidates.map((c) => [c.date, c.come])).toEqual([
      ['2027-04-12', 6],
      ['2027-04-19', 4],
    ]);
  });

  it('every fixed meeting is left out; with all six fixed there is nothing to choose', () => {
    const { alternatives } = plan({}, [...FIXED, { session: 'bijeenkomst#3', date: '2027-04-19', host: 'r03' }]);
    expect(alternatives(3)).toEqual([]);
  });

  it('property: every candidate keeps every hard rule with the rest of the plan as it is, the host can come, and the list is ranked and complete', () => {
    const MONDAYS = ['2027-04-12', '2027-04-19', '2027-05-03'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (grid, n) => {
        // r03, the host of meeting 3 (the others are pinned), can come on all three (the planner picks dates without knowing the hosts: README).
        const away = Object.fromEntries(grid.map((row, i) => [`r0${i + 1}`, i === 2 ? [] : MONDAYS.filter((_, k) => row[k])]));
        const { a, alternatives } = plan(away);
        const m3 = alternatives(n)[0]!;
        const members = a.intervisie.get('iv')!.groups[0]!.cohort.registrations;
        const host = members.find((r) => r.id === m3.host)!;
        const session = a.checked.sessions.find((s) => s.session === 'bijeenkomst#3')!;
        const allowed = MONDAYS.filter((d) => !isAway(host, d));
        for (const c of m3.candidates) {
          expect(isAway(host, c.date)).toBe(false);
          const moved = { ...session, start: c.start, end: c.end };
          expect(checkHardRules(a.input, { ...a.checked, sessions: a.checked.sessions.map((s) => (s === session ? moved : s)) })).toEqual([]);
          expect(c.absent).toEqual(members.filter((r) => isAway(r, c.date)).map((r) => r.id));
        }
        expect(m3.candidates).toHaveLength(Math.min(n, allowed.length));
        for (let i = 1; i < m3.candidates.length; i++) {
          const [p, q] = [m3.candidates[i - 1]!, m3.candidates[i]!];
          expect(p.come > q.come || (p.come === q.come && (Math.abs(p.offset) < Math.abs(q.offset) || (Math.abs(p.offset) === Math.abs(q.offset) && p.offset < q.offset)))).toBe(true);
        }
      }),
      { numRuns: runs(12), seed: 15 },
    );
  });
});
