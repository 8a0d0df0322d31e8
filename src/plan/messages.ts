/** The planner's texts: refusal reasons, infeasibility messages and score facts, in English and Dutch. */
import { translate, weekdayName } from '../i18n/index.js';
import type { Catalog, Lang, Params } from '../i18n/index.js';

export const messages = {
  // Why a date is refused (one reason of a Refusal).
  'why.weekday': {
    en: (p) => `${p.weekday} is not a programme weekday`,
    nl: (p) => `${p.weekday} is geen programmadag`,
  },
  'why.slot-weekday': {
    en: (p) => `not a ${p.weekday} (the slot's weekday)`,
    nl: (p) => `geen ${p.weekday} (de vaste dag)`,
  },
  'why.holiday': { en: (p) => `${p.name} (${p.kind})`, nl: (p) => `${p.name} (${p.kind})` },
  'why.holiday-evening': {
    en: (p) => `${p.name}: the session runs after ${p.from}`,
    nl: (p) => `${p.name}: de sessie loopt na ${p.from}`,
  },
  'why.school': {
    en: (p) => `${p.name} (school holiday, region ${p.region})`,
    nl: (p) => `${p.name} (schoolvakantie regio ${p.region})`,
  },
  'why.blackout': { en: (p) => `programme blackout ${p.range}`, nl: (p) => `uitgesloten periode ${p.range}` },
  'why.cohort-unavailable': {
    en: (p) => `cohort unavailable ${p.range}`,
    nl: (p) => `groep niet beschikbaar ${p.range}`,
  },
  'why.facilitator-unavailable': {
    en: (p) => `facilitator ${p.person} unavailable`,
    nl: (p) => `begeleider ${p.person} niet beschikbaar`,
  },
  'why.before-start': {
    en: (p) => `before the cohort's start ${p.date}`,
    nl: (p) => `voor de start van de groep ${p.date}`,
  },
  'why.after-span': {
    en: (p) => `after the programme's span (${p.span}: last day ${p.date})`,
    nl: (p) => `na de looptijd van het programma (${p.span}: laatste dag ${p.date})`,
  },
  'why.after-end': { en: (p) => `after the cohort's end ${p.date}`, nl: (p) => `na het einde van de groep ${p.date}` },
  'why.dst': {
    en: (p) => `${p.time} does not exist on this day (clock change)`,
    nl: (p) => `${p.time} bestaat op deze dag niet (klok gaat vooruit)`,
  },
  'why.gap': {
    en: (p) => `not ${p.gap} after ${p.phase} (which ends ${p.ends})`,
    nl: (p) => `niet ${p.gap} na ${p.phase} (die eindigt ${p.ends})`,
  },
  'why.every': {
    en: (p) => `not ${p.gap} after ${p.previous} (${p.ends})`,
    nl: (p) => `niet ${p.gap} na ${p.previous} (${p.ends})`,
  },
  'why.no-room-after': {
    en: (p) => `leaves no date for ${p.next} (${p.gap} later)`,
    nl: (p) => `laat geen datum over voor ${p.next} (${p.gap} later)`,
  },
  'why.fixed-elsewhere': {
    en: (p) => `${p.session} is fixed on ${p.date}`,
    nl: (p) => `${p.session} ligt vast op ${p.date}`,
  },
  'why.fixed-time': {
    en: (p) => `${p.time} is outside working hours, over the daily maximum or taken`,
    nl: (p) => `${p.time} valt buiten de werktijden, boven het dagmaximum of is bezet`,
  },
  'why.busy': {
    en: (p) => `${p.who} is at ${p.cohort} ${p.title} (${p.when})`,
    nl: (p) => `${p.who} is bij ${p.cohort} ${p.title} (${p.when})`,
  },
  'why.travel': {
    en: (p) => `${p.who} is at ${p.cohort} ${p.title} in ${p.there} (${p.when}), ${p.drive} from ${p.here}: too little time to travel in between`,
    nl: (p) => `${p.who} is bij ${p.cohort} ${p.title} in ${p.there} (${p.when}), ${p.drive} rijden van ${p.here}: te weinig tijd om te reizen`,
  },
  'drive.hm': { en: (p) => `${p.h}h${p.mm}`, nl: (p) => `${p.h}u${p.mm}` },
  'drive.m': { en: (p) => `${p.m} min`, nl: (p) => `${p.m} min` },
  'why.venue-busy': {
    en: (p) => `venue ${p.venue} in use: ${p.title} of ${p.cohort} (${p.when})`,
    nl: (p) => `locatie ${p.venue} bezet: ${p.title} van ${p.cohort} (${p.when})`,
  },
  'why.no-appointment': {
    en: (p) => `no room for ${p.registration} (hours ${p.hours}, at most ${p.max} a day per facilitator, window ${p.window}): ${p.detail}`,
    nl: (p) => `geen ruimte voor ${p.registration} (uren ${p.hours}, hoogstens ${p.max} per dag per begeleider, venster ${p.window}): ${p.detail}`,
  },
  'why.no-appointment-blocked': {
    en: (p) => `no room for ${p.registration} (hours ${p.hours}, at most ${p.max} a day per facilitator, window ${p.window}): ${p.detail}; ${p.blockers}`,
    nl: (p) => `geen ruimte voor ${p.registration} (uren ${p.hours}, hoogstens ${p.max} per dag per begeleider, venster ${p.window}): ${p.detail}; ${p.blockers}`,
  },
  'why.phase-too-late': {
    en: (p) => `the first appointment could only be on ${p.first}, more than ${p.max} after ${p.phase}`,
    nl: (p) => `de eerste afspraak kon pas op ${p.first}, meer dan ${p.max} na ${p.phase}`,
  },
  'why.same-day-order': {
    en: (p) => `starts before ${p.phase} ends that day (${p.time})`,
    nl: (p) => `begint voordat ${p.phase} die dag afloopt (${p.time})`,
  },
  'slot.max-per-day': { en: () => 'daily maximum reached on every day left', nl: () => 'dagmaximum bereikt op elke resterende dag' },
  'slot.hours': { en: () => 'no free time within working hours', nl: () => 'geen vrije tijd binnen de werktijden' },
  'slot.evening': { en: () => 'runs into a remembrance evening', nl: () => 'loopt door in de avond van de Dodenherdenking' },
  'slot.busy': { en: () => 'facilitators busy at every free time', nl: () => 'begeleiders bezet op elk vrij moment' },
  'slot.travel': {
    en: () => 'no time left to travel between appointments, or from home and back within working hours',
    nl: () => 'geen tijd over om tussen afspraken te reizen, of van huis en terug binnen de werktijden',
  },
  'slot.closed': { en: () => 'no open day left in the window', nl: () => 'geen open dag meer in het venster' },
  'why.search-budget': {
    en: () => 'the search budget ran out before this date was tried',
    nl: () => 'de zoekruimte was op voordat deze datum aan de beurt was',
  },
  'why.full-days': {
    en: (p) => `all ${p.n} days in the window are full or closed`,
    nl: (p) => `alle ${p.n} dagen in het venster zijn vol of gesloten`,
  },

  // Infeasibility messages.
  'infeasible.no-date': {
    en: (p) => `No date for ${p.title} (${p.session}) of cohort ${p.cohort}: every candidate date is refused.`,
    nl: (p) => `Geen datum voor ${p.title} (${p.session}) van groep ${p.cohort}: elke mogelijke datum valt af.`,
  },
  'infeasible.fixed': {
    en: (p) => `Fixed session ${p.session} on ${p.date} breaks a rule: ${p.reasons}.`,
    nl: (p) => `Vastgelegde sessie ${p.session} op ${p.date} breekt een regel: ${p.reasons}.`,
  },
  'infeasible.fixed-unknown': {
    en: (p) => `Fixed session ${p.session} does not exist in programme ${p.programme}.`,
    nl: (p) => `Vastgelegde sessie ${p.session} bestaat niet in programma ${p.programme}.`,
  },
  'infeasible.fixed-clash': {
    en: (p) => `Fixed sessions overlap: ${p.a} and ${p.b} (${p.who}).`,
    nl: (p) => `Vastgelegde sessies overlappen: ${p.a} en ${p.b} (${p.who}).`,
  },
  'infeasible.fixed-travel': {
    en: (p) => `Fixed sessions ${p.a} and ${p.b} leave ${p.who} too little time to travel between them.`,
    nl: (p) => `Vastgelegde sessies ${p.a} en ${p.b} laten ${p.who} te weinig tijd om ertussen te reizen.`,
  },
  'infeasible.seats': {
    en: (p) => `${p.seats} seats needed (${p.registrations} registrations, ${p.partners} partners) but at most ${p.max} per group.`,
    nl: (p) => `${p.seats} plaatsen nodig (${p.registrations} inschrijvingen, ${p.partners} partners) maar hoogstens ${p.max} per groep.`,
  },
  'infeasible.coach-capacity': {
    en: (p) => `No coach with free capacity for ${p.registration} (coaches: ${p.coaches}).`,
    nl: (p) => `Geen coach met ruimte voor ${p.registration} (coaches: ${p.coaches}).`,
  },
  'infeasible.no-facilitators': {
    en: (p) => `Phase ${p.phase} needs a facilitator or coach but cohort ${p.cohort} names none.`,
    nl: (p) => `Fase ${p.phase} heeft een begeleider of coach nodig maar groep ${p.cohort} noemt er geen.`,
  },
  'infeasible.tried-more': {
    en: (p) => `(${p.n} more dates not listed)`,
    nl: (p) => `(nog ${p.n} data niet getoond)`,
  },

  // Score facts.
  'fact.unavailable': { en: (p) => `${p.who} unavailable ${p.date} (${p.title})`, nl: (p) => `${p.who} verhinderd ${p.date} (${p.title})` },
  'fact.spacing-every': {
    en: (p) => `${p.title}: ${p.gap} after the previous session, aim ${p.aim} (${p.range})`,
    nl: (p) => `${p.title}: ${p.gap} na de vorige sessie, streven ${p.aim} (${p.range})`,
  },
  'fact.spacing-after': {
    en: (p) => `${p.phase}: starts ${p.gap} after ${p.parent}, aim ${p.aim} (${p.range})`,
    nl: (p) => `${p.phase}: begint ${p.gap} na ${p.parent}, streven ${p.aim} (${p.range})`,
  },
  'fact.compactness': {
    en: (p) => `${p.cohort}: a phase's sessions fall on average ${p.days} days after the cohort's start; last session ${p.last}`,
    nl: (p) => `${p.cohort}: de sessies van een fase vallen gemiddeld ${p.days} dagen na de start; laatste sessie ${p.last}`,
  },
  'fact.span-min': {
    en: (p) => `${p.cohort}: the plan ends ${p.last}, ${p.weeks} ${Number(p.weeks) === 1 ? 'week' : 'weeks'} before the span's minimum ${p.span} (${p.date})`,
    nl: (p) => `${p.cohort}: de planning eindigt ${p.last}, ${p.weeks} ${Number(p.weeks) === 1 ? 'week' : 'weken'} voor de minimale looptijd ${p.span} (${p.date})`,
  },
  'fact.rule-kept': { en: () => 'kept', nl: () => 'nageleefd' },
  'weeks': { en: (p) => `${p.n}w`, nl: (p) => `${p.n}w` },
} satisfies Catalog;

export type PlanMessage = keyof typeof messages;

export function t(lang: Lang, key: PlanMessage, params: Params = {}): string {
  return translate(messages, lang, key, params);
}

const KIND_LABEL: Record<string, { en: string; nl: string }> = {
  'public-holidays': { en: 'public holiday', nl: 'feestdag' },
  'good-friday': { en: 'Good Friday', nl: 'Goede Vrijdag' },
  'liberation-day': { en: 'Liberation Day', nl: 'Bevrijdingsdag' },
  'remembrance-evening': { en: 'Remembrance evening', nl: 'Dodenherdenking' },
};

export function holidayKindLabel(lang: Lang, kind: string): string {
  return KIND_LABEL[kind]?.[lang] ?? kind;
}

export function weekdayText(lang: Lang, mondayBased: number): string {
  return weekdayName(lang, mondayBased);
}
