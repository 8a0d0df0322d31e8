/**
 * Intervisie in `cohort plan` (issue 15 item 3/4): a cohort whose programme has a `host-rotation`
 * phase is planned as one series of meetings per group — the groups `formGroups` gives (pinned
 * `groups:` kept, else its proposal) — and every meeting gets a host member (the roster).
 *
 * Pure, and outside the search: each group becomes a planner cohort of its own (id
 * `<cohort>/<group>`, its members as registrations, its facilitator), so the planner's resource rule
 * keeps a facilitator out of two groups' meetings at once. After planning, sessions get back their
 * cohort's id; with two or more groups a group phase's session ids carry the group: `g1/bijeenkomst#2`
 * (UID `g1/bijeenkomst#2.intervisie-2027@cohort`). Individual sessions (the intake) keep their ids,
 * which name the registration already; a cohort with a single group keeps every id unchanged.
 */
import { findMunicipality } from '../calendar/municipalities.js';
import { kmAt, placeIndex } from '../calendar/travel.js';
import type { Placement } from '../capacity/place.js';
import type { Infeasibility, PlannedSession, ScoreItem } from '../model/plan.js';
import type { Cohort, FixedSession, IsoDate, Person, Programme, Registration } from '../model/types.js';
import { translate, type Catalog, type Lang } from '../i18n/index.js';
import type { FormedGroup } from './groups.js';

export function isHostRotation(programme: Programme): boolean {
  return programme.phases.some((p) => p.mode === 'group' && p.location === 'host-rotation');
}

/** One group as the planner sees it. */
export interface GroupCohort {
  /** The planner's cohort id: `<cohort>/<group>`, or the cohort's own id for a single group. */
  plannerId: string;
  group: FormedGroup;
  cohort: Cohort;
}

export interface IntervisiePlan {
  cohort: string;
  /** Whether session ids carry the group (two or more groups). */
  prefixed: boolean;
  groups: GroupCohort[];
  /** The groups were proposed by `cohort groups`, not pinned: plan says so. */
  proposed: boolean;
  /** Seats as the groups give them: the members placed, the groups' reserve list waiting. */
  placement: Placement;
  /** No group could be formed: how many are in the running, from how many municipalities (the reason `cohort groups` gives). */
  tooFew?: { running: number; municipalities: number; min: number };
}

const GROUP_PREFIX = /^([^/#@]+)\/(.+)$/;

/** `g1/bijeenkomst#2` → { group: g1, session: bijeenkomst#2 }. */
export function splitGroupSession(id: string): { group?: string; session: string } {
  const m = GROUP_PREFIX.exec(id);
  return m ? { group: m[1]!, session: m[2]! } : { session: id };
}

function groupPhase(programme: Programme, session: string): boolean {
  const phase = programme.phases.find((p) => p.id === session.split(/[#@]/)[0]);
  return phase?.mode === 'group';
}

/** The `fixed` entries of one group: its prefixed group sessions (prefix dropped), and its members' own sessions. */
function fixedOf(fixed: readonly FixedSession[], programme: Programme, group: string, members: ReadonlySet<string>, prefixed: boolean): FixedSession[] {
  return fixed.flatMap((f) => {
    const { group: g, session } = splitGroupSession(f.session);
    if (g !== undefined) return g === group && prefixed ? [{ ...f, session }] : [];
    if (groupPhase(programme, session)) return prefixed ? [] : [f];
    const reg = session.split('@')[1];
    return reg === undefined || members.has(reg) ? [f] : [];
  });
}

/**
 * The planner cohorts of an intervisie cohort, and the seats they give. `placement` is place.ts's
 * for the cohort, placed with `facilitators`: it carries the groups (formGroups' one call on
 * `today`, facilitators assigned) that its seats are.
 */
export function prepareIntervisie(cohort: Cohort, programme: Programme, placement: Placement): IntervisiePlan {
  const formed = placement.groups;
  if (!formed) throw new Error(`${cohort.id}: an intervisie cohort placed without its groups`);
  const prefixed = formed.groups.length >= 2;
  const groups = formed.groups.map((g): GroupCohort => {
    const members = g.members.map((m) => m.registration);
    const ids = new Set(members.map((r) => r.id));
    return {
      plannerId: prefixed ? `${cohort.id}/${g.id}` : cohort.id,
      group: g,
      cohort: {
        ...cohort,
        id: prefixed ? `${cohort.id}/${g.id}` : cohort.id,
        registrations: members,
        facilitators: g.facilitator !== undefined ? [g.facilitator] : cohort.facilitators,
        fixed: fixedOf(cohort.fixed, programme, g.id, ids, prefixed),
      },
    };
  });
  return {
    cohort: cohort.id,
    prefixed,
    groups,
    proposed: (cohort.groups ?? []).length === 0 && formed.groups.length > 0,
    ...(formed.groups.length === 0 ? { tooFew: { running: formed.running, municipalities: formed.municipalities, min: programme.capacity.min } } : {}),
    // place.ts seats an intervisie cohort in these same groups already: every command counts the same seats.
    placement,
  };
}

/** The order of member indices over the meetings (length = meetings; -1 = the cohort's venue). */
type Order = number[];

/**
 * Who hosts which meeting of one group: every member exactly once (meetings beyond the group's size
 * at the cohort's venue). A host is never rostered on one of their own unavailable dates when any
 * order avoids it. The total travel is the same for every order (each member and the facilitator
 * drive from home to each meeting, on days of their own), so among the allowed orders the roster
 * spreads long trips: the least sum, over consecutive meetings, of the product of their trip km
 * (the group's and facilitator's km to the host). Exact over all orders (6! = 720); ties go to the
 * first order in registration order.
 */
export function rosterHosts(members: readonly Registration[], dates: readonly IsoDate[], facilitatorHome: string | undefined, fixedHosts: readonly (string | undefined)[] = []): Order {
  const m = members.length;
  const slots = dates.length;
  const at = members.map((r) => placeIndex(r.municipality));
  const home = placeIndex(facilitatorHome);
  const trip = at.map((a, i) => at.reduce((s, b, j) => (j === i ? s : s + kmAt(a, b)), 0) + (home >= 0 ? kmAt(home, a) : 0));
  const away = members.map((r) => dates.map((d) => isAway(r, d)));
  // A host pinned on a meeting (`fixed` with `host`) keeps it; a pinned host who left the group does not bind.
  const seen = new Set<number>();
  const pinned = dates.map((_, slot) => {
    const id = fixedHosts[slot];
    const i = id === undefined ? -1 : members.findIndex((r) => r.id === id);
    if (i < 0 || seen.has(i)) return -1;
    seen.add(i);
    return i;
  });
  const pinnedSet = new Set(pinned.filter((i) => i >= 0));
  // Slots hold member indices, or -1 (venue) for the meetings beyond the group's size.
  const items: number[] = [...members.keys(), ...new Array<number>(Math.max(0, slots - m)).fill(-1)].slice(0, Math.max(slots, m));
  let best: Order = items.slice(0, slots);
  let bestCost = Number.POSITIVE_INFINITY;
  const used = new Array<boolean>(items.length).fill(false);
  const cur: number[] = [];
  const kmOf = (i: number) => (i < 0 ? 0 : trip[i]!);
  const visit = (conflicts: number, spread: number) => {
    // Km products are never negative, so no completion of this prefix can cost less than it does now:
    // a prefix already at the best cost cannot win (a tie keeps the earlier order). The same order as
    // the full enumeration, found without visiting most of the 720.
    if (conflicts * 1e12 + spread >= bestCost) return;
    if (cur.length === slots) {
      const cost = conflicts * 1e12 + spread;
      if (cost < bestCost) [best, bestCost] = [[...cur], cost];
      return;
    }
    const slot = cur.length;
    const want = pinned[slot]!;
    // Member indices are unique in `items`; only the venue (-1) repeats, and one of its copies per slot is enough.
    let venueTried = false;
    for (let k = 0; k < items.length; k++) {
      const x = items[k]!;
      if (used[k] || (x < 0 && venueTried)) continue;
      // The pinned host of this meeting, and a pinned member nowhere else.
      if (want >= 0 ? x !== want : x >= 0 && pinnedSet.has(x)) continue;
      if (x < 0) venueTried = true;
      used[k] = true;
      const prev = cur[slot - 1];
      cur.push(x);
      visit(conflicts + (x >= 0 && away[x]![slot] ? 1 : 0), spread + (prev === undefined ? 0 : kmOf(prev) * kmOf(x)));
      cur.pop();
      used[k] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** Whether a member said they cannot come on `date`. */
export function isAway(r: Pick<Registration, 'unavailable'>, date: IsoDate): boolean {
  return r.unavailable.some((u) => u.start <= date && date <= u.end);
}

/** Where a hosted meeting is: the host's town hall, with the municipality's point (withGeo adds it). */
function hostedAt(host: Registration): PlannedSession['location'] {
  const m = findMunicipality(host.municipality);
  return { kind: 'host-rotation', name: `Gemeentehuis ${m?.name ?? host.municipality}`, municipality: m?.code ?? host.municipality, host: host.id };
}

/** Hosts on every host-rotation meeting of the groups (sessions as the planner returned them, planner ids). */
export function withHosts(sessions: readonly PlannedSession[], plans: readonly IntervisiePlan[], programmes: ReadonlyMap<string, Programme>, people: ReadonlyMap<string, Person>): PlannedSession[] {
  const hosted = new Map<string, PlannedSession['location']>();
  // Each group's sessions, looked up once (a national round has hundreds of groups).
  const byCohort = new Map<string, PlannedSession[]>();
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    const list = byCohort.get(s.cohort);
    if (list) list.push(s);
    else byCohort.set(s.cohort, [s]);
  }
  for (const ip of plans) {
    const programme = programmes.get(ip.cohort);
    if (!programme) continue;
    for (const phase of programme.phases) {
      if (phase.mode !== 'group' || phase.location !== 'host-rotation') continue;
      for (const g of ip.groups) {
        const own = (byCohort.get(g.plannerId) ?? []).filter((s) => s.phase === phase.id).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        const home = g.group.facilitator !== undefined ? people.get(g.group.facilitator)?.municipality : undefined;
        const fixedHost = new Map(g.cohort.fixed.flatMap((f) => (f.host !== undefined ? [[f.session, f.host] as const] : [])));
        const order = rosterHosts(g.cohort.registrations, own.map((s) => s.start.slice(0, 10)), home, own.map((s) => fixedHost.get(s.session)));
        own.forEach((s, i) => {
          const h = order[i]!;
          const venue = g.cohort.venue;
          hosted.set(`${s.cohort}\u0000${s.session}`, h >= 0 ? hostedAt(g.cohort.registrations[h]!) : { kind: 'venue', ...(venue?.name ? { name: venue.name } : {}), ...(venue?.address ? { address: venue.address } : {}), ...(venue?.municipality ? { municipality: venue.municipality } : {}) });
        });
      }
    }
  }
  return sessions.map((s) => {
    const loc = hosted.get(`${s.cohort}\u0000${s.session}`);
    return loc ? { ...s, location: loc } : s;
  });
}

const hostMessages: Catalog<{ 'host-unavailable': { host: string; date: string; group: string } }> = {
  'host-unavailable': {
    en: (p) => `${p.host} hosts this meeting but is unavailable on ${p.date}, and no host order of ${p.group} avoids it (every member hosts once)`,
    nl: (p) => `${p.host} ontvangt deze bijeenkomst maar is verhinderd op ${p.date}, en geen volgorde van gastheren in ${p.group} vermijdt dat (ieder lid ontvangt eenmaal)`,
  },
};

/**
 * The hard rule of the roster: a host is never on one of their own unavailable dates. `rosterHosts`
 * avoids it whenever an order can; a meeting whose host is still away (no order avoids it, or a
 * pinned host) makes the plan infeasible (rule `host-unavailable`). Sessions as withHosts returns them.
 */
export function hostConflicts(sessions: readonly PlannedSession[], plans: readonly IntervisiePlan[], lang: Lang): Infeasibility[] {
  const members = new Map<string, Map<string, Registration>>();
  for (const ip of plans) for (const g of ip.groups) members.set(g.plannerId, new Map(g.cohort.registrations.map((r) => [r.id, r])));
  const out: Infeasibility[] = [];
  for (const s of sessions) {
    const host = s.location.kind === 'host-rotation' && s.location.host !== undefined ? members.get(s.cohort)?.get(s.location.host) : undefined;
    const date = s.start.slice(0, 10);
    if (!host || s.status === 'cancelled' || !isAway(host, date)) continue;
    const group = plans.flatMap((ip) => ip.groups).find((g) => g.plannerId === s.cohort)!.group.id;
    out.push({ cohort: s.cohort, session: s.session, rule: 'host-unavailable', message: translate(hostMessages, lang, 'host-unavailable', { host: host.id, date, group }), tried: [] });
  }
  return out;
}

/** Planner cohort id → the cohort's id and the prefix its group sessions get. */
function renamer(plans: readonly IntervisiePlan[]): Map<string, { cohort: string; prefix: string }> {
  const map = new Map<string, { cohort: string; prefix: string }>();
  for (const ip of plans) for (const g of ip.groups) map.set(g.plannerId, { cohort: ip.cohort, prefix: ip.prefixed ? `${g.group.id}/` : '' });
  return map;
}

/** Sessions, infeasibilities and score items back under their cohort's id, group sessions prefixed with the group. */
export function underCohorts(
  plan: { sessions: readonly PlannedSession[]; infeasible: readonly Infeasibility[]; score: { hard: number; soft: number; items: readonly ScoreItem[] } },
  plans: readonly IntervisiePlan[],
): { sessions: PlannedSession[]; infeasible: Infeasibility[]; score: { hard: number; soft: number; items: ScoreItem[] } } {
  const names = renamer(plans);
  const sessionName = new Map<string, string>();
  const sessions = plan.sessions.map((s) => {
    const r = names.get(s.cohort);
    if (!r) return s;
    const session = s.kind === 'group' ? `${r.prefix}${s.session}` : s.session;
    // Two groups' meetings side by side: the title names the group (programme content stays as written).
    const title = s.kind === 'group' && r.prefix !== '' ? `${s.title} · ${r.prefix.slice(0, -1)}` : s.title;
    sessionName.set(`${s.cohort}/${s.session}`, `${r.cohort}/${session}`);
    sessionName.set(s.uid, `${session}.${r.cohort}@cohort`);
    return { ...s, cohort: r.cohort, session, title, uid: `${session}.${r.cohort}@cohort` };
  });
  const infeasible = plan.infeasible.map((f) => {
    const r = names.get(f.cohort);
    if (!r) return f;
    const group = groupSessionOf(plan.sessions, f.cohort, f.session);
    return { ...f, cohort: r.cohort, session: group ? `${r.prefix}${f.session}` : f.session };
  });
  // Score items name sessions as `<cohort>/<session>` or by uid; rename the ones the map knows.
  const items = plan.score.items.map((it) => ({ ...it, sessions: it.sessions.map((x) => sessionName.get(x) ?? x) }));
  return { sessions, infeasible, score: { ...plan.score, items } };
}

function groupSessionOf(sessions: readonly PlannedSession[], cohort: string, session: string): boolean {
  const s = sessions.find((x) => x.cohort === cohort && x.session === session);
  return s ? s.kind === 'group' : !session.includes('@');
}

/** One hosted meeting of the roster (`cohort roster`). */
export interface RosterRow {
  group: string;
  session: string;
  /** 1-based number of the meeting in its group's series. */
  meeting: number;
  start: string;
  end: string;
  /** Registration id of the host, absent for a meeting at the cohort's venue. */
  host?: string;
  /** Where: "Gemeentehuis <municipality>" or the venue's name. */
  place: string;
  /** CBS code of the municipality. */
  municipality?: string;
  lat?: number;
  lon?: number;
  facilitators: string[];
  /** Members (registration ids, in the group's order) who said they cannot come on the meeting's date: a soft cost of the dates. */
  absent: string[];
  status: PlannedSession['status'];
}

/** The host per meeting of one intervisie cohort, from its planned sessions (as assemblePlan returns them), by group then meeting. */
export function rosterRows(sessions: readonly PlannedSession[], ip: IntervisiePlan, programme: Programme): RosterRow[] {
  const phases = new Set(programme.phases.filter((p) => p.mode === 'group' && p.location === 'host-rotation').map((p) => p.id));
  const rows: RosterRow[] = [];
  const hostedSessions = sessions.filter((s) => s.cohort === ip.cohort && s.kind === 'group' && phases.has(s.phase));
  // The group a session id names (`g1/bijeenkomst#2`), '' for an id without one.
  const byGroup = new Map<string, PlannedSession[]>();
  for (const s of hostedSessions) {
    const group = splitGroupSession(s.session).group ?? '';
    const list = byGroup.get(group);
    if (list) list.push(s);
    else byGroup.set(group, [s]);
  }
  for (const g of ip.groups) {
    for (const s of byGroup.get(ip.prefixed ? g.group.id : '') ?? []) {
      const n = Number(/#(\d+)$/.exec(s.session)?.[1] ?? 1);
      const l = s.location;
      rows.push({
        group: g.group.id,
        session: s.session,
        meeting: n,
        start: s.start,
        end: s.end,
        ...(l.host !== undefined ? { host: l.host } : {}),
        place: l.name ?? '',
        ...(l.municipality !== undefined ? { municipality: l.municipality } : {}),
        ...(l.lat !== undefined ? { lat: l.lat } : {}),
        ...(l.lon !== undefined ? { lon: l.lon } : {}),
        facilitators: [...s.facilitators],
        absent: g.cohort.registrations.filter((r) => r.id !== l.host && isAway(r, s.start.slice(0, 10))).map((r) => r.id),
        status: s.status,
      });
    }
  }
  return rows.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.meeting - b.meeting || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)));
}
