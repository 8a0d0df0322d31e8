/** Intervisie: with host-rotation every member hosts one meeting in their own municipality; pinned groups keep the group rules. */
import { findMunicipality } from '../../calendar/municipalities.js';
import type { Programme, Registration } from '../../model/types.js';
import type { CohortHead } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';
import { suggest } from '../suggest.js';

export function checkHostRotation(r: RuleReporter, p: Programme): void {
  p.phases.forEach((phase, i) => {
    if (phase.mode !== 'group' || phase.location !== 'host-rotation') return;
    const { min, max } = p.capacity;
    const params = { sessions: phase.sessions, min, max };
    if (phase.sessions < min || phase.sessions > max) r.error('intervisie/host-rotation-size', `/phases/${i}/location`, params);
    else if (min !== max) r.warn('intervisie/host-rotation-uneven', `/phases/${i}/location`, params);
  });
}

/**
 * The cohort's pinned `groups` (written by `cohort groups --pin`) keep SPEC §5: members are
 * registrations of this cohort, each in one group, never two of one municipality in a group, sizes
 * within capacity. A group below `min` is a warning: a cancellation with an empty reserve list
 * leaves it short, and the group still meets (the roster uses the venue for the turn without a host).
 */
export function checkPinnedGroups(r: RuleReporter, head: CohortHead, programme: Programme, regs: readonly Registration[]): void {
  if (!head.groups) return;
  const byId = new Map(regs.map((g) => [g.id, g]));
  const ids = [...byId.keys()];
  const groupOf = new Map<string, string>();
  const seenGroups = new Set<string>();
  const { min, max } = programme.capacity;
  head.groups.forEach((g, i) => {
    if (seenGroups.has(g.id)) r.error('groups/duplicate-id', `/groups/${i}/id`, { id: g.id });
    seenGroups.add(g.id);
    if (g.facilitator !== undefined && !head.facilitators.includes(g.facilitator)) {
      r.error('groups/unknown-facilitator', `/groups/${i}/facilitator`, { id: g.facilitator, group: g.id }, { suggestion: suggest(g.facilitator, head.facilitators) });
    }
    const places = new Map<string, string>();
    g.members.forEach((m, j) => {
      const at = `/groups/${i}/members/${j}`;
      const reg = byId.get(m);
      if (!reg) {
        r.error('groups/unknown-member', at, { id: m, group: g.id }, { suggestion: ids.length ? suggest(m, ids) : undefined });
        return;
      }
      const other = groupOf.get(m);
      if (other !== undefined) {
        r.error('groups/member-twice', at, { id: m, group: g.id, other });
        return;
      }
      groupOf.set(m, g.id);
      const same = places.get(reg.municipality);
      if (same !== undefined) r.error('groups/same-municipality', at, { id: m, other: same, group: g.id, municipality: findMunicipality(reg.municipality)?.name ?? reg.municipality });
      else places.set(reg.municipality, m);
    });
    const params = { group: g.id, size: g.members.length, min, max };
    if (g.members.length > max) r.error('groups/size-above-max', `/groups/${i}/members`, params);
    else if (g.members.length < min) r.warn('groups/size-below-min', `/groups/${i}/members`, params);
  });
}

/**
 * A `fixed` entry's `host` (written by `cohort roster --pin`): only on a hosted meeting, a member of
 * that meeting's group (`g1/bijeenkomst#2` names a pinned group; an unprefixed meeting is the
 * cohort's one group), and a member hosts one meeting of their group.
 */
export function checkFixedHosts(r: RuleReporter, head: CohortHead, programme: Programme, regs: readonly Registration[]): void {
  const hosted = new Set(programme.phases.filter((p) => p.mode === 'group' && p.location === 'host-rotation').map((p) => p.id));
  const everyone = regs.map((x) => x.id);
  const hostedBy = new Map<string, string>();
  head.fixed.forEach((f, i) => {
    if (f.host === undefined || f.status === 'cancelled') return;
    const at = `/fixed/${i}/host`;
    const m = /^(?:([^/#@]+)\/)?([^#@/]+)(?:#\d+)?$/.exec(f.session);
    if (!m || !hosted.has(m[2]!)) {
      r.error('fixed/host-not-hosted', at, { id: f.session });
      return;
    }
    const pinned = head.groups ?? [];
    const group = m[1] !== undefined ? pinned.find((g) => g.id === m[1]) : pinned.length === 1 ? pinned[0] : undefined;
    const members = group ? group.members : everyone;
    const label = group?.id ?? head.id;
    if (!members.includes(f.host)) {
      r.error('fixed/unknown-host', at, { id: f.host, session: f.session, group: label }, { suggestion: members.length ? suggest(f.host, members) : undefined });
      return;
    }
    const key = `${label}\u0000${f.host}`;
    const other = hostedBy.get(key);
    if (other !== undefined) r.error('fixed/host-twice', at, { id: f.host, session: f.session, other });
    else hostedBy.set(key, f.session);
  });
}
