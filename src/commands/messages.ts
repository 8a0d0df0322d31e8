/** What the commands themselves say (usage errors, progress lines), in English and Dutch. */
import { sayFewIds, translate, type Args, type Catalog, type Lang } from '../i18n/index.js';

type None = Record<string, never>;

export interface CommandMessages {
  'path/missing': { path: string };
  'path/no-data-files': { path: string };
  'path/not-a-file': { path: string };
  'path/folder-not-cohort': { path: string };
  'validate/no-default-folders': None;
  'validate/skipped': { n: number; example: string };
  'out/is-input': { path: string };
  'out/failed': { path: string; reason: string };
  'edit/changed': { path: string };
  'read/failed': { path: string; reason: string };
  stdout: None;
  'schema/unknown': { kind: string; kinds: string };
  'today/invalid': { value: string };
  'plan/no-cohorts': None;
  'plan/not-a-cohort': { file: string; kind: string };
  'plan/invalid': None;
  'plan/infeasible': { n: number };
  'plan/reserve': { cohort: string; n: number; free: number; seats: number; ids: string; next: string };
  'plan/reserve-why': { file: string };
  'plan/reserve-expired': { file: string; offers: string };
  'plan/reserve-due': { file: string; ids: string };
  'plan/reserve-no-group': { cohort: string; n: number; ids: string; why: string };
  'plan/per-needs-out': None;
  'plan/per-needs-ics': None;
  'plan/wrote': { path: string };
  'plan/wrote-per': { n: number; dir: string };
  'plan/pinned': { n: number; file: string };
  'plan/pin-needs-groups': { file: string };
  'plan/pin-needs-matches': { file: string };
  'plan/changes': { cohort: string; moved: number; added: number; cancelled: number; unchanged: number };
  'plan/moved': { session: string; from: string; to: string };
  'plan/added': { session: string; to: string };
  'plan/cancelled': { session: string; from: string };
  'plan/internal-hard-rule': { rule: string; detail: string };
  'capacity/invalid': None;
  'register/bad-id': None;
  'register/id-taken': { id: string };
  'register/empty': None;
  'register/bad-role': { roles: string };
  'register/bad-municipality': { value: string; suggestion: string };
  'register/bad-email': None;
  'register/bad-registered': None;
  'register/bad-range': { value: string };
  'register/bad-priority': None;
  'register/bad-flag': { flag: string; reason: string };
  'register/no-terminal': { flags: string; cohort: string };
  'register/not-confirmed': None;
  'register/q.id': None;
  'register/q.name': None;
  'register/q.role': None;
  'register/q.municipality': None;
  'register/q.email': None;
  'register/q.registered': None;
  'register/q.member': None;
  'register/q.member-only': None;
  'register/q.partner': None;
  'register/q.partner-joins': None;
  'register/q.unavailable': None;
  'register/q.confirm': { name: string; cohort: string };
  'capacity/report-invalid': None;
  'offer/update-takes-no-id': None;
  'offer/needs-id': { answer: string };
  'capacity/no-cohorts': None;
  'registration/unknown': { id: string; cohort: string; suggestion: string };
  'did-you-mean': { id: string };
  'refused/already-out': { id: string; status: string };
  'refused/not-offered': { id: string; status: string };
  'refused/offer-expired': { id: string; date: string };
  'refused/duplicate-id': { id: string; cohort: string };
  'refused/not-placed': { id: string; status: string };
  'edit/cannot': { path: string; reason: string };
  'edit/would-be-invalid': { path: string };
  'edit/dry-run': { paths: string };
  'edit/wrote': { paths: string };
  'edit/changed-since': { path: string };
  'match/not-coaching': { cohort: string; programme: string };
  'match/no-pool': { cohort: string };
  'match/bad-exclude': { value: string };
  'match/unknown-coach': { coach: string; cohort: string; suggestion: string };
  'match/sibling-invalid': { file: string };
  'match/unmatched': { n: number; ids: string };
  'match/pin-changes': { file: string; changed: number; unchanged: number };
  'match/pin-added': { coachee: string; coach: string };
  'match/pin-changed': { coachee: string; from: string; to: string };
  'match/pin-removed': { coachee: string; coach: string };
  'match/pin-excluded': { coachee: string; coach: string; date: string };
  'match/pinned': { n: number; excluded: number; file: string };
  'plan/unpinned-coaches': { cohort: string; n: number; ids: readonly string[] };
  'plan/unpinned-groups': { cohort: string; n: number; ids: readonly string[] };
  'plan/started': { cohort: string; start: string; today: string };
  'roster/not-intervisie': { file: string };
  'roster/ics-needs-out': { n: number; files: string };
  'roster/bad-alternatives': { value: string };
  'roster/alternatives-not-ics': None;
  'roster/pin-not-alternatives': None;
  'roster/pin-needs-groups': { file: string };
  'roster/pin-host': { host: string };
  'roster/pin-changes': { cohort: string; added: number; changed: number; unchanged: number };
  'roster/pin-added': { session: string; to: string };
  'roster/pin-changed': { session: string; from: string; to: string };
  'roster/pinned': { n: number; file: string };
  'groups/none': { file: string; why: string };
  'groups/reserve': { n: number };
  'groups/changes': { cohort: string; joined: number; left: number; added: number; dropped: number; unchanged: number };
  'groups/joined': { group: string; id: string };
  'groups/left': { group: string; id: string };
  'groups/added': { group: string; members: string };
  'groups/dropped': { group: string };
  'groups/facilitator': { group: string; from: string; to: string };
  'groups/pinned': { n: number; file: string };
  'groups/dry-run': { file: string };
  'groups/unknown-replan': { id: string; ids: string };
  'groups/replan-needs-pins': { file: string };
  'io/ENOENT': None;
  'io/ENOTDIR': None;
  'io/EISDIR': None;
  'io/EACCES': None;
  'io/EROFS': None;
  'io/ENOSPC': None;
  'io/ENAMETOOLONG': None;
  'io/ELOOP': None;
  'io/EEXIST': None;
  // cohort report
  'report/invalid': None;
  'report/no-cohorts': None;
  // cohort init
  'init/unknown-programme': { id: string; known: string };
  'init/bad-id': None;
  'init/id-taken': { id: string };
  'init/empty': None;
  'init/bad-date': None;
  'init/bad-municipality': { value: string };
  'init/unknown-people': { ids: string; known: string };
  'init/no-terminal': { flags: string };
  'init/exists': { path: string };
  'init/wrote': { files: string };
  'init/q.programme': None;
  'init/q.start': None;
  'init/q.id': None;
  'init/q.title': None;
  'init/q.venue': None;
  'init/q.address': None;
  'init/q.municipality': None;
  'init/q.facilitators': None;
  // cohort init programme
  'initp/no-terminal': { flags: string };
  'initp/programme-taken': { id: string };
  'initp/phase-taken': { id: string };
  'initp/unknown-template': { id: string; known: string };
  'initp/invalid': { where: string; reason: string };
  'initp/scratch': None;
  'initp/none': None;
  'initp/q.from': None;
  'initp/q.id': None;
  'initp/q.name': None;
  'initp/q.organiser': None;
  'initp/q.audience': None;
  'initp/q.span': None;
  'initp/q.max': None;
  'initp/q.min': None;
  'initp/q.phase.id': { n: number };
  'initp/q.phase.name': None;
  'initp/q.phase.mode': None;
  'initp/q.after': None;
  'initp/q.after.min': None;
  'initp/q.after.max': None;
  'initp/q.duration': None;
  'initp/q.window': None;
  'initp/q.effort': None;
  'initp/q.sessions': None;
  'initp/q.every': None;
  'initp/q.weekday': None;
  'initp/q.slot.start': None;
  'initp/q.slot.end': None;
  'initp/q.slot.days': None;
  'initp/q.dagdelen': None;
  'initp/q.location': None;
  'initp/q.more': None;
}

export const commandMessages: Catalog<CommandMessages> = {
  'path/missing': { en: (p) => `${p.path}: no such file or directory`, nl: (p) => `${p.path}: bestand of map bestaat niet` },
  'path/no-data-files': { en: (p) => `${p.path}: no YAML or CSV files in this folder`, nl: (p) => `${p.path}: geen YAML- of CSV-bestanden in deze map` },
  'path/folder-not-cohort': {
    en: (p) => `${p.path} is a folder; this command works on one cohort: give its file (cohorts/intervisie-2027.yaml) or its id (intervisie-2027)`,
    nl: (p) => `${p.path} is een map; deze opdracht werkt op één cohort: geef het bestand (cohorts/intervisie-2027.yaml) of het id (intervisie-2027)`,
  },
  'path/not-a-file': { en: (p) => `${p.path}: not a file or folder (a device or a pipe)`, nl: (p) => `${p.path}: geen bestand of map (een apparaat of pijp)` },
  'validate/no-default-folders': {
    en: () => 'no programmes/ or cohorts/ folder here; name the files or folders to check',
    nl: () => 'geen programmes/ of cohorts/ in deze map; geef bestanden of mappen op',
  },
  'validate/skipped': {
    en: (p) => `${p.n} other YAML/CSV file(s) skipped: no schema line, name or folder of ours, and no cohort refers to them (e.g. ${p.example}); name a file to check it anyway`,
    nl: (p) => `${p.n} andere YAML/CSV-bestand(en) overgeslagen: geen schemaregel, naam of map van ons, en geen cohort verwijst ernaar (bijv. ${p.example}); noem een bestand om het toch te controleren`,
  },
  'out/is-input': { en: (p) => `--out ${p.path} is one of the input files`, nl: (p) => `--out ${p.path} is een invoerbestand` },
  'edit/changed': {
    en: (p) => `${p.path} changed since it was read; nothing was written to it (plan again to pin)`,
    nl: (p) => `${p.path} is gewijzigd sinds het gelezen werd; er is niets in geschreven (plan opnieuw om vast te leggen)`,
  },
  'out/failed': { en: (p) => `cannot write ${p.path}: ${p.reason}`, nl: (p) => `kan ${p.path} niet schrijven: ${p.reason}` },
  'read/failed': { en: (p) => `cannot read ${p.path}: ${p.reason}`, nl: (p) => `kan ${p.path} niet lezen: ${p.reason}` },
  stdout: { en: () => 'standard output', nl: () => 'standaarduitvoer' },
  'schema/unknown': { en: (p) => `unknown schema '${p.kind}'; choose one of: ${p.kinds}`, nl: (p) => `onbekend schema '${p.kind}'; kies uit: ${p.kinds}` },
  'today/invalid': { en: (p) => `--today expects a real date YYYY-MM-DD, got '${p.value}'`, nl: (p) => `--today verwacht een bestaande datum JJJJ-MM-DD, niet '${p.value}'` },
  'plan/no-cohorts': { en: () => 'name one or more cohort files (e.g. cohorts/*.yaml)', nl: () => 'geef een of meer cohortbestanden op (bijv. cohorts/*.yaml)' },
  'plan/not-a-cohort': { en: (p) => `${p.file} is a ${p.kind} file, not a cohort`, nl: (p) => `${p.file} is een ${p.kind}-bestand, geen cohort` },
  'plan/invalid': { en: () => 'the files have errors; nothing was planned', nl: () => 'de bestanden bevatten fouten; er is niets gepland' },
  'plan/infeasible': {
    en: (p) => `no plan keeps every hard rule (${p.n} session(s) could not be placed); nothing was written`,
    nl: (p) => `geen planning houdt zich aan alle harde regels (${p.n} sessie(s) niet te plaatsen); er is niets geschreven`,
  },
  'plan/reserve': {
    en: (p) => `${p.cohort}: ${p.n} registration(s) on the reserve list (${p.ids}), ${p.free} of ${p.seats} seats free; ${p.next}`,
    nl: (p) => `${p.cohort}: ${p.n} inschrijving(en) op de reservelijst (${p.ids}), ${p.free} van ${p.seats} plaatsen vrij; ${p.next}`,
  },
  // What to do next, in the words of `cohort capacity` (src/export/capacity/messages.ts, report.due).
  'plan/reserve-why': { en: (p) => `cohort capacity ${p.file} says why`, nl: (p) => `cohort capacity ${p.file} zegt waarom` },
  'plan/reserve-expired': {
    en: (p) => `offers past their last day: ${p.offers}; cohort offer update ${p.file} records them and offers the seats to the next in line`,
    nl: (p) => `aanbiedingen voorbij hun laatste dag: ${p.offers}; cohort offer update ${p.file} legt ze vast en biedt de plaatsen de volgende op de lijst aan`,
  },
  'plan/reserve-due': {
    en: (p) => `offers to make for the free seats: ${p.ids} (cohort offer update ${p.file} makes them)`,
    nl: (p) => `nog aan te bieden voor de vrije plaatsen: ${p.ids} (cohort offer update ${p.file} doet dat)`,
  },
  'plan/reserve-no-group': {
    en: (p) => `${p.cohort}: ${p.n} registration(s) on the reserve list (${p.ids}): no group can be formed: ${p.why}`,
    nl: (p) => `${p.cohort}: ${p.n} inschrijving(en) op de reservelijst (${p.ids}): er kan geen groep worden gevormd: ${p.why}`,
  },
  'plan/per-needs-out': { en: () => '--per needs --out DIR (one ICS file per person)', nl: () => '--per heeft --out MAP nodig (één ICS-bestand per persoon)' },
  'plan/per-needs-ics': { en: () => '--per writes ICS files; leave out --format or use --format ics', nl: () => '--per schrijft ICS-bestanden; laat --format weg of gebruik --format ics' },
  'plan/wrote': { en: (p) => `wrote ${p.path}`, nl: (p) => `${p.path} geschreven` },
  'plan/wrote-per': { en: (p) => `wrote ${p.n} calendar(s) to ${p.dir}`, nl: (p) => `${p.n} agenda('s) geschreven in ${p.dir}` },
  'plan/pin-needs-matches': {
    en: (p) => `${p.file}: the coaches are only proposed; pin them first (cohort match --pin), then the plan`,
    nl: (p) => `${p.file}: de coaches zijn alleen voorgesteld; leg ze eerst vast (cohort match --pin), dan de planning`,
  },
  'plan/pin-needs-groups': {
    en: (p) => `${p.file}: the groups are only proposed; pin them first (cohort groups --pin), then the plan`,
    nl: (p) => `${p.file}: de groepen zijn alleen voorgesteld; leg ze eerst vast (cohort groups --pin), dan de planning`,
  },
  'plan/pinned': { en: (p) => `pinned ${p.n} session(s) in ${p.file}`, nl: (p) => `${p.n} sessie(s) vastgelegd in ${p.file}` },
  'plan/changes': {
    en: (p) => `${p.cohort}: against the pinned plan ${p.moved} moved, ${p.added} added, ${p.cancelled} cancelled, ${p.unchanged} unchanged`,
    nl: (p) => `${p.cohort}: ten opzichte van de vastgelegde planning ${p.moved} verplaatst, ${p.added} toegevoegd, ${p.cancelled} geannuleerd, ${p.unchanged} ongewijzigd`,
  },
  'plan/moved': { en: (p) => `  moved      ${p.session}: ${p.from} → ${p.to}`, nl: (p) => `  verplaatst ${p.session}: ${p.from} → ${p.to}` },
  'plan/added': { en: (p) => `  added      ${p.session}: ${p.to}`, nl: (p) => `  toegevoegd ${p.session}: ${p.to}` },
  'plan/cancelled': { en: (p) => `  cancelled  ${p.session}: ${p.from}`, nl: (p) => `  geannuleerd ${p.session}: ${p.from}` },
  'plan/internal-hard-rule': { en: (p) => `the planner broke a hard rule (${p.rule}: ${p.detail})`, nl: (p) => `de planner brak een harde regel (${p.rule}: ${p.detail})` },
  'offer/update-takes-no-id': {
    en: () => 'cohort offer update takes a cohort only: it settles every offer of the cohort',
    nl: () => 'cohort offer update krijgt alleen een cohort: het werkt alle aanbiedingen van het cohort bij',
  },
  'offer/needs-id': { en: (p) => `cohort offer ${p.answer} needs the cohort and the registration id`, nl: (p) => `cohort offer ${p.answer} heeft het cohort en het inschrijvingsnummer nodig` },
  'register/bad-id': { en: () => 'an id is lowercase letters, digits and hyphens, such as r12', nl: () => 'een id bestaat uit kleine letters, cijfers en streepjes, zoals r12' },
  'register/id-taken': { en: (p) => `${p.id} is taken in this cohort`, nl: (p) => `${p.id} bestaat al in dit cohort` },
  'register/empty': { en: () => 'please fill this in', nl: () => 'vul dit in' },
  'register/bad-role': { en: (p) => `one of: ${p.roles}`, nl: (p) => `een van: ${p.roles}` },
  'register/bad-municipality': {
    en: (p) => `'${p.value}' is not a Dutch municipality (a CBS code such as GM0344, or its name)${p.suggestion}`,
    nl: (p) => `'${p.value}' is geen Nederlandse gemeente (een CBS-code zoals GM0344, of de naam)${p.suggestion}`,
  },
  'register/bad-email': { en: () => 'an e-mail address such as a.deboer@example.nl', nl: () => 'een e-mailadres zoals a.deboer@example.nl' },
  'register/bad-registered': {
    en: () => 'a date 2026-11-23 or a time 2026-11-23T10:05:00+01:00 (with its offset)',
    nl: () => 'een datum 2026-11-23 of een tijdstip 2026-11-23T10:05:00+01:00 (met de tijdverschuiving)',
  },
  'register/bad-range': { en: (p) => `'${p.value}' is not a date or a range such as 2027-03-01..2027-03-05`, nl: (p) => `'${p.value}' is geen datum of bereik zoals 2027-03-01..2027-03-05` },
  'register/bad-priority': { en: () => 'a whole number: 1 goes before 2', nl: () => 'een heel getal: 1 gaat voor 2' },
  'register/bad-flag': { en: (p) => `${p.flag}: ${p.reason}`, nl: (p) => `${p.flag}: ${p.reason}` },
  'register/no-terminal': {
    en: (p) => `no terminal to ask on; give ${p.flags} (e.g. cohort register ${p.cohort} --name "Noor Kaya" --municipality Arnhem --email n.kaya@example.nl --member)`,
    nl: (p) => `geen terminal om te vragen; geef ${p.flags} op (bijv. cohort register ${p.cohort} --name "Noor Kaya" --municipality Arnhem --email n.kaya@example.nl --member)`,
  },
  'register/not-confirmed': { en: () => 'not registered; nothing was written', nl: () => 'niet ingeschreven; er is niets geschreven' },
  'register/q.id': { en: () => 'Registration id', nl: () => 'Inschrijvingsnummer (id)' },
  'register/q.name': { en: () => 'Full name', nl: () => 'Volledige naam' },
  'register/q.role': { en: () => 'Office (role)', nl: () => 'Functie (rol)' },
  'register/q.municipality': { en: () => 'Municipality (type to search)', nl: () => 'Gemeente (typ om te zoeken)' },
  'register/q.email': { en: () => 'E-mail address', nl: () => 'E-mailadres' },
  'register/q.registered': { en: () => 'Registered on (date or date-time)', nl: () => 'Ingeschreven op (datum of tijdstip)' },
  'register/q.member': { en: () => 'Member of the association?', nl: () => 'Lid van de vereniging?' },
  'register/q.member-only': { en: () => 'Member of the association? (the programme is for members only)', nl: () => 'Lid van de vereniging? (het programma is alleen voor leden)' },
  'register/q.partner': { en: () => 'Partner (name; empty for none)', nl: () => 'Partner (naam; leeg voor geen)' },
  'register/q.partner-joins': { en: () => 'Does the partner take part?', nl: () => 'Doet de partner mee?' },
  'register/q.unavailable': { en: () => 'Dates not available (e.g. 2027-03-01..2027-03-05, 2027-04-02; empty for none)', nl: () => 'Verhinderd op (bijv. 2027-03-01..2027-03-05, 2027-04-02; leeg voor geen)' },
  'register/q.confirm': { en: (p) => `Register ${p.name} for ${p.cohort}?`, nl: (p) => `${p.name} inschrijven voor ${p.cohort}?` },
  'capacity/report-invalid': { en: () => 'the files have errors; no seats were counted', nl: () => 'de bestanden bevatten fouten; er zijn geen plaatsen geteld' },
  'capacity/invalid': { en: () => 'the files have errors; nothing was changed', nl: () => 'de bestanden bevatten fouten; er is niets gewijzigd' },
  'capacity/no-cohorts': { en: () => 'no cohort files found; name them (e.g. cohorts/*.yaml)', nl: () => 'geen cohortbestanden gevonden; geef ze op (bijv. cohorts/*.yaml)' },
  'registration/unknown': {
    en: (p) => `no registration '${p.id}' in cohort ${p.cohort}${p.suggestion}`,
    nl: (p) => `geen inschrijving '${p.id}' in cohort ${p.cohort}${p.suggestion}`,
  },
  'did-you-mean': { en: (p) => `; did you mean '${p.id}'?`, nl: (p) => `; bedoelt u '${p.id}'?` },
  'refused/already-out': { en: (p) => `${p.id} is already ${p.status}; nothing was changed`, nl: (p) => `${p.id} is al ${p.status}; er is niets gewijzigd` },
  'refused/not-offered': {
    en: (p) => `${p.id} has no open offer (status ${p.status}); nothing was changed`,
    nl: (p) => `${p.id} heeft geen openstaand aanbod (status ${p.status}); er is niets gewijzigd`,
  },
  'refused/offer-expired': {
    en: (p) => `the offer to ${p.id} expired on ${p.date}; nothing was changed (cohort offer update records it and offers the seat to the next in line)`,
    nl: (p) => `het aanbod aan ${p.id} is op ${p.date} verlopen; er is niets gewijzigd (cohort offer update legt dat vast en biedt de plaats aan de volgende aan)`,
  },
  'refused/duplicate-id': { en: (p) => `cohort ${p.cohort} already has a registration '${p.id}'`, nl: (p) => `cohort ${p.cohort} heeft al een inschrijving '${p.id}'` },
  'refused/not-placed': {
    en: (p) => `${p.id} has no seat (status ${p.status}), so there is nothing to go on with; nothing was changed (an open offer is answered with cohort offer accept)`,
    nl: (p) => `${p.id} heeft geen plaats (status ${p.status}), dus er is niets om mee door te gaan; er is niets gewijzigd (een openstaand aanbod beantwoordt u met cohort offer accept)`,
  },
  'edit/cannot': { en: (p) => `cannot edit ${p.path}: ${p.reason}`, nl: (p) => `kan ${p.path} niet bewerken: ${p.reason}` },
  'edit/would-be-invalid': {
    en: (p) => `the change would make ${p.path} invalid; nothing was written`,
    nl: (p) => `de wijziging zou ${p.path} ongeldig maken; er is niets geschreven`,
  },
  'edit/dry-run': { en: (p) => `dry run: nothing written (would change ${p.paths})`, nl: (p) => `proefrun: niets geschreven (zou ${p.paths} wijzigen)` },
  'edit/wrote': { en: (p) => `wrote ${p.paths}`, nl: (p) => `${p.paths} geschreven` },
  'edit/changed-since': {
    en: (p) => `${p.path} was changed by someone else since it was read; nothing was written (run the command again)`,
    nl: (p) => `${p.path} is door iemand anders gewijzigd sinds het gelezen werd; er is niets geschreven (voer de opdracht opnieuw uit)`,
  },
  'match/not-coaching': {
    en: (p) => `${p.cohort} is not a coaching cohort: programme ${p.programme} has no coaching phase`,
    nl: (p) => `${p.cohort} is geen coachingcohort: programma ${p.programme} heeft geen coachingfase`,
  },
  'match/no-pool': { en: (p) => `${p.cohort} names no coach pool (pool: [coach ids])`, nl: (p) => `${p.cohort} noemt geen coachpool (pool: [ids van coaches])` },
  'match/bad-exclude': { en: (p) => `--exclude ${p.value}: write coachee:coach, e.g. --exclude b09:marian-krol`, nl: (p) => `--exclude ${p.value}: schrijf coachee:coach, bijv. --exclude b09:marian-krol` },
  'match/unknown-coach': { en: (p) => `${p.coach} is not a coach in the pool of ${p.cohort}${p.suggestion}`, nl: (p) => `${p.coach} is geen coach in de pool van ${p.cohort}${p.suggestion}` },
  'match/sibling-invalid': {
    en: (p) => `${p.file} shares coaches with this cohort and has errors: its pairs count against the coaches' capacity`,
    nl: (p) => `${p.file} deelt coaches met dit cohort en bevat fouten: de koppels daarvan tellen mee voor de capaciteit`,
  },
  'match/unmatched': {
    en: (p) => `${p.n} coachee(s) without a coach: ${p.ids} (nothing written; see what would help above)`,
    nl: (p) => `${p.n} coachee(s) zonder coach: ${p.ids} (niets geschreven; zie hierboven wat zou helpen)`,
  },
  'match/pin-changes': { en: (p) => `${p.file}: ${p.changed} changes, ${p.unchanged} pairs unchanged`, nl: (p) => `${p.file}: ${p.changed} wijzigingen, ${p.unchanged} koppels ongewijzigd` },
  'match/pin-added': { en: (p) => `  + ${p.coachee} → ${p.coach}`, nl: (p) => `  + ${p.coachee} → ${p.coach}` },
  'match/pin-changed': { en: (p) => `  ~ ${p.coachee}: ${p.from} → ${p.to}`, nl: (p) => `  ~ ${p.coachee}: ${p.from} → ${p.to}` },
  'match/pin-removed': { en: (p) => `  - ${p.coachee} → ${p.coach}`, nl: (p) => `  - ${p.coachee} → ${p.coach}` },
  'match/pin-excluded': { en: (p) => `  excluded ${p.coachee} with ${p.coach} (${p.date})`, nl: (p) => `  uitgesloten ${p.coachee} met ${p.coach} (${p.date})` },
  'match/pinned': { en: (p) => `pinned ${p.n} pairs and ${p.excluded} exclusions in ${p.file}`, nl: (p) => `${p.n} koppels en ${p.excluded} uitsluitingen vastgelegd in ${p.file}` },
  'plan/unpinned-coaches': {
    en: (p) => `${p.cohort}: ${p.n} coachee(s) without a pinned coach (${sayFewIds('en', p.ids)}); planned with the match cohort match proposes (cohort match --pin keeps it)`,
    nl: (p) => `${p.cohort}: ${p.n} coachee(s) zonder vastgelegde coach (${sayFewIds('nl', p.ids)}); gepland met de koppeling die cohort match voorstelt (cohort match --pin legt die vast)`,
  },
  'plan/started': {
    en: (p) => `${p.cohort}: started on ${p.start}, before today ${p.today}: sessions that are not fixed are planned from today on (fixed entries keep the sessions held; cohort plan --pin keeps a plan as sent out)`,
    nl: (p) => `${p.cohort}: begonnen op ${p.start}, voor vandaag ${p.today}: sessies zonder vaste datum worden vanaf vandaag gepland (vaste datums houden de gehouden sessies vast; cohort plan --pin legt een verstuurd plan vast)`,
  },
  'plan/unpinned-groups': {
    en: (p) => `${p.cohort}: no pinned groups; planned with the ${p.n} group(s) cohort groups proposes (${sayFewIds('en', p.ids)}; cohort groups --pin keeps them)`,
    nl: (p) => `${p.cohort}: geen vastgelegde groepen; gepland met de ${p.n} groep(en) die cohort groups voorstelt (${sayFewIds('nl', p.ids)}; cohort groups --pin legt ze vast)`,
  },
  'roster/not-intervisie': {
    en: (p) => `${p.file}: not an intervisie cohort (no phase with location: host-rotation), so nobody hosts a meeting`,
    nl: (p) => `${p.file}: geen intervisiecohort (geen fase met location: host-rotation), dus niemand ontvangt een bijeenkomst`,
  },
  'roster/ics-needs-out': {
    en: (p) => `${p.n} groups give ${p.n} calendars (one per group): --out DIR writes them as ${p.files}`,
    nl: (p) => `${p.n} groepen geven ${p.n} agenda's (één per groep): --out MAP schrijft ze als ${p.files}`,
  },
  'roster/bad-alternatives': {
    en: (p) => `--alternatives ${p.value}: give a whole number of dates per meeting, 1 to 999 (e.g. --alternatives 3)`,
    nl: (p) => `--alternatives ${p.value}: geef een heel aantal data per bijeenkomst, 1 tot 999 (bijv. --alternatives 3)`,
  },
  'roster/alternatives-not-ics': {
    en: () => '--alternatives lists dates to choose from, not a calendar: use --format table, csv or json',
    nl: () => '--alternatives geeft data om uit te kiezen, geen agenda: gebruik --format table, csv of json',
  },
  'roster/pin-not-alternatives': {
    en: () => '--pin records the roster as it is; choose from --alternatives first, write the chosen date into fixed, then pin',
    nl: () => '--pin legt het rooster vast zoals het is; kies eerst uit --alternatives, zet de gekozen datum in fixed en leg dan vast',
  },
  'roster/pin-needs-groups': {
    en: (p) => `${p.file}: the groups are only proposed; pin them first (cohort groups --pin), then the roster`,
    nl: (p) => `${p.file}: de groepen zijn alleen voorgesteld; leg ze eerst vast (cohort groups --pin), dan het rooster`,
  },
  'roster/pin-host': { en: (p) => `host ${p.host}`, nl: (p) => `gastheer ${p.host}` },
  'roster/pin-changes': {
    en: (p) => `${p.cohort}: against the fixed meetings ${p.added} added, ${p.changed} changed, ${p.unchanged} unchanged`,
    nl: (p) => `${p.cohort}: ten opzichte van de vastgelegde bijeenkomsten ${p.added} erbij, ${p.changed} gewijzigd, ${p.unchanged} ongewijzigd`,
  },
  'roster/pin-added': { en: (p) => `  added    ${p.session}: ${p.to}`, nl: (p) => `  erbij    ${p.session}: ${p.to}` },
  'roster/pin-changed': { en: (p) => `  changed  ${p.session}: ${p.from} → ${p.to}`, nl: (p) => `  gewijzigd ${p.session}: ${p.from} → ${p.to}` },
  'roster/pinned': { en: (p) => `pinned ${p.n} meeting(s) with their hosts in ${p.file}`, nl: (p) => `${p.n} bijeenkomst(en) met hun gastheer vastgelegd in ${p.file}` },
  'groups/none': {
    en: (p) => `${p.file}: no group can be formed: ${p.why}`,
    nl: (p) => `${p.file}: er kan geen groep worden gevormd: ${p.why}`,
  },
  'groups/reserve': { en: (p) => `${p.n} on the reserve list`, nl: (p) => `${p.n} op de reservelijst` },
  'groups/changes': {
    en: (p) => `${p.cohort}: against the pinned groups ${p.joined} joined, ${p.left} left, ${p.added} new group(s), ${p.dropped} dropped, ${p.unchanged} unchanged`,
    nl: (p) => `${p.cohort}: ten opzichte van de vastgelegde groepen ${p.joined} erbij, ${p.left} eruit, ${p.added} nieuwe groep(en), ${p.dropped} vervallen, ${p.unchanged} ongewijzigd`,
  },
  'groups/joined': { en: (p) => `  joined     ${p.group}: ${p.id}`, nl: (p) => `  erbij      ${p.group}: ${p.id}` },
  'groups/left': { en: (p) => `  left       ${p.group}: ${p.id}`, nl: (p) => `  eruit      ${p.group}: ${p.id}` },
  'groups/added': { en: (p) => `  new group  ${p.group}: ${p.members}`, nl: (p) => `  nieuw      ${p.group}: ${p.members}` },
  'groups/dropped': { en: (p) => `  dropped    ${p.group}`, nl: (p) => `  vervallen  ${p.group}` },
  'groups/facilitator': { en: (p) => `  facilitator ${p.group}: ${p.from} → ${p.to}`, nl: (p) => `  begeleider ${p.group}: ${p.from} → ${p.to}` },
  'groups/pinned': { en: (p) => `pinned ${p.n} group(s) in ${p.file}`, nl: (p) => `${p.n} groep(en) vastgelegd in ${p.file}` },
  'groups/dry-run': { en: (p) => `dry run: ${p.file} not written`, nl: (p) => `proefrun: ${p.file} niet geschreven` },
  'groups/unknown-replan': { en: (p) => `--replan: no pinned group '${p.id}' (pinned: ${p.ids})`, nl: (p) => `--replan: geen vastgelegde groep '${p.id}' (vastgelegd: ${p.ids})` },
  'groups/replan-needs-pins': { en: (p) => `--replan: ${p.file} has no pinned groups (cohort groups --pin writes them)`, nl: (p) => `--replan: ${p.file} heeft geen vastgelegde groepen (cohort groups --pin schrijft ze)` },
  'io/ENOENT': { en: () => 'the folder does not exist', nl: () => 'de map bestaat niet' },
  'io/ENOTDIR': { en: () => 'a part of the path is a file, not a folder', nl: () => 'een deel van het pad is een bestand, geen map' },
  'io/EISDIR': { en: () => 'it is a folder', nl: () => 'het is een map' },
  'io/EACCES': { en: () => 'permission denied', nl: () => 'geen toestemming' },
  'io/EROFS': { en: () => 'read-only file system', nl: () => 'alleen-lezen bestandssysteem' },
  'io/ENOSPC': { en: () => 'no space left on the device', nl: () => 'geen ruimte meer op het apparaat' },
  'io/ENAMETOOLONG': { en: () => 'the name is too long', nl: () => 'de naam is te lang' },
  'io/ELOOP': { en: () => 'too many symbolic links (a link loop)', nl: () => 'te veel symbolische koppelingen (een lus)' },
  'io/EEXIST': { en: () => 'a file of that name exists', nl: () => 'er bestaat al een bestand met die naam' },
  // cohort report
  'report/invalid': { en: () => 'the files have errors; no report was made', nl: () => 'de bestanden bevatten fouten; er is geen rapportage gemaakt' },
  'report/no-cohorts': { en: () => 'no cohort files found; name them (e.g. cohorts/*.yaml)', nl: () => 'geen cohortbestanden gevonden; geef ze op (bijv. cohorts/*.yaml)' },
  // cohort init
  'init/unknown-programme': { en: (p) => `no programme '${p.id}' in programmes/ (there are: ${p.known})`, nl: (p) => `geen programma '${p.id}' in programmes/ (wel: ${p.known})` },
  'init/bad-id': { en: () => 'lower-case letters, digits and hyphens, e.g. droom-2027', nl: () => 'kleine letters, cijfers en streepjes, bijv. droom-2027' },
  'init/id-taken': { en: (p) => `a cohort '${p.id}' exists already`, nl: (p) => `er is al een cohort '${p.id}'` },
  'init/empty': { en: () => 'may not be empty', nl: () => 'mag niet leeg zijn' },
  'init/bad-date': { en: () => 'a date as YYYY-MM-DD, e.g. 2027-09-02', nl: () => 'een datum als JJJJ-MM-DD, bijv. 2027-09-02' },
  'init/bad-municipality': { en: (p) => `'${p.value}' is not a Dutch municipality (a CBS code such as GM0344 or its name)`, nl: (p) => `'${p.value}' is geen Nederlandse gemeente (een CBS-code zoals GM0344 of de naam)` },
  'init/unknown-people': { en: (p) => `not in the people files: ${p.ids} (there are: ${p.known})`, nl: (p) => `niet in de personenbestanden: ${p.ids} (wel: ${p.known})` },
  'init/no-terminal': {
    en: (p) => `no terminal to ask on; give the answers as flags: cohort init cohort ${p.flags} [--id --title --venue --address --municipality --facilitators]`,
    nl: (p) => `geen terminal om te vragen; geef de antwoorden als opties: cohort init cohort ${p.flags} [--id --title --venue --address --municipality --facilitators]`,
  },
  'init/exists': { en: (p) => `${p.path} exists already; nothing was written`, nl: (p) => `${p.path} bestaat al; er is niets geschreven` },
  'init/wrote': { en: (p) => `wrote ${p.files}`, nl: (p) => `${p.files} geschreven` },
  'init/q.programme': { en: () => 'Programme', nl: () => 'Programma' },
  'init/q.start': { en: () => 'Start (earliest date, YYYY-MM-DD)', nl: () => 'Start (vroegste datum, JJJJ-MM-DD)' },
  'init/q.id': { en: () => 'Cohort id', nl: () => 'Id van het cohort' },
  'init/q.title': { en: () => 'Title', nl: () => 'Titel' },
  'init/q.venue': { en: () => 'Venue (empty for none)', nl: () => 'Locatie (leeg voor geen)' },
  'init/q.address': { en: () => 'Venue address', nl: () => 'Adres van de locatie' },
  'init/q.municipality': { en: () => 'Venue municipality', nl: () => 'Gemeente van de locatie' },
  'init/q.facilitators': { en: () => 'Facilitators (person ids, comma-separated)', nl: () => 'Begeleiders (id’s uit de personenbestanden, met komma’s)' },
  // cohort init programme
  'initp/no-terminal': {
    en: (p) => `no terminal to ask on; give the answers as flags: cohort init programme ${p.flags} [--organiser --span --min --max] (a programme from scratch is asked phase by phase, on a terminal)`,
    nl: (p) => `geen terminal om te vragen; geef de antwoorden als opties: cohort init programme ${p.flags} [--organiser --span --min --max] (een programma vanaf nul wordt per onderdeel gevraagd, op een terminal)`,
  },
  'initp/programme-taken': { en: (p) => `a programme '${p.id}' exists already`, nl: (p) => `er is al een programma '${p.id}'` },
  'initp/phase-taken': { en: (p) => `this programme has a phase '${p.id}' already`, nl: (p) => `dit programma heeft al een onderdeel '${p.id}'` },
  'initp/unknown-template': { en: (p) => `no programme '${p.id}' to start from (there are: ${p.known})`, nl: (p) => `geen programma '${p.id}' om van uit te gaan (wel: ${p.known})` },
  'initp/invalid': { en: (p) => `the programme would not validate: ${p.where}: ${p.reason}; nothing was written`, nl: (p) => `het programma zou niet valideren: ${p.where}: ${p.reason}; er is niets geschreven` },
  'initp/scratch': { en: () => '(from scratch, phase by phase)', nl: () => '(vanaf nul, onderdeel voor onderdeel)' },
  'initp/none': { en: () => '(none: starts at the cohort start)', nl: () => '(geen: begint bij de start van het cohort)' },
  'initp/q.from': { en: () => 'Start from (a shipped programme as template)', nl: () => 'Uitgaan van (een bestaand programma als sjabloon)' },
  'initp/q.id': { en: () => 'Programme id', nl: () => 'Id van het programma' },
  'initp/q.name': { en: () => 'Name', nl: () => 'Naam' },
  'initp/q.organiser': { en: () => 'Organiser', nl: () => 'Organisator' },
  'initp/q.audience': { en: () => 'Audience (offices, comma-separated)', nl: () => 'Doelgroep (ambten, met komma’s)' },
  'initp/q.span': { en: () => 'Span (doorlooptijd, e.g. 9 months or 3 months..4 months)', nl: () => 'Doorlooptijd (bijv. 9 months of 3 months..4 months)' },
  'initp/q.max': { en: () => 'Capacity: most seats', nl: () => 'Groepsgrootte: hoogstens' },
  'initp/q.min': { en: () => 'Capacity: fewest to run (empty for 1)', nl: () => 'Groepsgrootte: minstens (leeg voor 1)' },
  'initp/q.phase.id': { en: (p) => `Phase ${p.n}: id`, nl: (p) => `Onderdeel ${p.n}: id` },
  'initp/q.phase.name': { en: () => 'Phase name', nl: () => 'Naam van het onderdeel' },
  'initp/q.phase.mode': { en: () => 'Mode', nl: () => 'Vorm' },
  'initp/q.after': { en: () => 'After (the phase it follows)', nl: () => 'Na (het onderdeel waarop het volgt)' },
  'initp/q.after.min': { en: () => 'After: shortest gap (empty for 0d)', nl: () => 'Na: kortste tussenpoos (leeg voor 0d)' },
  'initp/q.after.max': { en: () => 'After: longest gap (empty for no limit)', nl: () => 'Na: langste tussenpoos (leeg voor geen grens)' },
  'initp/q.duration': { en: () => 'Duration of one appointment (duur, e.g. 2h or 1h..2h)', nl: () => 'Duur van één afspraak (bijv. 2h of 1h..2h)' },
  'initp/q.window': { en: () => 'Window (termijn from the phase start, e.g. 4w)', nl: () => 'Termijn vanaf de start van het onderdeel (bijv. 4w)' },
  'initp/q.effort': { en: () => 'Effort (tijdsinvestering, e.g. 3h..4h)', nl: () => 'Tijdsinvestering (bijv. 3h..4h)' },
  'initp/q.sessions': { en: () => 'Sessions', nl: () => 'Aantal bijeenkomsten' },
  'initp/q.every': { en: () => 'Every (spacing, e.g. 4w or 3w..6w)', nl: () => 'Elke (tussenpoos, bijv. 4w of 3w..6w)' },
  'initp/q.weekday': { en: () => 'Slot: weekday', nl: () => 'Tijdslot: weekdag' },
  'initp/q.slot.start': { en: () => 'Slot: start (HH:MM)', nl: () => 'Tijdslot: begin (UU:MM)' },
  'initp/q.slot.end': { en: () => 'Slot: end (HH:MM, on the last day)', nl: () => 'Tijdslot: einde (UU:MM, op de laatste dag)' },
  'initp/q.slot.days': { en: () => 'Slot: days (2 for an overnight block)', nl: () => 'Tijdslot: dagen (2 voor een blok met overnachting)' },
  'initp/q.dagdelen': { en: () => 'Dagdelen (half-days; empty to leave out)', nl: () => 'Dagdelen (leeg om weg te laten)' },
  'initp/q.location': { en: () => 'Location', nl: () => 'Locatie' },
  'initp/q.more': { en: () => 'Another phase?', nl: () => 'Nog een onderdeel?' },
};

export type CommandMessageKey = keyof CommandMessages;

export function say<K extends keyof CommandMessages>(lang: Lang, key: K, ...params: Args<CommandMessages[K]>): string {
  return translate(commandMessages, lang, key, ...params);
}

const IO_CODES = ['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EROFS', 'ENOSPC', 'ENAMETOOLONG', 'ELOOP', 'EEXIST'] as const;

/** A file-system error in words: the known codes translated, others as the system says them. */
export function ioReason(lang: Lang, e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const known = IO_CODES.find((c) => c === code);
  if (known) return say(lang, `io/${known}`);
  if (code === 'EPERM') return say(lang, 'io/EACCES');
  return e instanceof Error ? e.message : String(e);
}
