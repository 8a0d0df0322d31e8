/**
 * Who and what is booked when, across all cohorts planned together: facilitators, coaches and venues,
 * indexed by resource and day so a clash check only looks at the sessions of that person on those days.
 */
import { DAY_MINUTES } from './days.js';
import type { Env, Item } from './context.js';
import { TravelLedger, travelConflict, type Seg } from './travel.js';

export function absStart(i: Item): number {
  return i.day * DAY_MINUTES + i.startMin;
}
export function absEnd(i: Item): number {
  return i.endDay * DAY_MINUTES + i.endMin;
}

const personKeyOf = new Map<string, string>();
/** A person's resource key, `p:<person>`: one string per person, so map look-ups hash it once. */
export function personKey(f: string): string {
  let k = personKeyOf.get(f);
  if (k === undefined) {
    personKeyOf.set(f, (k = `p:${f}`));
    personOfKey.set(k, f);
  }
  return k;
}
const personOfKey = new Map<string, string>();
/** The person of a `p:` key (the same string every time). */
function personAt(key: string): string {
  let f = personOfKey.get(key);
  if (f === undefined) personOfKey.set(key, (f = key.slice(2)));
  return f;
}

const NO_KEYS: readonly string[] = [];
/** The resource keys an item occupies: `p:<person>` and, for group sessions at the venue, `v:<venue>`. */
const personKeys = new WeakMap<string[], string[]>();
const venueKeys = new WeakMap<string[], { venue: string; keys: string[] }>();
export function keysOf(i: Item): readonly string[] {
  if (i.kind === 'deadline') return NO_KEYS;
  if (i.venue !== undefined) {
    const known = venueKeys.get(i.facilitators);
    if (known && known.venue === i.venue) return known.keys;
    const keys = [...i.facilitators.map(personKey), `v:${i.venue}`];
    venueKeys.set(i.facilitators, { venue: i.venue, keys });
    return keys;
  }
  let keys = personKeys.get(i.facilitators);
  if (!keys) personKeys.set(i.facilitators, (keys = i.facilitators.map(personKey)));
  return keys;
}

const NONE: readonly Item[] = [];

export class Bookings {
  private readonly byKey = new Map<string, Map<number, Item[]>>();
  /** Individual appointments and coaching conversations per person per day (for max-per-day). */
  private readonly appts = new Map<string, Map<number, number>>();
  /** Every person's driving per day (with an env: the bookings of a real plan, not a scratch set). */
  readonly ledger?: TravelLedger;

  private readonly env?: Env;
  /** Each person's sessions of a day as travel segments (travel.ts), until that day changes. */
  private readonly segs = new Map<string, Map<number, readonly Seg[]>>();

  segsCache(key: string, n: number): readonly Seg[] | undefined {
    return this.segs.get(key)?.get(n);
  }

  cacheSegs(key: string, n: number, segs: readonly Seg[]): void {
    let days = this.segs.get(key);
    if (!days) this.segs.set(key, (days = new Map()));
    days.set(n, segs);
  }

  /** With `env`, a clash also covers the travel rule (travel.ts) and the ledger keeps the driving. */
  constructor(env?: Env) {
    if (!env) return;
    this.env = env;
    this.ledger = new TravelLedger(env, this);
  }

  /** The items of `key` touching day n. */
  itemsOn(key: string, n: number): readonly Item[] {
    return this.byKey.get(key)?.get(n) ?? NONE;
  }

  private days(k: string): Map<number, Item[]> {
    let days = this.byKey.get(k);
    if (!days) this.byKey.set(k, (days = new Map()));
    return days;
  }

  add(i: Item): void {
    if (i.kind === 'deadline') return;
    for (const k of keysOf(i)) {
      const days = this.days(k);
      const segs = this.segs.get(k);
      for (let n = i.day; n <= i.endDay; n++) {
        segs?.delete(n);
        const list = days.get(n);
        if (list) list.push(i);
        else days.set(n, [i]);
      }
    }
    if (this.ledger) for (const f of i.facilitators) for (let n = i.day; n <= i.endDay; n++) this.ledger.touch(f, n);
    if (i.kind === 'individual' || i.kind === 'coaching') for (const f of i.facilitators) this.bump(f, i.day, 1);
  }

  /** Takes a booked item out; an item that is not booked is left alone (removing twice is harmless). */
  remove(i: Item): void {
    if (i.kind === 'deadline') return;
    let found = false;
    for (const k of keysOf(i)) {
      const days = this.byKey.get(k);
      if (!days) continue;
      const segs = this.segs.get(k);
      for (let n = i.day; n <= i.endDay; n++) {
        const list = days.get(n);
        if (!list) continue;
        segs?.delete(n);
        const at = list.indexOf(i);
        if (at >= 0) {
          // the others keep their order, without the array splice would allocate for what it takes out
          for (let j = at + 1; j < list.length; j++) list[j - 1] = list[j]!;
          list.pop();
          found = true;
        }
      }
    }
    if (found && this.ledger) for (const f of i.facilitators) for (let n = i.day; n <= i.endDay; n++) this.ledger.touch(f, n);
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

  /**
   * The first booked item of `key` overlapping [start, end) (absolute minutes), other than `except`;
   * with a `probe` (what is being placed there) and travel on, also the item a person of `key` could
   * not reach or leave in time (travel.ts).
   */
  clash(key: string, start: number, end: number, except?: ReadonlySet<Item>, probe?: Item): Item | undefined {
    const days = this.byKey.get(key);
    if (!days) return undefined;
    const d0 = Math.floor(start / DAY_MINUTES);
    const d1 = Math.floor((end - 1) / DAY_MINUTES);
    let booked = false;
    for (let n = d0; n <= d1; n++) {
      const list = days.get(n);
      if (!list || list.length === 0) continue;
      booked = true;
      for (const other of list) {
        if (except?.has(other)) continue;
        if (absStart(other) < end && start < absEnd(other)) return other;
      }
    }
    // with nothing else on those days only the trip from home could fail, which is not a clash
    if (!booked || !probe || !this.env || !key.startsWith('p:')) return undefined;
    // the probe's own trip from home is checked where appointment times are chosen (pack.ts)
    const hit = travelConflict(this.env, this, personAt(key), start, end, probe, except);
    return hit === 'home' ? undefined : hit;
  }

  /** Latest end among `key`'s bookings overlapping [start, end), to jump past a clash. */
  clashEnd(key: string, start: number, end: number, except?: ReadonlySet<Item>): number | undefined {
    const days = this.byKey.get(key);
    if (!days) return undefined;
    let best: number | undefined;
    const d0 = Math.floor(start / DAY_MINUTES);
    const d1 = Math.floor((end - 1) / DAY_MINUTES);
    for (let n = d0; n <= d1; n++) {
      for (const other of days.get(n) ?? NONE) {
        if (except?.has(other)) continue;
        if (absStart(other) < end && start < absEnd(other)) best = Math.max(best ?? 0, absEnd(other));
      }
    }
    return best;
  }
}
