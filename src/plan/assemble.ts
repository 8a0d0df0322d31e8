/**
 * The planning use case: from loaded cohorts to a checked plan and everything its views need. Pure:
 * the commands (plan, and later groups, capacity, match, report) read the files, call this, render
 * and write. Seats are decided once here (src/capacity/), coaches are assigned before planning
 * (src/coaching/), the pinned plan is applied once (pinned.ts), and every complete plan passes the
 * independent hard-rule check.
 */
import { dutchHolidays } from '../calendar/holidays.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { schoolHolidays } from '../calendar/school.js';
import { placeCohorts, type Placement } from '../capacity/place.js';
import { assignCoaches } from '../coaching/assign.js';
import type { Lang } from '../i18n/index.js';
import { hostConflicts, isHostRotation, prepareIntervisie, underCohorts, withHosts, type IntervisiePlan } from '../intervisie/plan.js';
import type { ExportContext, PersonRef, PhaseRef, ProgrammeRef, RegistrationRef } from '../model/export-context.js';
import { compareSessions, isSessionId, sessionIds, type Plan, type PlannedSession, type ScoreItem } from '../model/plan.js';
import type { CohortModel } from '../model/project.js';
import type { AvoidKind, Cohort, IsoDate, Person, Programme, SchoolRegion } from '../model/types.js';
import { checkHardRules, type HardRuleViolation } from './check.js';
import { planCohorts } from './index.js';
import type { PlanInput } from './input.js';
import { applyPinned, diffPinned, fixedForPlanner, type PinDiff } from './pinned.js';
import { hardRuleItem } from './score.js';
import { suggestChanges } from './suggest.js';

export interface AssembleOptions {
  lang: Lang;
  /** `--today` (or the real date, read by the CLI): the day of the placement (offers past their last day hold no seat, as in `cohort capacity`) and DTSTAMP of the exports. */
  today: IsoDate;
  /** The tool's version, for PRODID. */
  version: string;
}

export interface AssembledPlan {
  /** The cohorts planned: those of the input that have a programme, in the input's order. */
  cohorts: readonly (CohortModel & { programme: Programme })[];
  /** What the planner was given: seated registrations, coaches, calendar facts (an intervisie cohort as one planner cohort per group, src/intervisie/plan.ts). */
  input: PlanInput;
  /** The intervisie cohorts' groups as planned (pinned or proposed), per cohort id. */
  intervisie: ReadonlyMap<string, IntervisiePlan>;
  /** The pinned plan applied, places with coordinates, in the one session order. */
  plan: Plan;
  /** Who has a seat and who waits, per cohort id. */
  placements: ReadonlyMap<string, Placement>;
  /** What the plan changes against each cohort's pinned plan (`fixed`). */
  pinDiffs: ReadonlyMap<string, PinDiff>;
  exportContext: ExportContext;
  /** The plan as the independent check saw it: planner cohort ids (an intervisie group is `<cohort>/<group>`), hosts set, before the pinned plan is applied (`cohort roster --alternatives` re-checks moved meetings against it). */
  checked: Plan;
  /** Hard rules a complete plan breaks by the independent check: always empty unless the planner has a bug. */
  violations: readonly HardRuleViolation[];
  /** Cohorts that started before `today` with sessions that are not fixed (planned from today on) or that cannot be planned. */
  started: readonly { cohort: string; start: IsoDate }[];
}

const ALL_AVOID: AvoidKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening', 'school-holidays'];
const REGIONS: SchoolRegion[] = ['noord', 'midden', 'zuid'];

/** What the planner may plan of one cohort: seated registrations, and pinned sessions that still belong to one of them. */
function plannable(cohort: Cohort, programme: Programme, placement: Placement): Cohort {
  const ids = new Set(sessionIds(programme, placement.placed));
  // Pinned sessions of registrations that left (or wait on the reserve list) are not planned: they come back cancelled.
  return { ...cohort, registrations: placement.placed, fixed: fixedForPlanner(cohort.fixed).filter((f) => isSessionId(programme, placement.placed, f.session, ids)) };
}

/** Calendar facts for the years the cohorts can touch: their start year up to two years on. */
function planInput(cohorts: readonly { cohort: Cohort; programme: Programme }[], people: ReadonlyMap<string, Person>, lang: Lang, today: IsoDate): PlanInput {
  const years = cohorts.map((c) => Number(c.cohort.start.slice(0, 4)));
  // An intervisie cohort of which no group can be formed gives the planner no cohort: no years, no holidays.
  const from = years.length > 0 ? Math.min(...years) : 2000;
  const to = years.length > 0 ? Math.max(...years) + 2 : from - 1;
  return {
    cohorts,
    people,
    coaches: assignCoaches(cohorts, people),
    holidays: dutchHolidays(from, to, ALL_AVOID),
    schoolHolidays: REGIONS.flatMap((r) => schoolHolidays(r)),
    lang,
    today,
  };
}

/** Names, labels and places the exports need, from the loaded cohorts. */
function exportContext(cohorts: readonly CohortModel[], options: AssembleOptions): ExportContext {
  const people = new Map<string, PersonRef>();
  const registrations = new Map<string, RegistrationRef>();
  const programmes = new Map<string, ProgrammeRef>();
  const phases = new Map<string, PhaseRef>();
  const municipalities = new Map<string, { name: string }>();
  const titles = new Map<string, { id: string; title: string }>();
  const addMunicipality = (code: string | undefined) => {
    const m = code ? findMunicipality(code) : undefined;
    if (m) municipalities.set(m.code, { name: m.name });
  };
  for (const c of cohorts) {
    titles.set(c.cohort.id, { id: c.cohort.id, title: c.cohort.title });
    for (const [id, p] of c.people) {
      people.set(id, { id, name: p.name, ...(p.email ? { email: p.email } : {}) });
      addMunicipality(p.municipality);
    }
    for (const r of c.cohort.registrations) {
      registrations.set(r.id, { id: r.id, name: r.name, municipality: r.municipality });
      addMunicipality(r.municipality);
    }
    addMunicipality(c.cohort.venue?.municipality);
    const p = c.programme;
    if (!p) continue;
    programmes.set(p.id, { id: p.id, name: p.name, organiser: p.organiser, ...(p.organiserEmail ? { organiserEmail: p.organiserEmail } : {}) });
    for (const ph of p.phases) {
      const effort = ph.mode === 'self-study' && ph.effort.max.amount > 0 ? { effort: ph.effort } : {};
      phases.set(`${p.id}/${ph.id}`, { name: ph.name, ...(ph.description ? { description: ph.description } : {}), ...(ph.preparation ? { preparation: ph.preparation } : {}), ...effort });
    }
  }
  const calendarName = cohorts.map((c) => c.cohort.title).join(', ');
  return { lang: options.lang, today: options.today, version: options.version, calendarName, people, registrations, programmes, phases, cohorts: titles, municipalities };
}

/** A municipality's point is only a place for sessions held in that municipality, not for a venue. */
function withGeo(s: PlannedSession): PlannedSession {
  if (s.location.kind === 'venue' || s.location.kind === 'online' || !s.location.municipality) return s;
  const m = findMunicipality(s.location.municipality);
  return m ? { ...s, location: { ...s.location, lat: m.lat, lon: m.lon } } : s;
}

/**
 * What the planner is given for `loaded`: seats decided as of `today` (the same placement as
 * `cohort capacity`, so an offer that expired holds no seat in the plan either), coaches assigned,
 * calendar facts looked up.
 */
export function preparePlan(loaded: readonly CohortModel[], lang: Lang, today: IsoDate): Pick<AssembledPlan, 'cohorts' | 'input' | 'placements' | 'intervisie'> {
  const cohorts = loaded.filter((c): c is CohortModel & { programme: Programme } => c.programme !== undefined);
  const placements = new Map(placeCohorts(cohorts, { today, facilitators: true }));
  const people = new Map<string, Person>();
  for (const c of cohorts) for (const [id, p] of c.people) if (!people.has(id)) people.set(id, p);
  const intervisie = new Map<string, IntervisiePlan>();
  const planned: { cohort: Cohort; programme: Programme }[] = [];
  for (const c of cohorts) {
    const placement = placements.get(c.cohort.id)!;
    if (isHostRotation(c.programme)) {
      // One series of meetings per group (the groups `cohort groups` gives on `today`); seats follow the groups.
      const ip = prepareIntervisie(c.cohort, c.programme, placement);
      intervisie.set(c.cohort.id, ip);
      placements.set(c.cohort.id, ip.placement);
      for (const g of ip.groups) planned.push({ cohort: plannable(g.cohort, c.programme, { ...ip.placement, placed: g.cohort.registrations }), programme: c.programme });
      continue;
    }
    planned.push({ cohort: plannable(c.cohort, c.programme, placement), programme: c.programme });
  }
  const input = planInput(planned, people, lang, today);
  return { cohorts, input, placements, intervisie };
}

/** The score with one more broken hard rule, listed after the planner's hard rules and counted in `hard`. */
function withHardRule(score: Plan['score'], item: ScoreItem): Plan['score'] {
  const at = score.items.filter((i) => i.level === 'hard').length;
  return { ...score, hard: score.hard + item.cost, items: [...score.items.slice(0, at), item, ...score.items.slice(at)] };
}

/** Plans `cohorts` together (those without a programme are left out: validate reports them). */
export function assemblePlan(loaded: readonly CohortModel[], options: AssembleOptions): AssembledPlan {
  const { cohorts, input, placements, intervisie } = preparePlan(loaded, options.lang, options.today);
  const searched = planCohorts(input);
  // Every intervisie meeting gets its host member before the check, so the travel rule sees where it is.
  const programmes = new Map(cohorts.map((c) => [c.cohort.id, c.programme]));
  const planned = intervisie.size === 0 ? searched : { ...searched, sessions: withHosts(searched.sessions, [...intervisie.values()], programmes, input.people) };
  // an infeasible cohort gets the smallest change that would let it be planned, where one is found
  const proposals = planned.infeasible.length > 0 ? suggestChanges(input, planned, planCohorts) : new Map<string, string>();
  const suggested = proposals.size === 0 ? planned : { ...planned, infeasible: planned.infeasible.map((f) => (proposals.has(f.cohort) ? { ...f, suggestion: proposals.get(f.cohort)! } : f)) };
  // A host on their own unavailable date (no host order avoids it) is a hard rule broken: the plan is infeasible.
  const hostless = intervisie.size === 0 ? [] : hostConflicts(suggested.sessions, [...intervisie.values()], options.lang);
  const raw = hostless.length === 0 ? suggested : { ...suggested, infeasible: [...suggested.infeasible, ...hostless], score: withHardRule(suggested.score, hardRuleItem('host-unavailable', hostless)) };
  // A safety net: a plan the planner calls complete must pass the independent checker.
  const violations = raw.infeasible.length === 0 ? checkHardRules(input, raw) : [];
  const merged = intervisie.size === 0 ? raw : { ...raw, ...underCohorts(raw, [...intervisie.values()]) };
  const pinDiffs = new Map<string, PinDiff>();
  const sessions: PlannedSession[] = [];
  for (const c of cohorts) {
    const own = applyPinned(merged.sessions.filter((s) => s.cohort === c.cohort.id), c.cohort, c.programme).map(withGeo);
    pinDiffs.set(c.cohort.id, diffPinned(c.cohort.fixed, own));
    sessions.push(...own);
  }
  const started = cohorts
    .filter(({ cohort: { id, start } }) => start < options.today && (sessions.some((s) => s.cohort === id && !s.fixed && s.status !== 'cancelled') || merged.infeasible.some((f) => f.cohort === id)))
    .map(({ cohort: { id, start } }) => ({ cohort: id, start }));
  return {
    cohorts,
    input,
    plan: { ...merged, sessions: sessions.sort(compareSessions) },
    placements,
    intervisie,
    pinDiffs,
    exportContext: exportContext(cohorts, options),
    checked: raw,
    violations,
    started,
  };
}
