/**
 * An independent check of a plan against the hard rules of SPEC §5, written from the rules and not from
 * the planner's code: the property tests and the CLI use it to confirm a plan. It reads the plan's
 * wall-clock strings and recomputes everything from the input. Rule ids match the planner's.
 */
import { dayNumber, isoFromDayNumber, timeToMinutes, weekdayIndex } from '../calendar/date.js';
import { addDuration, durationMinutes } from '../calendar/duration.js';
import { councilEvening } from '../calendar/holidays.js';
import { avoidedSchoolRegions } from '../calendar/school.js';
import { travelMinutes } from '../calendar/travel.js';
import { localTimeStatus } from '../calendar/tz.js';
import { isActive, seatsTaken } from '../capacity/place.js';
import type { Plan, PlannedSession } from '../model/plan.js';
import { sessionId } from '../model/plan.js';
import type { Cohort, DateRange, Duration, Phase, Programme } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { bookedDuration } from './booked.js';
import { COACHING_START_WINDOW, DEFAULT_EVERY, DEFAULT_MAX_PER_DAY, EVENING_FROM } from './context.js';
import type { PlanInput } from './input.js';
import { personTravel } from './input.js';

export interface HardRuleViolation {
  rule: string;
  cohort: string;
  sessions: string[];
  message: string;
}

const DAY = 24 * 60;

interface At {
  day: number;
  min?: number;
}

function parseAt(text: string): At {
  const d = dayNumber(text.slice(0, 10));
  return text.length > 10 ? { day: d, min: timeToMinutes(text.slice(11, 16)) } : { day: d };
}

function add(d: number, dur: Duration): number {
  return dayNumber(addDuration(isoFromDayNumber(d), dur));
}

function inRanges(d: number, ranges: readonly DateRange[]): boolean {
  return ranges.some((r) => d >= dayNumber(r.start) && d <= dayNumber(r.end));
}

function durMinutes(d: Duration): number {
  return durationMinutes(d) ?? 0;
}

interface Span {
  s: PlannedSession;
  start: At;
  end: At;
}

function absStart(x: Span): number {
  return x.start.day * DAY + (x.start.min ?? 0);
}
function absEnd(x: Span): number {
  return x.end.day * DAY + (x.end.min ?? DAY);
}

export function checkHardRules(input: PlanInput, plan: Plan): HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  const confirmed = plan.sessions.filter((s) => s.status === 'confirmed');
  const spans: Span[] = confirmed.map((s) => ({ s, start: parseAt(s.start), end: parseAt(s.end) }));
  // Each cohort's spans in plan order, in one pass (a round of 1,400 has hundreds of planner cohorts).
  const byCohort = new Map<string, Span[]>();
  for (const x of spans) pushTo(byCohort, x.s.cohort, x);
  for (const { cohort, programme } of input.cohorts) {
    checkCohort(input, cohort, programme, byCohort.get(cohort.id) ?? [], out);
  }
  const entries = new Map(input.cohorts.map((c) => [c.cohort.id, c]));
  checkResources(input, spans, out);
  checkTravel(input, entries, spans, out);
  return out;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function checkCohort(input: PlanInput, cohort: Cohort, programme: Programme, mine: Span[], out: HardRuleViolation[]): void {
  const v = (rule: string, sessions: string[], message: string) => out.push({ rule, cohort: cohort.id, sessions, message });
  const cal = programme.calendar;
  const active = cohort.registrations.filter(isActive);
  const start = dayNumber(cohort.start);
  let limit = add(start, programme.span.max) - 1;
  if (cohort.end) limit = Math.min(limit, dayNumber(cohort.end));
  const fixed = new Map(cohort.fixed.map((f) => [f.session, f]));
  const today = input.today === undefined ? undefined : dayNumber(input.today);
  const byId = new Map(mine.map((x) => [x.s.session, x]));

  // seats
  const seats = seatsTaken(active, programme);
  if (seats > programme.capacity.max) v('capacity', [], `${seats} seats for at most ${programme.capacity.max}`);

  // the sessions the programme asks for
  const expected = new Set<string>();
  for (const ph of programme.phases) {
    if (ph.mode === 'group') for (let k = 1; k <= ph.sessions; k++) expected.add(sessionId(ph.id, ph.sessions > 1 ? k : undefined));
    else if (ph.mode === 'self-study') expected.add(ph.id);
    else if (ph.mode === 'individual')
      for (const r of active) for (let k = 1; k <= ph.sessions; k++) expected.add(sessionId(ph.id, ph.sessions > 1 ? k : undefined, r.id));
    else
      for (const r of active) {
        let k = 1;
        while (k <= ph.sessions.max && byId.has(sessionId(ph.id, k, r.id))) k++;
        const n = k - 1;
        if (n < ph.sessions.min || n > ph.sessions.max) v('phase-order', [sessionId(ph.id, 1, r.id)], `${n} conversations for ${r.id}, not ${ph.sessions.min}..${ph.sessions.max}`);
        for (let j = 1; j <= Math.max(n, ph.sessions.min); j++) expected.add(sessionId(ph.id, j, r.id));
        // extra conversations beyond the usual range exist only where the cohort fixes them
        for (const f of cohort.fixed) {
          const m = /#(\d+)@/.exec(f.session);
          if (m && Number(m[1]) > ph.sessions.max && f.session === sessionId(ph.id, Number(m[1]), r.id)) expected.add(f.session);
        }
      }
  }
  for (const id of expected) if (!byId.has(id)) v('missing', [id], `session ${id} is not in the plan`);
  for (const x of mine) if (!expected.has(x.s.session)) v('unexpected', [x.s.session], `session ${x.s.session} is not in the programme`);

  const avoid = new Set(cal.avoid);
  const holiday = (d: number) => {
    const h = input.holidays.get(isoFromDayNumber(d));
    if (h && avoid.has(h.kind)) return h;
    return avoid.has('council-evenings') ? councilEvening(weekdayIndex(isoFromDayNumber(d))) : undefined;
  };
  // one region, or with `school-region: participants` every active participant's region
  const regions = avoid.has('school-holidays') ? avoidedSchoolRegions(cal.schoolRegion, active.map((r) => r.municipality)) : [];
  const schoolDays = input.schoolHolidays.filter((s) => regions.includes(s.region)).map((s) => [dayNumber(s.start), dayNumber(s.end)] as const);
  const school = (d: number) => schoolDays.some(([from, to]) => d >= from && d <= to);
  // a phase's own weekdays narrow the programme's
  const weekdayOk = (d: number, ph: Phase) => {
    const wd = WEEKDAYS[weekdayIndex(isoFromDayNumber(d))]!;
    return cal.weekdays.includes(wd) && (ph.weekdays?.includes(wd) ?? true);
  };

  for (const x of mine) {
    const { s } = x;
    const ph = programme.phases.find((p) => p.id === s.phase);
    if (!ph) continue;
    const id = [s.session];
    const f = fixed.get(s.session);
    if (f) {
      if (x.start.day !== dayNumber(f.date)) v('fixed', id, `${s.session} is fixed on ${f.date} but planned ${s.start}`);
      if (f.start && x.start.min !== timeToMinutes(f.start)) v('fixed', id, `${s.session} is fixed at ${f.start} but planned ${s.start}`);
      // who holds a pinned appointment as it was sent out (a `facilitators: one` phase, one of the cohort's facilitators)
      const held = f.facilitator !== undefined && ph.mode === 'individual' && ph.facilitators === 'one' && cohort.facilitators.includes(f.facilitator);
      if (held && s.facilitators.join() !== f.facilitator) v('fixed', id, `${s.session} is fixed with ${f.facilitator} but planned with ${s.facilitators.join(', ')}`);
    }
    if (x.start.day < start || x.end.day > limit) v('span', id, `${s.session} (${s.start}) is outside ${cohort.start}..${isoFromDayNumber(limit)}`);
    else if (!f && today !== undefined && x.start.day < today) v('span', id, `${s.session} (${s.start}) is not fixed but before today ${input.today}`);
    if (s.kind === 'deadline') {
      if (!weekdayOk(x.start.day, ph)) v('weekdays', id, `deadline ${s.start} is not a weekday of the programme or phase`);
      const h = holiday(x.start.day);
      if (h && !h.eveningOnly) v('holidays', id, `deadline ${s.start} is ${h.en}`);
      continue;
    }
    for (let d = x.start.day; d <= x.end.day; d++) {
      const date = isoFromDayNumber(d);
      if (!weekdayOk(d, ph)) v('weekdays', id, `${s.session} touches ${date}, not a weekday of the programme or phase`);
      const h = holiday(d);
      if (h && !h.eveningOnly) v('holidays', id, `${s.session} touches ${date} (${h.en})`);
      if (h?.eveningOnly) {
        const runsTo = d === x.end.day ? x.end.min! : DAY;
        const runsFrom = d === x.start.day ? x.start.min! : 0;
        if (runsTo > timeToMinutes(h.from ?? EVENING_FROM) && runsFrom < DAY) v('holidays', id, `${s.session} runs into ${h.en} on ${date}`);
      }
      if (school(d)) v('school-holidays', id, `${s.session} touches ${date}, a school holiday`);
      if (inRanges(d, cal.blackout) || inRanges(d, cohort.unavailable)) v('blackout', id, `${s.session} touches blacked-out ${date}`);
      for (const p of peopleOf(s)) {
        const person = input.people.get(p);
        if (person && inRanges(d, person.unavailable)) v('facilitator-unavailable', id, `${p} is unavailable on ${date} (${s.session})`);
      }
    }
    for (const [at, label] of [
      [x.start, 'start'],
      [x.end, 'end'],
    ] as const) {
      if (localTimeStatus(isoFromDayNumber(at.day), minutesText(at.min!), cal.timezone) === 'nonexistent')
        v('dst', id, `${s.session} ${label} ${minutesText(at.min!)} does not exist that day`);
    }
    checkShape(input, cohort, programme, ph, x, v);
  }

  // phase order and gaps
  const bounds = programme.phases.map((ph) => phaseBounds(ph, mine));
  programme.phases.forEach((ph, idx) => {
    if (idx === 0) return;
    let parent = idx - 1;
    let min: Duration = { amount: 0, unit: 'day' };
    let max: Duration | undefined;
    if (ph.after) {
      const at = programme.phases.findIndex((p) => p.id === ph.after!.phase);
      if (at >= 0 && at < idx) parent = at;
      min = ph.after.min;
      max = ph.after.max;
    }
    const pb = bounds[parent];
    const b = bounds[idx];
    if (!pb || !b) return;
    const lo = add(pb.end.day, min);
    const hi = max ? add(pb.end.day, max) : Infinity;
    const starts = b.starts;
    if (!starts.some((d) => d >= lo && d <= hi))
      v('phase-order', [ph.id], `${ph.id} starts ${isoFromDayNumber(starts[0]!)}, not within ${isoFromDayNumber(lo)}..${Number.isFinite(hi) ? isoFromDayNumber(hi) : '∞'} after ${programme.phases[parent]!.id}`);
    if (starts.length === 1 && starts[0] === pb.end.day && pb.end.min !== undefined && b.startMin !== undefined && b.startMin < pb.end.min)
      v('phase-order', [ph.id], `${ph.id} starts before ${programme.phases[parent]!.id} ends that day`);
  });

  // sessions within a phase
  for (const ph of programme.phases) {
    if (ph.mode === 'group' && ph.sessions > 1) {
      const every = ph.every ?? DEFAULT_EVERY;
      for (let k = 2; k <= ph.sessions; k++) {
        const a = byId.get(sessionId(ph.id, k - 1));
        const b = byId.get(sessionId(ph.id, k));
        if (a && b && (b.start.day < add(a.start.day, every.min) || b.start.day > add(a.start.day, every.max)))
          v('phase-order', [b.s.session], `${b.s.session} is ${b.start.day - a.start.day} days after ${a.s.session}`);
      }
    }
    if (ph.mode === 'individual') {
      const list = mine.filter((x) => x.s.phase === ph.id);
      if (list.length > 0) {
        const first = Math.min(...list.map((x) => x.start.day));
        const last = Math.max(...list.map((x) => x.start.day));
        if (last > add(first, ph.window) - 1) v('phase-order', [ph.id], `${ph.id} appointments span more than ${ph.window.amount} ${ph.window.unit}(s)`);
      }
      if (ph.sessions > 1)
        for (const r of active) {
          const xs = Array.from({ length: ph.sessions }, (_, k) => byId.get(sessionId(ph.id, k + 1, r.id)));
          for (let k = 1; k < xs.length; k++) {
            const a = xs[k - 1];
            const b = xs[k];
            if (!a || !b) continue;
            if (ph.sameDay) {
              if (b.start.day !== a.start.day || b.start.min! !== a.end.min! + durMinutes(ph.break))
                v('phase-order', [b.s.session], `${b.s.session} is not ${durMinutes(ph.break)} minutes after ${a.s.session} on the same day`);
            } else if (b.start.day <= a.start.day) v('phase-order', [b.s.session], `${b.s.session} is not on a later day than ${a.s.session}`);
          }
        }
    }
    // observations at given meetings (dates: fixed) keep the meetings' dates: no rhythm, spread or start window
    if (ph.mode === 'coaching' && ph.dates !== 'fixed') {
      const firsts: number[] = [];
      for (const r of active) {
        const xs: Span[] = [];
        // conversations beyond the usual range are extras on the pair's own agreement: no rhythm, no spread
        for (let k = 1; k <= ph.sessions.max && byId.has(sessionId(ph.id, k, r.id)); k++) xs.push(byId.get(sessionId(ph.id, k, r.id))!);
        if (xs.length === 0) continue;
        firsts.push(xs[0]!.start.day);
        for (let k = 1; k < xs.length; k++) {
          const a = xs[k - 1]!.start.day;
          const b = xs[k]!.start.day;
          if (b < add(a, ph.every.min) || b > add(a, ph.every.max)) v('phase-order', [xs[k]!.s.session], `${xs[k]!.s.session} is ${b - a} days after the previous conversation`);
        }
        const f = xs[0]!.start.day;
        const l = xs[xs.length - 1]!.start.day;
        if (ph.spread && (l < add(f, ph.spread.min) || l > add(f, ph.spread.max))) v('phase-order', [xs[0]!.s.session], `${r.id}'s series lasts ${l - f} days`);
      }
      if (firsts.length > 0 && Math.max(...firsts) > add(Math.min(...firsts), COACHING_START_WINDOW) - 1)
        v('phase-order', [ph.id], `first conversations of ${ph.id} are spread over more than 4 weeks`);
    }
  }
}

/** Everyone a session books: its facilitators (or coach) and its required guests. */
function peopleOf(s: PlannedSession): string[] {
  return s.guests ? [...new Set([...s.facilitators, ...s.guests.map((g) => g.person)])] : s.facilitators;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function minutesText(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

interface PhaseSpan {
  /** Possible start days (a self-study phase can open on any day whose window ends on its deadline). */
  starts: number[];
  startMin?: number;
  end: At;
}

function phaseBounds(ph: Phase, mine: readonly Span[]): PhaseSpan | undefined {
  const list = mine.filter((x) => x.s.phase === ph.id);
  if (list.length === 0) return undefined;
  if (ph.mode === 'self-study') {
    const deadline = list[0]!.start.day;
    const starts: number[] = [];
    for (let d = deadline - 400; d <= deadline; d++) if (add(d, ph.window) === deadline) starts.push(d);
    return { starts, end: { day: deadline } };
  }
  const first = [...list].sort((a, b) => absStart(a) - absStart(b))[0]!;
  const last = [...list].sort((a, b) => absEnd(b) - absEnd(a))[0]!;
  return { starts: [first.start.day], startMin: first.start.min, end: last.end };
}

function checkShape(
  input: PlanInput,
  cohort: Cohort,
  programme: Programme,
  ph: Phase,
  x: Span,
  v: (rule: string, sessions: string[], message: string) => void,
): void {
  const { s } = x;
  const id = [s.session];
  const fixed = cohort.fixed.find((f) => f.session === s.session);
  if (ph.mode === 'group') {
    const slotStart = timeToMinutes(ph.slot.start);
    const length = timeToMinutes(ph.slot.end) + (ph.slot.days - 1) * DAY - slotStart;
    const startMin = fixed?.start ? timeToMinutes(fixed.start) : slotStart;
    if (!fixed && WEEKDAYS[weekdayIndex(s.start.slice(0, 10))] !== ph.slot.weekday) v('slot', id, `${s.session} on ${s.start} is not on a ${ph.slot.weekday}`);
    if (x.start.min !== startMin || absEnd(x) - absStart(x) !== length) v('slot', id, `${s.session} ${s.start}–${s.end} does not keep the slot's times`);
    if (!sameSet(s.facilitators, cohort.facilitators)) v('slot', id, `${s.session} does not have all facilitators`);
    // every guest role of the phase, with the person the cohort names for it
    const want = (ph.guests ?? []).map((role) => `${role}=${cohort.guests?.find((g) => g.role === role)?.person ?? '?'}`);
    if (!sameSet((s.guests ?? []).map((g) => `${g.role}=${g.person}`), want)) v('guests', id, `${s.session} does not have its guests ${want.join(', ')}`);
    return;
  }
  if (ph.mode === 'individual' || ph.mode === 'coaching') {
    const len = durMinutes(bookedDuration(ph));
    if (absEnd(x) - absStart(x) !== len) v('hours', id, `${s.session} lasts ${absEnd(x) - absStart(x)} minutes, not ${len}`);
    if (ph.mode === 'individual' && cohort.facilitators.length > 0) {
      const ok = ph.facilitators === 'all' ? sameSet(s.facilitators, cohort.facilitators) : s.facilitators.length === 1 && cohort.facilitators.includes(s.facilitators[0]!);
      if (!ok) v('hours', id, `${s.session} has facilitators ${s.facilitators.join(', ') || '—'}`);
    }
    if (ph.mode === 'coaching' && s.facilitators.length !== 1) v('coach-capacity', id, `${s.session} has no single coach`);
    // within the programme's hours, the phase's and each person's own; a meeting's own time (dates: fixed) is exempt
    if (!(ph.mode === 'coaching' && ph.dates === 'fixed'))
    for (const h of [programme.calendar.hours, ...(ph.hours ? [ph.hours] : []), ...s.facilitators.flatMap((p) => input.people.get(p)?.hours ?? [])]) {
      if (x.start.min! < timeToMinutes(h.start) || x.end.min! > timeToMinutes(h.end) || x.end.day !== x.start.day)
        v('hours', id, `${s.session} ${s.start}–${s.end} is outside the hours ${h.start}–${h.end}`);
    }
  }
}

function checkResources(input: PlanInput, spans: readonly Span[], out: HardRuleViolation[]): void {
  const byKey = new Map<string, Span[]>();
  const venueOf = new Map(input.cohorts.map(({ cohort }) => [cohort.id, cohort.venue ? `${cohort.venue.name}|${cohort.venue.address ?? ''}` : undefined]));
  for (const x of spans) {
    if (x.s.kind === 'deadline') continue;
    const keys = [...new Set(peopleOf(x.s))].map((f) => `person ${f}`);
    const venue = venueOf.get(x.s.cohort);
    if (x.s.kind === 'group' && x.s.location.kind === 'venue' && venue) keys.push(`venue ${venue.split('|')[0]}`);
    for (const k of keys) pushTo(byKey, k, x);
  }
  for (const [key, list] of byKey) {
    list.sort((a, b) => absStart(a) - absStart(b));
    let reach: Span | undefined;
    for (const x of list) {
      if (reach && absStart(x) < absEnd(reach))
        out.push({ rule: 'double-booking', cohort: x.s.cohort, sessions: [`${reach.s.cohort}/${reach.s.session}`, `${x.s.cohort}/${x.s.session}`], message: `${key} is in two places at once` });
      if (!reach || absEnd(x) > absEnd(reach)) reach = x;
    }
  }
  const perDay = new Map<string, number>();
  for (const x of spans) {
    if (x.s.kind !== 'individual' && x.s.kind !== 'coaching') continue;
    for (const f of new Set(x.s.facilitators)) {
      const k = `${f}|${x.start.day}`;
      perDay.set(k, (perDay.get(k) ?? 0) + 1);
      const max = input.people.get(f)?.maxPerDay ?? DEFAULT_MAX_PER_DAY;
      if (perDay.get(k) === max + 1)
        out.push({ rule: 'hours', cohort: x.s.cohort, sessions: [x.s.session], message: `${f} has more than ${max} appointments on ${isoFromDayNumber(x.start.day)}` });
    }
  }
}

interface Stop {
  x: Span;
  /** Minutes on this day. */
  a: number;
  b: number;
  place?: string;
  appointment: boolean;
  /** At a meeting's own time (dates: fixed): the working day stretches to it, no home-base check. */
  meeting: boolean;
  hours: { start: number; end: number };
}

/** Where a session is held: the venue's municipality, the participant's, or nowhere in particular (online, a host not yet known). */
function placeOfSession(entry: PlanInput['cohorts'][number] | undefined, s: PlannedSession): string | undefined {
  const ph = entry?.programme.phases.find((p) => p.id === s.phase);
  if (!entry || !ph) return undefined;
  if (ph.location === 'venue') return entry.cohort.venue?.municipality;
  if (ph.location === 'participant-municipality' && (s.kind === 'individual' || s.kind === 'coaching'))
    return entry.cohort.registrations.find((r) => r.id === s.participants[0])?.municipality;
  // A rostered intervisie meeting is at its host's town hall (src/intervisie/plan.ts).
  if (ph.location === 'host-rotation' && s.location.kind === 'host-rotation') return s.location.municipality;
  return undefined;
}

/**
 * Travel (SPEC §5): per person and day, consecutive sessions at known places leave the travel time free
 * (sessions without a place in between take time but need no trip); with a home municipality, each
 * appointment is reachable from home after the start of its working hours and back before their end.
 */
function checkTravel(input: PlanInput, entries: ReadonlyMap<string, PlanInput['cohorts'][number]>, spans: readonly Span[], out: HardRuleViolation[]): void {
  const days = new Map<string, Stop[]>();
  for (const x of spans) {
    if (x.s.kind === 'deadline') continue;
    const entry = entries.get(x.s.cohort);
    const ph = entry?.programme.phases.find((p) => p.id === x.s.phase);
    if (!entry || !ph) continue;
    const place = placeOfSession(entry, x.s);
    for (const f of new Set(peopleOf(x.s))) {
      const own = input.people.get(f)?.hours ?? entry.programme.calendar.hours;
      const hours = { start: timeToMinutes(own.start), end: timeToMinutes(own.end) };
      for (let d = x.start.day; d <= x.end.day; d++) {
        const a = Math.max(absStart(x), d * DAY) - d * DAY;
        const b = Math.min(absEnd(x), (d + 1) * DAY) - d * DAY;
        const key = `${f}|${d}`;
        const meeting = ph.mode === 'coaching' && ph.dates === 'fixed';
        pushTo(days, key, { x, a, b, place, appointment: x.s.kind === 'individual' || x.s.kind === 'coaching', meeting, hours });
      }
    }
  }
  const ref = (x: Span) => `${x.s.cohort}/${x.s.session}`;
  for (const [key, stops] of days) {
    const f = key.slice(0, key.lastIndexOf('|'));
    const date = isoFromDayNumber(Number(key.slice(key.lastIndexOf('|') + 1)));
    const settings = personTravel(input, f);
    stops.sort((p, q) => p.a - q.a || p.b - q.b);
    const busy = (from: number, to: number) => stops.reduce((u, y) => u + (y.place === undefined ? Math.max(0, Math.min(y.b, to) - Math.max(y.a, from)) : 0), 0);
    let last: Stop | undefined;
    for (const y of stops) {
      if (y.place === undefined) continue;
      if (last && last.b <= y.a) {
        const need = travelMinutes(last.place, y.place, settings);
        const free = y.a - last.b - busy(last.b, y.a);
        if (free < need)
          out.push({ rule: 'travel-time', cohort: y.x.s.cohort, sessions: [ref(last.x), ref(y.x)], message: `${f} has ${free} minutes on ${date} to travel ${need} minutes from ${ref(last.x)} to ${ref(y.x)}` });
      }
      last = y;
    }
    const home = input.people.get(f)?.municipality;
    if (home === undefined || !settings.homeBase) continue;
    for (const y of stops) {
      if (!y.appointment || y.place === undefined || y.meeting) continue;
      const need = travelMinutes(home, y.place, settings);
      if (y.a - y.hours.start - busy(y.hours.start, y.a) < need || y.hours.end - y.b - busy(y.b, y.hours.end) < need)
        out.push({ rule: 'travel-time', cohort: y.x.s.cohort, sessions: [ref(y.x)], message: `${f} cannot travel ${need} minutes from home to ${ref(y.x)} on ${date} and back within ${minutesText(y.hours.start)}–${minutesText(y.hours.end)}` });
    }
  }
}
