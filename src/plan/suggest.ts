/**
 * The smallest change that would make an infeasible cohort plannable, where one is found. The changes
 * searched, in this order (the first that works is proposed):
 * 1. one blackout fewer: each of the cohort's own `unavailable` ranges and each programme blackout that
 *    falls in the cohort's span, shortest first;
 * 2. a later end: the cohort's `end` 1, 2, 4 or 8 weeks later (never past the programme's span);
 * 3. a later start, for a cohort that started before today with nothing of it pinned (nothing was
 *    held or sent out, so it may still begin anew): start today or 1, 2, 4 or 8 weeks after it, its
 *    `end` (when set) moved as far, so the cohort keeps its length;
 * 4. a second facilitator, free on every day, for a cohort with appointments any one facilitator holds.
 * Each change is tried by planning again: first the cohort with the cohorts that share a person or a
 * venue with it (cheap), and the first change that works there is confirmed on everything planned
 * together (once: when that fails, nothing is proposed), so a proposal never costs another cohort its
 * plan. Deterministic, and bounded: at most MAX_TRIES changes per cohort for at most MAX_COHORTS cohorts.
 */
import { addDays, dayNumber, isoFromDayNumber } from '../calendar/date.js';
import { addDuration } from '../calendar/duration.js';
import type { Plan } from '../model/plan.js';
import type { Cohort, DateRange, Person } from '../model/types.js';
import { assignCoaches } from '../coaching/assign.js';
import type { PlanInput } from './input.js';
import { t } from './messages.js';

const MAX_COHORTS = 3;
const MAX_TRIES = 10;
const LATER = [1, 2, 4, 8];
const HELPER = 'second-facilitator';

interface Change {
  text: string;
  apply: (input: PlanInput) => PlanInput;
}

type Entry = PlanInput['cohorts'][number];

function overlaps(r: DateRange, from: string, to: string): boolean {
  return r.start <= to && r.end >= from;
}

function length(r: DateRange): number {
  return dayNumber(r.end) - dayNumber(r.start);
}

function rangeText(r: DateRange): string {
  return r.start === r.end ? r.start : `${r.start}..${r.end}`;
}

/** The same input with cohort `id` (and its programme) replaced. */
function withCohort(input: PlanInput, id: string, change: (e: Entry) => Entry): PlanInput {
  const cohorts = input.cohorts.map((e) => (e.cohort.id === id ? change(e) : e));
  return { ...input, cohorts, coaches: assignCoaches(cohorts, input.people) };
}

function candidates(input: PlanInput, e: Entry): Change[] {
  const { cohort, programme } = e;
  const lang = input.lang;
  const spanLast = addDays(addDuration(cohort.start, programme.span.max), -1);
  const last = cohort.end !== undefined && cohort.end < spanLast ? cohort.end : spanLast;
  const out: Change[] = [];
  const own = cohort.unavailable.filter((r) => overlaps(r, cohort.start, last)).map((r) => ({ r, own: true }));
  const shared = programme.calendar.blackout.filter((r) => overlaps(r, cohort.start, last)).map((r) => ({ r, own: false }));
  for (const { r, own: mine } of [...own, ...shared].sort((a, b) => length(a.r) - length(b.r) || (a.r.start < b.r.start ? -1 : 1))) {
    out.push({
      text: t(lang, mine ? 'suggest.without-unavailable' : 'suggest.without-blackout', { range: rangeText(r) }),
      apply: (i) =>
        withCohort(i, cohort.id, (x) =>
          mine
            ? { ...x, cohort: { ...x.cohort, unavailable: x.cohort.unavailable.filter((u) => u !== r) } }
            : { ...x, programme: { ...x.programme, calendar: { ...x.programme.calendar, blackout: x.programme.calendar.blackout.filter((u) => u !== r) } } },
        ),
    });
  }
  if (cohort.end !== undefined && cohort.end < spanLast) {
    const end = cohort.end;
    for (const weeks of LATER) {
      const later = isoFromDayNumber(Math.min(dayNumber(end) + 7 * weeks, dayNumber(spanLast)));
      if (later <= end) break;
      out.push({ text: t(lang, 'suggest.later-end', { date: later, was: end, weeks }), apply: (i) => withCohort(i, cohort.id, (x) => ({ ...x, cohort: { ...x.cohort, end: later } })) });
      if (later === spanLast) break;
    }
  }
  const today = input.today;
  if (today !== undefined && cohort.start < today && cohort.fixed.length === 0) {
    for (const weeks of [0, ...LATER]) {
      const start = addDays(today, 7 * weeks);
      const shift = dayNumber(start) - dayNumber(cohort.start);
      const end = cohort.end !== undefined ? addDays(cohort.end, shift) : undefined;
      out.push({
        text: t(lang, 'suggest.later-start', { date: start, was: cohort.start }),
        apply: (i) => withCohort(i, cohort.id, (x) => ({ ...x, cohort: { ...x.cohort, start, ...(end !== undefined ? { end } : {}) } })),
      });
    }
  }
  if (cohort.facilitators.length > 0 && programme.phases.some((p) => p.mode === 'individual' && p.facilitators === 'one')) {
    out.push({
      text: t(lang, 'suggest.second-facilitator'),
      apply: (i) => {
        const first = i.people.get(cohort.facilitators[0]!);
        const helper: Person = { id: HELPER, name: HELPER, roles: ['facilitator'], unavailable: [], formerRoles: [], ...(first?.hours ? { hours: first.hours } : {}), ...(first?.maxPerDay ? { maxPerDay: first.maxPerDay } : {}) };
        const people = new Map(i.people).set(HELPER, helper);
        return withCohort({ ...i, people }, cohort.id, (x) => ({ ...x, cohort: { ...x.cohort, facilitators: [...x.cohort.facilitators, HELPER] } }));
      },
    });
  }
  return out.slice(0, MAX_TRIES);
}

/** The cohort and every cohort that shares a facilitator, coach or venue with it. */
function neighbourhood(input: PlanInput, id: string): Set<string> {
  const keys = (c: Cohort) => {
    const k = new Set([...c.facilitators, ...c.pool].map((f) => `p:${f}`));
    if (c.venue) k.add(`v:${c.venue.name}|${c.venue.address ?? ''}`);
    return k;
  };
  const me = input.cohorts.find((e) => e.cohort.id === id)!;
  const mine = keys(me.cohort);
  const out = new Set([id]);
  for (const e of input.cohorts) if ([...keys(e.cohort)].some((k) => mine.has(k))) out.add(e.cohort.id);
  return out;
}

function restrict(input: PlanInput, ids: ReadonlySet<string>): PlanInput {
  const cohorts = input.cohorts.filter((e) => ids.has(e.cohort.id));
  return { ...input, cohorts, coaches: assignCoaches(cohorts, input.people) };
}

/** Cohort id → the proposal for it, for the infeasible cohorts of `plan` (planned from `input` by `plan`). */
export function suggestChanges(input: PlanInput, plan: Plan, replan: (input: PlanInput) => Plan): Map<string, string> {
  const out = new Map<string, string>();
  const failed = [...new Set(plan.infeasible.map((f) => f.cohort))].sort();
  for (const id of failed.slice(0, MAX_COHORTS)) {
    const entry = input.cohorts.find((e) => e.cohort.id === id);
    if (!entry) continue;
    const near = neighbourhood(input, id);
    for (const change of candidates(input, entry)) {
      const changed = change.apply(input);
      if (replan(restrict(changed, near)).infeasible.some((f) => f.cohort === id)) continue;
      // confirmed once on everything: the cohort planned, and nobody else newly left out
      const now = new Set(replan(changed).infeasible.map((f) => f.cohort));
      if (!now.has(id) && ![...now].some((c) => !failed.includes(c))) out.set(id, change.text);
      break;
    }
  }
  return out;
}
