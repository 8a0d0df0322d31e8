import { formatNumber, type Catalog, type NoParams } from '../../i18n/index.js';

type Name = { name: string };
type Count = { n: number };

/** The parameters of each label of the plan exports. */
export interface PlanExportMessages {
  'cancelled-prefix': NoParams;
  'deadline-prefix': NoParams;
  'desc.hand-in': Name;
  online: NoParams;
  'host-rotation': NoParams;
  /** The rostered host of an intervisie meeting (src/intervisie/plan.ts). */
  'host-rotation.host': { place: string; name: string };
  'desc.programme': Name;
  'desc.phase': Name;
  'desc.preparation': { text: string };
  'desc.facilitators': { names: string };
  'desc.guests': { names: string };
  'desc.participant': Name;
  'desc.group': { names: string };
  'desc.registration': { id: string };
  /** Half-days of effort; may be a fraction (3.5). */
  'desc.dagdelen': Count;
  'csv.uid': NoParams;
  'csv.cohort': NoParams;
  'csv.programme': NoParams;
  'csv.phase': NoParams;
  'csv.session': NoParams;
  'csv.title': NoParams;
  'csv.date': NoParams;
  'csv.start': { tz: string };
  'csv.end_date': NoParams;
  'csv.end': { tz: string };
  'csv.kind': NoParams;
  'csv.location': NoParams;
  'csv.facilitators': NoParams;
  'csv.participants': NoParams;
  'csv.status': NoParams;
  'csv.sequence': NoParams;
  'csv.cohort_title': NoParams;
  'csv.participant': NoParams;
  'csv.travel_before': NoParams;
  'csv.effort': NoParams;
  'desc.effort': { effort: string };
  'csv.guests': NoParams;
  /** One person's trip to a session: `drive` in hours and minutes, `from` a municipality's name. */
  'csv.travel-leg': { who: string; hours: number; minutes: number; km: number; from: string };
  'csv.travel-leg-home': { who: string; hours: number; minutes: number; km: number; from: string };
  'kind.group': NoParams;
  'kind.individual': NoParams;
  'kind.deadline': NoParams;
  'kind.coaching': NoParams;
  'status.confirmed': NoParams;
  'status.cancelled': NoParams;
  'table.cohort': { id: string };
  'table.cohort-title': { title: string; id: string };
  'table.sessions': Count & { tz: string };
  'table.h.date': NoParams;
  'table.h.time': NoParams;
  'table.h.title': NoParams;
  'table.h.location': NoParams;
  'table.h.facilitators': NoParams;
  'table.deadline': NoParams;
  'table.all-day': NoParams;
  'table.no-sessions': NoParams;
  'table.score': NoParams;
  'table.hard-kept': NoParams;
  'table.hard-broken': Count;
  'table.soft-none': NoParams;
  'table.soft-total': Count;
  'table.item': { label: string; cost: number };
  'table.item-sessions': { list: string };
  'table.infeasible': Count;
  'table.rule': { rule: string };
  'table.tried': Count;
  'table.tried-none': NoParams;
  'table.cancelled': NoParams;
  'rule.phase-order': NoParams;
  'rule.slot': NoParams;
  'rule.weekdays': NoParams;
  'rule.holidays': NoParams;
  'rule.school-holidays': NoParams;
  'rule.blackout': NoParams;
  'rule.span': NoParams;
  'rule.fixed': NoParams;
  'rule.double-booking': NoParams;
  'rule.travel-time': NoParams;
  'table.suggestion': { text: string };
  'table.proven': NoParams;
  'rule.capacity': NoParams;
  'rule.host-once': NoParams;
  'rule.host-unavailable': NoParams;
  'rule.same-municipality': NoParams;
  'rule.unavailable': NoParams;
  'rule.spacing': NoParams;
  'rule.travel': NoParams;
  'rule.group-balance': NoParams;
  'rule.coach-match': NoParams;
  'rule.facilitator-unavailable': NoParams;
  'rule.hours': NoParams;
  'rule.dst': NoParams;
  'rule.coach-capacity': NoParams;
  'rule.search': NoParams;
  'rule.compactness': NoParams;
  'rule.span-min': NoParams;
  'rule.bunching': NoParams;
}

/** Labels of the plan exports; programme content (titles, phase names) is never translated. */
export const messages: Catalog<PlanExportMessages> = {
  'cancelled-prefix': { en: () => 'Cancelled: ', nl: () => 'Geannuleerd: ' },
  'deadline-prefix': { en: () => 'Deadline: ', nl: () => 'Uiterste datum: ' },
  'desc.hand-in': { en: (p) => `Hand in by the end of this day: ${p.name}`, nl: (p) => `Uiterlijk deze dag inleveren: ${p.name}` },
  online: { en: () => 'Online', nl: () => 'Online' },
  'host-rotation': { en: () => 'Hosted by a member (rotating)', nl: () => 'Bij een van de leden, wisselend' },
  'host-rotation.host': { en: (p) => `${p.place} (host: ${p.name})`, nl: (p) => `${p.place} (gastheer/gastvrouw: ${p.name})` },
  'desc.programme': { en: (p) => `Programme: ${p.name}`, nl: (p) => `Programma: ${p.name}` },
  'desc.phase': { en: (p) => `Phase: ${p.name}`, nl: (p) => `Fase: ${p.name}` },
  'desc.preparation': { en: (p) => `Preparation: ${p.text}`, nl: (p) => `Voorbereiding: ${p.text}` },
  'desc.facilitators': { en: (p) => `Facilitators: ${p.names}`, nl: (p) => `Begeleiders: ${p.names}` },
  'desc.guests': { en: (p) => `Guests: ${p.names}`, nl: (p) => `Gasten: ${p.names}` },
  'desc.participant': { en: (p) => `Participant: ${p.name}`, nl: (p) => `Deelnemer: ${p.name}` },
  'desc.group': { en: (p) => `Group: ${p.names}`, nl: (p) => `Groep: ${p.names}` },
  'desc.registration': { en: (p) => `Registration: ${p.id}`, nl: (p) => `Aanmelding: ${p.id}` },
  'desc.dagdelen': {
    en: (p) => `Effort: ${formatNumber('en', p.n)} half-day${p.n === 1 ? '' : 's'}`,
    nl: (p) => `Omvang: ${formatNumber('nl', p.n)} dagde${p.n === 1 ? 'el' : 'len'}`,
  },
  'csv.uid': { en: () => 'uid', nl: () => 'uid' },
  'csv.cohort': { en: () => 'cohort', nl: () => 'cohort' },
  'csv.programme': { en: () => 'programme', nl: () => 'programma' },
  'csv.phase': { en: () => 'phase', nl: () => 'fase' },
  'csv.session': { en: () => 'session', nl: () => 'sessie' },
  'csv.title': { en: () => 'title', nl: () => 'titel' },
  'csv.date': { en: () => 'date', nl: () => 'datum' },
  'csv.start': { en: (p) => `start (${p.tz})`, nl: (p) => `begin (${p.tz})` },
  'csv.end_date': { en: () => 'end_date', nl: () => 'einddatum' },
  'csv.end': { en: (p) => `end (${p.tz})`, nl: (p) => `eind (${p.tz})` },
  'csv.kind': { en: () => 'kind', nl: () => 'soort' },
  'csv.location': { en: () => 'location', nl: () => 'locatie' },
  'csv.facilitators': { en: () => 'facilitators', nl: () => 'begeleiders' },
  'csv.participants': { en: () => 'participants', nl: () => 'deelnemers' },
  'csv.status': { en: () => 'status', nl: () => 'status' },
  'csv.sequence': { en: () => 'sequence', nl: () => 'volgnummer' },
  'csv.cohort_title': { en: () => 'cohort_title', nl: () => 'cohorttitel' },
  'csv.participant': { en: () => 'participant', nl: () => 'deelnemer' },
  'csv.travel_before': { en: () => 'travel_before', nl: () => 'reistijd_ervoor' },
  'csv.effort': { en: () => 'effort', nl: () => 'tijdsinvestering' },
  'desc.effort': { en: (p) => `Expected effort: ${p.effort}`, nl: (p) => `Verwachte tijdsinvestering: ${p.effort}` },
  'csv.guests': { en: () => 'guests', nl: () => 'gasten' },
  'csv.travel-leg': {
    en: (p) => `${p.who}: ${p.hours}h${String(p.minutes).padStart(2, '0')}, ${p.km} km from ${p.from}`,
    nl: (p) => `${p.who}: ${p.hours}u${String(p.minutes).padStart(2, '0')}, ${formatNumber('nl', p.km, { max: 1 })} km vanaf ${p.from}`,
  },
  'csv.travel-leg-home': {
    en: (p) => `${p.who}: ${p.hours}h${String(p.minutes).padStart(2, '0')}, ${p.km} km from home (${p.from})`,
    nl: (p) => `${p.who}: ${p.hours}u${String(p.minutes).padStart(2, '0')}, ${formatNumber('nl', p.km, { max: 1 })} km van huis (${p.from})`,
  },
  'kind.group': { en: () => 'group', nl: () => 'groep' },
  'kind.individual': { en: () => 'individual', nl: () => 'individueel' },
  'kind.deadline': { en: () => 'deadline', nl: () => 'deadline' },
  'kind.coaching': { en: () => 'coaching', nl: () => 'coaching' },
  'status.confirmed': { en: () => 'confirmed', nl: () => 'bevestigd' },
  'status.cancelled': { en: () => 'cancelled', nl: () => 'geannuleerd' },
  'table.cohort': { en: (p) => `Cohort ${p.id}`, nl: (p) => `Cohort ${p.id}` },
  'table.cohort-title': { en: (p) => `${p.title} (${p.id})`, nl: (p) => `${p.title} (${p.id})` },
  'table.sessions': {
    en: (p) => `${p.n} session${p.n === 1 ? '' : 's'}, times in ${p.tz}`,
    nl: (p) => `${p.n} sessie${p.n === 1 ? '' : 's'}, tijden in ${p.tz}`,
  },
  'table.h.date': { en: () => 'Date', nl: () => 'Datum' },
  'table.h.time': { en: () => 'Time', nl: () => 'Tijd' },
  'table.h.title': { en: () => 'Session', nl: () => 'Sessie' },
  'table.h.location': { en: () => 'Location', nl: () => 'Locatie' },
  'table.h.facilitators': { en: () => 'Facilitators', nl: () => 'Begeleiders' },
  'table.deadline': { en: () => 'deadline', nl: () => 'deadline' },
  'table.all-day': { en: () => 'all day', nl: () => 'hele dag' },
  'table.no-sessions': { en: () => 'No sessions planned.', nl: () => 'Geen sessies gepland.' },
  'table.score': { en: () => 'Score', nl: () => 'Score' },
  'table.hard-kept': { en: () => 'Hard rules: all kept.', nl: () => 'Harde regels: alle nageleefd.' },
  'table.hard-broken': {
    en: (p) => `Hard rules: ${p.n} broken.`,
    nl: (p) => `Harde regels: ${p.n} overtreden.`,
  },
  'table.soft-none': { en: () => 'Soft costs: none.', nl: () => 'Zachte kosten: geen.' },
  'table.soft-total': {
    en: (p) => `Soft costs: ${formatNumber('en', p.n)} in total.`,
    nl: (p) => `Zachte kosten: ${formatNumber('nl', p.n)} in totaal.`,
  },
  'table.item': {
    en: (p) => `${p.label}: cost ${formatNumber('en', p.cost)}`,
    nl: (p) => `${p.label}: kosten ${formatNumber('nl', p.cost)}`,
  },
  'table.item-sessions': { en: (p) => `sessions: ${p.list}`, nl: (p) => `sessies: ${p.list}` },
  'table.infeasible': {
    en: (p) => `Cannot be planned (${p.n}):`,
    nl: (p) => `Niet in te plannen (${p.n}):`,
  },
  'table.rule': { en: (p) => `rule: ${p.rule}`, nl: (p) => `regel: ${p.rule}` },
  'table.tried': { en: (p) => `Dates tried (${p.n}):`, nl: (p) => `Geprobeerde data (${p.n}):` },
  'table.tried-none': { en: () => 'No date was available to try.', nl: () => 'Er was geen datum om te proberen.' },
  'table.suggestion': { en: (p) => `→ ${p.text}`, nl: (p) => `→ ${p.text}` },
  'table.proven': {
    en: () => 'No plan exists for it: its own calendar, span and gaps leave no date, whatever else is planned.',
    nl: () => 'Er bestaat geen planning voor: de eigen agenda, looptijd en tussenruimtes laten geen datum over, wat er verder ook gepland wordt.',
  },
  'table.cancelled': { en: () => 'Cancelled: ', nl: () => 'Geannuleerd: ' },
  // Constraint names as the planner reports them; an unknown name is shown as it is.
  'rule.phase-order': { en: () => 'Phase order and gaps', nl: () => 'Volgorde van en tijd tussen fasen' },
  'rule.slot': { en: () => 'Slot weekday and times', nl: () => 'Vaste dag en tijden' },
  'rule.weekdays': { en: () => 'Allowed weekdays', nl: () => 'Toegestane weekdagen' },
  'rule.holidays': { en: () => 'Public holidays', nl: () => 'Feestdagen' },
  'rule.school-holidays': { en: () => 'School holidays', nl: () => 'Schoolvakanties' },
  'rule.blackout': { en: () => 'Blackout dates', nl: () => 'Uitgesloten data' },
  'rule.span': { en: () => 'Programme span', nl: () => 'Looptijd van het programma' },
  'rule.fixed': { en: () => 'Fixed sessions', nl: () => 'Vastgelegde sessies' },
  'rule.double-booking': {
    en: () => 'Nobody and no venue in two places at once',
    nl: () => 'Niemand en geen locatie op twee plekken tegelijk',
  },
  'rule.travel-time': {
    en: () => 'Time to travel between sessions and from home',
    nl: () => 'Reistijd tussen sessies en van huis',
  },
  'rule.capacity': { en: () => 'Seats within capacity', nl: () => 'Plaatsen binnen de capaciteit' },
  'rule.host-once': { en: () => 'Every member hosts once', nl: () => 'Ieder lid is eenmaal gastheer' },
  'rule.host-unavailable': { en: () => 'No host on their own unavailable date', nl: () => 'Geen gastheer op een eigen verhinderdatum' },
  'rule.same-municipality': {
    en: () => 'No two members of one municipality in a group',
    nl: () => 'Geen twee leden uit één gemeente in een groep',
  },
  'rule.unavailable': {
    en: () => "Participants' unavailable dates",
    nl: () => 'Data waarop deelnemers niet kunnen',
  },
  'rule.spacing': { en: () => 'Even spacing', nl: () => 'Gelijkmatige spreiding' },
  'rule.travel': { en: () => 'Travel distance', nl: () => 'Reisafstand' },
  'rule.group-balance': { en: () => 'Balanced group sizes', nl: () => 'Evenwichtige groepsgrootte' },
  'rule.coach-match': { en: () => 'Coach match quality', nl: () => 'Kwaliteit van de coachmatch' },
  'rule.facilitator-unavailable': { en: () => 'Facilitator and coach availability', nl: () => 'Beschikbaarheid van begeleiders en coaches' },
  'rule.hours': { en: () => 'Working hours and appointments per day', nl: () => 'Werktijden en afspraken per dag' },
  'rule.dst': { en: () => 'Times that exist on the clock change', nl: () => 'Tijden die bestaan bij de klokwissel' },
  'rule.coach-capacity': { en: () => 'Coachees per coach', nl: () => 'Coachees per coach' },
  'rule.search': { en: () => 'Search budget', nl: () => 'Zoekbudget' },
  'rule.compactness': { en: () => 'Compact plan (tie-breaker)', nl: () => 'Compacte planning (beslisser bij gelijke stand)' },
  'rule.span-min': { en: () => 'Minimum span reached', nl: () => 'Minimale looptijd gehaald' },
  'rule.bunching': { en: () => 'Coach days with one pair', nl: () => 'Coachdagen met één koppel' },
};

export type MessageKey = keyof PlanExportMessages;
