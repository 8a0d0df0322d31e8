/**
 * The travel rule recomputed for tests, independently of src/calendar/travel.ts and the planner: its own
 * haversine over the shipped municipality points and the documented defaults (road factor 1.3, 80 km/h,
 * the ferry allowances, rounded up to 15 minutes), applied to the plan as a user reads it.
 */
import { findMunicipality } from '../../src/calendar/municipalities.js';
import type { Plan, PlannedSession } from '../../src/model/plan.js';
import type { PlanInput } from '../../src/plan/index.js';

const EARTH_KM = 6371.0088;

function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The documented ferry allowances (README, travel estimate): crossing plus half an hour at the quay, by island. */
const FERRY_MINUTES: Record<string, number> = { Texel: 20 + 30, Vlieland: 95 + 30, Terschelling: 120 + 30, Ameland: 50 + 30, Schiermonnikoog: 45 + 30 };

/** Minutes from one municipality to another by the documented estimate, ferries included; 0 for the same place or no place. */
export function driveMinutes(from: string | undefined, to: string | undefined): number {
  const a = from === undefined ? undefined : findMunicipality(from);
  const b = to === undefined ? undefined : findMunicipality(to);
  if (!a || !b || a.code === b.code) return 0;
  const ferry = (FERRY_MINUTES[a.name] ?? 0) + (FERRY_MINUTES[b.name] ?? 0);
  return Math.ceil(((greatCircleKm(a, b) * 1.3) / 80) * 4 + ferry / 15) * 15;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/**
 * Every place where a person cannot make it in time: between two consecutive sessions of one day at
 * different places (time spent in online sessions in between is not free for driving), or from home to
 * an appointment after the start of their working hours, or back home before their end.
 */
export function travelProblems(input: PlanInput, plan: Plan): string[] {
  const problems: string[] = [];
  const byPersonDay = new Map<string, { s: PlannedSession; a: number; b: number }[]>();
  for (const s of plan.sessions) {
    if (s.allDay || s.status !== 'confirmed') continue;
    const from = s.start.slice(0, 10);
    const to = s.end.slice(0, 10);
    for (const f of s.facilitators) {
      // a block that runs overnight counts on both days: until midnight, and from midnight
      const days = from === to ? [[from, minutes(s.start.slice(11)), minutes(s.end.slice(11))] as const] : [[from, minutes(s.start.slice(11)), 24 * 60] as const, [to, 0, minutes(s.end.slice(11))] as const];
      for (const [day, a, b] of days) byPersonDay.set(`${f} ${day}`, [...(byPersonDay.get(`${f} ${day}`) ?? []), { s, a, b }]);
    }
  }
  for (const [key, list] of byPersonDay) {
    const [person] = key.split(' ');
    list.sort((x, y) => x.a - y.a);
    const online = (from: number, to: number) => list.filter((x) => x.s.location.municipality === undefined).reduce((n, x) => n + Math.max(0, Math.min(x.b, to) - Math.max(x.a, from)), 0);
    const placed = list.filter((x) => x.s.location.municipality !== undefined);
    for (let i = 1; i < placed.length; i++) {
      const p = placed[i - 1]!;
      const q = placed[i]!;
      const need = driveMinutes(p.s.location.municipality, q.s.location.municipality);
      if (q.a - p.b - online(p.b, q.a) < need) problems.push(`${key}: ${p.s.session} (${p.s.location.municipality}) → ${q.s.session} (${q.s.location.municipality}) needs ${need} min`);
    }
    const who = input.people.get(person!);
    if (!who?.municipality) continue;
    for (const x of placed) {
      if (x.s.kind !== 'individual' && x.s.kind !== 'coaching') continue;
      const programme = input.cohorts.find((c) => c.cohort.id === x.s.cohort)!.programme;
      const hours = who.hours ?? programme.calendar.hours;
      const need = driveMinutes(who.municipality, x.s.location.municipality);
      if (x.a - minutes(hours.start) - online(minutes(hours.start), x.a) < need || minutes(hours.end) - x.b - online(x.b, minutes(hours.end)) < need)
        problems.push(`${key}: ${x.s.session} is not reachable from ${who.municipality} and back within ${hours.start}–${hours.end}`);
    }
  }
  return problems.sort();
}
