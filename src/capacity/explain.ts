/** Why a registration is where it is: its place, the unit it belongs to, the binding capacity, its offer and its history. */
import type { HistoryEntry } from './history.js';
import { isOpenOffer, seatsDue, seatsOf, type Layer, type Left, type Placement, type Seated, type Waiting } from './place.js';
import type { IsoDate, Programme, Registration } from '../model/types.js';

export type Standing = { kind: 'seated'; via: Seated['via'] } | { kind: 'waiting'; position?: number; reason: Waiting['reason']; ahead: number } | { kind: 'left'; why: Left['why'] };

export interface Explanation {
  cohort: string;
  registration: Registration;
  standing: Standing;
  /** Seats the registration takes, with a partner who joins when the programme gives partners a seat. */
  seats: number;
  partnerJoins: boolean;
  partnerTakesSeat: boolean;
  /** The cohort's seats: the group's max, taken, free, and the layer that binds. */
  /** `due`: seats held for offers still to make (neither taken nor free). */
  capacity: { max: number; used: number; due: number; free: number; binding: Layer };
  offer?: { expires: IsoDate; open: boolean };
  history: HistoryEntry[];
}

export function explainPlacement(placement: Placement, programme: Programme, id: string, history: readonly HistoryEntry[], today: IsoDate): Explanation | undefined {
  const seated = placement.seated.find((s) => s.registration.id === id);
  const waiting = placement.waiting.find((w) => w.registration.id === id);
  const left = placement.left.find((l) => l.registration.id === id);
  const registration = seated?.registration ?? waiting?.registration ?? left?.registration;
  if (!registration) return undefined;
  const standing: Standing = seated
    ? { kind: 'seated', via: seated.via }
    : waiting
      ? { kind: 'waiting', ...(waiting.position !== undefined ? { position: waiting.position } : {}), reason: waiting.reason, ahead: (waiting.position ?? 1) - 1 }
      : { kind: 'left', why: left!.why };
  const offer = registration.offerExpires !== undefined && (registration.status === 'offered' || registration.status === 'expired' || registration.status === 'declined')
    ? { expires: registration.offerExpires, open: isOpenOffer(registration, today) }
    : undefined;
  return {
    cohort: placement.cohort,
    registration,
    standing,
    seats: seatsOf(registration, programme),
    partnerJoins: registration.partnerJoins && programme.partners !== 'none',
    partnerTakesSeat: programme.partnerSeat,
    capacity: { max: placement.seats, used: placement.seatsUsed, due: seatsDue(placement), free: placement.free, binding: placement.binding },
    ...(offer ? { offer } : {}),
    history: history.filter((h) => h.id === id),
  };
}
