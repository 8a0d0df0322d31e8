/** Seats: a group's capacity, the order in which registrations get one, and the offers of freed seats. */
import { isOpenOffer, placeRegistrations, seatsOf, type Layer } from '../../capacity/place.js';
import { isHostRotation } from '../../intervisie/plan.js';
import type { Cohort, IsoDate, Programme } from '../../model/types.js';
import type { RegistrationRow } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';

export function checkCapacity(r: RuleReporter, p: Programme): void {
  if (p.capacity.min > p.capacity.max) r.error('capacity/min-exceeds-max', '/capacity/min', { min: p.capacity.min, max: p.capacity.max });
  if (p.offers && p.offers.until !== 'start' && !p.phases.some((ph) => ph.id === p.offers!.until)) r.error('offer/unknown-phase', '/offers/until', { id: p.offers.until });
}

/** The reserve list is ordered by the time of registration: a row without one has no place in it. */
export function checkRegisteredTimes(r: RuleReporter, rows: readonly RegistrationRow[]): void {
  for (const { reg, at } of rows) {
    if (reg.registered === '') r.error('registration/missing-registered', at, { id: reg.id }, { hint: r.text('registration/missing-registered:hint') });
  }
}

/**
 * An offer holds a seat until its last day, so it needs one; the date means nothing on other
 * statuses. On `today` (validate's `--today`) an offer past its last day holds no seat any more,
 * as every command places it (`isOpenOffer`): a warning until `cohort offer update` records it.
 */
export function checkOffers(r: RuleReporter, rows: readonly RegistrationRow[], today?: IsoDate): void {
  for (const { reg, at } of rows) {
    if (reg.status === 'offered' && reg.offerExpires !== undefined && !isOpenOffer(reg, today)) {
      r.warn('offer/expired', `${at}/offer-expires`, { id: reg.id, date: reg.offerExpires }, { hint: r.text('offer/expired:hint') });
    }
    // A date that is written but not real is reported as date/unreal: no follow-on error.
    if (reg.status === 'offered' && reg.offerExpires === undefined && !hasValue(r.file.data, `${at}/offer-expires`)) r.error('offer/no-expiry', `${at}/status`, { id: reg.id }, { hint: r.text('offer/no-expiry:hint') });
    if (reg.offerExpires !== undefined && reg.status !== 'offered' && reg.status !== 'declined' && reg.status !== 'expired') {
      r.warn('offer/expiry-not-offered', `${at}/offer-expires`, { status: reg.status });
    }
  }
}

function hasValue(data: unknown, pointer: string): boolean {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node !== undefined && node !== null && node !== '';
}

function layerName(l: Layer): string {
  return l.kind === 'group' ? 'capacity.max' : l.kind === 'total' ? 'capacity.total' : l.kind === 'groups' ? `capacity.max × ${l.groups} groups` : `quota ${l.on} ${l.value}`;
}

/** Confirmed registrations and open offers that no longer fit (the capacity was lowered, or too many were confirmed). */
export function checkSeatsHeld(r: RuleReporter, rows: readonly RegistrationRow[], programme: Programme | undefined, today?: IsoDate, cohort: Pick<Cohort, 'id'> & Partial<Pick<Cohort, 'groups'>> = { id: '' }): void {
  if (!programme) return;
  // Most files hold fewer confirmed seats than the group has (and than a programme total, which counts this
  // cohort alone here): then nothing can be over, and nothing is placed. Intervisie seats are its groups'.
  // An offer past its last day holds no seat (checkOffers warns about it).
  const held = rows.reduce((n, row) => n + (row.reg.status === 'confirmed' || isOpenOffer(row.reg, today) ? seatsOf(row.reg, programme) : 0), 0);
  const { max, total, quotas } = programme.capacity;
  const roomForAll = held <= max && (total === undefined || (held <= total && !isHostRotation(programme)));
  if (roomForAll && (quotas ?? []).length === 0) return;
  const placement = placeRegistrations(rows.map((row) => row.reg), programme, { today }, cohort);
  const at = new Map(rows.map((row) => [row.reg, row.at]));
  for (const w of placement.waiting) {
    // An intervisie cohort: a confirmed seat or open offer the groups have no seat for (src/capacity/place.ts).
    const holds = w.registration.status === 'confirmed' || w.registration.status === 'offered';
    const layer = w.reason.kind === 'over-capacity' ? w.reason.layer : w.reason.kind === 'group' && holds ? placement.binding : undefined;
    if (!layer) continue;
    r.warn('capacity/over', `${at.get(w.registration)}/status`, { id: w.registration.id, seats: layer.kind === 'groups' ? layer.groups * layer.max : layer.max, layer: layerName(layer) });
  }
}
