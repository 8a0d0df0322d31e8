import type { Catalog } from '../i18n/index.js';
import type { Reporter } from './report.js';

type None = Record<never, never>;
type Value = { value: string };
type Range = { start: string; end: string };
type ForProgramme = { programme: string };
type HostRotation = { sessions: number; min: number; max: number };
/** What a duplicate id belongs to; named in the message's language. */
export type IdOwner = 'phase' | 'person' | 'registration' | 'programme' | 'cohort';
/** The kind of file a cohort expected at a path. */
export type ReferredKind = 'people' | 'registrations';

/** Parameters of every rule message: `r.error(rule, pointer, params)` is checked against these. */
export interface RuleParams {
  'duration/invalid': Value;
  'duration/reversed-range': Value;
  'count/invalid': Value;
  'count/reversed-range': Value;
  'date/unreal': Value;
  'date/reversed-range': Value;
  'cohort/end-before-start': Range;
  'id/duplicate': { what: IdOwner; id: string; first: string };
  'ref/unknown-programme': { id: string };
  'programme/not-plannable': { id: string; why: string };
  'ref/unknown-phase': { id: string };
  'ref/unknown-person': { id: string };
  'ref/missing-file': { path: string };
  'ref/wrong-kind': { path: string; kind: ReferredKind };
  'phase/after-not-earlier': { phase: string; after: string };
  'phase/gap-reversed': { min: string; max: string };
  'capacity/min-exceeds-max': { min: number; max: number };
  'capacity/quota-kind': None;
  'capacity/over': { id: string; seats: number; layer: string };
  'offer/unknown-phase': { id: string };
  'offer/no-expiry': { id: string };
  'offer/no-expiry:hint': None;
  'offer/expiry-not-offered': { status: string };
  'offer/expired': { id: string; date: string };
  'offer/expired:hint': None;
  'span/too-short': { need: number; path: string; span: string; spanDays: number };
  'calendar/unknown-timezone': { tz: string };
  'calendar/school-region-required': None;
  'calendar/hours-reversed': Range;
  'slot/end-before-start': Range;
  'slot/weekday-not-allowed': { day: string; allowed: string };
  'phase/weekday-not-allowed': { day: string; allowed: string };
  'phase/hours-outside': Range & { from: string; to: string };
  'travel/step': Value;
  'time/dst-gap': { time: string; dates: string };
  'time/nonexistent': { date: string; time: string; tz: string };
  'intervisie/host-rotation-size': HostRotation;
  'intervisie/host-rotation-uneven': HostRotation;
  'groups/duplicate-id': { id: string };
  'groups/unknown-facilitator': { id: string; group: string };
  'groups/unknown-member': { id: string; group: string };
  'groups/member-twice': { id: string; group: string; other: string };
  'groups/same-municipality': { id: string; other: string; group: string; municipality: string };
  'groups/size-above-max': { group: string; size: number; min: number; max: number };
  'groups/size-below-min': { group: string; size: number; min: number; max: number };
  'fixed/unknown-session': { id: string; programme: string };
  'fixed/outside-cohort': { date: string; start: string; end: string };
  'fixed/not-slot-weekday': { date: string; day: string; slot: string };
  'fixed/duplicate': { id: string };
  'fixed/host-not-hosted': { id: string };
  'fixed/unknown-host': { id: string; session: string; group: string };
  'fixed/host-twice': { id: string; session: string; other: string };
  'fixed/facilitator-not-chosen': { id: string };
  'fixed/unknown-facilitator': { id: string; session: string };
  'guest/unknown-role': { role: string; programme: string };
  'guest/missing': { role: string; phase: string };
  'guest/unavailable-fixed': { person: string; role: string; session: string; date: string };
  'decision/phase-not-individual': { phase: string; mode: string };
  'decision/no-phase': ForProgramme;
  'decision/no-go-active': { id: string; status: string };
  'decision/no-go-active:hint': None;
  'decision/before-talk': { date: string; talk: string; session: string | undefined };
  'decision/before-talk:hint': None;
  'match/unknown-coachee': { id: string };
  'match/coach-not-in-pool': { id: string };
  'match/duplicate-coachee': { id: string };
  'match/excluded-pair': { coachee: string; coach: string };
  'municipality/unknown': Value;
  'registration/late': { date: string; start: string };
  'registration/missing-registered': { id: string };
  'registration/missing-registered:hint': None;
  'registration/duplicate-email': { other: string };
  'registration/role-not-in-audience': { role: string; audience: string };
  'eligibility/non-member': ForProgramme;
  'eligibility/non-member:hint': None;
  'partner/not-allowed': ForProgramme;
  'partner/required': ForProgramme;
}

export type RuleReporter = Reporter<RuleParams>;

const OWNER_NL: Record<IdOwner, string> = { phase: 'fase', person: 'persoon', registration: 'inschrijving', programme: 'programma', cohort: 'cohort' };
const KIND_NL: Record<ReferredKind, string> = { people: 'personen', registrations: 'inschrijvingen' };

/** Messages of the semantic rules and value checks, keyed by stable rule id (docs/rules.md); `<rule>:hint` keys hold a hint. */
export const ruleMessages: Catalog<RuleParams> = {
  'duration/invalid': { en: (p) => `'${p.value}' is not a duration such as 90m, 2h, 3w or 3 months`, nl: (p) => `'${p.value}' is geen duur zoals 90m, 2h, 3w of 3 months` },
  'duration/reversed-range': { en: (p) => `range '${p.value}' ends before it starts`, nl: (p) => `bereik '${p.value}' eindigt voordat het begint` },
  'count/invalid': { en: (p) => `'${p.value}' is not a number or a range such as 5..8`, nl: (p) => `'${p.value}' is geen aantal of bereik zoals 5..8` },
  'count/reversed-range': { en: (p) => `range '${p.value}' ends before it starts`, nl: (p) => `bereik '${p.value}' eindigt voordat het begint` },
  'date/unreal': { en: (p) => `'${p.value}' is not a real date (YYYY-MM-DD, or a range YYYY-MM-DD..YYYY-MM-DD)`, nl: (p) => `'${p.value}' is geen bestaande datum (JJJJ-MM-DD, of een bereik JJJJ-MM-DD..JJJJ-MM-DD)` },
  'date/reversed-range': { en: (p) => `'${p.value}' ends before it starts`, nl: (p) => `'${p.value}' eindigt voordat het begint` },
  'cohort/end-before-start': { en: (p) => `the cohort ends (${p.end}) before it starts (${p.start})`, nl: (p) => `het cohort eindigt (${p.end}) voordat het begint (${p.start})` },
  'id/duplicate': { en: (p) => `${p.what} id '${p.id}' is used twice (first at ${p.first})`, nl: (p) => `${OWNER_NL[p.what] ?? p.what}-id '${p.id}' komt twee keer voor (eerst op ${p.first})` },
  'ref/unknown-programme': { en: (p) => `no programme with id '${p.id}'`, nl: (p) => `geen programma met id '${p.id}'` },
  'programme/not-plannable': { en: (p) => `programme '${p.id}' has nothing to plan (${p.why}), so no cohort can run it`, nl: (p) => `programma '${p.id}' heeft niets te plannen (${p.why}), dus geen cohort kan het uitvoeren` },
  'ref/unknown-phase': { en: (p) => `no phase '${p.id}' in this programme`, nl: (p) => `geen fase '${p.id}' in dit programma` },
  'ref/unknown-person': { en: (p) => `no person '${p.id}' in the people files of this cohort`, nl: (p) => `geen persoon '${p.id}' in de personenbestanden van dit cohort` },
  'ref/missing-file': { en: (p) => `file '${p.path}' does not exist or cannot be read`, nl: (p) => `bestand '${p.path}' bestaat niet of is niet leesbaar` },
  'ref/wrong-kind': { en: (p) => `'${p.path}' is not a ${p.kind} file`, nl: (p) => `'${p.path}' is geen ${KIND_NL[p.kind] ?? p.kind}bestand` },
  'phase/after-not-earlier': { en: (p) => `phase '${p.phase}' can only follow an earlier phase, and '${p.after}' is not before it`, nl: (p) => `fase '${p.phase}' kan alleen volgen op een eerdere fase, en '${p.after}' komt er niet voor` },
  'phase/gap-reversed': { en: (p) => `minimum gap ${p.min} is longer than maximum gap ${p.max}`, nl: (p) => `minimale tussenruimte ${p.min} is langer dan maximale ${p.max}` },
  'capacity/min-exceeds-max': { en: (p) => `capacity min ${p.min} exceeds max ${p.max}`, nl: (p) => `capaciteit min ${p.min} is groter dan max ${p.max}` },
  'capacity/quota-kind': { en: () => 'a quota counts either a role or a province: give exactly one of them', nl: () => 'een quotum telt een rol of een provincie: geef er precies één' },
  'capacity/over': {
    en: (p) => `'${p.id}' is confirmed or holds an offer, but no seat is left for it (${p.layer}: ${p.seats} seats); it waits until one frees up`,
    nl: (p) => `'${p.id}' is bevestigd of heeft een aanbod, maar er is geen plaats meer voor (${p.layer}: ${p.seats} plaatsen); wacht tot er een vrijkomt`,
  },
  'offer/unknown-phase': { en: (p) => `offers until '${p.id}': no such phase in this programme (or use start)`, nl: (p) => `offers until '${p.id}': die fase bestaat niet in dit programma (of gebruik start)` },
  'offer/no-expiry': { en: (p) => `registration '${p.id}' is offered a seat but has no offer-expires date`, nl: (p) => `inschrijving '${p.id}' heeft een aanbod maar geen offer-expires-datum` },
  'offer/no-expiry:hint': {
    en: () => 'add the last day to answer (offer-expires: "2027-01-22"); cohort cancel and cohort offer write it for you',
    nl: () => 'vul de laatste dag om te antwoorden in (offer-expires: "2027-01-22"); cohort cancel en cohort offer doen dat zelf',
  },
  'offer/expiry-not-offered': {
    en: (p) => `offer-expires is set, but the status is ${p.status}: it is read only with offered (and kept with declined or expired)`,
    nl: (p) => `offer-expires is ingevuld, maar de status is ${p.status}: het telt alleen bij offered (en blijft staan bij declined of expired)`,
  },
  'offer/expired': {
    en: (p) => `offer to ${p.id} expired on ${p.date}; cohort offer update records it`,
    nl: (p) => `aanbod aan ${p.id} is verlopen op ${p.date}; cohort offer update legt het vast`,
  },
  'offer/expired:hint': {
    en: () => 'the seat is no longer held (every command places it so, as of --today); cohort offer update <cohort> marks it expired and offers the seat to the next in line',
    nl: () => 'de plaats wordt niet meer vastgehouden (elk commando plaatst zo, per --today); cohort offer update <cohort> zet het op expired en biedt de plaats de volgende op de lijst aan',
  },
  'span/too-short': { en: (p) => `the phases need at least ${p.need} days (${p.path}) but the span allows at most ${p.span} (${p.spanDays} days)`, nl: (p) => `de fasen hebben minstens ${p.need} dagen nodig (${p.path}) maar de doorlooptijd staat hoogstens ${p.span} (${p.spanDays} dagen) toe` },
  'calendar/unknown-timezone': { en: (p) => `unknown time zone '${p.tz}' (use an IANA name such as Europe/Amsterdam)`, nl: (p) => `onbekende tijdzone '${p.tz}' (gebruik een IANA-naam zoals Europe/Amsterdam)` },
  'calendar/school-region-required': { en: () => `avoid includes school-holidays, so school-region (noord, midden or zuid) is needed`, nl: () => `avoid bevat school-holidays, dus school-region (noord, midden of zuid) is nodig` },
  'calendar/hours-reversed': { en: (p) => `working hours end (${p.end}) before they start (${p.start})`, nl: (p) => `werktijden eindigen (${p.end}) voordat ze beginnen (${p.start})` },
  'slot/end-before-start': { en: (p) => `a one-day slot ends (${p.end}) before it starts (${p.start}); use days: 2 for a block that runs into the next day`, nl: (p) => `een eendaags tijdslot eindigt (${p.end}) voordat het begint (${p.start}); gebruik days: 2 voor een blok dat doorloopt tot de volgende dag` },
  'slot/weekday-not-allowed': { en: (p) => `the slot needs ${p.day}, which is not among the programme's weekdays (${p.allowed})`, nl: (p) => `het tijdslot valt op ${p.day}, dat niet bij de weekdagen van het programma hoort (${p.allowed})` },
  'phase/weekday-not-allowed': { en: (p) => `the phase's weekdays include ${p.day}, which is not among the programme's weekdays (${p.allowed}); a phase can only narrow them`, nl: (p) => `de weekdagen van de fase bevatten ${p.day}, dat niet bij de weekdagen van het programma hoort (${p.allowed}); een fase kan ze alleen beperken` },
  'phase/hours-outside': { en: (p) => `the phase's hours ${p.start}–${p.end} are not within the programme's hours ${p.from}–${p.to}; a phase can only narrow them`, nl: (p) => `de uren van de fase ${p.start}–${p.end} vallen niet binnen de uren van het programma ${p.from}–${p.to}; een fase kan ze alleen beperken` },
  'travel/step': { en: (p) => `travel step '${p.value}' must be a positive number of minutes or hours, such as 15m`, nl: (p) => `reisstap '${p.value}' moet een positief aantal minuten of uren zijn, zoals 15m` },
  'time/dst-gap': { en: (p) => `${p.time} does not exist on the last Sunday of March (${p.dates}), when clocks go forward; sessions on that day cannot start or end then`, nl: (p) => `${p.time} bestaat niet op de laatste zondag van maart (${p.dates}), als de klok vooruitgaat; sessies kunnen dan niet beginnen of eindigen` },
  'time/nonexistent': { en: (p) => `${p.date} ${p.time} does not exist in ${p.tz} (clocks go forward an hour)`, nl: (p) => `${p.date} ${p.time} bestaat niet in ${p.tz} (de klok gaat een uur vooruit)` },
  'intervisie/host-rotation-size': { en: (p) => `with host-rotation every member hosts once, so a group needs exactly ${p.sessions} members, but capacity allows ${p.min}..${p.max}`, nl: (p) => `bij host-rotation ontvangt ieder lid één keer, dus een groep heeft precies ${p.sessions} leden nodig, maar de capaciteit is ${p.min}..${p.max}` },
  'intervisie/host-rotation-uneven': { en: (p) => `with host-rotation and ${p.sessions} meetings, a group of other than ${p.sessions} members cannot give every member exactly one turn (capacity ${p.min}..${p.max})`, nl: (p) => `bij host-rotation en ${p.sessions} bijeenkomsten kan een groep van een ander aantal dan ${p.sessions} leden niet ieder lid precies één keer laten ontvangen (capaciteit ${p.min}..${p.max})` },
  'groups/duplicate-id': { en: (p) => `group '${p.id}' is pinned twice`, nl: (p) => `groep '${p.id}' staat twee keer vast` },
  'groups/unknown-facilitator': { en: (p) => `group ${p.group}: '${p.id}' is not one of the cohort's facilitators`, nl: (p) => `groep ${p.group}: '${p.id}' is geen van de begeleiders van het cohort` },
  'groups/unknown-member': { en: (p) => `group ${p.group}: no registration '${p.id}' in this cohort`, nl: (p) => `groep ${p.group}: geen aanmelding '${p.id}' in dit cohort` },
  'groups/member-twice': { en: (p) => `${p.id} is in group ${p.group} and in group ${p.other}; a member is in one group`, nl: (p) => `${p.id} zit in groep ${p.group} en in groep ${p.other}; een lid zit in één groep` },
  'groups/same-municipality': { en: (p) => `group ${p.group}: ${p.id} and ${p.other} are both from ${p.municipality}; a group never has two members of one municipality`, nl: (p) => `groep ${p.group}: ${p.id} en ${p.other} komen allebei uit ${p.municipality}; een groep heeft nooit twee leden uit één gemeente` },
  'groups/size-above-max': { en: (p) => `group ${p.group} has ${p.size} members, more than the programme's capacity allows (${p.min}..${p.max})`, nl: (p) => `groep ${p.group} heeft ${p.size} leden, meer dan de capaciteit van het programma toelaat (${p.min}..${p.max})` },
  'groups/size-below-min': { en: (p) => `group ${p.group} has ${p.size} members, fewer than the programme's minimum (${p.min}..${p.max})`, nl: (p) => `groep ${p.group} heeft ${p.size} leden, minder dan het minimum van het programma (${p.min}..${p.max})` },
  'fixed/unknown-session': { en: (p) => `no session '${p.id}' in programme '${p.programme}'`, nl: (p) => `geen sessie '${p.id}' in programma '${p.programme}'` },
  'fixed/outside-cohort': { en: (p) => `fixed date ${p.date} is outside the cohort (${p.start}..${p.end})`, nl: (p) => `vaste datum ${p.date} valt buiten het cohort (${p.start}..${p.end})` },
  'fixed/not-slot-weekday': { en: (p) => `fixed date ${p.date} is a ${p.day}, but the phase's slot is on ${p.slot}`, nl: (p) => `vaste datum ${p.date} is een ${p.day}, maar het tijdslot van de fase is op ${p.slot}` },
  'fixed/duplicate': { en: (p) => `session '${p.id}' is fixed twice`, nl: (p) => `sessie '${p.id}' staat twee keer vast` },
  'fixed/host-not-hosted': { en: (p) => `session '${p.id}' is not a hosted intervisie meeting (host-rotation), so it has no host`, nl: (p) => `sessie '${p.id}' is geen intervisiebijeenkomst met gastheer (host-rotation), dus heeft geen gastheer` },
  'fixed/unknown-host': { en: (p) => `${p.session}: host '${p.id}' is not a member of ${p.group}`, nl: (p) => `${p.session}: gastheer '${p.id}' is geen lid van ${p.group}` },
  'fixed/host-twice': { en: (p) => `${p.session}: ${p.id} already hosts ${p.other}; every member hosts once`, nl: (p) => `${p.session}: ${p.id} ontvangt al ${p.other}; ieder lid ontvangt eenmaal` },
  'fixed/facilitator-not-chosen': {
    en: (p) => `session '${p.id}' is not an appointment of a phase with facilitators: one, so it names no facilitator`,
    nl: (p) => `sessie '${p.id}' is geen afspraak van een fase met facilitators: one, dus noemt geen begeleider`,
  },
  'fixed/unknown-facilitator': { en: (p) => `${p.session}: '${p.id}' is not one of the cohort's facilitators`, nl: (p) => `${p.session}: '${p.id}' is geen van de begeleiders van het cohort` },
  'guest/unknown-role': { en: (p) => `no phase of programme '${p.programme}' asks for a guest '${p.role}'`, nl: (p) => `geen fase van programma '${p.programme}' vraagt om een gast '${p.role}'` },
  'guest/missing': { en: (p) => `phase '${p.phase}' needs a guest '${p.role}'; name the person under guests`, nl: (p) => `fase '${p.phase}' heeft een gast '${p.role}' nodig; noem de persoon onder guests` },
  'guest/unavailable-fixed': {
    en: (p) => `guest ${p.person} (${p.role}) is unavailable on ${p.date}, the fixed date of ${p.session}`,
    nl: (p) => `gast ${p.person} (${p.role}) is niet beschikbaar op ${p.date}, de vaste datum van ${p.session}`,
  },
  'decision/phase-not-individual': {
    en: (p) => `go-no-go names phase '${p.phase}', a ${p.mode} phase; the decision follows each participant's own appointment (an individual phase)`,
    nl: (p) => `go-no-go noemt fase '${p.phase}', een ${p.mode}-fase; het besluit volgt op het eigen gesprek van elke deelnemer (een individuele fase)`,
  },
  'decision/no-phase': {
    en: (p) => `a decision is recorded, but programme '${p.programme}' names no go-no-go phase; it changes nothing`,
    nl: (p) => `er is een besluit vastgelegd, maar programma '${p.programme}' noemt geen go-no-go-fase; het verandert niets`,
  },
  'decision/no-go-active': {
    en: (p) => `'${p.id}' decided no-go but is still ${p.status}, so the seat stays taken`,
    nl: (p) => `'${p.id}' besloot no-go maar is nog ${p.status}, dus de plaats blijft bezet`,
  },
  'decision/no-go-active:hint': { en: () => 'set status: withdrawn (cohort decide does, and offers the seat)', nl: () => 'zet status: withdrawn (cohort decide doet dat, en biedt de plaats aan)' },
  'decision/before-talk': {
    en: (p) => (p.session ? `decided on ${p.date}, before the go-no-go appointment ${p.session} on ${p.talk}` : `decided on ${p.date}, before the cohort starts (${p.talk}) and so before the go-no-go appointment`),
    nl: (p) => (p.session ? `besloten op ${p.date}, voor het go-no-go-gesprek ${p.session} op ${p.talk}` : `besloten op ${p.date}, voor de start van het cohort (${p.talk}) en dus voor het go-no-go-gesprek`),
  },
  'decision/before-talk:hint': {
    en: () => 'correct the date; someone who leaves before the appointment cancels (cohort cancel)',
    nl: () => 'verbeter de datum; wie voor het gesprek afhaakt, meldt zich af (cohort cancel)',
  },
  'match/unknown-coachee': { en: (p) => `no registration '${p.id}' in this cohort`, nl: (p) => `geen inschrijving '${p.id}' in dit cohort` },
  'match/coach-not-in-pool': { en: (p) => `'${p.id}' is not in the cohort's pool`, nl: (p) => `'${p.id}' zit niet in de pool van dit cohort` },
  'match/duplicate-coachee': { en: (p) => `coachee '${p.id}' is matched twice`, nl: (p) => `coachee '${p.id}' is twee keer gekoppeld` },
  'match/excluded-pair': {
    en: (p) => `'${p.coachee}' with '${p.coach}' is also excluded; cohort match will re-match '${p.coachee}'`,
    nl: (p) => `'${p.coachee}' met '${p.coach}' staat ook bij excluded; cohort match koppelt '${p.coachee}' opnieuw`,
  },
  'municipality/unknown': { en: (p) => `unknown municipality '${p.value}' (use a CBS code such as GM0344 or the exact name)`, nl: (p) => `onbekende gemeente '${p.value}' (gebruik een CBS-code zoals GM0344 of de exacte naam)` },
  'registration/late': { en: (p) => `registered on ${p.date}, after the cohort started (${p.start})`, nl: (p) => `ingeschreven op ${p.date}, na de start van het cohort (${p.start})` },
  'registration/missing-registered': { en: (p) => `registration '${p.id}' has no registered time, which decides its place on the reserve list`, nl: (p) => `inschrijving '${p.id}' heeft geen registered-tijd, die haar plaats op de reservelijst bepaalt` },
  'registration/missing-registered:hint': { en: () => 'add when the registration came in, such as 2026-10-02T09:14:00+02:00 or 2026-10-02', nl: () => 'vul in wanneer de inschrijving binnenkwam, zoals 2026-10-02T09:14:00+02:00 of 2026-10-02' },
  'registration/duplicate-email': { en: (p) => `e-mail address also used by registration '${p.other}'`, nl: (p) => `e-mailadres ook gebruikt door inschrijving '${p.other}'` },
  'registration/role-not-in-audience': { en: (p) => `role '${p.role}' is not in the programme's audience (${p.audience})`, nl: (p) => `rol '${p.role}' hoort niet bij de doelgroep van het programma (${p.audience})` },
  'eligibility/non-member': { en: (p) => `programme '${p.programme}' is for members only, and this registration is not a member`, nl: (p) => `programma '${p.programme}' is alleen voor leden, en deze inschrijving is geen lid` },
  'eligibility/non-member:hint': { en: () => 'set member: yes after they join, or mark the registration withdrawn', nl: () => 'zet member: yes zodra de persoon lid is, of markeer de inschrijving als withdrawn' },
  'partner/not-allowed': { en: (p) => `a partner joins, but programme '${p.programme}' has partners: none`, nl: (p) => `er doet een partner mee, maar programma '${p.programme}' heeft partners: none` },
  'partner/required': { en: (p) => `programme '${p.programme}' requires a partner`, nl: (p) => `programma '${p.programme}' vereist een partner` },
};
