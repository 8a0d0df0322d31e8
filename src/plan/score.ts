/**
 * The score analysis (PLANNER.md step 5): each hard rule with the number of times it is broken (0 when
 * kept) and each soft constraint with its cost, the sessions behind it and the facts, in words a
 * planner reads.
 */
import type { Infeasibility, ScoreItem } from '../model/plan.js';
import { HARD_RULES } from './context.js';
import type { CohortCtx, Env, Item } from './context.js';
import { clashesOf, costParts, lastDay, meanOffset, spacingTerms } from './cost.js';
import { iso } from './days.js';
import { t } from './messages.js';
import { phaseBounds } from './phases.js';

import { driveText, placeName } from './explain.js';
import { personKey, type Bookings } from './resources.js';
import { bunchingCost, codeAt, dayTravel, kmCost, pairsOn, travelCost, type DayTravel } from './travel.js';

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function titleOf(i: Item): string {
  const name = i.p.phase.name;
  return i.of > 1 && i.kind !== 'individual' ? `${name} (${i.n}/${i.of})` : name;
}

function ref(i: Item): string {
  return `${i.c.cohort.id}/${i.session}`;
}


/** How many of the longest days the travel item lists with their trips. */
const LONGEST_DAYS = 10;

/**
 * Travel per person (road km, driving time, the longest day) and the longest days with their trips
 * and sessions; the cost is WEIGHT.travel per road km over every person's days.
 */
function travelItem(env: Env, bookings: Bookings | undefined): ScoreItem {
  const item: ScoreItem = { constraint: 'travel', level: 'soft', cost: 0, sessions: [], facts: [] };
  if (!bookings?.ledger) return item;
  const perPerson = new Map<string, { km: number; minutes: number; days: number; longest?: { day: number; km: number; minutes: number } }>();
  const days: { person: string; day: number; t: DayTravel }[] = [];
  for (const { person, day } of bookings.ledger.days()) {
    const t = dayTravel(env, bookings, person, day);
    days.push({ person, day, t });
    const p = perPerson.get(person) ?? { km: 0, minutes: 0, days: 0 };
    p.km += t.km;
    p.minutes += t.minutes;
    p.days++;
    if (!p.longest || t.km > p.longest.km + 1e-9) p.longest = { day, km: t.km, minutes: t.minutes };
    perPerson.set(person, p);
  }
  item.cost = round3(kmCost(bookings));
  const name = (id: string) => env.people.get(id)?.name ?? id;
  for (const [person, p] of [...perPerson].sort((a, b) => b[1].km - a[1].km || (a[0] < b[0] ? -1 : 1)))
    item.facts.push(
      t(env.lang, 'fact.travel-person', {
        who: name(person),
        km: Math.round(p.km),
        drive: driveText(env.lang, p.minutes),
        days: p.days,
        date: iso(p.longest!.day),
        dayKm: Math.round(p.longest!.km),
        dayDrive: driveText(env.lang, p.longest!.minutes),
      }),
    );
  for (const { person, day, t: d } of days.sort((a, b) => b.t.km - a.t.km || (a.person < b.person ? -1 : 1) || a.day - b.day).slice(0, LONGEST_DAYS)) {
    if (d.legs.length === 0) continue;
    const stops = [placeName(codeAt(d.legs[0]!.fromAt)), ...d.legs.map((l) => `${placeName(codeAt(l.toAt))}${l.to ? ` (${ref(l.to)})` : ''}`)];
    for (const l of d.legs) if (l.to && !item.sessions.includes(ref(l.to))) item.sessions.push(ref(l.to));
    item.facts.push(t(env.lang, 'fact.travel-day', { who: name(person), date: iso(day), route: stops.join(' → '), km: Math.round(d.km), drive: driveText(env.lang, d.minutes) }));
  }
  return item;
}

/**
 * Bunched coach days (WEIGHT.bunching per coaching pair beyond the first on one person's day): each
 * such day with its coachees and the road km of the day, so a planner sees what the bunching saves.
 */
function bunchingItem(env: Env, bookings: Bookings | undefined): ScoreItem {
  const item: ScoreItem = { constraint: 'bunching', level: 'soft', cost: 0, sessions: [], facts: [] };
  if (!bookings?.ledger) return item;
  item.cost = round3(bunchingCost(bookings));
  for (const { person, day } of bookings.ledger.bunchedDays()) {
    for (const i of bookings.itemsOn(personKey(person), day)) if (i.kind === 'coaching' && !item.sessions.includes(ref(i))) item.sessions.push(ref(i));
    item.facts.push(
      t(env.lang, 'fact.bunching', {
        who: env.people.get(person)?.name ?? person,
        date: iso(day),
        pairs: pairsOn(bookings, person, day).join(', '),
        km: Math.round(bookings.ledger.km(person, day)),
      }),
    );
  }
  return item;
}

/** A hard rule in the score: broken once per session it left unplanned. */
export function hardRuleItem(rule: string, hits: readonly Infeasibility[]): ScoreItem {
  return { constraint: rule, level: 'hard', cost: hits.length, sessions: hits.map((f) => `${f.cohort}/${f.session}`), facts: hits.map((f) => f.message) };
}

export function analyse(env: Env, planned: readonly CohortCtx[], infeasible: readonly Infeasibility[], bookings?: Bookings): { hard: number; soft: number; items: ScoreItem[] } {
  const items: ScoreItem[] = [];
  let hard = 0;
  const rules = [...HARD_RULES, ...(infeasible.some((f) => f.rule === 'search') ? (['search'] as const) : [])];
  for (const rule of rules) {
    const hits = infeasible.filter((f) => f.rule === rule);
    hard += hits.length;
    items.push(hardRuleItem(rule, hits));
  }

  // unavailable participants
  let unavailable = 0;
  const clashSessions: string[] = [];
  const clashFacts: string[] = [];
  let spacing = 0;
  const spacingSessions: string[] = [];
  const spacingFacts: string[] = [];
  let compactness = 0;
  const compactFacts: string[] = [];
  let spanMin = 0;
  const spanFacts: string[] = [];
  for (const c of planned) {
    const parts = costParts(c);
    unavailable += parts.unavailable;
    spacing += parts.spacing;
    compactness += parts.compactness;
    spanMin += parts.spanMin;
    const all = c.phases.flatMap((p) => p.items).sort((a, b) => a.day - b.day || a.startMin - b.startMin || (a.session < b.session ? -1 : 1));
    for (const i of all) {
      const who = clashesOf(c, i);
      if (who.length === 0) continue;
      clashSessions.push(ref(i));
      for (const r of who) {
        let on = i.day;
        for (let n = i.day; n <= i.endDay; n++) if (c.partUnavail.get(n)?.includes(r)) { on = n; break; }
        clashFacts.push(t(env.lang, 'fact.unavailable', { who: r, date: iso(on), title: titleOf(i) }));
      }
    }
    for (const s of spacingTerms(c).sort((a, b) => b.cost - a.cost)) {
      if (s.cost < 0.005) continue;
      if (s.item) {
        spacingSessions.push(ref(s.item));
        spacingFacts.push(
          t(env.lang, 'fact.spacing-every', {
            title: `${c.cohort.id}: ${titleOf(s.item)}${s.item.reg ? ` — ${s.item.reg}` : ''}`,
            gapDays: s.gap,
            aimDays: (s.lo + s.hi) / 2,
            range: s.phase.every!,
          }),
        );
      } else {
        const b = phaseBounds(s.phase);
        const first = s.phase.items.find((i) => b && i.day === b.start && i.startMin === (b.startMin ?? i.startMin));
        if (first) spacingSessions.push(ref(first));
        spacingFacts.push(
          t(env.lang, 'fact.spacing-after', {
            phase: `${c.cohort.id}: ${s.phase.phase.name}`,
            gapDays: s.gap,
            parent: s.parent!.phase.name,
            aimDays: (s.lo + s.hi) / 2,
            range: s.phase.gap!,
          }),
        );
      }
    }
    const placed = c.phases.filter((p) => p.items.length > 0);
    const last = lastDay(c);
    if (placed.length > 0 && last !== undefined)
      compactFacts.push(
        t(env.lang, 'fact.compactness', {
          cohort: c.cohort.id,
          days: placed.reduce((a, p) => a + meanOffset(c, p), 0) / placed.length,
          last: iso(last),
        }),
      );
    if (parts.spanMin > 0 && last !== undefined && c.spanMinLast !== undefined)
      spanFacts.push(
        t(env.lang, 'fact.span-min', {
          cohort: c.cohort.id,
          last: iso(last),
          days: c.spanMinLast - last,
          span: c.programme.span.min,
          date: iso(c.spanMinLast),
        }),
      );
  }
  const soft: ScoreItem[] = [
    { constraint: 'unavailable', level: 'soft', cost: round3(unavailable), sessions: clashSessions, facts: clashFacts },
    { constraint: 'spacing', level: 'soft', cost: round3(spacing), sessions: spacingSessions, facts: spacingFacts },
    { constraint: 'compactness', level: 'soft', cost: round3(compactness), sessions: [], facts: compactFacts },
    { constraint: 'span-min', level: 'soft', cost: round3(spanMin), sessions: [], facts: spanFacts },
  ];
  const travel = travelItem(env, bookings);
  soft.push(travel, bunchingItem(env, bookings));
  items.push(...soft);
  return { hard, soft: round3(unavailable + spacing + compactness + spanMin + (bookings ? travelCost(bookings) : 0)), items };
}
