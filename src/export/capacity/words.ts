/** Words shared by the capacity views: dates, people, layers and reasons, in English and Dutch. */
import { monthShort, translate, weekdayShort, type Lang } from '../../i18n/index.js';
import type { GroupReason, Layer, WaitReason } from '../../capacity/place.js';
import type { Registration } from '../../model/types.js';
import { weekdayIndex } from '../../calendar/date.js';
import { capacityMessages, ordinalEn, type CapacityMessages } from './messages.js';
import { say as sayGroups } from '../groups/messages.js';


export function say<K extends keyof CapacityMessages>(lang: Lang, key: K, ...params: CapacityMessages[K] extends Record<string, never> ? [] : [CapacityMessages[K]]): string {
  return translate(capacityMessages, lang, key, ...(params as [CapacityMessages[K]]));
}

/** Names and ids come from web forms: no control characters reach the terminal. */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** "Mon 30 Nov 2026" / "ma 30 nov 2026". */
export function sayDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${weekdayShort(lang, weekdayIndex(iso))} ${d} ${monthShort(lang, m)} ${y}`;
}

/** `r05 Sandra Koopmans`. */
export function who(r: Pick<Registration, 'id' | 'name'>): string {
  return plain(`${r.id} ${r.name}`);
}

export function sayLayer(lang: Lang, l: Layer): string {
  if (l.kind === 'group') return say(lang, 'layer.group', { max: l.max });
  if (l.kind === 'total') return say(lang, 'layer.total', { max: l.max, programme: l.programme });
  if (l.kind === 'groups') return say(lang, 'layer.groups', { groups: l.groups, max: l.max, min: l.min });
  return say(lang, l.on === 'role' ? 'layer.role' : 'layer.province', { value: plain(l.value), max: l.max });
}

export function sayReason(lang: Lang, r: WaitReason, seats: number): string {
  switch (r.kind) {
    case 'full':
      return seats > 1 ? say(lang, 'reason.full-couple', { seats, layer: sayLayer(lang, r.layer) }) : say(lang, 'reason.full', { layer: sayLayer(lang, r.layer) });
    case 'behind':
      return say(lang, 'reason.behind', { id: plain(r.id) });
    case 'quota':
      return say(lang, 'reason.quota', { layer: sayLayer(lang, r.layer) });
    case 'not-member':
      return say(lang, 'reason.not-member');
    case 'offer-due':
      return say(lang, 'reason.offer-due');
    case 'over-capacity':
      return say(lang, 'reason.over-capacity', { layer: sayLayer(lang, r.layer) });
    case 'group':
      return sayGroupReason(lang, r.reason);
  }
}

/** Why `cohort groups` has no seat for a registration in the running: the same words in `cohort groups`, `capacity`, `cancel` and `explain`. */
export function sayGroupReason(lang: Lang, r: GroupReason): string {
  switch (r.kind) {
    case 'too-few':
      return sayGroups(lang, 'reason.too-few', { running: r.running, municipalities: r.municipalities, min: r.min });
    case 'municipality':
      return sayGroups(lang, 'reason.municipality', { municipality: plain(r.municipality), groups: r.groups });
    case 'full':
      return sayGroups(lang, 'reason.full', { seats: r.seats, province: plain(r.province) });
    case 'far':
      return sayGroups(lang, 'reason.far', { group: r.group, km: sayGroups(lang, 'km', { km: r.averageKm }) });
  }
}

/** `1st`… in English, `1e`… in Dutch. */
export function ordinal(lang: Lang, n: number): string {
  return lang === 'nl' ? `${n}e` : ordinalEn(n);
}
