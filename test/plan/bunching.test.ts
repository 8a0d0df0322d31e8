/**
 * The track's calendar (issue 17 item 4): conversations of different pairs are not bunched on one day
 * of a coach unless that saves the coach's travel. The rule (cost.ts WEIGHT.bunching): each pair
 * beyond the first on one coach's day costs 0.5, as much as 50 road km, so a plan puts two pairs on one
 * day only where their separate round trips would be more than 50 km longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/calendar/municipalities.js';
import { roadKm } from '../../src/calendar/travel.js';
import type { PlannedSession } from '../../src/model/plan.js';
import { WEIGHT } from '../../src/plan/cost.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';
import { runs } from '../support/runs.js';
import { aCohort, aPerson, aProgramme, planInput } from './builders.js';
import { driveMinutes } from './travel-oracle.js';

const COHORT = 'cohorts/bestuurderspool-2027.yaml';

interface Session {
  session: string;
  start: string;
  end: string;
  participants: string[];
  facilitators: string[];
  location?: { municipality?: string };
}

/** Per coach and date, the coachees of the coaching sessions that day. */
function coachDays(sessions: readonly { session: string; start: string; participants: readonly string[]; facilitators: readonly string[] }[], phases: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of sessions) {
    if (!phases.some((p) => s.session.startsWith(`${p}#`))) continue;
    const key = `${s.facilitators[0]} ${s.start.slice(0, 10)}`;
    const set = out.get(key) ?? new Set<string>();
    set.add(s.participants[0]!);
    out.set(key, set);
  }
  return out;
}

describe('Bestuurderspool: first conversations spread over the coaches\' days', () => {
  it('each coach holds one pair a day unless the combined trip saves more than 50 km; the first conversations fall on these dates', async () => {
    const files = shippedExamples();
    const r = await runIn(memoryIO(files, { today: '2026-12-01' }), ['plan', COHORT, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sessions: Session[]; score: { items: { constraint: string; cost: number; facts: string[] }[] } };
    const first = plan.sessions.filter((s) => s.session.startsWith('coaching#1@')).map((s) => `${s.start.slice(0, 10)} ${s.participants[0]} ${s.facilitators[0]}`);
    expect(first.sort()).toMatchInlineSnapshot(`
      [
        "2027-02-11 b02 greet-van-leeuwen",
        "2027-02-11 b05 theo-van-wijk",
        "2027-02-11 b06 anja-mulder",
        "2027-02-11 b07 marian-krol",
        "2027-02-11 b08 anja-mulder",
        "2027-02-11 b09 marian-krol",
        "2027-02-11 b10 rob-scheepers",
        "2027-02-12 b03 greet-van-leeuwen",
        "2027-02-16 b01 fatima-bouzid",
        "2027-02-16 b04 henk-bosman",
      ]
    `);

    // the people file's homes, for the separate round trips
    const people = new TextDecoder().decode(files.get('cohorts/bestuurderspool-coaches.people.yaml')!);
    const home = new Map<string, string>();
    for (const m of people.matchAll(/- id: ([\w-]+)[\s\S]*?municipality: ([^\n#]+)/g)) home.set(m[1]!, findMunicipality(m[2]!.trim())!.code);
    const placeOf = new Map(plan.sessions.filter((s) => s.session.startsWith('coaching#')).map((s) => [s.participants[0]!, s.location?.municipality]));
    const bunching = plan.score.items.find((i) => i.constraint === 'bunching')!;
    let extra = 0;
    for (const [key, pairs] of coachDays(plan.sessions, ['coaching', 'observatie'])) {
      if (pairs.size < 2) continue;
      extra += pairs.size - 1;
      const [coach, date] = key.split(' ') as [string, string];
      const h = home.get(coach)!;
      const separate = [...pairs].reduce((km, p) => km + 2 * roadKm(h, placeOf.get(p)), 0);
      const fact = bunching.facts.find((f) => f.includes(date) && [...pairs].every((p) => f.includes(`/${p}`)));
      expect(fact, key).toBeDefined();
      const together = Number(/\((\d+) km that day\)/.exec(fact!)![1]);
      expect(separate - together, key).toBeGreaterThan(WEIGHT.bunching / WEIGHT.travel);
    }
    // the score reports exactly the bunched pairs, at the documented weight
    expect(bunching.cost).toBeCloseTo(extra * WEIGHT.bunching, 6);

    // nobody double-booked, and between two sessions of a day the drive fits (recomputed independently)
    const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
    for (const person of new Set(plan.sessions.flatMap((s) => s.facilitators))) {
      const mine = plan.sessions.filter((s) => s.facilitators.includes(person)).sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let k = 1; k < mine.length; k++) {
        const [a, b] = [mine[k - 1]!, mine[k]!];
        if (a.start.slice(0, 10) !== b.start.slice(0, 10)) continue;
        expect(minutes(b.start) - minutes(a.end), `${person} ${a.session} → ${b.session}`).toBeGreaterThanOrEqual(driveMinutes(a.location?.municipality, b.location?.municipality));
      }
    }
  });
});

describe('bunching as a property', () => {
  it('online conversations (no drive to save) never put two pairs on one day of a coach, and every hard rule holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 20 }), (coachees, sessions, offset) => {
        const programme = aProgramme('pool').lasting('12 months').withCoaching('gesprek', { sessions: `${sessions}..${sessions + 2}`, every: '4w..8w', duration: '90m' });
        const start = new Date(Date.UTC(2027, 8, 6 + offset)).toISOString().slice(0, 10);
        const input = planInput([aCohort('c').of(programme).starting(start).coachPool('coach-a').registerMany(coachees)], [aPerson('coach-a', { capacity: coachees })]);
        const plan = planCohorts(input);
        expect(plan.infeasible).toEqual([]);
        expect(checkHardRules(input, plan)).toEqual([]);
        const sessionsOf = plan.sessions as readonly PlannedSession[];
        for (const [key, pairs] of coachDays(sessionsOf, ['gesprek'])) expect(pairs.size, key).toBe(1);
        expect(plan.score.items.find((i) => i.constraint === 'bunching')!.cost).toBe(0);
      }),
      { numRuns: runs(12), seed: 17 },
    );
  });
});

describe('Bestuurderspool: --per facilitator gives each coach their calendar', () => {
  it('one ICS per coach and intaker, each with exactly that person\'s sessions of the plan', async () => {
    const files = shippedExamples();
    const json = await runIn(memoryIO(files, { today: '2026-12-01' }), ['plan', COHORT, '--format', 'json']);
    const plan = JSON.parse(json.stdout) as { sessions: (Session & { uid?: string })[] };
    const io = memoryIO(files, { today: '2026-12-01' });
    const r = await runIn(io, ['plan', COHORT, '--per', 'facilitator', '--out', 'agenda']);
    expect(r.code, r.stderr).toBe(0);
    const written = [...io.files.keys()].filter((k) => k.startsWith('agenda/')).sort();
    const people = [...new Set(plan.sessions.flatMap((s) => s.facilitators))].sort();
    // the seven coaches the match gives a coachee (of the pool's eight) and the two intakers, each their own file
    expect(people).toHaveLength(9);
    expect(written).toHaveLength(people.length);
    for (const person of people) {
      const file = written.find((k) => k.includes(person));
      expect(file, person).toBeDefined();
      const ics = new TextDecoder().decode(io.files.get(file!)!);
      const starts = [...ics.matchAll(/^DTSTART;TZID=[^:]*:(\d{8}T\d{4})/gm)].map((m) => m[1]!).sort();
      const mine = plan.sessions.filter((s) => s.facilitators.includes(person)).map((s) => s.start.replace(/[-:]/g, '').slice(0, 13)).sort();
      expect(starts, person).toEqual(mine);
    }
  });
});
