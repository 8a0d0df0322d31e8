/** Who may take part: municipalities, members-only programmes, partners and the audience's roles. */
import { findMunicipality, suggestMunicipalities } from '../../calendar/municipalities.js';
import { isActive } from '../../capacity/place.js';
import type { Person, Programme } from '../../model/types.js';
import type { CohortHead, RegistrationRow } from '../normalize.js';
import type { RuleReporter } from '../rules-messages.js';

/** The CBS code of a known municipality (by code or exact name); an unknown one is reported and kept as written. */
function checkMunicipality(r: RuleReporter, value: string | undefined, pointer: string): string | undefined {
  if (value === undefined || value === '') return value;
  const m = findMunicipality(value);
  if (m) return m.code;
  r.error('municipality/unknown', pointer, { value }, { suggestion: suggestMunicipalities(value)[0] });
  return value;
}

/** Checks each person's municipality and replaces a known one by its CBS code. */
export function checkPeopleMunicipalities(r: RuleReporter, people: Person[]): void {
  people.forEach((p, i) => {
    const code = checkMunicipality(r, p.municipality, `/people/${i}/municipality`);
    if (code !== undefined) p.municipality = code;
  });
}

export function checkVenueMunicipality(r: RuleReporter, head: CohortHead): void {
  if (head.venue?.municipality) head.venue.municipality = checkMunicipality(r, head.venue.municipality, '/venue/municipality');
}

/** Checks who registered against the programme; replaces each known municipality by its CBS code. */
export function checkRegistrationEligibility(r: RuleReporter, rows: readonly RegistrationRow[], programme: Programme | undefined): void {
  for (const { reg, at } of rows) {
    reg.municipality = checkMunicipality(r, reg.municipality, `${at}/municipality`) ?? reg.municipality;
    if (!programme) continue;
    // Who left (cancelled, withdrawn, declined, expired) needs no seat, member or not.
    if (programme.membersOnly && !reg.member && isActive(reg)) {
      r.warn('eligibility/non-member', `${at}/member`, { programme: programme.id }, { hint: r.text('eligibility/non-member:hint') });
    }
    if (programme.partners === 'none' && reg.partnerJoins) r.warn('partner/not-allowed', `${at}/partner-joins`, { programme: programme.id });
    if (programme.partners === 'required' && !reg.partner) r.warn('partner/required', at, { programme: programme.id });
    if (reg.role && programme.audience.length > 0 && !programme.audience.includes(reg.role)) {
      r.warn('registration/role-not-in-audience', `${at}/role`, { role: reg.role, audience: programme.audience.join(', ') });
    }
  }
}
