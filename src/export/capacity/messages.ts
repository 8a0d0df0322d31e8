/** The words of the capacity views (capacity, cancel, offer, register, explain), English and Dutch. */
import { formatNumber, type Catalog, type NoParams } from '../../i18n/index.js';

type Who = { who: string };
type Max = { max: number };

export interface CapacityMessages {
  'layer.group': Max;
  'layer.total': Max & { programme: string };
  'layer.groups': Max & { groups: number; min: number };
  'layer.role': Max & { value: string };
  'layer.province': Max & { value: string };
  'reason.full': { layer: string };
  'reason.full-couple': { layer: string; seats: number };
  'reason.behind': { id: string };
  'reason.quota': { layer: string };
  'reason.not-member': NoParams;
  'reason.offer-due': NoParams;
  'reason.over-capacity': { layer: string };
  'was.seated': NoParams;
  'was.position': { n: number };
  'was.waiting': NoParams;
  'was.out': NoParams;
  'changes.heading': { cohort: string; date: string };
  'changes.none': NoParams;
  'change.cancelled': Who & { was: string };
  'change.accepted': Who;
  'change.no-go': Who & { was: string };
  'change.go': Who;
  'change.declined': Who;
  'change.expired': Who & { date: string };
  'change.offered': Who & { date: string; days: number; place: string };
  'change.offered-couple': Who & { date: string; days: number; place: string };
  'change.registered-seated': Who;
  'change.registered-waiting': Who & { reason: string };
  'change.held': Who & { date: string };
  'change.status': Who & { from: string; to: string };
  'reserve.at': { n: number; reason: string };
  'move.to-reserve': Who & { n: number };
  'move.passed': Who & { place: string; reason: string };
  'move.up': Who & { from: number; to: number };
  'seats.line': { used: number; max: number; offered: number; due: number; free: number; binding: string };
  'explain.seated': Who & { cohort: string; how: string };
  'explain.via.confirmed': NoParams;
  'explain.via.queue': NoParams;
  'explain.via.offered': { date: string };
  'explain.waiting': Who & { cohort: string; place: string; reason: string };
  'explain.waiting-unnumbered': Who & { cohort: string; reason: string };
  'explain.left': Who & { cohort: string; why: string };
  'explain.why.cancelled': NoParams;
  'explain.why.withdrawn': NoParams;
  'explain.why.declined': NoParams;
  'explain.why.expired': { date: string };
  'explain.why.offer-expired': { date: string };
  'explain.unit.couple': { partner: string; seats: number };
  'explain.unit.partner-free': { partner: string };
  'explain.unit.single': NoParams;
  'explain.order': { priority: string; registered: string };
  'explain.no-priority': NoParams;
  'explain.priority': { n: number };
  'explain.capacity': { used: number; max: number; due: number; free: number; binding: string };
  'explain.history': NoParams;
  'explain.no-history': NoParams;
  'history.line': { date: string; field: string; from: string; to: string; why: string; command: string };
  'history.none': NoParams;
  'why.asked': NoParams;
  'why.next-in-line': { after: string };
  'why.offer-expired': { date: string };
  'why.no-offers-from': { date: string };
  'report.title': { id: string; title: string; programme: string };
  'report.seats': { max: number; used: number; placed: number; partners: number; offered: number; due: number; free: number; groups: { n: number; max: number } | null };
  'report.expired': { offers: string };
  'report.quota': { layer: string; used: number; free: number };
  'report.members': { members: number; nonMembers: number; running: number };
  'report.province': { province: string; demand: number; seated: number };
  'report.offer': Who & { seats: number; date: string };
  'report.reserve': { n: number };
  'report.reserve-empty': NoParams;
  'report.seat-count': { n: number };
  'report.new-group': { n: number; min: number };
  'report.due': { ids: string };
  'report.programme': { id: string; name: string; n: number; seats: number; used: number; free: number; waiting: number };
  'report.programme-total': { layer: string; used: number; free: number };
  'report.meeting': { n: number; from: string; to: string; seats: number; ids: string };
  'report.programme-new-group': { n: number; min: number };
  'report.none': NoParams;
  'label.seats': NoParams;
  'label.binding': NoParams;
  'label.quotas': NoParams;
  'label.members': NoParams;
  'label.provinces': NoParams;
  'label.offers': NoParams;
  'standing.placed': NoParams;
  'standing.offered': NoParams;
  'standing.reserve': NoParams;
  'standing.left': NoParams;
  'csv.cohort': NoParams;
  'csv.id': NoParams;
  'csv.name': NoParams;
  'csv.status': NoParams;
  'csv.standing': NoParams;
  'csv.position': NoParams;
  'csv.seats': NoParams;
  'csv.reason': NoParams;
  'csv.offer-expires': NoParams;
  'csv.province': NoParams;
  'csv.member': NoParams;
  'md.position': NoParams;
  'md.registration': NoParams;
  'md.seats': NoParams;
  'md.reason': NoParams;
  'md.what': NoParams;
  'md.value': NoParams;
  'yes': NoParams;
  'no': NoParams;
}

/** 1st, 2nd, 3rd, 11th. */
export function ordinalEn(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

// Seats held for a waiting registration a seat is free for, until the offer is made (`cohort offer update`).
const dueEn = (n: number) => (n === 0 ? '' : `, ${n} held for ${n === 1 ? 'an offer' : 'offers'} still to make`);
const dueNl = (n: number) => (n === 0 ? '' : `, ${n} vastgehouden voor ${n === 1 ? 'een aanbod' : 'aanbiedingen'} die nog gedaan ${n === 1 ? 'moet' : 'moeten'} worden`);
const place = (p: { place: string }, en: boolean) => (p.place === '' ? '' : en ? `; ${p.place} on the reserve list` : `; ${p.place} op de reservelijst`);

export const capacityMessages: Catalog<CapacityMessages> = {
  'layer.group': { en: (p) => `the group (max ${p.max})`, nl: (p) => `de groep (max ${p.max})` },
  'layer.groups': {
    en: (p) => (p.groups === 0 ? `the groups (none yet: a group needs ${p.min} from different municipalities)` : p.groups === 1 ? `the one group (max ${p.max})` : `the ${p.groups} groups (max ${p.max} each)`),
    nl: (p) => (p.groups === 0 ? `de groepen (nog geen: een groep heeft er ${p.min} uit verschillende gemeenten nodig)` : p.groups === 1 ? `de ene groep (max ${p.max})` : `de ${p.groups} groepen (max ${p.max} per groep)`),
  },
  'layer.total': { en: (p) => `the programme total (${p.max} over every cohort of ${p.programme})`, nl: (p) => `het programmatotaal (${p.max} over alle cohorten van ${p.programme})` },
  'layer.role': { en: (p) => `the quota for ${p.value} (${p.max} per group)`, nl: (p) => `het quotum voor ${p.value} (${p.max} per groep)` },
  'layer.province': { en: (p) => `the quota for ${p.value} (${p.max} per group)`, nl: (p) => `het quotum voor ${p.value} (${p.max} per groep)` },
  'reason.full': { en: (p) => `no seat left in ${p.layer}`, nl: (p) => `geen plaats meer in ${p.layer}` },
  'reason.full-couple': { en: (p) => `needs ${p.seats} seats together (with partner); not that many free in ${p.layer}`, nl: (p) => `heeft samen ${p.seats} plaatsen nodig (met partner); zoveel zijn er niet vrij in ${p.layer}` },
  'reason.behind': { en: (p) => `waits behind ${p.id}, who is first in line (nobody is passed over)`, nl: (p) => `wacht achter ${p.id}, die eerst aan de beurt is (niemand wordt overgeslagen)` },
  'reason.quota': { en: (p) => `${p.layer} is full`, nl: (p) => `${p.layer} is vol` },
  'reason.not-member': { en: () => 'not a member, and the programme is for members only (a seat once member: yes)', nl: () => 'geen lid, en het programma is alleen voor leden (een plaats zodra member: yes)' },
  'reason.offer-due': { en: () => 'a seat is free for them: the offer is still to be made (cohort offer update)', nl: () => 'er is een plaats vrij: het aanbod moet nog gedaan worden (cohort offer update)' },
  'reason.over-capacity': { en: (p) => `confirmed or offered, but ${p.layer} has no seat left`, nl: (p) => `bevestigd of aangeboden, maar ${p.layer} heeft geen plaats meer` },
  'was.seated': { en: () => 'had a seat', nl: () => 'had een plaats' },
  'was.position': { en: (p) => `was ${ordinalEn(p.n)} on the reserve list`, nl: (p) => `stond ${p.n}e op de reservelijst` },
  'was.waiting': { en: () => 'was on the reserve list', nl: () => 'stond op de reservelijst' },
  'was.out': { en: () => 'had no seat', nl: () => 'had geen plaats' },
  'changes.heading': { en: (p) => `${p.cohort}, ${p.date}:`, nl: (p) => `${p.cohort}, ${p.date}:` },
  'changes.none': { en: () => 'nothing changes', nl: () => 'er verandert niets' },
  'change.cancelled': { en: (p) => `${p.who}: cancelled (${p.was})`, nl: (p) => `${p.who}: afgemeld (${p.was})` },
  'change.no-go': { en: (p) => `${p.who}: no-go after the intake or introductory talk, withdrawn (${p.was})`, nl: (p) => `${p.who}: besloot niet door te gaan na de intake of het kennismakingsgesprek, teruggetrokken (${p.was})` },
  'change.go': { en: (p) => `${p.who}: go after the intake or introductory talk; the seat is confirmed`, nl: (p) => `${p.who}: gaat door na de intake of het kennismakingsgesprek; de plaats is bevestigd` },
  'change.accepted': { en: (p) => `${p.who}: accepted the offer; the seat is confirmed`, nl: (p) => `${p.who}: heeft het aanbod aangenomen; de plaats is bevestigd` },
  'change.declined': { en: (p) => `${p.who}: declined the offer; the seat goes to the next in line`, nl: (p) => `${p.who}: heeft het aanbod afgeslagen; de plaats gaat naar de volgende` },
  'change.expired': { en: (p) => `${p.who}: the offer expired on ${p.date} without an answer`, nl: (p) => `${p.who}: het aanbod is op ${p.date} verlopen zonder antwoord` },
  'change.offered': {
    en: (p) => `${p.who}: offered the seat until ${p.date} (${formatNumber('en', p.days)} working days${place(p, true)})`,
    nl: (p) => `${p.who}: de plaats aangeboden tot en met ${p.date} (${formatNumber('nl', p.days)} werkdagen${place(p, false)})`,
  },
  'change.offered-couple': {
    en: (p) => `${p.who}: offered two seats, with partner, until ${p.date} (${formatNumber('en', p.days)} working days${place(p, true)})`,
    nl: (p) => `${p.who}: twee plaatsen aangeboden, met partner, tot en met ${p.date} (${formatNumber('nl', p.days)} werkdagen${place(p, false)})`,
  },
  'change.registered-seated': { en: (p) => `${p.who}: registered, and has a seat`, nl: (p) => `${p.who}: ingeschreven, en heeft een plaats` },
  'change.registered-waiting': { en: (p) => `${p.who}: registered, on the reserve list ${p.reason}`, nl: (p) => `${p.who}: ingeschreven, op de reservelijst ${p.reason}` },
  'change.held': {
    en: (p) => `${p.who}: next in line, but no offers are made from ${p.date}; stays on the reserve list`,
    nl: (p) => `${p.who}: is aan de beurt, maar vanaf ${p.date} worden geen plaatsen meer aangeboden; blijft op de reservelijst`,
  },
  'change.status': { en: (p) => `${p.who}: ${p.from} → ${p.to}`, nl: (p) => `${p.who}: ${p.from} → ${p.to}` },
  'reserve.at': { en: (p) => `at position ${p.n}: ${p.reason}`, nl: (p) => `op plaats ${p.n}: ${p.reason}` },
  'move.to-reserve': { en: (p) => `${p.who}: moves to the reserve list, position ${p.n}`, nl: (p) => `${p.who}: gaat naar de reservelijst, plaats ${p.n}` },
  'move.passed': {
    en: (p) => `${p.who}: passed over for the free seat (stays ${p.place} on the reserve list): ${p.reason}`,
    nl: (p) => `${p.who}: komt niet in aanmerking voor de vrije plaats (blijft ${p.place} op de reservelijst): ${p.reason}`,
  },
  'move.up': { en: (p) => `${p.who}: moves up the reserve list from ${p.from} to ${p.to}`, nl: (p) => `${p.who}: schuift op de reservelijst op van ${p.from} naar ${p.to}` },
  'seats.line': {
    en: (p) => `seats: ${p.used} of ${p.max} taken${p.offered > 0 ? ` (${p.offered} held by ${p.offered === 1 ? 'an open offer' : 'open offers'})` : ''}${dueEn(p.due)}, ${p.free} free; binding: ${p.binding}`,
    nl: (p) => `plaatsen: ${p.used} van ${p.max} bezet${p.offered > 0 ? ` (${p.offered} vastgehouden voor ${p.offered === 1 ? 'een open aanbod' : 'open aanbiedingen'})` : ''}${dueNl(p.due)}, ${p.free} vrij; bepalend: ${p.binding}`,
  },
  'explain.seated': { en: (p) => `${p.who} has a seat in ${p.cohort} ${p.how}.`, nl: (p) => `${p.who} heeft een plaats in ${p.cohort} ${p.how}.` },
  'explain.via.confirmed': { en: () => '(confirmed: the seat is kept whoever registers later)', nl: () => '(bevestigd: de plaats blijft, wie zich later ook inschrijft)' },
  'explain.via.queue': { en: () => '(registered, not yet confirmed: in order of the queue, while the seats last)', nl: () => '(ingeschreven, nog niet bevestigd: in volgorde van de wachtrij, zolang er plaatsen zijn)' },
  'explain.via.offered': {
    en: (p) => `on an offer: the seat is held until ${p.date} (answer with cohort offer accept or decline)`,
    nl: (p) => `op een aanbod: de plaats wordt vastgehouden tot en met ${p.date} (antwoord met cohort offer accept of decline)`,
  },
  'explain.waiting': { en: (p) => `${p.who} is ${p.place} on the reserve list of ${p.cohort}: ${p.reason}.`, nl: (p) => `${p.who} staat ${p.place} op de reservelijst van ${p.cohort}: ${p.reason}.` },
  'explain.waiting-unnumbered': { en: (p) => `${p.who} waits in ${p.cohort} without a place in line: ${p.reason}.`, nl: (p) => `${p.who} wacht in ${p.cohort} zonder plaats in de rij: ${p.reason}.` },
  'explain.left': { en: (p) => `${p.who} has no seat in ${p.cohort}: ${p.why}.`, nl: (p) => `${p.who} heeft geen plaats in ${p.cohort}: ${p.why}.` },
  'explain.why.cancelled': { en: () => 'cancelled', nl: () => 'afgemeld' },
  'explain.why.withdrawn': { en: () => 'withdrawn', nl: () => 'teruggetrokken' },
  'explain.why.declined': { en: () => 'declined the offer of a seat, and is not offered one again', nl: () => 'heeft het aanbod van een plaats afgeslagen, en krijgt er geen meer aangeboden' },
  'explain.why.expired': { en: (p) => `did not answer the offer by ${p.date}, and is not offered a seat again`, nl: (p) => `heeft niet op het aanbod (tot en met ${p.date}) gereageerd, en krijgt geen plaats meer aangeboden` },
  'explain.why.offer-expired': {
    en: (p) => `the offer expired on ${p.date}; the next run of cohort offer update records it and offers the seat to the next in line`,
    nl: (p) => `het aanbod is op ${p.date} verlopen; de volgende cohort offer update legt dat vast en biedt de plaats aan de volgende aan`,
  },
  'explain.unit.couple': {
    en: (p) => `With partner ${p.partner} they take ${p.seats} seats, placed together or not at all.`,
    nl: (p) => `Met partner ${p.partner} nemen zij ${p.seats} plaatsen in, samen geplaatst of niet.`,
  },
  'explain.unit.partner-free': { en: (p) => `Partner ${p.partner} joins without a seat of their own.`, nl: (p) => `Partner ${p.partner} doet mee zonder eigen plaats.` },
  'explain.unit.single': { en: () => 'One seat.', nl: () => 'Eén plaats.' },
  'explain.order': { en: (p) => `Place in the queue: ${p.priority}, registered ${p.registered}.`, nl: (p) => `Plaats in de wachtrij: ${p.priority}, ingeschreven ${p.registered}.` },
  'explain.no-priority': { en: () => 'no priority', nl: () => 'geen voorrang' },
  'explain.priority': { en: (p) => `priority ${p.n}`, nl: (p) => `voorrang ${p.n}` },
  'explain.capacity': {
    en: (p) => `Seats: ${p.used} of ${p.max} taken${dueEn(p.due)}, ${p.free} free; binding: ${p.binding}.`,
    nl: (p) => `Plaatsen: ${p.used} van ${p.max} bezet${dueNl(p.due)}, ${p.free} vrij; bepalend: ${p.binding}.`,
  },
  'explain.history': { en: () => 'History:', nl: () => 'Geschiedenis:' },
  'explain.no-history': { en: () => 'No changes recorded by cohort.', nl: () => 'Geen wijzigingen vastgelegd door cohort.' },
  'history.line': { en: (p) => `${p.date}  ${p.field} ${p.from} → ${p.to} (${p.why}; ${p.command})`, nl: (p) => `${p.date}  ${p.field} ${p.from} → ${p.to} (${p.why}; ${p.command})` },
  'history.none': { en: () => '(none)', nl: () => '(geen)' },
  'why.asked': { en: () => 'as asked', nl: () => 'zoals gevraagd' },
  'why.next-in-line': { en: (p) => `next in line${p.after ? ` after ${p.after} left` : ''}`, nl: (p) => `aan de beurt${p.after ? ` nadat ${p.after} vertrok` : ''}` },
  'why.offer-expired': { en: (p) => `no answer by ${p.date}`, nl: (p) => `geen antwoord uiterlijk ${p.date}` },
  'why.no-offers-from': { en: (p) => `no offers from ${p.date}`, nl: (p) => `geen aanbiedingen vanaf ${p.date}` },
  'report.title': { en: (p) => `${p.id} — ${p.title} (${p.programme})`, nl: (p) => `${p.id} — ${p.title} (${p.programme})` },
  'report.seats': {
    en: (p) => `${p.groups === null ? `${p.max} in the group` : p.groups.n === 0 ? 'none yet (no group can be formed)' : `${p.max} in ${p.groups.n} group${p.groups.n === 1 ? '' : 's'} of ${p.groups.max}`}; ${p.used} taken (${p.placed} placed${p.partners > 0 ? `, ${p.partners} partner seat${p.partners === 1 ? '' : 's'}` : ''}${p.offered > 0 ? `, ${p.offered} held by ${p.offered === 1 ? 'an open offer' : 'open offers'}` : ''})${dueEn(p.due)}, ${p.free} free`,
    nl: (p) => `${p.groups === null ? `${p.max} in de groep` : p.groups.n === 0 ? 'nog geen (er kan geen groep gevormd worden)' : `${p.max} in ${p.groups.n} ${p.groups.n === 1 ? 'groep' : 'groepen'} van ${p.groups.max}`}; ${p.used} bezet (${p.placed} geplaatst${p.partners > 0 ? `, ${p.partners} partnerplaats${p.partners === 1 ? '' : 'en'}` : ''}${p.offered > 0 ? `, ${p.offered} vastgehouden voor ${p.offered === 1 ? 'een open aanbod' : 'open aanbiedingen'}` : ''})${dueNl(p.due)}, ${p.free} vrij`,
  },
  'report.quota': { en: (p) => `${p.layer}: ${p.used} taken, ${p.free} free`, nl: (p) => `${p.layer}: ${p.used} bezet, ${p.free} vrij` },
  'report.members': {
    en: (p) => `${p.members} member${p.members === 1 ? '' : 's'}, ${p.nonMembers} non-member${p.nonMembers === 1 ? '' : 's'} of the ${p.running} in the running`,
    nl: (p) => `${p.members} ${p.members === 1 ? 'lid' : 'leden'}, ${p.nonMembers} niet-${p.nonMembers === 1 ? 'lid' : 'leden'} van de ${p.running} in de running`,
  },
  'report.province': { en: (p) => `${p.province} ${p.demand} (${p.seated} placed)`, nl: (p) => `${p.province} ${p.demand} (${p.seated} geplaatst)` },
  'report.offer': {
    en: (p) => `${p.who}, ${p.seats === 1 ? '1 seat' : `${p.seats} seats`}, until ${p.date}`,
    nl: (p) => `${p.who}, ${p.seats === 1 ? '1 plaats' : `${p.seats} plaatsen`}, tot en met ${p.date}`,
  },
  'report.reserve': { en: (p) => `Reserve list (${p.n}):`, nl: (p) => `Reservelijst (${p.n}):` },
  'report.reserve-empty': { en: () => 'Reserve list: empty', nl: () => 'Reservelijst: leeg' },
  'report.seat-count': { en: (p) => (p.n === 1 ? '1 seat' : `${p.n} seats`), nl: (p) => (p.n === 1 ? '1 plaats' : `${p.n} plaatsen`) },
  'report.new-group': {
    en: (p) => `The reserve list could fill a new group of ${p.n} (the programme's minimum is ${p.min}).`,
    nl: (p) => `De reservelijst kan een nieuwe groep van ${p.n} vullen (het minimum van het programma is ${p.min}).`,
  },
  'report.expired': {
    en: (p) => `Offers past their last day: ${p.offers}; cohort offer update records them and offers the seats to the next in line.`,
    nl: (p) => `Aanbiedingen voorbij hun laatste dag: ${p.offers}; cohort offer update legt ze vast en biedt de plaatsen de volgende op de lijst aan.`,
  },
  'report.due': {
    en: (p) => `Offers to make for the free seats: ${p.ids} (cohort offer update makes them).`,
    nl: (p) => `Nog aan te bieden voor de vrije plaatsen: ${p.ids} (cohort offer update doet dat).`,
  },
  'report.programme': {
    en: (p) => `Programme ${p.id} (${p.name}), ${p.n} cohort${p.n === 1 ? '' : 's'}: ${p.seats} seats, ${p.used} taken, ${p.free} free, ${p.waiting} waiting`,
    nl: (p) => `Programma ${p.id} (${p.name}), ${p.n} ${p.n === 1 ? 'cohort' : 'cohorten'}: ${p.seats} plaatsen, ${p.used} bezet, ${p.free} vrij, ${p.waiting} wachtend`,
  },
  'report.programme-total': { en: (p) => `${p.layer}: ${p.used} taken, ${p.free} free`, nl: (p) => `${p.layer}: ${p.used} bezet, ${p.free} vrij` },
  'report.meeting': {
    en: (p) => `${p.n} on the reserve list of ${p.from} could take ${p.seats} free seat${p.seats === 1 ? '' : 's'} in ${p.to}: ${p.ids}`,
    nl: (p) => `${p.n} van de reservelijst van ${p.from} ${p.n === 1 ? 'kan' : 'kunnen'} ${p.seats} vrije ${p.seats === 1 ? 'plaats' : 'plaatsen'} in ${p.to} innemen: ${p.ids}`,
  },
  'report.programme-new-group': {
    en: (p) => `The reserve lists together could fill a new group of ${p.n} (the programme's minimum is ${p.min}).`,
    nl: (p) => `De reservelijsten samen kunnen een nieuwe groep van ${p.n} vullen (het minimum van het programma is ${p.min}).`,
  },
  'report.none': { en: () => 'No cohorts.', nl: () => 'Geen cohorten.' },
  'label.seats': { en: () => 'Seats', nl: () => 'Plaatsen' },
  'label.binding': { en: () => 'Binding', nl: () => 'Bepalend' },
  'label.quotas': { en: () => 'Quotas', nl: () => 'Quota' },
  'label.members': { en: () => 'Members', nl: () => 'Leden' },
  'label.provinces': { en: () => 'Per province', nl: () => 'Per provincie' },
  'label.offers': { en: () => 'Open offers', nl: () => 'Open aanbod' },
  'standing.placed': { en: () => 'placed', nl: () => 'geplaatst' },
  'standing.offered': { en: () => 'offered', nl: () => 'aangeboden' },
  'standing.reserve': { en: () => 'reserve list', nl: () => 'reservelijst' },
  'standing.left': { en: () => 'no seat', nl: () => 'geen plaats' },
  'csv.cohort': { en: () => 'cohort', nl: () => 'cohort' },
  'csv.id': { en: () => 'id', nl: () => 'id' },
  'csv.name': { en: () => 'name', nl: () => 'naam' },
  'csv.status': { en: () => 'status', nl: () => 'status' },
  'csv.standing': { en: () => 'standing', nl: () => 'stand' },
  'csv.position': { en: () => 'position', nl: () => 'plaats op reservelijst' },
  'csv.seats': { en: () => 'seats', nl: () => 'plaatsen' },
  'csv.reason': { en: () => 'reason', nl: () => 'reden' },
  'csv.offer-expires': { en: () => 'offer expires', nl: () => 'aanbod geldig tot' },
  'csv.province': { en: () => 'province', nl: () => 'provincie' },
  'csv.member': { en: () => 'member', nl: () => 'lid' },
  'md.position': { en: () => '#', nl: () => 'nr.' },
  'md.registration': { en: () => 'Registration', nl: () => 'Inschrijving' },
  'md.seats': { en: () => 'Seats', nl: () => 'Plaatsen' },
  'md.reason': { en: () => 'Reason', nl: () => 'Reden' },
  'md.what': { en: () => 'What', nl: () => 'Wat' },
  'md.value': { en: () => 'Now', nl: () => 'Nu' },
  'yes': { en: () => 'yes', nl: () => 'ja' },
  'no': { en: () => 'no', nl: () => 'nee' },
};
