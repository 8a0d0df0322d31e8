/** The words of `cohort match`, English and Dutch. */
import { translate, type Args, type Catalog, type Lang, type NoParams } from '../../i18n/index.js';

type N = { n: number };

export interface MatchMessages {
  heading: { title: string; id: string; coachees: number; coaches: number };
  weights: { track: string; travel: number; role: number; availability: number; party: number };
  total: { total: number; pairs: number; how: string };
  'total.unmatched': { total: number; pairs: number; unmatched: number; how: string };
  'total.optimal': NoParams;
  'total.kept': NoParams;
  pinned: NoParams;
  rematched: { was: string };
  'reason.travel': { minutes: number; km: string; from: string };
  'reason.travel-unknown': NoParams;
  'reason.role-fits': { office: string };
  'reason.role-not': { office: string; cost: number };
  'reason.available': NoParams;
  'reason.unavailable': { days: number; coach: number; coachee: number; cost: number };
  'reason.same-party': { party: string };
  'reason.other-party': { cost: number };
  'next-best': { list: string };
  'next-best.none': NoParams;
  full: NoParams;
  'unmatched.heading': { who: string };
  'unmatched.full': { list: string };
  'unmatched.blocked': { list: string };
  'block.own-municipality': NoParams;
  'block.intaker': NoParams;
  'block.excluded': NoParams;
  'block.too-far': { trip: number; day: number };
  'help.heading': NoParams;
  'help.raise-capacity': { coach: string; capacity: number; cost: number };
  'help.outside-pool': { coach: string; cost: number };
  'help.rematch-all': N;
  'help.none': NoParams;
  'dropped.excluded': { coachee: string; coach: string };
  'dropped.not-in-pool': { coachee: string; coach: string };
  'dropped.no-seat': { coachee: string; coach: string };
  'dropped.blocked': { coachee: string; coach: string; reason: string };
  reoptimised: { changes: number; gained: number };
  'load.heading': NoParams;
  'load.line': { coach: string; here: number; capacity: string; elsewhere: string };
  'load.elsewhere': { n: number; cohort: string };
  'load.unlimited': NoParams;
  'csv.cohort': NoParams;
  'csv.coachee': NoParams;
  'csv.name': NoParams;
  'csv.municipality': NoParams;
  'csv.coach': NoParams;
  'csv.coach-name': NoParams;
  'csv.coach-municipality': NoParams;
  'csv.cost': NoParams;
  'csv.travel-minutes': NoParams;
  'csv.travel-km': NoParams;
  'csv.role-fits': NoParams;
  'csv.unavailable-days': NoParams;
  'csv.pinned': NoParams;
  'csv.reasons': NoParams;
  'csv.next-best': NoParams;
  yes: NoParams;
  no: NoParams;
}

const catalog: Catalog<MatchMessages> = {
  heading: {
    en: (p) => `${p.title} (${p.id}): ${p.coachees} coachees, ${p.coaches} coaches in the pool`,
    nl: (p) => `${p.title} (${p.id}): ${p.coachees} coachees, ${p.coaches} coaches in de pool`,
  },
  weights: {
    en: (p) => `track ${p.track}; cost = ${p.travel} per minute of driving + ${p.role} when the coach never held the office + ${p.availability} per working day either is unavailable + ${p.party} for another party`,
    nl: (p) => `traject ${p.track}; kosten = ${p.travel} per minuut rijden + ${p.role} als de coach het ambt nooit had + ${p.availability} per werkdag dat een van beiden niet kan + ${p.party} voor een andere partij`,
  },
  total: { en: (p) => `total cost ${p.total} for ${p.pairs} pairs (${p.how})`, nl: (p) => `totale kosten ${p.total} voor ${p.pairs} koppels (${p.how})` },
  'total.unmatched': {
    en: (p) => `total cost ${p.total} for ${p.pairs} pairs (${p.how}); ${p.unmatched} without a coach`,
    nl: (p) => `totale kosten ${p.total} voor ${p.pairs} koppels (${p.how}); ${p.unmatched} zonder coach`,
  },
  'total.optimal': { en: () => 'the least possible', nl: () => 'de laagst mogelijke' },
  'total.kept': { en: () => 'the least possible with the kept pairs; --all re-optimises them', nl: () => 'de laagst mogelijke met de gehouden koppels; --all optimaliseert die opnieuw' },
  pinned: { en: () => 'pinned', nl: () => 'vastgelegd' },
  rematched: { en: (p) => `re-matched, was ${p.was}`, nl: (p) => `opnieuw gekoppeld, was ${p.was}` },
  'reason.travel': { en: (p) => `${p.minutes} min round trip (${p.km} km) from ${p.from}`, nl: (p) => `${p.minutes} min heen en terug (${p.km} km) vanuit ${p.from}` },
  'reason.travel-unknown': { en: () => 'travel unknown (the coach has no municipality)', nl: () => 'reistijd onbekend (de coach heeft geen gemeente)' },
  'reason.role-fits': { en: (p) => `former ${p.office}`, nl: (p) => `oud-${p.office}` },
  'reason.role-not': { en: (p) => `never ${p.office} (+${p.cost})`, nl: (p) => `nooit ${p.office} geweest (+${p.cost})` },
  'reason.available': { en: () => 'both available every working day of the track', nl: () => 'beiden elke werkdag van het traject beschikbaar' },
  'reason.unavailable': {
    en: (p) => `${p.days} working days one of them is unavailable (coach ${p.coach}, coachee ${p.coachee}) (+${p.cost})`,
    nl: (p) => `${p.days} werkdagen kan een van beiden niet (coach ${p.coach}, coachee ${p.coachee}) (+${p.cost})`,
  },
  'reason.same-party': { en: (p) => `same party (${p.party})`, nl: (p) => `zelfde partij (${p.party})` },
  'reason.other-party': { en: (p) => `another party (+${p.cost})`, nl: (p) => `andere partij (+${p.cost})` },
  'next-best': { en: (p) => `next best: ${p.list}`, nl: (p) => `daarna: ${p.list}` },
  'next-best.none': { en: () => 'next best: none (no other coach is allowed)', nl: () => 'daarna: geen (geen andere coach toegestaan)' },
  full: { en: () => 'full', nl: () => 'vol' },
  'unmatched.heading': { en: (p) => `${p.who}: the pool has no coach left`, nl: (p) => `${p.who}: de pool heeft geen coach meer` },
  'unmatched.full': { en: (p) => `full: ${p.list}`, nl: (p) => `vol: ${p.list}` },
  'unmatched.blocked': { en: (p) => `not allowed: ${p.list}`, nl: (p) => `niet toegestaan: ${p.list}` },
  'block.own-municipality': { en: () => 'own municipality', nl: () => 'eigen gemeente' },
  'block.intaker': { en: () => 'the intaker', nl: () => 'de intaker' },
  'block.excluded': { en: () => 'excluded', nl: () => 'uitgesloten' },
  'block.too-far': {
    en: (p) => `too far: ${p.trip} min round trip in a ${p.day}-minute working day`,
    nl: (p) => `te ver: ${p.trip} min heen en terug op een werkdag van ${p.day} minuten`,
  },
  'help.heading': { en: () => 'what would help:', nl: () => 'wat zou helpen:' },
  'help.raise-capacity': { en: (p) => `raise the capacity of ${p.coach} by one, to ${p.capacity} (pair cost ${p.cost})`, nl: (p) => `de capaciteit van ${p.coach} met één verhogen, naar ${p.capacity} (kosten ${p.cost})` },
  'help.outside-pool': { en: (p) => `add ${p.coach}, a coach with free capacity outside the pool, to the pool (pair cost ${p.cost})`, nl: (p) => `${p.coach}, een coach met ruimte buiten de pool, aan de pool toevoegen (kosten ${p.cost})` },
  'help.rematch-all': { en: (p) => `cohort match --all finds a coach by changing ${p.n} other pairs`, nl: (p) => `cohort match --all vindt een coach door ${p.n} andere koppels te wijzigen` },
  'help.none': { en: () => 'no coach of the pool is allowed: add a coach to the pool', nl: () => 'geen coach van de pool is toegestaan: voeg een coach aan de pool toe' },
  'dropped.excluded': { en: (p) => `pinned pair ${p.coachee} → ${p.coach} is excluded: re-matched`, nl: (p) => `vastgelegd koppel ${p.coachee} → ${p.coach} is uitgesloten: opnieuw gekoppeld` },
  'dropped.not-in-pool': { en: (p) => `pinned pair ${p.coachee} → ${p.coach} not kept: the coach is no longer in the pool`, nl: (p) => `vastgelegd koppel ${p.coachee} → ${p.coach} vervalt: de coach zit niet meer in de pool` },
  'dropped.no-seat': { en: (p) => `pinned pair ${p.coachee} → ${p.coach} not kept: ${p.coachee} has no seat`, nl: (p) => `vastgelegd koppel ${p.coachee} → ${p.coach} vervalt: ${p.coachee} heeft geen plaats` },
  'dropped.blocked': { en: (p) => `pinned pair ${p.coachee} → ${p.coach} not kept: ${p.reason}`, nl: (p) => `vastgelegd koppel ${p.coachee} → ${p.coach} vervalt: ${p.reason}` },
  reoptimised: {
    en: (p) => `--all: ${p.changes} pairs change against keeping the others; the total is ${p.gained} lower`,
    nl: (p) => `--all: ${p.changes} koppels wijzigen tegenover de andere houden; het totaal is ${p.gained} lager`,
  },
  'load.heading': { en: () => 'coaches:', nl: () => 'coaches:' },
  'load.line': { en: (p) => `${p.coach}  ${p.here} of ${p.capacity}${p.elsewhere}`, nl: (p) => `${p.coach}  ${p.here} van ${p.capacity}${p.elsewhere}` },
  'load.elsewhere': { en: (p) => `${p.n} in ${p.cohort}`, nl: (p) => `${p.n} in ${p.cohort}` },
  'load.unlimited': { en: () => 'no limit', nl: () => 'geen grens' },
  'csv.cohort': { en: () => 'cohort', nl: () => 'cohort' },
  'csv.coachee': { en: () => 'coachee', nl: () => 'coachee' },
  'csv.name': { en: () => 'name', nl: () => 'naam' },
  'csv.municipality': { en: () => 'municipality', nl: () => 'gemeente' },
  'csv.coach': { en: () => 'coach', nl: () => 'coach' },
  'csv.coach-name': { en: () => 'coach name', nl: () => 'naam coach' },
  'csv.coach-municipality': { en: () => 'coach municipality', nl: () => 'gemeente coach' },
  'csv.cost': { en: () => 'cost', nl: () => 'kosten' },
  'csv.travel-minutes': { en: () => 'round trip (min)', nl: () => 'heen en terug (min)' },
  'csv.travel-km': { en: () => 'round trip (km)', nl: () => 'heen en terug (km)' },
  'csv.role-fits': { en: () => 'former office', nl: () => 'oud-ambt' },
  'csv.unavailable-days': { en: () => 'unavailable days', nl: () => 'dagen niet beschikbaar' },
  'csv.pinned': { en: () => 'pinned', nl: () => 'vastgelegd' },
  'csv.reasons': { en: () => 'reasons', nl: () => 'redenen' },
  'csv.next-best': { en: () => 'next best', nl: () => 'daarna' },
  yes: { en: () => 'yes', nl: () => 'ja' },
  no: { en: () => 'no', nl: () => 'nee' },
};

export const matchMessages = catalog;

export function say<K extends keyof MatchMessages>(lang: Lang, key: K, ...params: Args<MatchMessages[K]>): string {
  return translate(catalog, lang, key, ...params);
}
