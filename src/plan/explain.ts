/** Words for what blocks a date: the session that holds a person or venue, or the drive that does not fit. */
import { findMunicipality } from '../calendar/municipalities.js';
import { travelMinutes } from '../calendar/travel.js';
import type { Env, Item, Reason } from './context.js';
import { DAY_MINUTES, hhmm, iso } from './days.js';
import { t } from './messages.js';
import { absEnd, absStart } from './resources.js';

/** "Marleen Vos is at droom-2027 Leergangblok (3/4) (…)": the session that holds a person or venue, and why that blocks `item`. */
export function blockReason(env: Env, item: Pick<Item, 'day' | 'startMin' | 'endDay' | 'endMin' | 'place'>, other: Item, key: string): Reason {
  const when = `${iso(other.day)} ${hhmm(other.startMin)}–${other.endDay !== other.day ? `${iso(other.endDay)} ` : ''}${hhmm(other.endMin)}`;
  const title = other.of > 1 && other.kind !== 'individual' ? `${other.p.phase.name} (${other.n}/${other.of})` : other.p.phase.name;
  const cohort = other.c.cohort.id;
  if (key.startsWith('v:')) return { rule: 'double-booking', text: t(env.lang, 'why.venue-busy', { venue: key.slice(2).split('|')[0]!, title, cohort, when }) };
  const person = key.slice(2);
  const who = env.people.get(person)?.name ?? person;
  const s = item.day * DAY_MINUTES + item.startMin;
  const e = item.endDay * DAY_MINUTES + item.endMin;
  if (absStart(other) < e && s < absEnd(other)) return { rule: 'double-booking', text: t(env.lang, 'why.busy', { who, title, cohort, when }) };
  const minutes = travelMinutes(other.place, item.place, env.travelOf(person));
  return {
    rule: 'travel-time',
    text: t(env.lang, 'why.travel', { who, title, cohort, when, there: placeName(other.place), here: placeName(item.place), drive: driveText(env.lang, minutes) }),
  };
}

export function placeName(code: string | undefined): string {
  return code === undefined ? '—' : (findMunicipality(code)?.name ?? code);
}

/** 135 → "2h15", 45 → "45 min". */
export function driveText(lang: Env['lang'], minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? t(lang, 'drive.m', { m }) : t(lang, 'drive.hm', { h, mm: String(m).padStart(2, '0') });
}
