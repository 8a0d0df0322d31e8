/**
 * The search's exchange (search.ts `exchange`): two one-person appointments of a `one` phase trade day
 * and facilitator. Each must end on the other's day with the other's facilitator; a facilitator away
 * on some days must never get an appointment there. Two facilitators away on alternate days make the
 * exchange the move that matters (seeds 4 and 5 put appointments on an away day before the fix: the
 * second appointment went to the first's day).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';

const codes = readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((r) => r.split(',')[0]!);
const annaAway = ['2027-09-08', '2027-09-10', '2027-09-14', '2027-09-16', '2027-09-21'];
const bertAway = ['2027-09-07', '2027-09-09', '2027-09-13', '2027-09-15', '2027-09-20'];

describe('appointment exchanges keep each facilitator on their own free days', () => {
  for (const seed of [1, 2, 3, 4, 5, 6])
    it(`14 intakes across the country, two facilitators away on alternate days (seed ${seed})`, () => {
      const programme = aProgramme('p').seats(20).hours('09:00', '17:00').withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '3w' });
      let c = aCohort(`c${seed}`).of(programme).starting('2027-09-06').facilitatedBy('anna', 'bert');
      for (let k = 0; k < 14; k++) c = c.register(`r${String(k).padStart(2, '0')}`, { municipality: codes[(k * 37 + seed * 11) % codes.length]! });
      const input = planInput([c], [aPerson('anna', { municipality: 'GM0014', unavailable: annaAway }), aPerson('bert', { municipality: 'GM0935', unavailable: bertAway })]);
      const plan = planCohorts(input);
      expect(plan.infeasible).toEqual([]);
      expect(plan.sessions).toHaveLength(14);
      for (const s of plan.sessions) expect((s.facilitators[0] === 'anna' ? annaAway : bertAway).includes(s.start.slice(0, 10))).toBe(false);
      expect(checkHardRules(input, plan)).toEqual([]);
    });
});
