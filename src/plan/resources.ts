/**
 * Who and what is booked when, across all cohorts planned together: facilitators, coaches and venues,
 * indexed by resource and day so a clash check only looks at the sessions of that person on those days.
 */
import { DAY_MINUTES } from './days.js';
import type { Item } from './context.js';

export function absStart(i: Item): number {
  return i.day * DAY_MINUTES + i.startMin;
}
export function absEnd(i: Item): number {
  return i.endDay * DAY_MINUTES + i.endMin;
}

/** The resource keys an item occupies: `p:<person>` and, for group sessions at the venue, `v:<venue>`. */
const personKeys = new WeakMap<string[], string[]>();
export function keysOf(i: Item): readonly string[] {
  if (i.kind === 'deadline') return [];
  let keys = personKeys.get(i.facilitators);
  if (!keys) personKeys.set(i.facilitators, (keys = i.facilitators.map((f) => `p:${f}`)));
  return i.venue === undefined ? keys : [...keys, `v:${i.venue}`];
}

export class Bookings {
  private readonly byKey = new Map<string, Map<number, Item[]>>();
  /** Individual appointments and coaching conversations per person per day (for max-per-day). */
  private readonly appts = new Map<string, Map<number, number>>();

  private days(k: string): Map<number, Item[]> {
    let days = this.byKey.get(k);
    if (!days) this.byKey.set(k, (days = new Map()));
    return days;
  }

  add(i: Item): void {
    if (i.kind === 'deadline') return;
    for (const k of keysOf(i)) {
      const days = this.days(k);
      for (let n = i.day; n <= i.endDay; n++) {
        const list = days.get(n);
        if (list) list.push(i);
        else days.set(n, [i]);
      }
    }
    if (i.kind === 'individual' || i.kind === 'coaching') for (const f of i.facilitators) this.bump(f, i.day, 1);
  }

  /** Takes a booked item out; an item that is not booked is left alone (removing twice is harmless). */
  remove(i: Item): void {
    if (i.kind === 'deadline') return;
    let found = false;
    for (const k of keysOf(i)) {
      const days = this.byKey.get(k);
      if (!days) continue;
      for (let n = i.day; n <= i.endDay; n++) {
        const list = days.get(n);
        if (!list) continue;
        const at = list.indexOf(i);
        if (at >= 0) {
          list.splice(at, 1);
          found = true;
        }
      }
    }
    if (found && (i.kind === 'individual' || i.kind === 'coaching')) for (const f of i.facilitators) this.bump(f, i.day, -1);
  }

  private bump(person: string, n: number, by: number): void {
    let days = this.appts.get(person);
    if (!days) this.appts.set(person, (days = new Map()));
    days.set(n, (days.get(n) ?? 0) + by);
  }

  appointments(person: string, n: number): number {
    return this.appts.get(person)?.get(n) ?? 0;
  }

  /** The first booked item of `key` overlapping [start, end) (absolute minutes), other than `except`. */
  clash(key: string, start: number, end: number, except?: ReadonlySet<Item>): Item | undefined {
    const days = this.byKey.get(key);
    if (!days) return undefined;
    const d0 = Math.floor(start / DAY_MINUTES);
    const d1 = Math.floor((end - 1) / DAY_MINUTES);
    for (let n = d0; n <= d1; n++) {
      const list = days.get(n);
      if (!list) continue;
      for (const other of list) {
        if (except?.has(other)) continue;
        if (absStart(other) < end && start < absEnd(other)) return other;
      }
    }
    return undefined;
  }

  /** Latest end among `key`'s bookings overlapping [start, end), to jump past a clash. */
  clashEnd(key: string, start: number, end: number, except?: ReadonlySet<Item>): number | undefined {
    const days = this.byKey.get(key);
    if (!days) return undefined;
    let best: number | undefined;
    const d0 = Math.floor(start / DAY_MINUTES);
    const d1 = Math.floor((end - 1) / DAY_MINUTES);
    for (let n = d0; n <= d1; n++) {
      for (const other of days.get(n) ?? []) {
        if (except?.has(other)) continue;
        if (absStart(other) < end && start < absEnd(other)) best = Math.max(best ?? 0, absEnd(other));
      }
    }
    return best;
  }
}
