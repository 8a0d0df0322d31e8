/** Seats: a group's capacity. */
import type { Programme } from '../../model/types.js';
import type { RuleReporter } from '../rules-messages.js';

export function checkCapacity(r: RuleReporter, p: Programme): void {
  if (p.capacity.min > p.capacity.max) r.error('capacity/min-exceeds-max', '/capacity/min', { min: p.capacity.min, max: p.capacity.max });
}
