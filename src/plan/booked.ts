import type { CoachingPhase, Duration, IndividualPhase } from '../model/types.js';

/**
 * How long an appointment is booked. A range (LoopbaanPlus "Uw droom (2-3 uur)") is booked for its
 * longer end, as a planner books a talk: one that ends early frees the facilitator, one that
 * overruns makes the next mayor wait or the drive late. Planner, pinned plan and check read it here.
 */
export function bookedDuration(phase: IndividualPhase | CoachingPhase): Duration {
  return phase.mode === 'individual' ? phase.duration.max : phase.duration;
}
