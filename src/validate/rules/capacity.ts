/** Seats: a group's capacity, and the order in which registrations get one. */
import type { Programme } from '../../model/types.js';
import type { RegistrationRow } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';

export function checkCapacity(r: RuleReporter, p: Programme): void {
  if (p.capacity.min > p.capacity.max) r.error('capacity/min-exceeds-max', '/capacity/min', { min: p.capacity.min, max: p.capacity.max });
}

/** The reserve list is ordered by the time of registration: a row without one has no place in it. */
export function checkRegisteredTimes(r: RuleReporter, rows: readonly RegistrationRow[]): void {
  for (const { reg, at } of rows) {
    if (reg.registered === '') r.error('registration/missing-registered', at, { id: reg.id }, { hint: r.text('registration/missing-registered:hint') });
  }
}
