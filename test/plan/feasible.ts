/**
 * Random planning problems that have a plan by construction, for the planner's property tests.
 *
 * fast-check generates a plain World (shapes and numbers); toPlanInput is the one place that turns
 * it into a PlanInput, so a change of the planner's API is a change here only. What makes a World
 * plannable:
 * - every day a group slot touches is a programme weekday, and every slot fits in one day's hours
 *   (or runs from one allowed day into the next);
 * - three or more workdays a week for appointments, with windows of 3 weeks or more, and at most 6
 *   participants, so a facilitator's max-per-day leaves room even when a second cohort shares them;
 * - `every` and `after` ranges at least two weeks wide, so a closed week never breaks a chain;
 * - a span that holds every phase at its longest plus slack for the summer and Christmas holidays
 *   (more with a school region), and for the blackouts and unavailability generated;
 * - closures of at most a week or two, and a fixed session only on a day where every rule holds,
 *   early in the cohort and never under a school-holiday calendar (a fixed chain cannot move
 *   around the summer);
 * - cohorts each led by their own facilitator; only `dirk` is shared, as co-facilitator, and never
 *   by more than two cohorts;
 * - everyone lives, meets and is visited within 30 km of one town (a random one per world), so any trip
 *   takes at most an hour, and carla's working day (09:00–16:30) still holds a same-day pair with the
 *   drive there and back.
 */
import fc from 'fast-check';
import { addDays, weekdayOf } from '../../src/calendar/date.js';
import { allMunicipalities, distanceKm, findMunicipality } from '../../src/calendar/municipalities.js';
import type { PlanInput } from '../../src/plan/index.js';
import type { AvoidKind, DateRange, Programme, SchoolRegion, Weekday } from '../../src/model/types.js';
import { aCohort, aPerson, aProgramme, calendarFacts, dates, planInput } from './builders.js';
import type { CohortBuilder } from './builders.js';

/** Everything is dated from here: the first Monday of 2027. */
export const BASE = '2027-01-04';

const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const NEXT: Record<Weekday, Weekday> = { mon: 'tue', tue: 'wed', wed: 'thu', thu: 'fri', fri: 'sat', sat: 'sun', sun: 'mon' };

type SlotShape = 'morning' | 'afternoon' | 'evening' | 'two-day';
type Weeks = readonly [number, number];

interface GroupShape {
  mode: 'group';
  shape: SlotShape;
  weekday: Weekday;
  sessions: number;
  every: Weeks;
}
interface IndividualShape {
  mode: 'individual';
  duration: '1h' | '90m..2h' | '2h';
  window: number;
  pair: boolean;
  all: boolean;
}
interface SelfStudyShape {
  mode: 'self-study';
  window: number;
}
interface CoachingShape {
  mode: 'coaching';
  sessions: 2 | 3;
  every: Weeks;
}
type PhaseShape = (GroupShape | IndividualShape | SelfStudyShape | CoachingShape) & { after: Weeks | undefined };

interface ProgrammeShape {
  phases: PhaseShape[];
  workdays: Weekday[];
  school: SchoolRegion | undefined;
  /** Days after the cohort's start of a one-week programme blackout. */
  blackout: number | undefined;
  span: 'weeks' | 'months' | 'range';
}

/** [days after the reference date, length in days − 1]. */
type Closure = readonly [number, number];

interface CohortShape {
  programme: ProgrammeShape;
  start: number;
  /** Per registration: unavailable days (soft for the planner), whether it withdrew, and where (an index into the world's towns). */
  registrations: { unavailable: Closure | undefined; withdrawn: boolean; town: number }[];
  unavailable: Closure | undefined;
  venue: 'Kasteel' | 'Landgoed';
  venueTown: number;
  withDirk: boolean;
  /** Fix the first session on the n-th day where it can be, if the first phase allows it. */
  fix: number | undefined;
}

export interface World {
  cohorts: CohortShape[];
  /** Unavailability of anna, bert, carla and dirk, dated from BASE. */
  away: (Closure | undefined)[];
  /** The town everything is near (an index into CENTRES), and where anna, bert, carla and dirk live (indexes into its towns). */
  region: number;
  homes: number[];
}

/** Towns across the country; a world's places lie within RADIUS km of one of them. */
const CENTRES = ['Utrecht', 'Groningen', 'Maastricht', 'Zwolle', 'Eindhoven', "'s-Gravenhage", 'Leeuwarden', 'Middelburg', 'Arnhem', 'Alkmaar'];
const RADIUS = 30;

/** CBS codes of the municipalities within RADIUS km of centre k, in code order. */
export function townsNear(k: number): string[] {
  const centre = findMunicipality(CENTRES[k % CENTRES.length]!)!;
  return allMunicipalities()
    .filter((m) => distanceKm(centre, m) <= RADIUS)
    .map((m) => m.code);
}

const weeks = (w: Weeks): string => `${w[0] === 0 ? '0d' : `${w[0]}w`}..${w[1]}w`;

const everyArb = fc.constantFrom<Weeks>([2, 4], [3, 6], [4, 8]);
const afterArb = fc.option(fc.constantFrom<Weeks>([0, 2], [1, 4], [2, 6]), { nil: undefined });

const phaseArb: fc.Arbitrary<PhaseShape> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      mode: fc.constant('group' as const),
      shape: fc.constantFrom<SlotShape>('morning', 'afternoon', 'evening', 'two-day'),
      weekday: fc.constantFrom(...WORKDAYS),
      sessions: fc.integer({ min: 1, max: 3 }),
      every: everyArb,
      after: afterArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      mode: fc.constant('individual' as const),
      duration: fc.constantFrom('1h' as const, '90m..2h' as const, '2h' as const),
      window: fc.constantFrom(3, 4, 6),
      pair: fc.boolean(),
      all: fc.boolean(),
      after: afterArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ mode: fc.constant('self-study' as const), window: fc.constantFrom(1, 2, 3), after: afterArb }) },
  {
    weight: 1,
    arbitrary: fc.record({ mode: fc.constant('coaching' as const), sessions: fc.constantFrom(2 as const, 3 as const), every: fc.constantFrom<Weeks>([2, 4], [3, 6]), after: afterArb }),
  },
);

const programmeArb: fc.Arbitrary<ProgrammeShape> = fc.record({
  phases: fc.array(phaseArb, { minLength: 1, maxLength: 4 }),
  workdays: fc.subarray([...WORKDAYS], { minLength: 3 }),
  school: fc.option(fc.constantFrom<SchoolRegion>('noord', 'midden', 'zuid'), { nil: undefined, freq: 3 }),
  blackout: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  span: fc.constantFrom('weeks' as const, 'months' as const, 'range' as const),
});

const closureArb = (max: number, length: number) => fc.option(fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: length })), { nil: undefined });

const cohortArb: fc.Arbitrary<CohortShape> = fc.record({
  programme: programmeArb,
  start: fc.integer({ min: 0, max: 300 }),
  registrations: fc.array(fc.record({ unavailable: closureArb(120, 10), withdrawn: fc.constantFrom(false, false, false, true), town: fc.nat() }), { minLength: 2, maxLength: 6 }),
  unavailable: closureArb(150, 6),
  venue: fc.constantFrom('Kasteel' as const, 'Landgoed' as const),
  venueTown: fc.nat(),
  withDirk: fc.boolean(),
  fix: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
});

export const worldArb: fc.Arbitrary<World> = fc
  .record({
    cohorts: fc.array(cohortArb, { minLength: 2, maxLength: 3 }),
    away: fc.array(closureArb(420, 9), { minLength: 4, maxLength: 4 }),
    region: fc.nat({ max: CENTRES.length - 1 }),
    homes: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  })
  .map((w) => {
    // dirk co-facilitates at most two cohorts: a third would have to fit in both others' calendars
    let shared = 0;
    return { ...w, cohorts: w.cohorts.map((c) => ({ ...c, withDirk: c.withDirk && ++shared <= 2 })) };
  });

/** The longest a phase can take, in days. */
function phaseDays(p: PhaseShape): number {
  switch (p.mode) {
    case 'group':
      // a two-day block ends the day after its last start
      return (p.sessions - 1) * p.every[1] * 7 + 2;
    case 'individual':
    case 'self-study':
      return p.window * 7;
    case 'coaching':
      return 28 + (p.sessions - 1) * p.every[1] * 7;
  }
}

/** Weeks for every phase at its longest, plus the holidays a cohort may have to wait out. */
function spanWeeks(p: ProgrammeShape): number {
  const days = p.phases.reduce((n, ph, k) => n + phaseDays(ph) + (k > 0 ? (ph.after?.[1] ?? 0) * 7 : 0), 0);
  const slack = p.school ? 18 : 8;
  // two more weeks for the first phase to reach its first slot weekday and for rounding
  return Math.ceil(days / 7) + slack + (p.blackout !== undefined ? 1 : 0) + 2;
}

/** The slot as the brochure writes it, the weekdays it touches, and when it ends on its last day (minutes). */
function slotText(g: GroupShape): { text: string; touches: Weekday[]; runsTo: number } {
  const wd = g.weekday;
  switch (g.shape) {
    case 'morning':
      return { text: `${wd} 09:00-12:00`, touches: [wd], runsTo: 12 * 60 };
    case 'afternoon':
      return { text: `${wd} 13:00-17:00`, touches: [wd], runsTo: 17 * 60 };
    case 'evening':
      return { text: `${wd} 18:30-21:30`, touches: [wd], runsTo: 21 * 60 + 30 };
    case 'two-day':
      return { text: `${wd} 13:00 → ${NEXT[wd]} 12:30`, touches: [wd, NEXT[wd]], runsTo: 12 * 60 + 30 };
  }
}

const AVOID: AvoidKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening'];

function buildProgramme(id: string, g: ProgrammeShape, start: string): Programme {
  const weekdays = new Set<Weekday>(g.workdays);
  for (const ph of g.phases) if (ph.mode === 'group') for (const d of slotText(ph).touches) weekdays.add(d);
  const w = spanWeeks(g);
  const months = Math.ceil(w / 4);
  const span = g.span === 'weeks' ? `${w}w` : g.span === 'months' ? `${months} months` : `${Math.max(1, months - 3)} months..${months} months`;
  const p = aProgramme(id)
    .lasting(span)
    .onWeekdays(...(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((d) => weekdays.has(d)))
    .avoiding(...AVOID);
  if (g.school) p.schoolRegion(g.school);
  if (g.blackout !== undefined) p.blackout(`${addDays(start, g.blackout)}..${addDays(start, g.blackout + 6)}`);
  g.phases.forEach((ph, k) => {
    const id = `f${k}`;
    const after = k > 0 && ph.after ? { after: [`f${k - 1}`, weeks(ph.after)] as [string, string] } : {};
    if (ph.mode === 'group') p.withGroupPhase(id, { slot: slotText(ph).text, sessions: ph.sessions, every: weeks(ph.every), ...after });
    else if (ph.mode === 'individual')
      p.withIndividualPhase(id, {
        duration: ph.duration,
        window: `${ph.window}w`,
        ...(ph.pair ? { sessions: 2, sameDay: true, break: '1h' } : {}),
        facilitators: ph.all ? 'all' : 'one',
        ...after,
      });
    else if (ph.mode === 'self-study') p.withSelfStudy(id, { window: `${ph.window}w`, ...after });
    else p.withCoaching(id, { sessions: String(ph.sessions), every: weeks(ph.every), location: 'participant-municipality', ...after });
  });
  return p.build();
}

const PEOPLE = ['anna', 'bert', 'carla', 'dirk'] as const;

/** `start..end` for a closure dated from `from`, as the files write it. */
function closure(from: string, c: Closure | undefined): string[] {
  return c ? [`${addDays(from, c[0])}..${addDays(from, c[0] + c[1])}`] : [];
}

/** Whether every rule that does not depend on the rest of the plan lets a session touch this day. */
function openDay(programme: Programme, closed: readonly DateRange[], date: string, runsTo: number): boolean {
  const cal = programme.calendar;
  if (!cal.weekdays.includes(weekdayOf(date))) return false;
  const h = calendarFacts().holidays.get(date);
  if (h && cal.avoid.includes(h.kind) && (!h.eveningOnly || runsTo > 18 * 60)) return false;
  if (cal.schoolRegion && calendarFacts().schoolHolidays.some((s) => s.region === cal.schoolRegion && date >= s.start && date <= s.end)) return false;
  return ![...cal.blackout, ...closed].some((r) => date >= r.start && date <= r.end);
}

/** The n-th day from the start on which the first phase's first session keeps every static rule. */
function fixDay(programme: Programme, closed: readonly DateRange[], start: string, n: number, touches: Weekday[] | undefined, runsTo: number): string {
  let found = -1;
  for (let d = 0; d < 120; d++) {
    const date = addDays(start, d);
    if (touches && weekdayOf(date) !== touches[0]) continue;
    const days = touches ? touches.map((_, k) => addDays(date, k)) : [date];
    if (days.every((x, k) => openDay(programme, closed, x, k === days.length - 1 ? runsTo : 24 * 60)) && ++found === n) return date;
  }
  throw new Error(`no open day for a fixed session within 120 days of ${start}`);
}

/** The one place a World becomes the planner's input. */
export function toPlanInput(world: World): PlanInput {
  const away = new Map(PEOPLE.map((id, k) => [id, closure(BASE, world.away[k])]));
  const towns = townsNear(world.region);
  const town = (n: number): string => towns[n % towns.length]!;
  const builders: CohortBuilder[] = world.cohorts.map((g, i) => {
    const start = addDays(BASE, g.start);
    const programme = buildProgramme(`prog${i}`, g.programme, start);
    const facilitators = [PEOPLE[i]!, ...(g.withDirk ? ['dirk' as const] : [])];
    const own = closure(start, g.unavailable);
    const c = aCohort(`c${i}`)
      .of(programme)
      .starting(start)
      .facilitatedBy(...facilitators)
      .at(g.venue, 'Dorpsstraat 1', town(g.venueTown))
      .coachPool(...facilitators)
      .unavailable(...own);
    // A coach never coaches someone from their own municipality (src/coaching/match.ts): coachees live elsewhere.
    const coachHomes = new Set(facilitators.map((f) => town(world.homes[PEOPLE.indexOf(f)]!)));
    const coaching = g.programme.phases.some((p) => p.mode === 'coaching');
    const homeOf = (n: number): string => {
      for (let k = 0; coaching && k < towns.length; k++) if (!coachHomes.has(town(n + k))) return town(n + k);
      return town(n);
    };
    g.registrations.forEach((r, k) =>
      // r1 stays, so a fixed appointment always has someone to meet
      c.register(`r${k + 1}`, { unavailable: closure(start, r.unavailable), municipality: homeOf(r.town), ...(r.withdrawn && k > 0 ? { status: 'withdrawn' as const } : {}) }),
    );
    const first = programme.phases[0]!;
    const shape = g.programme.phases[0]!;
    // every facilitator free that day, whichever one the planner chooses for an appointment
    const closed = [...own, ...facilitators.flatMap((f) => away.get(f) ?? [])].map(dates);
    if (g.fix !== undefined && !programme.calendar.schoolRegion) {
      if (first.mode === 'group' && shape.mode === 'group') {
        const slot = slotText(shape);
        c.fix(first.sessions > 1 ? `${first.id}#1` : first.id, fixDay(programme, closed, start, g.fix, slot.touches, slot.runsTo));
      } else if (first.mode === 'individual') {
        c.fix(first.sessions > 1 ? `${first.id}#1@r1` : `${first.id}@r1`, fixDay(programme, closed, start, g.fix, undefined, 24 * 60), '10:00');
      }
    }
    return c;
  });
  const people = PEOPLE.map((id, k) =>
    aPerson(id, {
      unavailable: away.get(id) ?? [],
      municipality: town(world.homes[k]!),
      ...(id === 'carla' ? { hours: ['09:00', '16:30'] as [string, string] } : {}),
      maxPerDay: [2, 3, 4, 3][k]!,
      capacity: 12,
    }),
  );
  return planInput(builders, people);
}
