/** The planner's texts: refusal reasons, infeasibility messages and score facts, in English and Dutch. */
import { formatNumber, hasMessage, sayAmount, sayDuration, sayDurationRange, translate, weekdayName } from '../i18n/index.js';
import type { Args, Catalog, Lang, NoParams } from '../i18n/index.js';
import type { Duration } from '../model/types.js';
import { durationText, rangeText } from './days.js';

/** A gap or an `every`: no max means "at least min". */
type Range = { min: Duration; max?: Duration | undefined };
type Booked = { title: string; cohort: string; when: string };

/**
 * The parameters of each planner message. Durations and day counts arrive as values: English shows
 * them as the files write them (`2w..4w`, `6.7w`), Dutch in words with a decimal comma (`2 tot 4
 * weken`, `6,7 weken`).
 */
export interface PlanMessages {
  'why.weekday': { weekday: string };
  'why.slot-weekday': { weekday: string };
  'why.holiday': { name: string; kind: string };
  'why.holiday-evening': { name: string; from: string };
  'why.school': { name: string; region: string };
  'why.school-participants': { name: string; regions: string; count: number };
  'why.blackout': { range: string };
  'why.cohort-unavailable': { range: string };
  'why.facilitator-unavailable': { person: string };
  'why.guest-unavailable': { person: string; role: string; phase: string };
  'why.before-start': { date: string };
  'why.before-today': { date: string };
  'why.after-span': { span: Duration; date: string };
  'why.after-end': { date: string };
  'why.dst': { time: string };
  'why.gap': { gap: Range; phase: string; ends: string };
  'why.every': { gap: Range; previous: string; ends: string };
  /** `gap` is undefined when the blocked phase is unknown. */
  'why.no-room-after': { next: string; gap: Range | undefined };
  'why.fixed-elsewhere': { session: string; date: string };
  'why.fixed-time': { time: string };
  'why.busy': Booked & { who: string };
  /** `there`: where the other session is; `here`: the session being placed; `drive`: the estimate in words. */
  'why.travel': Booked & { who: string; there: string; here: string; drive: string };
  'drive.hm': { h: number; mm: string };
  'drive.m': { m: number };
  'why.venue-busy': Booked & { venue: string };
  'why.no-appointment': { registration: string; hours: string; max: number | string; window: Duration; detail: string };
  /** `blockers`: what held the person on the days tried, dated. */
  'why.no-appointment-blocked': { registration: string; hours: string; max: number | string; window: Duration; detail: string; blockers: string };
  'why.phase-too-late': { first: string; max: Duration | undefined; phase: string };
  'why.same-day-order': { phase: string; time: string };
  'slot.max-per-day': NoParams;
  'slot.hours': NoParams;
  'slot.evening': NoParams;
  'slot.busy': NoParams;
  'slot.closed': NoParams;
  'slot.travel': NoParams;
  'why.search-budget': NoParams;
  'why.full-days': { n: number };
  'infeasible.no-date': { title: string; session: string; cohort: string };
  'infeasible.fixed': { session: string; date: string; reasons: string };
  'infeasible.fixed-unknown': { session: string; programme: string };
  'infeasible.fixed-clash': { a: string; b: string; who: string };
  'infeasible.fixed-travel': { a: string; b: string; who: string };
  'infeasible.coach-capacity': { registration: string; coaches: string };
  'infeasible.no-facilitators': { phase: string; cohort: string };
  'infeasible.tried-more': { n: number };
  'suggest.without-unavailable': { range: string };
  'suggest.without-blackout': { range: string };
  'suggest.later-end': { date: string; was: string; weeks: number };
  'suggest.later-start': { date: string; was: string };
  'suggest.second-facilitator': NoParams;
  /** `reason`: a refusal that names another cohort's session or a drive; `dates`: on how many dates. */
  'infeasible.blocked-by': { reason: string; dates: number };
  /** `cohorts`: the ids, joined; `shared`: the people and venues they share, joined (proof.ts). */
  'infeasible.joint': { cohorts: string; shared: string };
  /** A counting proof (proof.ts `bottleneck`): the stretch of days, the dates needed there and how many fit. */
  'infeasible.counted': { cohorts: string; shared: string; from: string; to: string; need: number; room: number };
  /**
   * An appointment proof (proof.ts `appointmentRoom`): `phases`, the phases' parts joined; `rest`: the session left
   * with no date once those openings are gone ('' when it is the phase itself); `away`: the facilitators'
   * unavailable days in those windows, or ''.
   */
  'infeasible.appointments': { cohort: string; phases: string; rest: string; away: string };
  /**
   * A shared-appointment proof (proof.ts `sharedRoom`): `who` takes every appointment of `sides` (each an
   * `infeasible.shared-side`, joined); they need `need` units where at most `room` fit, at most `perDay` a day.
   */
  'infeasible.shared-appointments': { cohorts: string; who: string; sides: string; need: number; room: number; perDay: number; hours: string };
  /** One cohort of it: its phase holds `need` units (`count` sessions each) within `window`, opened from `from` to `to`. */
  'infeasible.shared-side': { cohort: string; phase: string; need: number; count: number; window: string; from: string; to: string };
  /** One phase of it: `need` units (`count` sessions of one participant on one day) with `who` within `window`; opened from `from` to `to`, at most `room` fit. */
  'infeasible.appointments-phase': { phase: string; need: number; count: number; who: string; window: string; from: string; to: string; room: number; perDay: string; hours: string };
  /**
   * A travel proof (proof.ts `travelReach`): `phase` with `reg` at `place` lasts `length` within `hours`;
   * `why`: with all facilitators there (`infeasible.reach-all`) or per person who may take it (`infeasible.reach-one`), joined.
   */
  'infeasible.reach': { cohort: string; phase: string; reg: string; place: string; length: string; hours: string; why: string };
  /** Everyone attends: the earliest start `from` and latest end `to` there, and `who` (`infeasible.reach-who`, joined). */
  'infeasible.reach-all': { from: string; to: string; who: string };
  /** Any one may take it: `who`, the people's `infeasible.reach-one`, joined. */
  'infeasible.reach-any': { who: string };
  /** One who may take it: there from `from`, gone by `to`, and the drive (`infeasible.reach-who`). */
  'infeasible.reach-one': { from: string; to: string; who: string };
  /** One person: `drive` each way from `home`, working day `day`. */
  'infeasible.reach-who': { who: string; drive: string; home: string; day: string };
  'fact.unavailable': { who: string; date: string; title: string };
  /** Gap and aim in days (fractions of a week are shown). */
  'fact.spacing-every': { title: string; gapDays: number; aimDays: number; range: Range };
  'fact.spacing-after': { phase: string; gapDays: number; parent: string; aimDays: number; range: Range };
  /** The mean offset in days. */
  'fact.compactness': { cohort: string; days: number; last: string };
  /** `days` short of the span's minimum. */
  'fact.span-min': { cohort: string; last: string; days: number; span: Duration; date: string };
  'fact.rule-kept': NoParams;
  /** Road km and driving (in words) over `days` days; the longest day with its km and driving. */
  'fact.travel-person': { who: string; km: number; drive: string; days: number; date: string; dayKm: number; dayDrive: string };
  /** One person's day: the route from home past each session and back. */
  'fact.travel-day': { who: string; date: string; route: string; km: number; drive: string };
  /** A coach's day with conversations of more than one pair: the pairs (cohort/coachee) and the day's road km. */
  'fact.bunching': { who: string; date: string; pairs: string; km: number };
  'holiday.public-holidays': NoParams;
  'holiday.good-friday': NoParams;
  'holiday.liberation-day': NoParams;
  'holiday.remembrance-evening': NoParams;
  'holiday.council-evenings': NoParams;
  'school.kerstvakantie': NoParams;
  'school.voorjaarsvakantie': NoParams;
  'school.meivakantie': NoParams;
  'school.zomervakantie': NoParams;
  'school.herfstvakantie': NoParams;
}

/** Weeks in the score facts: `6.7w` as in the files; in Dutch `6,7 weken`. */
const weeks: Record<Lang, (days: number) => string> = {
  en: (days) => `${formatNumber('en', days / 7, { min: 1, max: 1 })}w`,
  nl: (days) => sayAmount('nl', days / 7, 'week', { max: 1 }),
};

export const messages: Catalog<PlanMessages> = {
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
  // school-region: participants — the day is avoided for the participants who live in the region(s)
  'why.school-participants': {
    en: (p) => `${p.name} (school holiday of ${p.count} participant${p.count === 1 ? '' : 's'}, region ${p.regions})`,
    nl: (p) => `${p.name} (schoolvakantie van ${p.count} deelnemer${p.count === 1 ? '' : 's'}, regio ${p.regions})`,
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
  'why.guest-unavailable': {
    en: (p) => `guest ${p.person} (${p.role}, required at ${p.phase}) unavailable`,
    nl: (p) => `gast ${p.person} (${p.role}, nodig bij ${p.phase}) niet beschikbaar`,
  },
  'why.before-start': {
    en: (p) => `before the cohort's start ${p.date}`,
    nl: (p) => `voor de start van de groep ${p.date}`,
  },
  'why.before-today': {
    en: (p) => `before today ${p.date} (a session held already is kept with a fixed entry)`,
    nl: (p) => `voor vandaag ${p.date} (een sessie die al is gehouden blijft staan met een vaste datum)`,
  },
  'why.after-span': {
    en: (p) => `after the programme's span (${durationText(p.span)}: last day ${p.date})`,
    nl: (p) => `na de looptijd van het programma (${sayDuration('nl', p.span)}: laatste dag ${p.date})`,
  },
  'why.after-end': { en: (p) => `after the cohort's end ${p.date}`, nl: (p) => `na het einde van de groep ${p.date}` },
  'why.dst': {
    en: (p) => `${p.time} does not exist on this day (clock change)`,
    nl: (p) => `${p.time} bestaat op deze dag niet (klok gaat vooruit)`,
  },
  'why.gap': {
    en: (p) => `not ${rangeText(p.gap)} after ${p.phase} (which ends ${p.ends})`,
    nl: (p) => `niet ${sayDurationRange('nl', p.gap)} na ${p.phase} (die eindigt ${p.ends})`,
  },
  'why.every': {
    en: (p) => `not ${rangeText(p.gap)} after ${p.previous} (${p.ends})`,
    nl: (p) => `niet ${sayDurationRange('nl', p.gap)} na ${p.previous} (${p.ends})`,
  },
  'why.no-room-after': {
    en: (p) => `leaves no date for ${p.next} (${p.gap ? rangeText(p.gap) : ''} later)`,
    nl: (p) => `laat geen datum over voor ${p.next} (${p.gap ? sayDurationRange('nl', p.gap) : ''} later)`,
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
  'drive.m': { en: (p) => `${p.m} min`, nl: (p) => `${p.m} min.` },
  'why.venue-busy': {
    en: (p) => `venue ${p.venue} in use: ${p.title} of ${p.cohort} (${p.when})`,
    nl: (p) => `locatie ${p.venue} bezet: ${p.title} van ${p.cohort} (${p.when})`,
  },
  'why.no-appointment': {
    en: (p) => `no room for ${p.registration} (hours ${p.hours}, at most ${p.max} a day per facilitator, window ${durationText(p.window)}): ${p.detail}`,
    nl: (p) => `geen ruimte voor ${p.registration} (uren ${p.hours}, hoogstens ${p.max} per dag per begeleider, venster ${sayDuration('nl', p.window)}): ${p.detail}`,
  },
  'why.no-appointment-blocked': {
    en: (p) => `no room for ${p.registration} (hours ${p.hours}, at most ${p.max} a day per facilitator, window ${durationText(p.window)}): ${p.detail}; ${p.blockers}`,
    nl: (p) => `geen ruimte voor ${p.registration} (uren ${p.hours}, hoogstens ${p.max} per dag per begeleider, venster ${sayDuration('nl', p.window)}): ${p.detail}; ${p.blockers}`,
  },
  'why.phase-too-late': {
    en: (p) => `the first appointment could only be on ${p.first}, more than ${p.max ? durationText(p.max) : ''} after ${p.phase}`,
    nl: (p) => `de eerste afspraak kon pas op ${p.first}, meer dan ${p.max ? sayDuration('nl', p.max) : ''} na ${p.phase}`,
  },
  'why.same-day-order': {
    en: (p) => `starts before ${p.phase} ends that day (${p.time})`,
    nl: (p) => `begint voordat ${p.phase} die dag afloopt (${p.time})`,
  },
  'slot.max-per-day': { en: () => 'daily maximum reached on every day left', nl: () => 'dagmaximum bereikt op elke resterende dag' },
  'slot.hours': { en: () => 'no free time within working hours', nl: () => 'geen vrije tijd binnen de werktijden' },
  'slot.evening': { en: () => 'runs into a remembrance evening', nl: () => 'loopt door in de avond van de Dodenherdenking' },
  'slot.busy': { en: () => 'facilitators busy at every free time', nl: () => 'begeleiders bezet op elk vrij moment' },
  'slot.closed': { en: () => 'no open day left in the window', nl: () => 'geen open dag meer in het venster' },
  'slot.travel': {
    en: () => 'no time left to travel between appointments, or from home and back within working hours',
    nl: () => 'geen tijd over om tussen afspraken te reizen, of van huis en terug binnen de werktijden',
  },
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
  'infeasible.coach-capacity': {
    en: (p) => `No coach with free capacity for ${p.registration} (coaches: ${p.coaches}).`,
    nl: (p) => `Geen coach met ruimte voor ${p.registration} (coaches: ${p.coaches}).`,
  },
  'infeasible.no-facilitators': {
    en: (p) => `Phase ${p.phase} needs a facilitator or coach but cohort ${p.cohort} names none.`,
    nl: (p) => `Fase ${p.phase} heeft een begeleider of coach nodig maar groep ${p.cohort} noemt er geen.`,
  },
  'infeasible.blocked-by': {
    en: (p) => `${p.dates === 1 ? 'The one date the calendar allows is' : `The ${p.dates} dates the calendar allows are`} taken, for example: ${p.reason}.`,
    nl: (p) => `${p.dates === 1 ? 'De enige datum die de agenda toestaat is' : `De ${p.dates} data die de agenda toestaat zijn`} bezet, bijvoorbeeld: ${p.reason}.`,
  },
  'infeasible.joint': {
    en: (p) =>
      `No plan places ${p.cohorts} together: they share ${p.shared}, and an exhaustive search over the dates of their group sessions (each on a day its own calendar, span and gaps allow; no two that share a person or venue at the same time; every other rule left out) finds none. Moving dates cannot help: one of them needs other dates, another facilitator or another venue.`,
    nl: (p) =>
      `Geen planning plaatst ${p.cohorts} samen: ze delen ${p.shared}, en een uitputtende zoektocht over de data van hun groepsbijeenkomsten (elk op een dag die de eigen agenda, looptijd en tussenruimtes toestaan; geen twee die een persoon of locatie delen op hetzelfde moment; alle andere regels weggelaten) vindt er geen. Data verschuiven helpt niet: een van hen heeft andere data, een andere begeleider of een andere locatie nodig.`,
  },
  'infeasible.counted': {
    en: (p) =>
      `No plan places ${p.cohorts} together: they share ${p.shared}, and from ${p.from} to ${p.to} their group sessions need ${p.need} dates (each cohort the fewest that any dating its own calendar, span and gaps allow has there) where only ${p.room} fit without two that share a person or venue at the same time (every other rule left out). Moving dates cannot help: one of them needs other dates, another facilitator or another venue.`,
    nl: (p) =>
      `Geen planning plaatst ${p.cohorts} samen: ze delen ${p.shared}, en van ${p.from} tot en met ${p.to} hebben hun groepsbijeenkomsten ${p.need} data nodig (elke groep het minste dat een datering binnen de eigen agenda, looptijd en tussenruimtes daar heeft) waar er maar ${p.room} passen zonder twee die een persoon of locatie delen op hetzelfde moment (alle andere regels weggelaten). Data verschuiven helpt niet: een van hen heeft andere data, een andere begeleider of een andere locatie nodig.`,
  },
  'infeasible.appointments': {
    en: (p) =>
      `No plan exists for ${p.cohort}: ${p.phases}${p.rest ? `; on every other start its own calendar, span and gaps allow, ${p.rest} has no date` : ''}. Counted on the days the programme and the facilitators allow, with travel, participants and other cohorts left out.${p.away ? ` Unavailable then: ${p.away}.` : ''} Moving other cohorts cannot help: it needs more days, another facilitator or fewer participants.`,
    nl: (p) =>
      `Geen planning mogelijk voor ${p.cohort}: ${p.phases}${p.rest ? `; bij elke andere start die de eigen agenda, looptijd en tussenruimtes toestaan heeft ${p.rest} geen datum` : ''}. Geteld op de dagen die het programma en de begeleiders toestaan, zonder reistijd, deelnemers en andere groepen.${p.away ? ` Afwezig in die periode: ${p.away}.` : ''} Andere groepen verschuiven helpt niet: er zijn meer dagen, een andere begeleider of minder deelnemers nodig.`,
  },
  'infeasible.shared-appointments': {
    en: (p) =>
      `No plan places ${p.cohorts} together: ${p.who} takes every appointment of ${p.sides}, and on every pair of starts their own calendars, spans and gaps allow the days of their windows hold at most ${p.room} of those ${p.need} (a day at most ${p.perDay} of them, hours ${p.hours}, no two at the same time). Counted on the days the programmes and the facilitators allow, with travel, participants, group sessions and other cohorts left out. Moving dates cannot help: one of them needs more days, another facilitator or fewer participants.`,
    nl: (p) =>
      `Geen planning plaatst ${p.cohorts} samen: ${p.who} voert elke afspraak van ${p.sides}, en bij elk paar starts dat de eigen agenda's, looptijden en tussenruimtes toestaan bieden de dagen van hun perioden plaats aan hoogstens ${p.room} van die ${p.need} (per dag hoogstens ${p.perDay}, tijden ${p.hours}, geen twee tegelijk). Geteld op de dagen die de programma's en de begeleiders toestaan, zonder reistijd, deelnemers, groepsbijeenkomsten en andere groepen. Data verschuiven helpt niet: een van hen heeft meer dagen, een andere begeleider of minder deelnemers nodig.`,
  },
  'infeasible.shared-side': {
    en: (p) => `${p.cohort}'s ${p.phase} (${p.need} ${p.count > 1 ? `appointment days of ${p.count} sessions` : 'appointments'} within ${p.window} of its start, started from ${p.from} to ${p.to})`,
    nl: (p) => `${p.phase} van ${p.cohort} (${p.need} ${p.count > 1 ? `afspraakdagen van ${p.count} gesprekken` : 'afspraken'} binnen ${p.window} na de start, gestart van ${p.from} tot en met ${p.to})`,
  },
  'infeasible.appointments-phase': {
    en: (p) =>
      `${p.phase} holds ${p.need} ${p.count > 1 ? `appointment days (${p.count} sessions of one participant on one day)` : 'appointments'} with ${p.who} within ${p.window} of its start, and started from ${p.from} to ${p.to} no such window holds more than ${p.room} (hours ${p.hours}, a day at most ${p.perDay})`,
    nl: (p) =>
      `${p.phase} heeft ${p.need} ${p.count > 1 ? `afspraakdagen (${p.count} gesprekken van één deelnemer op één dag)` : 'afspraken'} met ${p.who} binnen ${p.window} na de start, en bij een start van ${p.from} tot en met ${p.to} biedt geen zo'n periode plaats aan meer dan ${p.room} (tijden ${p.hours}, per dag hoogstens ${p.perDay})`,
  },
  'infeasible.reach': {
    en: (p) =>
      `No plan exists for ${p.cohort}: ${p.phase} with ${p.reg} in ${p.place} lasts ${p.length} within ${p.hours}, and ${p.why}. Counted as the drive from home and back within each one's working day and the appointment alone, with other sessions, days and cohorts left out. Moving other cohorts cannot help: it needs another facilitator, another place or an online appointment.`,
    nl: (p) =>
      `Geen planning mogelijk voor ${p.cohort}: ${p.phase} met ${p.reg} in ${p.place} duurt ${p.length} binnen ${p.hours}, en ${p.why}. Geteld als de rit van huis en terug binnen ieders werkdag en de afspraak alleen, zonder andere bijeenkomsten, dagen en groepen. Andere groepen verschuiven helpt niet: er is een andere begeleider, een andere plaats of een online afspraak nodig.`,
  },
  'infeasible.reach-all': {
    en: (p) => `with all its facilitators there it can start at ${p.from} at the earliest and must end by ${p.to} (${p.who})`,
    nl: (p) => `met alle begeleiders erbij kan het op zijn vroegst om ${p.from} beginnen en moet het om ${p.to} afgelopen zijn (${p.who})`,
  },
  'infeasible.reach-any': {
    en: (p) => `no one who may take it is there that long (${p.who})`,
    nl: (p) => `niemand die het mag voeren is er zo lang (${p.who})`,
  },
  'infeasible.reach-one': {
    en: (p) => `${p.who}: there from ${p.from}, gone by ${p.to}`,
    nl: (p) => `${p.who}: er vanaf ${p.from}, weg om ${p.to}`,
  },
  'infeasible.reach-who': {
    en: (p) => `${p.who} ${p.drive} each way from ${p.home}, working day ${p.day}`,
    nl: (p) => `${p.who} ${p.drive} enkele reis vanuit ${p.home}, werkdag ${p.day}`,
  },
  'suggest.without-unavailable': {
    en: (p) => `Plannable when the cohort is available on ${p.range} after all (one blackout fewer).`,
    nl: (p) => `In te plannen als de groep op ${p.range} toch beschikbaar is (één uitgesloten periode minder).`,
  },
  'suggest.without-blackout': {
    en: (p) => `Plannable without the programme's blackout ${p.range} (one blackout fewer).`,
    nl: (p) => `In te plannen zonder de uitgesloten periode ${p.range} van het programma (één uitgesloten periode minder).`,
  },
  'suggest.later-end': {
    en: (p) => `Plannable when the cohort ends on ${p.date} instead of ${p.was} (${p.weeks} ${p.weeks === 1 ? 'week' : 'weeks'} later).`,
    nl: (p) => `In te plannen als de groep op ${p.date} eindigt in plaats van ${p.was} (${p.weeks} ${p.weeks === 1 ? 'week' : 'weken'} later).`,
  },
  'suggest.later-start': {
    en: (p) => `Plannable when the cohort starts on ${p.date} instead of ${p.was} (it started before today and nothing of it is pinned).`,
    nl: (p) => `In te plannen als de groep op ${p.date} begint in plaats van ${p.was} (de groep begon voor vandaag en er is nog niets van vastgelegd).`,
  },
  'suggest.second-facilitator': {
    en: () => 'Plannable with a second facilitator for the appointments.',
    nl: () => 'In te plannen met een tweede begeleider voor de afspraken.',
  },
  'infeasible.tried-more': {
    en: (p) => `(${p.n} more dates not listed)`,
    nl: (p) => `(nog ${p.n} data niet getoond)`,
  },

  // Score facts.
  'fact.unavailable': { en: (p) => `${p.who} unavailable ${p.date} (${p.title})`, nl: (p) => `${p.who} verhinderd ${p.date} (${p.title})` },
  'fact.spacing-every': {
    en: (p) => `${p.title}: ${weeks.en(p.gapDays)} after the previous session, aim ${weeks.en(p.aimDays)} (${rangeText(p.range)})`,
    nl: (p) => `${p.title}: ${weeks.nl(p.gapDays)} na de vorige sessie, streven ${weeks.nl(p.aimDays)} (${sayDurationRange('nl', p.range)})`,
  },
  'fact.spacing-after': {
    en: (p) => `${p.phase}: starts ${weeks.en(p.gapDays)} after ${p.parent}, aim ${weeks.en(p.aimDays)} (${rangeText(p.range)})`,
    nl: (p) => `${p.phase}: begint ${weeks.nl(p.gapDays)} na ${p.parent}, streven ${weeks.nl(p.aimDays)} (${sayDurationRange('nl', p.range)})`,
  },
  'fact.compactness': {
    en: (p) => `${p.cohort}: a phase's sessions fall on average ${formatNumber('en', p.days, { min: 1, max: 1 })} days after the cohort's start; last session ${p.last}`,
    nl: (p) => `${p.cohort}: de sessies van een fase vallen gemiddeld ${sayAmount('nl', p.days, 'day', { max: 1 })} na de start; laatste sessie ${p.last}`,
  },
  'fact.span-min': {
    en: (p) => `${p.cohort}: the plan ends ${p.last}, ${sayAmount('en', p.days / 7, 'week', { max: 3 })} before the span's minimum ${durationText(p.span)} (${p.date})`,
    // Whole weeks as weeks, anything else as days: "1 week", "10 dagen".
    nl: (p) => `${p.cohort}: de planning eindigt ${p.last}, ${p.days % 7 === 0 ? sayAmount('nl', p.days / 7, 'week') : sayAmount('nl', p.days, 'day')} voor de minimale looptijd ${sayDuration('nl', p.span)} (${p.date})`,
  },
  'fact.rule-kept': { en: () => 'kept', nl: () => 'nageleefd' },
  'fact.travel-person': {
    en: (p) => `${p.who}: ${p.km} km, ${p.drive} driving on ${p.days} ${p.days === 1 ? 'day' : 'days'}; longest day ${p.date} (${p.dayKm} km, ${p.dayDrive})`,
    nl: (p) => `${p.who}: ${p.km} km, ${p.drive} rijden op ${p.days} ${p.days === 1 ? 'dag' : 'dagen'}; langste dag ${p.date} (${p.dayKm} km, ${p.dayDrive})`,
  },
  'fact.travel-day': {
    en: (p) => `${p.who} ${p.date}: ${p.route}: ${p.km} km, ${p.drive}`,
    nl: (p) => `${p.who} ${p.date}: ${p.route}: ${p.km} km, ${p.drive}`,
  },
  'fact.bunching': {
    en: (p) => `${p.who} ${p.date}: conversations of ${p.pairs} on one day (${p.km} km that day)`,
    nl: (p) => `${p.who} ${p.date}: gesprekken van ${p.pairs} op één dag (${p.km} km die dag)`,
  },

  // Kinds of avoided holiday, and school holiday periods by their Dutch name in the data.
  'holiday.public-holidays': { en: () => 'public holiday', nl: () => 'feestdag' },
  'holiday.good-friday': { en: () => 'Good Friday', nl: () => 'Goede Vrijdag' },
  'holiday.liberation-day': { en: () => 'Liberation Day', nl: () => 'Bevrijdingsdag' },
  'holiday.remembrance-evening': { en: () => 'Remembrance evening', nl: () => 'Dodenherdenking' },
  'holiday.council-evenings': { en: () => 'council or committee evening', nl: () => 'raads- of commissieavond' },
  'school.kerstvakantie': { en: () => 'Christmas holiday', nl: () => 'kerstvakantie' },
  'school.voorjaarsvakantie': { en: () => 'spring half-term', nl: () => 'voorjaarsvakantie' },
  'school.meivakantie': { en: () => 'May holiday', nl: () => 'meivakantie' },
  'school.zomervakantie': { en: () => 'summer holiday', nl: () => 'zomervakantie' },
  'school.herfstvakantie': { en: () => 'autumn half-term', nl: () => 'herfstvakantie' },
};

export type PlanMessage = keyof PlanMessages;

export function t<K extends PlanMessage>(lang: Lang, key: K, ...params: Args<PlanMessages[K]>): string {
  return translate(messages, lang, key, ...params);
}

/** The kind of an avoided holiday; an unknown kind is shown as it is. */
export function holidayKindLabel(lang: Lang, kind: string): string {
  const key = `holiday.${kind}`;
  return hasMessage(messages, key) ? translate(messages, lang, key) : kind;
}

/** A school holiday period: the Dutch name as in the data, or its English name; an unknown one as it is. */
export function schoolHolidayText(lang: Lang, name: string): string {
  const key = `school.${name}`;
  return hasMessage(messages, key) ? translate(messages, lang, key) : name;
}

export function weekdayText(lang: Lang, mondayBased: number): string {
  return weekdayName(lang, mondayBased);
}
