/**
 * Who gets a seat: active registrations in order of priority (lower first), then registration time,
 * then id; a partner who joins takes a seat too when the programme says so. Strict order: when the
 * next registration does not fit, the seats that are left stay free and everyone behind waits on the
 * reserve list (reservelijst), so nobody is passed over.
 */
import type { Programme, Registration } from '../model/types.js';

export interface Placement {
  placed: Registration[];
  /** In order: position 1 is offered the next free seat. */
  reserve: Registration[];
  seatsUsed: number;
  seats: number;
}

export function isActive(r: Registration): boolean {
  return r.status === 'registered' || r.status === 'confirmed';
}

export function seatsOf(r: Registration, programme: Programme): number {
  return 1 + (r.partnerJoins && programme.partnerSeat && programme.partners !== 'none' ? 1 : 0);
}

/** Seats the registrations take together, partners who join included. */
export function seatsTaken(registrations: readonly Registration[], programme: Programme): number {
  return registrations.reduce((n, r) => n + seatsOf(r, programme), 0);
}

/** ISO timestamps with offsets compare as instants only after conversion. */
function instant(r: Registration): number {
  const t = Date.parse(r.registered);
  // No time, no claim on a place in the queue: validate reports it, and here it waits behind every dated one.
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function byQueue(a: Registration, b: Registration): number {
  const pa = a.priority ?? Number.MAX_SAFE_INTEGER;
  const pb = b.priority ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  const ta = instant(a);
  const tb = instant(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function placeRegistrations(registrations: readonly Registration[], programme: Programme): Placement {
  const queue = registrations.filter(isActive).sort(byQueue);
  const seats = programme.capacity.max;
  const placed: Registration[] = [];
  const reserve: Registration[] = [];
  let used = 0;
  for (const r of queue) {
    const need = seatsOf(r, programme);
    if (reserve.length === 0 && used + need <= seats) {
      placed.push(r);
      used += need;
    } else reserve.push(r);
  }
  return { placed, reserve, seatsUsed: used, seats };
}
