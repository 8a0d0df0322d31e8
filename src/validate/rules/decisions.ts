/**
 * Go/no-go after an intake or an introductory talk (issue 19): the programme names the phase
 * (`go-no-go`), each registration may record its `decision` and the day it was `decided`.
 */
import { sessionId } from '../../model/plan.js';
import type { Programme } from '../../model/types.js';
import type { CohortHead, RegistrationRow } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';
import { suggest } from '../suggest.js';

/** `go-no-go` names an individual phase of the programme: the decision follows each participant's own appointment. */
export function checkGoNoGoPhase(r: RuleReporter, p: Programme): void {
  if (p.goNoGo === undefined) return;
  const ids = p.phases.map((ph) => ph.id);
  const phase = p.phases.find((ph) => ph.id === p.goNoGo);
  if (!phase) r.error('ref/unknown-phase', '/go-no-go', { id: p.goNoGo }, { suggestion: ids.length ? suggest(p.goNoGo, ids) : undefined });
  else if (phase.mode !== 'individual') r.error('decision/phase-not-individual', '/go-no-go', { phase: phase.id, mode: phase.mode });
}

/**
 * A no-go leaves: its status must be an out one (withdrawn, as `cohort decide` writes), else the seat
 * stays taken. A decision is not recorded before the go-no-go appointment took place: its fixed date,
 * or the cohort's start while it is not fixed (an error: a date before the talk is a wrong date, and
 * someone who leaves before it cancels instead). A decision in a programme without a go-no-go phase
 * is only a warning: it changes nothing.
 */
export function checkDecisions(r: RuleReporter, rows: readonly RegistrationRow[], head: CohortHead, programme: Programme | undefined): void {
  if (!programme) return;
  const phase = programme.phases.find((ph) => ph.id === programme.goNoGo);
  const fixed = new Map(head.fixed.filter((f) => f.status !== 'cancelled').map((f) => [f.session, f.date]));
  for (const { reg, at } of rows) {
    if (reg.decision === undefined && reg.decided === undefined) continue;
    if (!phase || phase.mode !== 'individual') {
      r.warn('decision/no-phase', `${at}/${reg.decision !== undefined ? 'decision' : 'decided'}`, { programme: programme.id });
      continue;
    }
    if (reg.decision === 'no-go' && (reg.status === 'registered' || reg.status === 'waiting' || reg.status === 'confirmed' || reg.status === 'offered'))
      r.error('decision/no-go-active', `${at}/decision`, { id: reg.id, status: reg.status }, { hint: r.text('decision/no-go-active:hint') });
    if (reg.decided === undefined) continue;
    const session = sessionId(phase.id, phase.sessions > 1 ? 1 : undefined, reg.id);
    const talk = fixed.get(session);
    const earliest = talk ?? head.start;
    if (reg.decided < earliest)
      r.error('decision/before-talk', `${at}/decided`, { date: reg.decided, talk: earliest, session: talk !== undefined ? session : undefined }, { hint: r.text('decision/before-talk:hint') });
  }
}
