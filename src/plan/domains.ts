/**
 * Candidate dates per decision, computed before any search (PLANNER.md step 1).
 *
 * A cohort's decisions ("vars") form a tree: each group session follows the one before it (`every`),
 * and a phase's first decision follows its `after` phase's last. Individual, self-study and coaching
 * phases are one var each: the day the phase opens. Static rules give each var a domain over the
 * cohort's day horizon, with the reason for every removed day; one forward and one backward arc
 * consistency pass over the tree then remove days that cannot meet the gaps. On a tree this leaves a
 * domain empty exactly when the gaps cannot be met, and construction from the root never dead-ends
 * on gaps alone. The only relaxation: an individual or coaching phase's end is known as a range until
 * its appointments are packed.
 */
import { sessionId } from '../model/plan.js';
import type { Refusal } from '../model/plan.js';
import type { CoachingPhase, GroupPhase, IndividualPhase, SelfStudyPhase } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { COACHING_START_WINDOW, HARD_RULES, ofPhase } from './context.js';
import type { CohortCtx, Env, PhaseCtx, Reason, RuleId } from './context.js';
import { day, iso, plus, weekday } from './days.js';
import { t } from './messages.js';
import { appointmentDay, deadlineDay, groupDay, groupTimes } from './static.js';

export const ALIVE = -1;
export const STATIC = -2;
export const GAP = -3;

export interface Var {
  id: number;
  c: CohortCtx;
  p: PhaseCtx;
  /** Session index within a group phase; 0 otherwise. */
  k: number;
  parent?: Var;
  edge?: 'every' | 'after';
  children: Var[];
  /** Over days [c.h0, c.h1]: 1 = candidate. */
  dom: Uint8Array;
  /** Why a day left the domain: ALIVE, STATIC, GAP (its parent), or the id of the child it leaves no room for. */
  why: Int32Array;
  fixedDay?: number;
  fixedStart?: number;
}

export function varSession(v: Var): string {
  const ph = v.p.phase;
  if (ph.mode === 'group') return sessionId(ph.id, v.p.n > 1 ? v.k + 1 : undefined);
  return ph.id;
}

export function varTitle(v: Var): string {
  const ph = v.p.phase;
  return ph.mode === 'group' && v.p.n > 1 ? `${ph.name} (${v.k + 1}/${v.p.n})` : ph.name;
}

/** Fixed entries that pin this var's day: group sessions directly, self-study through its deadline. */
function fixedOf(c: CohortCtx, p: PhaseCtx, k: number): { day: number; start?: number } | undefined {
  const f = c.fixed.get(p.phase.mode === 'group' ? sessionId(p.phase.id, p.n > 1 ? k + 1 : undefined) : p.phase.id);
  if (!f || (p.phase.mode !== 'group' && p.phase.mode !== 'self-study')) return undefined;
  const [h, m] = (f.start ?? '').split(':');
  return { day: day(f.date), start: f.start ? Number(h) * 60 + Number(m) : undefined };
}


/** The last day the var's phase (or session) can end when it starts on day d: [earliest, latest]. */
export function endRange(v: Var, d: number): [number, number] {
  const ph = v.p.phase;
  switch (ph.mode) {
    case 'group': {
      const { days } = groupTimes(ph, v.fixedStart);
      return [d + days - 1, d + days - 1];
    }
    case 'self-study': {
      const e = plus(d, ph.window);
      return [e, e];
    }
    case 'individual':
      return [d, plus(d, (ph as IndividualPhase).window) - 1];
    case 'coaching':
      return coachingEndRange(v.p, ph, d);
  }
}

function coachingEndRange(p: PhaseCtx, ph: CoachingPhase, d: number): [number, number] {
  let lo = d;
  for (let i = 1; i < p.n; i++) lo = plus(lo, ph.every.min);
  let hi = plus(d, COACHING_START_WINDOW) - 1;
  const lastFirst = hi;
  for (let i = 1; i < p.n; i++) hi = plus(hi, ph.every.max);
  if (ph.spread) {
    lo = Math.max(lo, plus(d, ph.spread.min));
    hi = Math.min(hi, plus(lastFirst, ph.spread.max));
  }
  return [lo, Math.max(lo, hi)];
}

/** Days the child may start on when its parent var takes day pd: [lo, hi], hi may be Infinity. */
export function edgeWindow(child: Var, pd: number, ends?: EndRange): [number, number] {
  const parent = child.parent!;
  if (child.edge === 'every') {
    const every = child.p.every!;
    return [plus(pd, every.min), plus(pd, every.max)];
  }
  const gap = child.p.gap!;
  const [e0, e1] = ends?.(parent, pd) ?? endRange(parent, pd);
  return [plus(e0, gap.min), gap.max ? plus(e1, gap.max) : Infinity];
}

/** The day shown for a var's day in explanations: a self-study var is shown by its deadline. */
export function shownDay(v: Var, d: number): number {
  return v.p.phase.mode === 'self-study' ? plus(d, (v.p.phase as SelfStudyPhase).window) : d;
}

/** Static rules for var v on day d. */
export function staticOk(env: Env, v: Var, d: number, sink?: Reason[]): boolean {
  const { c, p } = v;
  const ph = p.phase;
  if (v.fixedDay !== undefined) {
    const at = ph.mode === 'self-study' ? plus(d, ph.window) : d;
    if (at === v.fixedDay) return true;
    sink?.push({ rule: 'fixed', text: t(env.lang, 'why.fixed-elsewhere', { session: varSession(v), date: iso(v.fixedDay) }) });
    return false;
  }
  switch (ph.mode) {
    case 'group':
      return groupDay(env, c, p, d, { fixed: false }, sink);
    case 'self-study': {
      let ok = true;
      if (d < c.start) {
        ok = false;
        if (!sink) return false;
        sink.push({ rule: 'span', text: t(env.lang, 'why.before-start', { date: iso(c.start) }) });
      }
      return deadlineDay(env, c, p, plus(d, ph.window), sink) && ok;
    }
    case 'individual': {
      const who = c.facilitators;
      // a phase that has begun (holds a fixed appointment) may open before today; each appointment still keeps to it
      let ok = appointmentDay(env, c, p, d, who, ph.facilitators === 'all', sink, p.begun);
      if (!ok && !sink) return false;
      ok = fixedAppointmentsFit(env, c, ph, d, sink) && ok;
      return ok;
    }
    case 'coaching':
      return appointmentDay(env, c, p, d, coachesOf(c), false, sink, p.begun);
  }
}

/** The cohort's coaches, each once (CohortCtx.coaches does not change once built; asked for every day of the horizon). */
const coachLists = new WeakMap<CohortCtx, string[]>();
function coachesOf(c: CohortCtx): string[] {
  let who = coachLists.get(c);
  if (!who) coachLists.set(c, (who = [...new Set(c.coaches.values())]));
  return who;
}

/** An individual phase opening on day d must hold its fixed appointments in its window. */
function fixedAppointmentsFit(env: Env, c: CohortCtx, ph: IndividualPhase, d: number, sink?: Reason[]): boolean {
  const last = plus(d, ph.window) - 1;
  for (const [session, f] of c.fixed) {
    if (!ofPhase(session, ph.id)) continue;
    const n = day(f.date);
    if (n < d || n > last) {
      sink?.push({ rule: 'fixed', text: t(env.lang, 'why.fixed-elsewhere', { session, date: f.date }) });
      return false;
    }
  }
  return true;
}

export function buildVars(env: Env, c: CohortCtx, nextId: { n: number }): Var[] {
  const H = c.h1 - c.h0 + 1;
  const vars: Var[] = [];
  const lastOf: Var[] = [];
  for (const p of c.phases) {
    const count = p.phase.mode === 'group' ? p.n : 1;
    // the static rules of a group session do not depend on which session of the phase it is: one row per phase
    let groupRow: Uint8Array | undefined;
    for (let k = 0; k < count; k++) {
      const fx = fixedOf(c, p, k);
      const v: Var = {
        id: nextId.n++,
        c,
        p,
        k,
        children: [],
        dom: new Uint8Array(H),
        why: new Int32Array(H).fill(STATIC),
        fixedDay: fx?.day,
        fixedStart: fx?.start,
      };
      if (k > 0) {
        v.parent = vars[vars.length - 1];
        v.edge = 'every';
      } else if (p.parent >= 0) {
        v.parent = lastOf[p.parent];
        v.edge = 'after';
      }
      v.parent?.children.push(v);
      if (p.phase.mode === 'group' && v.fixedDay === undefined && groupRow) {
        v.dom.set(groupRow);
        for (let i = 0; i < H; i++) if (groupRow[i]) v.why[i] = ALIVE;
      } else
        for (let d = c.h0; d <= c.h1; d++) {
          if (staticOk(env, v, d)) {
            v.dom[d - c.h0] = 1;
            v.why[d - c.h0] = ALIVE;
          }
        }
      if (p.phase.mode === 'group' && v.fixedDay === undefined && !groupRow) groupRow = v.dom.slice();
      vars.push(v);
    }
    lastOf[p.idx] = vars[vars.length - 1]!;
  }
  return vars;
}

function clampWindow(c: CohortCtx, lo: number, hi: number): [number, number] {
  return [Math.max(lo, c.h0), Math.min(hi, c.h1)];
}

/** A narrower end range for some vars (proof.ts: the days an individual phase's appointments can end on); undefined: endRange. */
export type EndRange = (v: Var, d: number) => [number, number] | undefined;

function forward(v: Var, ends?: EndRange): void {
  const { c } = v;
  const parent = v.parent!;
  const H = c.h1 - c.h0 + 1;
  const mark = new Int32Array(H + 1);
  for (let i = 0; i < H; i++) {
    if (!parent.dom[i]) continue;
    const [lo, hi] = clampWindow(c, ...edgeWindow(v, c.h0 + i, ends));
    if (lo > hi) continue;
    mark[lo - c.h0]!++;
    mark[hi - c.h0 + 1]!--;
  }
  let run = 0;
  for (let i = 0; i < H; i++) {
    run += mark[i]!;
    if (v.dom[i] && run === 0) {
      v.dom[i] = 0;
      v.why[i] = GAP;
    }
  }
}

function backward(parent: Var, child: Var, ends?: EndRange): void {
  const { c } = parent;
  const H = c.h1 - c.h0 + 1;
  const pre = new Int32Array(H + 1);
  for (let i = 0; i < H; i++) pre[i + 1] = pre[i]! + child.dom[i]!;
  for (let i = 0; i < H; i++) {
    if (!parent.dom[i]) continue;
    const [lo, hi] = clampWindow(c, ...edgeWindow(child, c.h0 + i, ends));
    if (lo > hi || pre[hi - c.h0 + 1]! - pre[lo - c.h0]! === 0) {
      parent.dom[i] = 0;
      parent.why[i] = child.id;
    }
  }
}

function isEmpty(v: Var): boolean {
  return v.dom.every((x) => x === 0);
}

export function domainSize(v: Var): number {
  let n = 0;
  for (const x of v.dom) n += x;
  return n;
}

/** Both passes; returns the first var whose domain empties, if any. */
export function propagate(vars: readonly Var[], ends?: EndRange): Var | undefined {
  for (const v of vars) {
    if (v.parent) forward(v, ends);
    if (isEmpty(v)) return v;
  }
  for (let i = vars.length - 1; i >= 0; i--) {
    const v = vars[i]!;
    for (const ch of v.children) backward(v, ch, ends);
    if (isEmpty(v)) return v;
  }
  return undefined;
}

/** Days worth listing for a var: its slot weekday, or the programme's weekdays. */
function listed(v: Var, d: number): boolean {
  const ph = v.p.phase;
  if (v.fixedDay !== undefined) return shownDay(v, d) === v.fixedDay || d === v.fixedDay;
  if (ph.mode === 'group') return weekday(d) === WEEKDAYS.indexOf((ph as GroupPhase).slot.weekday);
  const shown = shownDay(v, d);
  return v.p.weekdays.some(Boolean) ? v.p.weekdays[weekday(shown)]! : true;
}

export const MAX_TRIED = 120;

/**
 * Every date in [lo, hi] worth listing for v, with why it was refused: static rules, the gap to the
 * var's parent, no room for a child, or the reasons in `extra` (clashes found while searching).
 */
export interface Explained {
  tried: Refusal[];
  /** The rule of every reason, once per date. */
  rules: RuleId[];
  /** The rules of the dates no rule of the calendar refuses: what took the dates that could have worked. */
  blocking: RuleId[];
  /** Per such date, the first reason that names another cohort's session or a drive. */
  blockers: string[];
  more: number;
}

/** Rules that refuse a date whatever else is planned: the calendar, the span, availability, a pinned date. */
const CALENDAR_RULES: ReadonlySet<RuleId> = new Set(['weekdays', 'holidays', 'school-holidays', 'blackout', 'facilitator-unavailable', 'span', 'slot', 'dst', 'fixed']);

export function explainDays(env: Env, v: Var, lo: number, hi: number, extra?: ReadonlyMap<number, Reason[]>): Explained {
  const tried: Refusal[] = [];
  const rules: RuleId[] = [];
  const blocking: RuleId[] = [];
  const blockers: string[] = [];
  let more = 0;
  const { c } = v;
  for (let d = lo; d <= hi; d++) {
    if (!listed(v, d)) continue;
    const reasons: Reason[] = [];
    const inside = d >= c.h0 && d <= c.h1;
    const why = inside ? v.why[d - c.h0]! : STATIC;
    if (why === STATIC || !inside) staticOk(env, v, d, reasons);
    else if (why === GAP) reasons.push(gapReason(env, v, d));
    else if (why >= 0) reasons.push(roomReason(env, v, why));
    const x = extra?.get(d);
    if (x) reasons.push(...x);
    if (reasons.length === 0) continue;
    if (!reasons.some((r) => CALENDAR_RULES.has(r.rule))) {
      for (const r of new Set(reasons.map((r) => r.rule))) blocking.push(r);
      const named = reasons.find((r) => r.rule === 'double-booking' || r.rule === 'travel-time');
      if (named) blockers.push(named.text);
    }
    if (tried.length >= MAX_TRIED) {
      more++;
      continue;
    }
    tried.push({ date: iso(shownDay(v, d)), reasons: [...new Set(reasons.map((r) => r.text))] });
    for (const r of new Set(reasons.map((r) => r.rule))) rules.push(r);
  }
  return { tried, rules, blocking, blockers, more };
}

function gapReason(env: Env, v: Var, _d: number): Reason {
  const parent = v.parent!;
  const { c } = v;
  let e0 = Infinity;
  let e1 = -Infinity;
  for (let i = 0; i < parent.dom.length; i++) {
    if (!parent.dom[i]) continue;
    const pd = c.h0 + i;
    if (v.edge === 'every') {
      e0 = Math.min(e0, pd);
      e1 = Math.max(e1, pd);
    } else {
      const [a, b] = endRange(parent, pd);
      e0 = Math.min(e0, a);
      e1 = Math.max(e1, b);
    }
  }
  const ends = e0 > e1 ? '—' : e0 === e1 ? iso(e0) : `${iso(e0)}..${iso(e1)}`;
  if (v.edge === 'every')
    return { rule: 'phase-order', text: t(env.lang, 'why.every', { gap: v.p.every!, previous: varTitle(parent), ends }) };
  return {
    rule: 'phase-order',
    text: t(env.lang, 'why.gap', { gap: v.p.gap!, phase: parent.p.phase.name, ends }),
  };
}

function roomReason(env: Env, v: Var, childId: number): Reason {
  const child = v.children.find((ch) => ch.id === childId);
  const gap = child?.edge === 'every' ? child.p.every! : child?.p.gap;
  return { rule: 'phase-order', text: t(env.lang, 'why.no-room-after', { next: child ? varTitle(child) : '?', gap }) };
}

/** The rule most dates were refused for (ties: the order of HARD_RULES). */
export function dominantRule(rules: readonly RuleId[]): RuleId {
  const count = new Map<RuleId, number>();
  for (const r of rules) count.set(r, (count.get(r) ?? 0) + 1);
  let best: RuleId = 'phase-order';
  let bestN = -1;
  for (const r of [...HARD_RULES, 'search' as const]) {
    const n = count.get(r) ?? 0;
    if (n > bestN) {
      best = r;
      bestN = n;
    }
  }
  return best;
}

/** The dates to list for a var that has no candidate left: its window after the parent, or the whole span. */
export function explanationWindow(v: Var): [number, number] {
  const { c } = v;
  let lo = c.start;
  let hi = c.limit;
  if (v.parent) {
    lo = Infinity;
    hi = -Infinity;
    const parent = v.parent;
    for (let i = 0; i < parent.dom.length; i++) {
      if (!parent.dom[i]) continue;
      const [a, b] = edgeWindow(v, c.h0 + i);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    if (lo > hi) {
      lo = c.start;
      hi = c.limit;
    }
  }
  if (v.fixedDay !== undefined) {
    lo = Math.min(lo, v.fixedDay);
    hi = Math.max(hi, v.fixedDay);
  }
  // show a few weeks past the span so "span too short" names the dates it would have needed
  hi = Math.min(hi, c.limit + 8 * 7);
  if (!Number.isFinite(hi)) hi = c.limit + 8 * 7;
  return [Math.max(lo, c.h0 - 0), hi];
}
