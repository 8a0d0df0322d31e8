/** Travel as a hard rule: facilitators and coaches cannot teleport between appointments in participants' municipalities. */
import { describe, expect, it } from 'vitest';
import { allMunicipalities, findMunicipality } from '../../src/calendar/municipalities.js';
import { roadKm, travelMinutes, travelSettings } from '../../src/calendar/travel.js';
import { buildEnv } from '../../src/plan/context.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { makeItem } from '../../src/plan/pack.js';
import { Bookings } from '../../src/plan/resources.js';
import { dayTravel, extraKm } from '../../src/plan/travel.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';
import { travelProblems } from './travel-oracle.js';

const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
function permutations<T>(xs: readonly T[]): T[][] {
  return xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const intakes = aProgramme('intakes').withIndividualPhase('intake', { name: 'Intake', duration: '90m', window: '1w' });
const marleen = aPerson('marleen-vos', { name: 'Marleen Vos', municipality: 'Tilburg', hours: ['08:30', '18:00'], maxPerDay: 3 });

describe('travel between appointments', () => {
  it('two intakes on one day in Venlo and Heerlen leave the drive between them, and the day starts and ends in Tilburg', () => {
    const c = aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-01').facilitatedBy('marleen-vos');
    c.register('r1', { municipality: 'Venlo' }).register('r2', { municipality: 'Heerlen' });
    const input = planInput([c], [marleen]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const [a, b] = plan.sessions;
    expect(minutes(b!.start) - minutes(a!.end)).toBeGreaterThanOrEqual(travelMinutes('Venlo', 'Heerlen'));
    expect(minutes(a!.start)).toBeGreaterThanOrEqual(8 * 60 + 30 + travelMinutes('Tilburg', a!.location.municipality));
    expect(minutes(b!.end) + travelMinutes(b!.location.municipality, 'Tilburg')).toBeLessThanOrEqual(18 * 60);
    expect(travelProblems(input, plan)).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });

  it('the independent check reports a plan that leaves no time for the drive', () => {
    const c = aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-01').facilitatedBy('marleen-vos');
    c.register('r1', { municipality: 'Venlo' }).register('r2', { municipality: 'Leeuwarden' });
    const input = planInput([c], [aPerson('marleen-vos', { hours: ['08:00', '20:00'] })]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
    // the second intake moved to right after the first, as the planner used to do
    const [a, b] = plan.sessions;
    const moved = { ...plan, sessions: [a!, { ...b!, start: a!.end, end: `${a!.end.slice(0, 11)}${String(Math.floor((minutes(a!.end) + 90) / 60)).padStart(2, '0')}:${String((minutes(a!.end) + 90) % 60).padStart(2, '0')}` }] };
    expect(checkHardRules(input, moved).map((v) => v.rule)).toEqual(['travel-time']);
    expect(travelProblems(input, moved)).toHaveLength(1);
  });

  it('an appointment that cannot be reached from home and back within the hours is refused, naming travel', () => {
    const c = aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-05').facilitatedBy('marleen-vos').register('r1', { municipality: 'Eemsdelta' });
    const plan = planCohorts(planInput([c], [aPerson('marleen-vos', { municipality: 'Maastricht', hours: ['09:00', '16:00'] })]));
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]!.tried[0]!.reasons.join(' ')).toContain('no time left to travel');
  });

  it('travel settings: a person without a home base reaches anywhere, a slower programme speed leaves more time between', () => {
    const far = (travel?: { homeBase: boolean }) =>
      planCohorts(
        planInput(
          [aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-05').facilitatedBy('marleen-vos').register('r1', { municipality: 'Eemsdelta' })],
          [aPerson('marleen-vos', { municipality: 'Maastricht', hours: ['09:00', '16:00'], ...(travel ? { travel } : {}) })],
        ),
      );
    expect(far().infeasible).toHaveLength(1);
    expect(far({ homeBase: false }).infeasible).toEqual([]);

    const slow = aProgramme('langzaam').travelling({ speedKmh: 40, stepMinutes: 5 }).withIndividualPhase('intake', { name: 'Intake', duration: '90m', window: '1w' });
    const c = aCohort('c').of(slow).starting('2027-03-01').ending('2027-03-01').facilitatedBy('marleen-vos');
    c.register('r1', { municipality: 'Venlo' }).register('r2', { municipality: 'Heerlen' });
    const input = planInput([c], [aPerson('marleen-vos', { hours: ['08:00', '18:00'] })]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const [a, b] = plan.sessions;
    const need = travelMinutes('Venlo', 'Heerlen', travelSettings({ speedKmh: 40, stepMinutes: 5 }));
    expect(need).toBeGreaterThan(travelMinutes('Venlo', 'Heerlen'));
    expect(minutes(b!.start) - minutes(a!.end)).toBeGreaterThanOrEqual(need);
    expect(checkHardRules(input, plan)).toEqual([]);
    // the independent check uses the programme's speed too: the default gap is too short for it
    const tight = { ...plan, sessions: [a!, { ...b!, start: a!.end.slice(0, 11) + clock(minutes(a!.end) + travelMinutes('Venlo', 'Heerlen')), end: a!.end.slice(0, 11) + clock(minutes(a!.end) + travelMinutes('Venlo', 'Heerlen') + 90) }] };
    expect(checkHardRules(input, tight).map((v) => v.rule)).toEqual(['travel-time']);
  });

  it('a refused date names the other cohort’s session the facilitator is at, and the drive', () => {
    const day = aProgramme('dag').withGroupPhase('dag', { name: 'Studiedag', slot: 'mon 09:30-16:00' });
    const a = aCohort('a').of(day).starting('2027-03-01').facilitatedBy('marleen-vos').at('Lekoever', 'Lekdijk 14', 'Wijk bij Duurstede').registerMany(2).fix('dag', '2027-03-01');
    const b = aCohort('b').of(intakes).starting('2027-03-01').ending('2027-03-01').facilitatedBy('marleen-vos').register('r1', { municipality: 'Groningen' });
    const plan = planCohorts(planInput([a, b], [aPerson('marleen-vos', { name: 'Marleen Vos', hours: ['08:00', '20:00'] })]));
    expect(plan.infeasible).toHaveLength(1);
    expect(plan.infeasible[0]).toMatchObject({ cohort: 'b', session: 'intake' });
    expect(plan.infeasible[0]!.tried[0]!.reasons).toContainEqual(expect.stringContaining('Marleen Vos is at a Studiedag in Wijk bij Duurstede (2027-03-01 09:30–16:00)'));
  });
});

describe('short itineraries', () => {
  it('a facilitator visits Limburg on one day and Friesland on another, not Limburg–Friesland–Limburg', () => {
    const towns = ['Maastricht', 'Leeuwarden', 'Heerlen', 'Heerenveen', 'Sittard-Geleen', 'Súdwest-Fryslân'];
    const c = aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-12').facilitatedBy('marleen-vos');
    towns.forEach((m, i) => c.register(`r${i + 1}`, { municipality: m }));
    const input = planInput([c], [aPerson('marleen-vos', { name: 'Marleen Vos', municipality: 'Utrecht', hours: ['06:00', '22:00'], maxPerDay: 3 })]);
    const plan = planCohorts(input);
    expect(plan.infeasible).toEqual([]);
    const provinceOf = (s: (typeof plan.sessions)[number]) => (['Maastricht', 'Heerlen', 'Sittard-Geleen'].some((m) => findMunicipality(m)!.code === s.location.municipality) ? 'LI' : 'FR');
    const byDay = new Map<string, Set<string>>();
    for (const s of plan.sessions) byDay.set(s.start.slice(0, 10), new Set([...(byDay.get(s.start.slice(0, 10)) ?? []), provinceOf(s)]));
    expect([...byDay.values()].every((p) => p.size === 1)).toBe(true);
    expect(byDay.size).toBe(2);
    // and each day's visits are in the order that drives least (every order of the day tried)
    for (const day of byDay.keys()) {
      const stops = plan.sessions.filter((s) => s.start.startsWith(day)).map((s) => s.location.municipality!);
      const route = (order: string[]) => ['Utrecht', ...order, 'Utrecht'].reduce((km, m, i, all) => (i === 0 ? 0 : km + roadKm(all[i - 1]!, m)), 0);
      const best = Math.min(...permutations(stops).map(route));
      expect(route(stops)).toBeCloseTo(best, 6);
    }
    // the score names the person, the km and the longest day, and each trip with its sessions
    const travel = plan.score.items.find((i) => i.constraint === 'travel')!;
    expect(travel.level).toBe('soft');
    expect(travel.facts[0]).toMatch(/^Marleen Vos: \d+ km, \d+h\d\d driving on 2 days; longest day 2027-03-\d\d \(\d+ km, \dh\d\d\)$/);
    expect(travel.facts.slice(1).every((f) => /^Marleen Vos 2027-03-\d\d: Utrecht → .+ \(c\/intake@r\d\) → .+ → Utrecht: \d+ km/.test(f))).toBe(true);
    // each session carries the trip to it: the first of the day from home
    const first = plan.sessions[0]!;
    expect(first.travelBefore).toEqual([expect.objectContaining({ person: 'marleen-vos', from: findMunicipality('Utrecht')!.code, fromHome: true })]);
    expect(checkHardRules(input, plan)).toEqual([]);
  });
});

/** One week of Marleen Vos's intakes (a cohort with one participant in Venlo) and a seeded random source. */
function intakeWeek(seed: number) {
  const c = aCohort('c').of(intakes).starting('2027-03-01').ending('2027-03-05').facilitatedBy('marleen-vos');
  c.register('r1', { municipality: 'Venlo' });
  const env = buildEnv(planInput([c], [marleen]));
  const cc = env.cohorts[0]!;
  let state = seed;
  const rand = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
  return { env, cc, p: cc.phases[0]!, towns: allMunicipalities(), rand };
}

describe('the drive a session would add to a day (extraKm)', () => {
  it('is the day with the session booked minus the day without it, for random days of appointments', () => {
    const { env, cc, p, towns, rand } = intakeWeek(7);
    const day = cc.start;
    for (let run = 0; run < 300; run++) {
      const bookings = new Bookings(env);
      // up to four sessions on the day at random places (some online), many at the same times as the new
      // one, and now and then one that runs until midnight (no trip home after it)
      for (let k = rand(5); k > 0; k--) {
        const late = rand(6) === 0;
        const start = late ? 22 * 60 : 8 * 60 + 60 * rand(4);
        const item = makeItem(cc, p, `s${run}-${k}`, 'individual', 1, 1, 'r1', day, start, late ? 24 * 60 : start + 60 * (1 + rand(2)), ['marleen-vos'], false);
        const place = rand(4) === 0 ? undefined : towns[rand(towns.length)]!.code;
        bookings.add({ ...item, place, at: place === undefined ? undefined : towns.findIndex((t) => t.code === place) });
      }
      const start = 8 * 60 + 60 * rand(4);
      const at = rand(towns.length);
      const probe = { ...makeItem(cc, p, `probe${run}`, 'individual', 1, 1, 'r1', day, start, start + 60, ['marleen-vos'], false), place: towns[at]!.code, at };
      // against the day without it as the ledger keeps it (whole metres)
      const without = bookings.ledger!.km('marleen-vos', day);
      expect(without).toBeCloseTo(dayTravel(env, bookings, 'marleen-vos', day).km, 3);
      const added = extraKm(env, bookings, 'marleen-vos', day * 1440 + start, day * 1440 + start + 60, at);
      bookings.add(probe);
      expect(added).toBeCloseTo(dayTravel(env, bookings, 'marleen-vos', day).km - without, 9);
    }
  });
});

describe('the ledger rolled back after a move is undone', () => {
  it('gives the figures from before, those of a fresh recount, for random moves of appointments between days', () => {
    const { env, cc, p, towns, rand } = intakeWeek(11);
    const bookings = new Bookings(env);
    // each its own time of day, so that a person's sessions never overlap (the clash rule's promise)
    const items = Array.from({ length: 12 }, (_, k) => {
      const start = 7 * 60 + 50 * k;
      const at = rand(towns.length);
      return { ...makeItem(cc, p, `s${k}`, 'individual', 1, 1, 'r1', cc.start + rand(5), start, start + 45, ['marleen-vos'], false), place: towns[at]!.code, at };
    });
    for (const i of items) bookings.add(i);
    const recount = () => {
      // the ledger keeps whole metres per day
      let m = 0;
      for (let n = cc.start; n < cc.start + 5; n++) m += Math.round(dayTravel(env, bookings, 'marleen-vos', n).km * 1000);
      return m / 1000;
    };
    for (let run = 0; run < 200; run++) {
      const before = bookings.ledger!.totalKm();
      expect(before).toBeCloseTo(recount(), 3);
      bookings.ledger!.begin();
      const moved = items.filter(() => rand(3) === 0);
      const saved = moved.map((i) => i.day);
      for (const i of moved) bookings.remove(i);
      for (const i of moved) {
        i.day = i.endDay = cc.start + rand(5);
        bookings.add(i);
      }
      // read the moved plan (days recomputed), then undo it or keep it
      expect(bookings.ledger!.totalKm()).toBeCloseTo(recount(), 3);
      if (rand(2) === 0) {
        bookings.ledger!.commit();
        continue;
      }
      for (const i of moved) bookings.remove(i);
      moved.forEach((i, k) => (i.day = i.endDay = saved[k]!));
      for (const i of moved) bookings.add(i);
      bookings.ledger!.rollback();
      expect(bookings.ledger!.totalKm()).toBe(before);
      expect(bookings.ledger!.totalKm()).toBeCloseTo(recount(), 3);
    }
  });
});
