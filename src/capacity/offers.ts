/**
 * When an offer of a seat expires: a number of working days after it is made (weekends and Dutch
 * public holidays do not count), and never on or after the programme's cutoff, from which no
 * offers are made at all (pretix sent vouchers after the event had started: #1031, #681).
 */
import { addDays, weekdayIndex } from '../calendar/date.js';
import type { Cohort, IsoDate, OfferRules, Programme } from '../model/types.js';

export const DEFAULT_OFFERS: OfferRules = { days: 5, until: 'start' };

export function offerRules(programme: Programme): OfferRules {
  return programme.offers ?? DEFAULT_OFFERS;
}

/** The day `n` working days after `from`: Monday to Friday, not a public holiday. */
export function addWorkingDays(from: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let d = from;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (weekdayIndex(d) < 5 && !holidays.has(d)) counted++;
  }
  return d;
}

/** The first day without offers: the first session of the `until` phase as the cohort fixed it, else the cohort's start. */
export function offerCutoff(cohort: Cohort, programme: Programme): IsoDate {
  const { until } = offerRules(programme);
  if (until === 'start') return cohort.start;
  const own = (s: string) => s === until || s.startsWith(`${until}#`) || s.startsWith(`${until}@`);
  const dates = cohort.fixed.filter((f) => own(f.session) && f.status !== 'cancelled').map((f) => f.date).sort();
  return dates[0] ?? cohort.start;
}

/** The last day to answer an offer made on `today`, or undefined when no offer may be made any more. */
export function offerExpiry(today: IsoDate, cohort: Cohort, programme: Programme, holidays: ReadonlySet<IsoDate>): IsoDate | undefined {
  const cutoff = offerCutoff(cohort, programme);
  if (today >= cutoff) return undefined;
  const expiry = addWorkingDays(today, offerRules(programme).days, holidays);
  const lastDay = addDays(cutoff, -1);
  return expiry < lastDay ? expiry : lastDay;
}
