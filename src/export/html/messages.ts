/** The words of the HTML report (`cohort report`), English and Dutch. Programme content (titles, phase names) stays in its own language. */
import { translate, type Args, type Catalog, type Lang, type NoParams } from '../../i18n/index.js';

type N = { n: number };

export interface ReportMessages {
  title: NoParams;
  made: { version: string; date: string };
  redacted: NoParams;
  'nav.label': NoParams;
  'timeline.heading': NoParams;
  'timeline.intro': NoParams;
  'timeline.figure': { cohort: string; from: string; to: string; sessions: number; pinned: number };
  'timeline.phase-span': { phase: string; from: string; to: string };
  'timeline.unplanned': { phase: string };
  'timeline.infeasible': { session: string; message: string };
  'legend.pinned': NoParams;
  'legend.proposed': NoParams;
  'legend.cancelled': NoParams;
  'legend.public': NoParams;
  'legend.school': NoParams;
  'region.noord': NoParams;
  'region.midden': NoParams;
  'region.zuid': NoParams;
  'school.row': { region: string };
  'col.date': NoParams;
  'col.time': NoParams;
  'col.session': NoParams;
  'col.phase': NoParams;
  'col.status': NoParams;
  'col.location': NoParams;
  'col.facilitators': NoParams;
  'col.cohort': NoParams;
  'col.seats': NoParams;
  'col.taken': NoParams;
  'col.partner-seats': NoParams;
  'col.offers': NoParams;
  'col.free': NoParams;
  'col.waiting': NoParams;
  'col.position': NoParams;
  'col.who': NoParams;
  'col.reason': NoParams;
  'col.expires': NoParams;
  'col.municipality': NoParams;
  'col.province': NoParams;
  'col.participants': NoParams;
  'col.party': NoParams;
  'col.count': NoParams;
  'col.home': NoParams;
  'col.km': NoParams;
  'col.driving': NoParams;
  'col.trips': NoParams;
  'col.kind': NoParams;
  'col.link': NoParams;
  'status.pinned': NoParams;
  'status.proposed': NoParams;
  'status.cancelled': NoParams;
  'time.all-day': NoParams;
  'capacity.heading': NoParams;
  'capacity.intro': NoParams;
  'capacity.figure': { cohort: string; seats: number; used: number; free: number; waiting: number; offers: number };
  'capacity.own': N;
  'capacity.partners': N;
  'capacity.offered': N;
  'capacity.free': N;
  'capacity.waiting': N;
  'capacity.offers-heading': NoParams;
  'capacity.reserve-heading': NoParams;
  'capacity.no-offers': NoParams;
  'capacity.no-reserve': NoParams;
  'capacity.no-position': NoParams;
  'map.heading': NoParams;
  'map.intro': NoParams;
  'map.figure': { places: number; participants: number; travellers: number; links: number };
  'map.place': { name: string; code: string; n: number; who: string };
  'map.province': { name: string; n: number };
  'map.traveller': { who: string; home: string; days: string };
  'map.traveller-idle': { who: string; home: string };
  'map.day': { date: string; km: string; time: string; trips: number };
  'map.link.group': { label: string };
  'map.link.pair': { label: string };
  'map.legend.participants': NoParams;
  'map.legend.facilitators': NoParams;
  'map.legend.group': NoParams;
  'map.legend.pair': NoParams;
  'map.travel-heading': NoParams;
  'map.places-table': NoParams;
  'sessions.table': NoParams;
  'map.links-heading': NoParams;
  'charts.heading': NoParams;
  'charts.intro': NoParams;
  'charts.programme': { programme: string; n: number };
  'charts.cohort': { cohort: string };
  'chart.provinces': NoParams;
  'chart.parties': NoParams;
  'chart.members': NoParams;
  'chart.summary': { chart: string; total: number; items: string };
  'chart.item': { key: string; n: number };
  members: NoParams;
  'non-members': NoParams;
  'no-party': NoParams;
  'no-data': NoParams;
  sources: NoParams;
}

export const reportMessages: Catalog<ReportMessages> = {
  title: { en: () => 'Programme report', nl: () => 'Programmarapportage' },
  made: { en: (p) => `Made by cohort ${p.version} on ${p.date}.`, nl: (p) => `Gemaakt met cohort ${p.version} op ${p.date}.` },
  redacted: {
    en: () => 'Names and e-mail addresses are left out (--redact): participants appear by registration id, facilitators by person id.',
    nl: () => 'Namen en e-mailadressen zijn weggelaten (--redact): deelnemers staan er met hun inschrijvingsnummer, begeleiders met hun id.',
  },
  'nav.label': { en: () => 'Contents', nl: () => 'Inhoud' },
  'timeline.heading': { en: () => 'Timeline', nl: () => 'Tijdlijn' },
  'timeline.intro': {
    en: () => 'Each cohort’s phases as bars, its sessions as marks, months along the axis. Filled marks are pinned (dates communicated), hollow ones are proposed by the planner. Shaded: public holidays, and the school holidays of each region the programme avoids.',
    nl: () => 'De fasen van elke groep als balken, de bijeenkomsten als blokjes, de maanden op de as. Gevulde blokjes staan vast (data gecommuniceerd), open blokjes zijn voorstellen van de planner. Gearceerd: feestdagen, en de schoolvakanties van elke regio die het programma ontziet.',
  },
  'timeline.figure': {
    en: (p) => `Timeline of ${p.cohort} from ${p.from} to ${p.to}: ${p.sessions} sessions, ${p.pinned} of them pinned.`,
    nl: (p) => `Tijdlijn van ${p.cohort} van ${p.from} tot ${p.to}: ${p.sessions} bijeenkomsten, waarvan ${p.pinned} vastgezet.`,
  },
  'timeline.phase-span': { en: (p) => `${p.phase}: ${p.from} to ${p.to}`, nl: (p) => `${p.phase}: ${p.from} tot ${p.to}` },
  'timeline.unplanned': { en: (p) => `${p.phase}: not planned`, nl: (p) => `${p.phase}: niet gepland` },
  'timeline.infeasible': { en: (p) => `Not plannable: ${p.session}: ${p.message}`, nl: (p) => `Niet te plannen: ${p.session}: ${p.message}` },
  'legend.pinned': { en: () => 'pinned', nl: () => 'vastgezet' },
  'legend.proposed': { en: () => 'proposed', nl: () => 'voorstel' },
  'legend.cancelled': { en: () => 'cancelled', nl: () => 'geannuleerd' },
  'legend.public': { en: () => 'public holiday', nl: () => 'feestdag' },
  'legend.school': { en: () => 'school holiday', nl: () => 'schoolvakantie' },
  'region.noord': { en: () => 'north', nl: () => 'noord' },
  'region.midden': { en: () => 'middle', nl: () => 'midden' },
  'region.zuid': { en: () => 'south', nl: () => 'zuid' },
  'school.row': { en: (p) => `school holidays ${p.region}`, nl: (p) => `schoolvakanties ${p.region}` },
  'col.date': { en: () => 'Date', nl: () => 'Datum' },
  'col.time': { en: () => 'Time', nl: () => 'Tijd' },
  'col.session': { en: () => 'Session', nl: () => 'Bijeenkomst' },
  'col.phase': { en: () => 'Phase', nl: () => 'Fase' },
  'col.status': { en: () => 'Status', nl: () => 'Status' },
  'col.location': { en: () => 'Location', nl: () => 'Locatie' },
  'col.facilitators': { en: () => 'Facilitators', nl: () => 'Begeleiders' },
  'col.cohort': { en: () => 'Cohort', nl: () => 'Groep' },
  'col.seats': { en: () => 'Seats', nl: () => 'Plaatsen' },
  'col.taken': { en: () => 'Taken', nl: () => 'Bezet' },
  'col.partner-seats': { en: () => 'Partner seats', nl: () => 'Partnerplaatsen' },
  'col.offers': { en: () => 'Open offers', nl: () => 'Open aanbiedingen' },
  'col.free': { en: () => 'Free', nl: () => 'Vrij' },
  'col.waiting': { en: () => 'Reserve list', nl: () => 'Reservelijst' },
  'col.position': { en: () => 'Position', nl: () => 'Plaats' },
  'col.who': { en: () => 'Who', nl: () => 'Wie' },
  'col.reason': { en: () => 'Why', nl: () => 'Waarom' },
  'col.expires': { en: () => 'Answer by', nl: () => 'Antwoord uiterlijk' },
  'col.municipality': { en: () => 'Municipality', nl: () => 'Gemeente' },
  'col.province': { en: () => 'Province', nl: () => 'Provincie' },
  'col.participants': { en: () => 'Participants', nl: () => 'Deelnemers' },
  'col.party': { en: () => 'Party', nl: () => 'Partij' },
  'col.count': { en: () => 'Number', nl: () => 'Aantal' },
  'col.home': { en: () => 'Home', nl: () => 'Woonplaats' },
  'col.km': { en: () => 'Road km', nl: () => 'Km over de weg' },
  'col.driving': { en: () => 'Driving', nl: () => 'Rijtijd' },
  'col.trips': { en: () => 'Trips', nl: () => 'Ritten' },
  'col.kind': { en: () => 'Kind', nl: () => 'Soort' },
  'col.link': { en: () => 'Link', nl: () => 'Verbinding' },
  'status.pinned': { en: () => 'pinned', nl: () => 'vastgezet' },
  'status.proposed': { en: () => 'proposed', nl: () => 'voorstel' },
  'status.cancelled': { en: () => 'cancelled', nl: () => 'geannuleerd' },
  'time.all-day': { en: () => 'deadline', nl: () => 'deadline' },
  'capacity.heading': { en: () => 'Capacity and reserve list', nl: () => 'Capaciteit en reservelijst' },
  'capacity.intro': {
    en: () => 'Seats per cohort as `cohort capacity` counts them: taken by participants, by partners and by open offers, free seats, and the reserve list beyond.',
    nl: () => 'Plaatsen per groep zoals `cohort capacity` ze telt: bezet door deelnemers, door partners en door open aanbiedingen, vrije plaatsen, en daarachter de reservelijst.',
  },
  'capacity.figure': {
    en: (p) => `${p.cohort}: ${p.used} of ${p.seats} seats taken (${p.offers} held by open offers), ${p.free} free, ${p.waiting} on the reserve list.`,
    nl: (p) => `${p.cohort}: ${p.used} van ${p.seats} plaatsen bezet (${p.offers} vastgehouden voor open aanbiedingen), ${p.free} vrij, ${p.waiting} op de reservelijst.`,
  },
  'capacity.own': { en: (p) => `participants: ${p.n}`, nl: (p) => `deelnemers: ${p.n}` },
  'capacity.partners': { en: (p) => `partners: ${p.n}`, nl: (p) => `partners: ${p.n}` },
  'capacity.offered': { en: (p) => `open offers: ${p.n}`, nl: (p) => `open aanbiedingen: ${p.n}` },
  'capacity.free': { en: (p) => `free: ${p.n}`, nl: (p) => `vrij: ${p.n}` },
  'capacity.waiting': { en: (p) => `reserve list: ${p.n}`, nl: (p) => `reservelijst: ${p.n}` },
  'capacity.offers-heading': { en: () => 'Open offers', nl: () => 'Open aanbiedingen' },
  'capacity.reserve-heading': { en: () => 'Reserve list', nl: () => 'Reservelijst' },
  'capacity.no-offers': { en: () => 'No open offers.', nl: () => 'Geen open aanbiedingen.' },
  'capacity.no-reserve': { en: () => 'The reserve list is empty.', nl: () => 'De reservelijst is leeg.' },
  'capacity.no-position': { en: () => '–', nl: () => '–' },
  'map.heading': { en: () => 'Map', nl: () => 'Kaart' },
  'map.intro': {
    en: () => 'A dot per municipality with participants (larger for more), squares for facilitators’ homes; hover a square for their driving per day. Lines join intervisie groups and coach pairs where they are known.',
    nl: () => 'Een stip per gemeente met deelnemers (groter bij meer), vierkantjes voor de woonplaats van begeleiders; wijs een vierkantje aan voor hun reistijd per dag. Lijnen verbinden intervisiegroepen en coachparen waar die bekend zijn.',
  },
  'map.figure': {
    en: (p) => `Map of the Netherlands with its provinces: ${p.participants} participants in ${p.places} municipalities, ${p.travellers} facilitators’ homes, ${p.links} links.`,
    nl: (p) => `Kaart van Nederland met de provincies: ${p.participants} deelnemers in ${p.places} gemeenten, ${p.travellers} woonplaatsen van begeleiders, ${p.links} verbindingen.`,
  },
  'map.place': { en: (p) => `${p.name} (${p.code}): ${p.n} — ${p.who}`, nl: (p) => `${p.name} (${p.code}): ${p.n} — ${p.who}` },
  'map.province': { en: (p) => `${p.name}: ${p.n} participants`, nl: (p) => `${p.name}: ${p.n} deelnemers` },
  'map.traveller': { en: (p) => `${p.who} (${p.home}): ${p.days}`, nl: (p) => `${p.who} (${p.home}): ${p.days}` },
  'map.traveller-idle': { en: (p) => `${p.who} (${p.home}): no trips`, nl: (p) => `${p.who} (${p.home}): geen ritten` },
  'map.day': { en: (p) => `${p.date} ${p.km} km, ${p.time}`, nl: (p) => `${p.date} ${p.km} km, ${p.time}` },
  'map.link.group': { en: (p) => `intervisie group ${p.label}`, nl: (p) => `intervisiegroep ${p.label}` },
  'map.link.pair': { en: (p) => `coach pair ${p.label}`, nl: (p) => `coachpaar ${p.label}` },
  'map.legend.participants': { en: () => 'participants', nl: () => 'deelnemers' },
  'map.legend.facilitators': { en: () => 'facilitators’ homes', nl: () => 'woonplaats begeleiders' },
  'map.legend.group': { en: () => 'intervisie group', nl: () => 'intervisiegroep' },
  'map.legend.pair': { en: () => 'coach pair', nl: () => 'coachpaar' },
  'map.travel-heading': { en: () => 'Facilitators’ driving per day', nl: () => 'Reistijd van begeleiders per dag' },
  'map.places-table': { en: () => 'Participants per municipality', nl: () => 'Deelnemers per gemeente' },
  'sessions.table': { en: () => 'Sessions', nl: () => 'Bijeenkomsten' },
  'map.links-heading': { en: () => 'Groups and coach pairs', nl: () => 'Groepen en coachparen' },
  'charts.heading': { en: () => 'Participants', nl: () => 'Deelnemers' },
  'charts.intro': {
    en: () => 'Participants in the running (seated or on the reserve list) per province, per party and members vs non-members, across each programme’s cohorts and per cohort.',
    nl: () => 'Deelnemers die meedoen of op de reservelijst staan, per provincie, per partij en leden tegenover niet-leden, over alle groepen van een programma en per groep.',
  },
  'charts.programme': { en: (p) => `${p.programme}: all ${p.n} cohorts`, nl: (p) => `${p.programme}: alle ${p.n} groepen` },
  'charts.cohort': { en: (p) => p.cohort, nl: (p) => p.cohort },
  'chart.provinces': { en: () => 'Per province', nl: () => 'Per provincie' },
  'chart.parties': { en: () => 'Per party', nl: () => 'Per partij' },
  'chart.members': { en: () => 'Members and non-members', nl: () => 'Leden en niet-leden' },
  'chart.summary': { en: (p) => `${p.chart}, ${p.total} participants: ${p.items}.`, nl: (p) => `${p.chart}, ${p.total} deelnemers: ${p.items}.` },
  'chart.item': { en: (p) => `${p.key} ${p.n}`, nl: (p) => `${p.key} ${p.n}` },
  members: { en: () => 'members', nl: () => 'leden' },
  'non-members': { en: () => 'non-members', nl: () => 'niet-leden' },
  'no-party': { en: () => '(no party given)', nl: () => '(geen partij opgegeven)' },
  'no-data': { en: () => 'No participants.', nl: () => 'Geen deelnemers.' },
  sources: {
    en: () =>
      'Province boundaries: CBS/PDOK gebiedsindelingen (generalised, 2025), via cartomap/nl. Municipality points, holidays and school holidays: see SOURCES.md of cohort (OpenHolidays data under ODbL).',
    nl: () =>
      'Provinciegrenzen: CBS/PDOK gebiedsindelingen (gegeneraliseerd, 2025), via cartomap/nl. Gemeentepunten, feestdagen en schoolvakanties: zie SOURCES.md van cohort (gegevens van OpenHolidays onder ODbL).',
  },
};

export function t<K extends keyof ReportMessages>(lang: Lang, key: K, ...params: Args<ReportMessages[K]>): string {
  return translate(reportMessages, lang, key, ...params);
}
