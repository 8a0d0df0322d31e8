/**
 * Static day rules: what makes a day unusable for a session regardless of the rest of the plan
 * (weekdays, holidays, school holidays, blackouts, unavailability, the span, clock changes).
 * Each check returns true when the day is usable; with a `sink` it also collects every reason it is
 * not, in the run's language (the explanation of "no plan" is built from these).
 */
import { timeToMinutes } from '../calendar/date.js';
import type { GroupPhase } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { EVENING_FROM } from './context.js';
import type { CohortCtx, Env, PhaseCtx, Reason } from './context.js';
import { hhmm, iso, timeExists, weekday } from './days.js';
import { holidayKindLabel, schoolHolidayText, t, weekdayText } from './messages.js';

function prefixed(prefix: string, text: string): string {
  return prefix ? `${prefix}: ${text}` : text;
}

/**
 * baseDay's answers per cohort and weekday set: days h0 − 7 … h1 + 400 (where its holidays are known) in
 * an array, 0 = not asked yet, 1 = usable, 2 = not; any other day in a map.
 */
interface BaseCache {
  lo: number;
  days: Uint8Array;
  other: Map<number, boolean>;
}
const baseCache = new WeakMap<CohortCtx, WeakMap<boolean[], BaseCache>>();
// the domains and the packs ask about one cohort's phase day after day
let lastCohort: CohortCtx | undefined;
let lastWeekdays: boolean[] | undefined;
let lastCache: BaseCache | undefined;

function baseCacheOf(c: CohortCtx, weekdays: boolean[]): BaseCache {
  if (c === lastCohort && weekdays === lastWeekdays) return lastCache!;
  let byDays = baseCache.get(c);
  if (!byDays) baseCache.set(c, (byDays = new WeakMap()));
  let cache = byDays.get(weekdays);
  if (!cache) byDays.set(weekdays, (cache = { lo: c.h0 - 7, days: new Uint8Array(c.h1 + 400 - (c.h0 - 7) + 1), other: new Map() }));
  lastCohort = c;
  lastWeekdays = weekdays;
  lastCache = cache;
  return cache;
}

/** Weekday allowed (of the phase p), no avoided full-day holiday, no school holiday of the region, no blackout. */
export function baseDay(env: Env, c: CohortCtx, p: PhaseCtx, n: number, sink?: Reason[], prefix = ''): boolean {
  if (!sink) {
    const cache = baseCacheOf(c, p.weekdays);
    const at = n - cache.lo;
    if (at >= 0 && at < cache.days.length) {
      const known = cache.days[at]!;
      if (known !== 0) return known === 1;
      const ok = baseDayWhy(env, c, p, n);
      cache.days[at] = ok ? 1 : 2;
      return ok;
    }
    let ok = cache.other.get(n);
    if (ok === undefined) cache.other.set(n, (ok = baseDayWhy(env, c, p, n)));
    return ok;
  }
  return baseDayWhy(env, c, p, n, sink, prefix);
}

function baseDayWhy(env: Env, c: CohortCtx, p: PhaseCtx, n: number, sink?: Reason[], prefix = ''): boolean {
  let ok = true;
  const wd = weekday(n);
  if (!p.weekdays[wd]) {
    ok = false;
    if (!sink) return false;
    sink.push({ rule: 'weekdays', text: prefixed(prefix, t(env.lang, 'why.weekday', { weekday: weekdayText(env.lang, wd) })) });
  }
  const h = c.holidays.get(n);
  if (h && !h.eveningOnly) {
    ok = false;
    if (!sink) return false;
    const name = h[env.lang];
    sink.push({ rule: 'holidays', text: prefixed(prefix, t(env.lang, 'why.holiday', { name, kind: holidayKindLabel(env.lang, h.kind) })) });
  }
  const s = c.school.get(n);
  if (s !== undefined) {
    ok = false;
    if (!sink) return false;
    sink.push({
      rule: 'school-holidays',
      text: prefixed(
        prefix,
        c.programme.calendar.schoolRegion === 'participants'
          ? t(env.lang, 'why.school-participants', {
              name: schoolHolidayText(env.lang, s.name),
              regions: s.regions.map((e) => `${e.region}: ${e.who.join(', ')}`).join('; '),
              count: new Set(s.regions.flatMap((e) => e.who)).size,
            })
          : t(env.lang, 'why.school', { name: schoolHolidayText(env.lang, s.name), region: s.regions.map((e) => e.region).join(', ') }),
      ),
    });
  }
  const cl = c.closures.get(n);
  if (cl) {
    ok = false;
    if (!sink) return false;
    for (const x of cl)
      sink.push({
        rule: 'blackout',
        text: prefixed(prefix, t(env.lang, x.own ? 'why.cohort-unavailable' : 'why.blackout', { range: x.range })),
      });
  }
  return ok;
}

export function personFree(env: Env, id: string, n: number): boolean {
  return !env.personUnavail.get(id)?.has(n);
}

function personReason(env: Env, id: string, prefix: string): Reason {
  return { rule: 'facilitator-unavailable', text: prefixed(prefix, t(env.lang, 'why.facilitator-unavailable', { person: id })) };
}

/** A required guest's unavailable day names the guest, their role and the phase that needs them. */
function guestReason(env: Env, c: CohortCtx, p: PhaseCtx, id: string, prefix: string): Reason {
  const role = c.cohort.guests?.find((g) => g.person === id)?.role ?? '';
  return { rule: 'facilitator-unavailable', text: prefixed(prefix, t(env.lang, 'why.guest-unavailable', { person: id, role, phase: p.phase.id })) };
}

/** The remembrance evening that a stretch [from, to) minutes of day n runs into, if any. */
export function eveningHit(c: CohortCtx, n: number, from: number, to: number): { name: string; at: number } | undefined {
  const h = c.holidays.get(n);
  if (!h?.eveningOnly) return undefined;
  const at = timeToMinutes(h.from ?? EVENING_FROM);
  return to > at && from < 24 * 60 ? { name: h.nl, at } : undefined;
}

function eveningReason(env: Env, c: CohortCtx, n: number, prefix: string): Reason {
  const h = c.holidays.get(n)!;
  return {
    rule: 'holidays',
    text: prefixed(prefix, t(env.lang, 'why.holiday-evening', { name: h[env.lang], from: h.from ?? EVENING_FROM })),
  };
}

/** Inside [cohort start, limit]; a session that is not fixed starts on `today` or later (CohortCtx.open). */
export function spanDay(env: Env, c: CohortCtx, first: number, last: number, sink?: Reason[], fixed = false): boolean {
  let ok = true;
  if (first < c.start) {
    ok = false;
    if (!sink) return false;
    sink.push({ rule: 'span', text: t(env.lang, 'why.before-start', { date: iso(c.start) }) });
  } else if (!fixed && first < c.open) {
    ok = false;
    if (!sink) return false;
    sink.push({ rule: 'span', text: t(env.lang, 'why.before-today', { date: iso(c.open) }) });
  }
  if (last > c.limit) {
    ok = false;
    if (!sink) return false;
    if (c.endLast !== undefined && c.endLast <= c.spanLast)
      sink.push({ rule: 'span', text: t(env.lang, 'why.after-end', { date: iso(c.endLast) }) });
    else
      sink.push({
        rule: 'span',
        text: t(env.lang, 'why.after-span', { span: c.programme.span.max, date: iso(c.spanLast) }),
      });
  }
  return ok;
}

/** Minutes from the start day's midnight: start on day d, end on day d + days - 1. */
const slotMinutes = new WeakMap<GroupPhase['slot'], { start: number; end: number }>();

export function groupTimes(ph: GroupPhase, fixedStart?: number): { start: number; end: number; days: number } {
  const days = Math.max(1, ph.slot.days);
  let m = slotMinutes.get(ph.slot);
  if (!m) slotMinutes.set(ph.slot, (m = { start: timeToMinutes(ph.slot.start), end: timeToMinutes(ph.slot.end) }));
  let start = m.start;
  let end = m.end + (days - 1) * 24 * 60;
  // a fixed start time overrides the slot and keeps the session's length
  if (fixedStart !== undefined) {
    end += fixedStart - start;
    start = fixedStart;
  }
  return { start, end, days: Math.floor(end / (24 * 60)) + 1 };
}

/**
 * A group session starting on day d: on the slot's weekday (unless fixed), every day it touches an
 * allowed, non-avoided day, the cohort's facilitators and the phase's guests available, times that exist, within the span.
 */
export function groupDay(
  env: Env,
  c: CohortCtx,
  p: PhaseCtx,
  d: number,
  opts: { fixedStart?: number; fixed: boolean },
  sink?: Reason[],
): boolean {
  const ph = p.phase as GroupPhase;
  // the common refusal first, before anything is worked out (the domains ask for every day of the horizon)
  if (!sink && !opts.fixed && weekday(d) !== WEEKDAYS.indexOf(ph.slot.weekday)) return false;
  const { start, end, days } = groupTimes(ph, opts.fixedStart);
  let ok = true;
  const fail = (r: Reason): boolean => {
    ok = false;
    sink?.push(r);
    return !sink;
  };
  const slotWd = WEEKDAYS.indexOf(ph.slot.weekday);
  if (!opts.fixed && weekday(d) !== slotWd) {
    if (fail({ rule: 'slot', text: t(env.lang, 'why.slot-weekday', { weekday: weekdayText(env.lang, slotWd) }) })) return false;
  }
  if (!spanDay(env, c, d, d + days - 1, sink, opts.fixed)) {
    ok = false;
    if (!sink) return false;
  }
  for (let i = 0; i < days; i++) {
    const n = d + i;
    const prefix = i === 0 ? '' : iso(n);
    if (!baseDay(env, c, p, n, sink, prefix)) {
      ok = false;
      if (!sink) return false;
    }
    const from = i === 0 ? start : 0;
    const to = i === days - 1 ? end - i * 24 * 60 : 24 * 60;
    if (eveningHit(c, n, from, to) && fail(eveningReason(env, c, n, prefix))) return false;
    for (const f of p.people) if (!personFree(env, f, n) && fail(p.guests.includes(f) && !c.facilitators.includes(f) ? guestReason(env, c, p, f, prefix) : personReason(env, f, prefix))) return false;
  }
  if (!timeExists(d, start, c.tz) && fail({ rule: 'dst', text: t(env.lang, 'why.dst', { time: hhmm(start) }) })) return false;
  const lastDay = d + days - 1;
  const endMin = end - (days - 1) * 24 * 60;
  if (!timeExists(lastDay, endMin, c.tz) && fail({ rule: 'dst', text: prefixed(days > 1 ? iso(lastDay) : '', t(env.lang, 'why.dst', { time: hhmm(endMin) })) }))
    return false;
  return ok;
}

/** A deadline is a working day of the programme: allowed weekday, no avoided holiday; no meeting, so school holidays and blackouts do not matter. */
export function deadlineDay(env: Env, c: CohortCtx, p: PhaseCtx, n: number, sink?: Reason[], fixed = false): boolean {
  let ok = spanDay(env, c, n, n, sink, fixed);
  if (!ok && !sink) return false;
  const wd = weekday(n);
  if (!p.weekdays[wd]) {
    ok = false;
    if (!sink) return false;
    sink.push({ rule: 'weekdays', text: t(env.lang, 'why.weekday', { weekday: weekdayText(env.lang, wd) }) });
  }
  const h = c.holidays.get(n);
  if (h && !h.eveningOnly) {
    ok = false;
    if (!sink) return false;
    sink.push({ rule: 'holidays', text: t(env.lang, 'why.holiday', { name: h[env.lang], kind: holidayKindLabel(env.lang, h.kind) }) });
  }
  return ok;
}

/**
 * A day for individual appointments or coaching conversations: base rules, the span, and at least one
 * of `who` available (`needAll`: every one of them).
 */
export function appointmentDay(env: Env, c: CohortCtx, p: PhaseCtx, n: number, who: readonly string[], needAll: boolean, sink?: Reason[], fixed = false): boolean {
  let ok = spanDay(env, c, n, n, sink, fixed);
  if (!ok && !sink) return false;
  if (!baseDay(env, c, p, n, sink)) {
    ok = false;
    if (!sink) return false;
  }
  if (who.length > 0 && !sink) {
    // (without a sink only whether: no list of who is busy)
    let free = 0;
    for (const f of who) if (personFree(env, f, n)) free++;
    return needAll ? free === who.length : free > 0;
  }
  if (who.length > 0) {
    const busy = who.filter((f) => !personFree(env, f, n));
    if (needAll ? busy.length > 0 : busy.length === who.length) {
      ok = false;
      if (!sink) return false;
      for (const f of busy) sink.push(personReason(env, f, ''));
    }
  }
  return ok;
}
