/** Where a placed phase starts and ends, and whether a cohort's placement keeps the order and gap rules. */
import type { CoachingPhase, IndividualPhase, SelfStudyPhase } from '../model/types.js';
import { COACHING_START_WINDOW } from './context.js';
import type { CohortCtx, PhaseCtx } from './context.js';
import { plus } from './days.js';

export interface Bounds {
  start: number;
  /** Minutes on the start day; undefined for a self-study phase (it has no meeting). */
  startMin?: number;
  end: number;
  endMin?: number;
}

export function phaseBounds(p: PhaseCtx): Bounds | undefined {
  // a phase with nobody to meet (no active registrations) still opens, and the next phase follows it
  if (p.items.length === 0) return p.open === undefined ? undefined : { start: p.open, end: p.open };
  if (p.phase.mode === 'self-study') {
    const deadline = p.items[0]!.day;
    return { start: p.open ?? deadline, end: deadline };
  }
  let first = p.items[0]!;
  let last = p.items[0]!;
  for (const i of p.items) {
    if (i.day < first.day || (i.day === first.day && i.startMin < first.startMin)) first = i;
    if (i.endDay > last.endDay || (i.endDay === last.endDay && i.endMin > last.endMin)) last = i;
  }
  return { start: first.day, startMin: first.startMin, end: last.endDay, endMin: last.endMin };
}

/** `phaseBounds(p).end` of a phase with sessions, without building the bounds (the costs ask it on every move). */
export function phaseEnd(p: PhaseCtx): number {
  if (p.phase.mode === 'self-study') return p.items[0]!.day;
  let end = p.items[0]!.endDay;
  for (const i of p.items) if (i.endDay > end) end = i.endDay;
  return end;
}

/** Allowed start days after a parent that ends on `end`: [lo, hi] (hi may be Infinity). */
export function gapWindow(p: PhaseCtx, end: number): [number, number] {
  const gap = p.gap!;
  return [plus(end, gap.min), gap.max ? plus(end, gap.max) : Infinity];
}

/** Same-day succession: the child may not start before its parent ends. */
export function sameDayOk(parent: Bounds, child: Bounds): boolean {
  if (child.start !== parent.end) return true;
  if (parent.endMin === undefined || child.startMin === undefined) return true;
  return child.startMin >= parent.endMin;
}

/**
 * Whether one phase's own placement is consistent (every, window, series). Items stay in planning
 * order: by number, and per registration for appointments and series.
 */
export function phaseInternalOk(c: CohortCtx, p: PhaseCtx): boolean {
  const ph = p.phase;
  if (p.items.length === 0) return true;
  for (const i of p.items) if (i.day < c.h0 || i.endDay > c.h1) return false;
  switch (ph.mode) {
    case 'group': {
      for (let k = 1; k < p.items.length; k++) {
        const prev = p.items[k - 1]!.day;
        const d = p.items[k]!.day;
        if (d < plus(prev, p.every!.min) || d > plus(prev, p.every!.max)) return false;
      }
      return true;
    }
    case 'self-study':
      return p.open !== undefined && plus(p.open, (ph as SelfStudyPhase).window) === p.items[0]!.day;
    case 'individual': {
      const b = phaseBounds(p)!;
      if (b.end > plus(b.start, (ph as IndividualPhase).window) - 1) return false;
      if (!(ph as IndividualPhase).sameDay && p.n > 1) {
        for (let k = 1; k < p.items.length; k++) {
          const prev = p.items[k - 1]!;
          const next = p.items[k]!;
          if (prev.reg === next.reg && next.day <= prev.day) return false;
        }
      }
      return true;
    }
    case 'coaching':
      return coachingOk(p, ph as CoachingPhase);
  }
}

function coachingOk(p: PhaseCtx, ph: CoachingPhase): boolean {
  let firstMin = Infinity;
  let firstMax = -Infinity;
  let first = 0;
  for (let k = 0; k < p.items.length; k++) {
    const i = p.items[k]!;
    const prev = k > 0 ? p.items[k - 1] : undefined;
    if (prev && prev.reg === i.reg) {
      if (i.day < plus(prev.day, ph.every.min) || i.day > plus(prev.day, ph.every.max)) return false;
    } else {
      first = i.day;
      firstMin = Math.min(firstMin, first);
      firstMax = Math.max(firstMax, first);
    }
    const next = p.items[k + 1];
    if (ph.spread && (!next || next.reg !== i.reg) && (i.day < plus(first, ph.spread.min) || i.day > plus(first, ph.spread.max))) return false;
  }
  return firstMax <= plus(firstMin, COACHING_START_WINDOW) - 1;
}

/** The gap from a phase's parent, and order on a shared day. */
export function edgeOk(c: CohortCtx, p: PhaseCtx): boolean {
  if (p.parent < 0) return true;
  const parent = phaseBounds(c.phases[p.parent]!);
  const child = phaseBounds(p);
  if (!parent || !child) return true;
  const [lo, hi] = gapWindow(p, parent.end);
  return child.start >= lo && child.start <= hi && sameDayOk(parent, child);
}

function insideSpan(c: CohortCtx, p: PhaseCtx): boolean {
  const b = phaseBounds(p);
  return !b || (b.start >= c.start && b.end <= c.limit) || p.items.some((i) => i.fixed);
}

/** After a change inside phase p: its own rules, its gap to its parent and its children's gaps to it. */
export function phaseChangeOk(c: CohortCtx, p: PhaseCtx): boolean {
  if (!phaseInternalOk(c, p) || !edgeOk(c, p) || !insideSpan(c, p)) return false;
  for (const ch of p.children) if (!edgeOk(c, c.phases[ch]!)) return false;
  return true;
}
