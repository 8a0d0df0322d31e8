/** Intervisie: with host-rotation every member hosts one meeting in their own municipality. */
import type { Programme } from '../../model/types.js';
import type { RuleReporter } from '../rules-messages.js';

export function checkHostRotation(r: RuleReporter, p: Programme): void {
  p.phases.forEach((phase, i) => {
    if (phase.mode !== 'group' || phase.location !== 'host-rotation') return;
    const { min, max } = p.capacity;
    const params = { sessions: phase.sessions, min, max };
    if (phase.sessions < min || phase.sessions > max) r.error('intervisie/host-rotation-size', `/phases/${i}/location`, params);
    else if (min !== max) r.warn('intervisie/host-rotation-uneven', `/phases/${i}/location`, params);
  });
}
