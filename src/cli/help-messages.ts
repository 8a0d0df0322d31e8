/**
 * The help in Dutch: commander's own words (headings, usage placeholders, its error lines) as a
 * typed catalog, and the Dutch text of every description, paragraph and example comment that
 * program.ts defines in English, keyed by that English text (as gettext keys by its msgid): program.ts
 * stays the one owner of the English, and a text changed there without its Dutch here shows up in
 * test/i18n/help.test.ts.
 */
import type { Catalog, NoParams } from '../i18n/index.js';

export interface CommanderMessages {
  'title.usage': NoParams;
  'title.options': NoParams;
  'title.arguments': NoParams;
  'title.commands': NoParams;
  'title.global-options': NoParams;
  'title.examples': NoParams;
  'usage.options': NoParams;
  'usage.command': NoParams;
  'help.choices': NoParams;
  'help.default': NoParams;
  'error.unknown-option': { flag: string };
  'error.unknown-command': { name: string };
  'error.missing-argument': { name: string };
  'error.option-argument-missing': { flags: string };
  'error.required-option': { flags: string };
  'error.too-many-arguments': { command: string; expected: number; got: number };
  'error.invalid-option-choice': { flags: string; value: string; choices: string };
  'error.invalid-argument-choice': { name: string; value: string; choices: string };
  'error.did-you-mean': { what: string };
  'internal-error': { reason: string; debug: string };
}

export const commanderMessages: Catalog<CommanderMessages> = {
  'title.usage': { en: () => 'Usage:', nl: () => 'Gebruik:' },
  'title.options': { en: () => 'Options:', nl: () => 'Opties:' },
  'title.arguments': { en: () => 'Arguments:', nl: () => 'Argumenten:' },
  'title.commands': { en: () => 'Commands:', nl: () => 'Opdrachten:' },
  'title.global-options': { en: () => 'Global Options:', nl: () => 'Algemene opties:' },
  'title.examples': { en: () => 'Examples:', nl: () => 'Voorbeelden:' },
  'usage.options': { en: () => '[options]', nl: () => '[opties]' },
  'usage.command': { en: () => '[command]', nl: () => '[opdracht]' },
  'help.choices': { en: () => 'choices', nl: () => 'keuzes' },
  'help.default': { en: () => 'default', nl: () => 'standaard' },
  'error.unknown-option': { en: (p) => `error: unknown option '${p.flag}'`, nl: (p) => `fout: onbekende optie '${p.flag}'` },
  'error.unknown-command': { en: (p) => `error: unknown command '${p.name}'`, nl: (p) => `fout: onbekende opdracht '${p.name}'` },
  'error.missing-argument': { en: (p) => `error: missing required argument '${p.name}'`, nl: (p) => `fout: het verplichte argument '${p.name}' ontbreekt` },
  'error.option-argument-missing': { en: (p) => `error: option '${p.flags}' argument missing`, nl: (p) => `fout: bij optie '${p.flags}' ontbreekt de waarde` },
  'error.required-option': { en: (p) => `error: required option '${p.flags}' not specified`, nl: (p) => `fout: de verplichte optie '${p.flags}' ontbreekt` },
  'error.too-many-arguments': {
    en: (p) => `error: too many arguments${p.command ? ` for '${p.command}'` : ''}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
    nl: (p) => `fout: te veel argumenten${p.command ? ` voor '${p.command}'` : ''}: ${p.expected} verwacht, ${p.got} gekregen.`,
  },
  'error.invalid-option-choice': {
    en: (p) => `error: option '${p.flags}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}.`,
    nl: (p) => `fout: '${p.value}' is geen geldige waarde voor optie '${p.flags}'. Mogelijk zijn: ${p.choices}.`,
  },
  'error.invalid-argument-choice': {
    en: (p) => `error: command-argument value '${p.value}' is invalid for argument '${p.name}'. Allowed choices are ${p.choices}.`,
    nl: (p) => `fout: '${p.value}' is geen geldige waarde voor argument '${p.name}'. Mogelijk zijn: ${p.choices}.`,
  },
  'error.did-you-mean': { en: (p) => `(Did you mean ${p.what}?)`, nl: (p) => `(Bedoelde u ${p.what}?)` },
  'internal-error': {
    en: (p) => `cohort: internal error: ${p.reason}\nThis is a bug in cohort; please report it with the command you ran${p.debug ? ' (add --debug for the stack trace)' : ''}.`,
    nl: (p) => `cohort: interne fout: ${p.reason}\nDit is een fout in cohort; meld die graag met de opdracht die u gaf${p.debug ? ' (--debug toont de stack trace)' : ''}.`,
  },
};

/** The Dutch of each English help text of program.ts (and commander's built-in descriptions). */
export const helpTextNl: Readonly<Record<string, string>> = {
  "display help for command":
    "toon de hulp bij een opdracht",
  "Plan development programmes for Dutch mayors and aldermen: check programme files, plan session calendars, export CSV and ICS.":
    "Plan ontwikkelprogramma's voor burgemeesters en wethouders: controleer programmabestanden, plan sessiekalenders, exporteer CSV en ICS.",
  "output the version number":
    "toon het versienummer",
  "language of messages and labels":
    "taal van meldingen en labels",
  "no colours (also NO_COLOR)":
    "geen kleuren (ook NO_COLOR)",
  "the date treated as today (YYYY-MM-DD), for reproducible output":
    "de datum die als vandaag geldt (JJJJ-MM-DD), voor herhaalbare uitvoer",
  "print only what is asked for":
    "druk alleen af wat gevraagd is",
  "show stack traces of internal errors":
    "toon de stack trace van interne fouten",
  "Exit codes:\n  0    success\n  1    problems found (invalid files, or a plan that cannot meet a hard rule)\n  2    usage or I/O error (unknown flag, missing file, unwritable output)\n  3    internal error (please report it; --debug shows the stack trace)\n  130  a prompt was cancelled with Ctrl-C (cohort register, cohort init); nothing is written":
    "Afsluitcodes:\n  0    gelukt\n  1    problemen gevonden (ongeldige bestanden, of een planning die een harde regel niet haalt)\n  2    gebruiks- of I/O-fout (onbekende optie, ontbrekend bestand, onschrijfbare uitvoer)\n  3    interne fout (meld die graag; --debug toont de stack trace)\n  130  een vraag is afgebroken met Ctrl-C (cohort register, cohort init); er is niets geschreven",
  "check programme, cohort, registration and people files against the JSON Schemas and the semantic rules":
    "controleer programma-, cohort-, inschrijvings- en personenbestanden tegen de JSON Schema's en de inhoudelijke regels",
  "output format (default: text; github in GitHub Actions)":
    "uitvoerformaat (standaard: text; github in GitHub Actions)",
  "write the report to a file instead of stdout":
    "schrijf het verslag naar een bestand in plaats van naar standaarduitvoer",
  "treat warnings as errors (exit 1)":
    "behandel waarschuwingen als fouten (afsluitcode 1)",
  "files or folders (default: programmes/ and cohorts/)":
    "bestanden of mappen (standaard: programmes/ en cohorts/)",
  "programmes/ and cohorts/":
    "programmes/ en cohorts/",
  "one cohort with its programme, people and registrations":
    "één cohort met zijn programma, personen en inschrijvingen",
  "plan the session calendar of one or more cohorts together (shared facilitators and venues are never double-booked)":
    "plan de sessiekalender van een of meer cohorten samen (gedeelde begeleiders en locaties worden nooit dubbel geboekt)",
  "output format":
    "uitvoerformaat",
  "write to a file (with --per: a folder) instead of stdout":
    "schrijf naar een bestand (met --per: een map) in plaats van naar standaarduitvoer",
  "one ICS file per person, written to --out DIR":
    "één ICS-bestand per persoon, geschreven in --out MAP",
  "write the planned dates back into the cohort files as fixed, after showing what changed":
    "schrijf de geplande data als vast terug in de cohortbestanden, na te tonen wat er verandert",
  "CSV delimiter (default ; with --lang nl, else ,)":
    "scheidingsteken van de CSV (standaard ; met --lang nl, anders ,)",
  "CSV: a participant column with the name of each one-to-one appointment's participant (left out by default)":
    "CSV: een kolom deelnemer met de naam van de deelnemer van elke individuele afspraak (standaard weggelaten)",
  "cohort files or folders":
    "cohortbestanden of mappen",
  "print a JSON Schema (programme, cohort, registrations or people)":
    "druk een JSON Schema af (programme, cohort, registrations of people)",
  "programme | cohort | registrations | people":
    "programme | cohort | registrations | people (programma, cohort, inschrijvingen, personen)",
  "seats, who is placed, open offers, free seats, the binding capacity and the reserve list with positions and reasons, per cohort and per programme":
    "plaatsen, wie geplaatst is, openstaande aanbiedingen, vrije plaatsen, de bindende capaciteit en de reservelijst met posities en redenen, per cohort en per programma",
  "output format (default: table; markdown for a pull request comment)":
    "uitvoerformaat (standaard: table; markdown voor een reactie op een pull request)",
  "write to a file instead of stdout":
    "schrijf naar een bestand in plaats van naar standaarduitvoer",
  "cohort files or folders (default: cohorts/)":
    "cohortbestanden of mappen (standaard: cohorts/)",
  "one self-contained HTML report: timeline of the plan, capacity and reserve list, map of participants, charts per province, party and membership":
    "één op zichzelf staand HTML-rapport: tijdlijn van de planning, capaciteit en reservelijst, kaart van de deelnemers, grafieken per provincie, partij en lidmaatschap",
  "write the HTML to a file instead of stdout":
    "schrijf de HTML naar een bestand in plaats van naar standaarduitvoer",
  "leave out names and e-mail addresses (ids stand in), for a report that is shared":
    "laat namen en e-mailadressen weg (ids in hun plaats), voor een rapport dat gedeeld wordt",
  "write a new programme, or a new cohort (and its registrations file), from your answers":
    "schrijf een nieuw programma, of een nieuw cohort (en zijn inschrijvingenbestand), uit uw antwoorden",
  "a new programme in programmes/: from a shipped programme as a template, or from scratch phase by phase (slot, window, after, sessions, every, dagdelen)":
    "een nieuw programma in programmes/: met een meegeleverd programma als sjabloon, of vanaf nul fase voor fase (slot, window, after, sessions, every, dagdelen)",
  "the programme to start from (an id from programmes/)":
    "het programma om van uit te gaan (een id uit programmes/)",
  "the new programme id (also its file name)":
    "het id van het nieuwe programma (ook de bestandsnaam)",
  "the name":
    "de naam",
  "the organiser (default: the template's)":
    "de organisator (standaard: die van het sjabloon)",
  "the span, e.g. '9 months' or '3 months..4 months' (default: the template's)":
    "de looptijd, bijv. '9 months' of '3 months..4 months' (standaard: die van het sjabloon)",
  "the fewest participants for the group to run (default: the template's)":
    "het kleinste aantal deelnemers waarmee de groep doorgaat (standaard: dat van het sjabloon)",
  "the most seats (default: the template's)":
    "het grootste aantal plaatsen (standaard: dat van het sjabloon)",
  "the folder of programmes":
    "de map met programma's",
  "ask nothing: --from, --id, --name and the other flags (for scripts)":
    "vraag niets: --from, --id, --name en de andere opties (voor scripts)",
  "a new cohort of an existing programme: start, venue, facilitators from the people files, and its registrations file":
    "een nieuw cohort van een bestaand programma: start, locatie, begeleiders uit de personenbestanden, en zijn inschrijvingenbestand",
  "the programme (an id from programmes/)":
    "het programma (een id uit programmes/)",
  "the earliest date (YYYY-MM-DD)":
    "de vroegste datum (JJJJ-MM-DD)",
  "the cohort id (default: <programme>-<year>)":
    "de id van het cohort (standaard: <programma>-<jaar>)",
  "the title (default: the programme name and the year)":
    "de titel (standaard: de naam van het programma en het jaar)",
  "the venue":
    "de locatie",
  "the venue's address":
    "het adres van de locatie",
  "the venue's municipality (CBS code or name)":
    "de gemeente van de locatie (CBS-code of naam)",
  "person ids from the people files, comma-separated (default: the first person)":
    "ids van personen uit de personenbestanden, gescheiden door komma's (standaard: de eerste persoon)",
  "the folder of cohorts and people files":
    "de map met cohort- en personenbestanden",
  "ask nothing: the flags and the defaults (for scripts)":
    "vraag niets: de opties en de standaardwaarden (voor scripts)",
  "record a cancellation and offer the freed seat(s) to the next on the reserve list; the change is appended to the cohort history":
    "leg een annulering vast en bied de vrijgekomen plaats(en) aan de volgende op de reservelijst aan; de wijziging komt in de geschiedenis van het cohort",
  "output format (default: table)":
    "uitvoerformaat (standaard: table)",
  "show what would change, write nothing":
    "toon wat er zou veranderen, schrijf niets",
  "cohort file (or its id, for cohorts/<id>.yaml)":
    "cohortbestand (of zijn id, voor cohorts/<id>.yaml)",
  "registration id":
    "id van de inschrijving",
  "Offers run 5 working days (weekends and Dutch public holidays do not count) unless the programme\nsays otherwise (offers: { days, until }); --today decides the date of the offer.":
    "Een aanbod loopt 5 werkdagen (weekends en Nederlandse feestdagen tellen niet mee), tenzij het programma\niets anders zegt (offers: { days, until }); --today bepaalt de datum van het aanbod.",
  "record the answer to an offer of a seat (accept, decline), or record expired offers and offer the free seats (update)":
    "leg het antwoord op een aangeboden plaats vast (accept: aangenomen, decline: afgeslagen), of leg verlopen aanbiedingen vast en bied de vrije plaatsen aan (update)",
  "accept | decline | update":
    "accept | decline | update (aannemen, afslaan, bijwerken)",
  "cohort file (or its id)":
    "cohortbestand (of zijn id)",
  "record the go/no-go after the intake or introductory talk; a no-go leaves and its seat is offered to the reserve list; the change is appended to the cohort history":
    "leg het besluit (go/no-go) na de intake of het kennismakingsgesprek vast; bij no-go vertrekt de deelnemer en gaat de plaats naar de reservelijst; de wijziging komt in de geschiedenis van het cohort",
  "go | no-go":
    "go | no-go (doorgaan, niet doorgaan)",
  "The decision is dated --today (decided); a no-go sets status withdrawn. The programme names the\nphase the decision follows (go-no-go: intake); plan keeps every pinned group session and drops\nonly the no-go participant's appointments after the decision.":
    "Het besluit krijgt de datum van --today (decided); no-go zet de status op withdrawn. Het programma noemt\nde fase waarop het besluit volgt (go-no-go: intake); plan houdt elke vastgelegde groepsbijeenkomst en laat\nalleen de gesprekken van de no-go-deelnemer na het besluit vallen.",
  "registration id (accept and decline)":
    "id van de inschrijving (bij accept en decline)",
  "An offer expires after its last day (offer-expires): the next run of any command that changes the\ncohort, or cohort offer update, records it and offers the seat to the next in line.":
    "Een aanbod verloopt na zijn laatste dag (offer-expires): de eerstvolgende opdracht die het cohort\nwijzigt, of cohort offer update, legt dat vast en biedt de plaats aan de volgende op de lijst aan.",
  "say why a registration is where it is: its place, the unit it belongs to, the binding capacity, its offer and its history":
    "leg uit waarom een inschrijving staat waar ze staat: haar plaats, de eenheid waartoe ze hoort, de bindende capaciteit, haar aanbod en haar geschiedenis",
  "output format (default: text)":
    "uitvoerformaat (standaard: text)",
  "match the coachees of a coaching cohort with coaches from its pool: the least total cost (travel, former office, availability, optional party), each pair with its reasons and the next-best coaches":
    "koppel de coachees van een coachingscohort aan coaches uit de pool: de laagste totale kosten (reistijd, vroegere functie, beschikbaarheid, eventueel partij), elk paar met zijn redenen en de op een na beste coaches",
  "never match this pair (the click was missing): re-matches that coachee only; repeatable":
    "koppel dit paar nooit (de klik ontbrak): koppelt alleen die coachee opnieuw; herhaalbaar",
  "re-optimise every pair (pinned ones too) and say how many change and the cost gained":
    "optimaliseer elk paar opnieuw (ook de vastgelegde) en zeg hoeveel er veranderen en wat het aan kosten scheelt",
  "write the pairs (matches) and the exclusions (excluded, with --today) into the cohort file, after showing what changes":
    "schrijf de paren (matches) en de uitsluitingen (excluded, met --today) in het cohortbestand, na te tonen wat er verandert",
  "A later match keeps every pinned pair; cohort plan plans with the pinned pairs. A coach's capacity\ncounts the pinned pairs of the other coaching cohorts in the folder whose track overlaps.":
    "Een latere match houdt elk vastgelegd paar; cohort plan plant met de vastgelegde paren. De capaciteit\nvan een coach telt de vastgelegde paren mee van de andere coachingscohorten in de map waarvan het traject overlapt.",
  "add a registration and say its outcome (a seat, or a place on the reserve list); asks for what the flags leave out on a terminal":
    "voeg een inschrijving toe en zeg wat de uitkomst is (een plaats, of een plek op de reservelijst); vraagt op een terminal naar wat de opties openlaten",
  "registration id (default: the next in the cohort, e.g. r12)":
    "id van de inschrijving (standaard: de volgende in het cohort, bijv. r12)",
  "full name":
    "volledige naam",
  "office, e.g. wethouder (default: the programme's audience)":
    "functie, bijv. wethouder (standaard: de doelgroep van het programma)",
  "municipality: CBS code or name (Den Haag, GM0344)":
    "gemeente: CBS-code of naam (Den Haag, GM0344)",
  "e-mail address":
    "e-mailadres",
  "when the registration came in: a date or an ISO date-time with offset (default: --today)":
    "wanneer de inschrijving binnenkwam: een datum of een ISO-tijdstip met tijdverschuiving (standaard: --today)",
  "a member of the association":
    "lid van de vereniging",
  "not a member":
    "geen lid",
  "political party":
    "politieke partij",
  "the partner's name":
    "de naam van de partner",
  "the partner takes part":
    "de partner doet mee",
  "dates not available: 2027-03-01..2027-03-05,2027-04-02":
    "data waarop hij of zij niet kan: 2027-03-01..2027-03-05,2027-04-02",
  "placement priority (1 goes before 2)":
    "voorrang bij plaatsing (1 gaat voor 2)",
  "show the outcome, write nothing":
    "toon de uitkomst, schrijf niets",
  "Without a terminal (a script, a pipe) nothing is asked: --name, --municipality and --email are\nneeded, the rest has defaults. Ctrl-C at a question writes nothing (exit 130).":
    "Zonder terminal (een script, een pipe) wordt niets gevraagd: --name, --municipality en --email zijn\nnodig, de rest heeft standaardwaarden. Ctrl-C bij een vraag schrijft niets (afsluitcode 130).",
  "form intervisie groups from open registration: balanced sizes within capacity, never two members of one municipality, the least travel, a facilitator each, and the reserve list with reasons":
    "vorm intervisiegroepen uit open inschrijving: evenwichtige groottes binnen de capaciteit, nooit twee leden uit één gemeente, zo min mogelijk reistijd, elk een begeleider, en de reservelijst met redenen",
  "who is placed when not everyone fits: order (registration order, the default) or best (the groups with the least travel)":
    "wie een plaats krijgt als niet iedereen past: order (volgorde van inschrijving, de standaard) of best (de groepen met de minste reistijd)",
  "write the groups into the cohort file (groups:), so a later run keeps every member where they are":
    "schrijf de groepen in het cohortbestand (groups:), zodat een latere run ieder lid houdt waar het is",
  "with --pin: print what would change against the pinned groups, write nothing":
    "met --pin: toon wat er verandert ten opzichte van de vastgelegde groepen, schrijf niets",
  "re-optimise pinned groups: their ids (g2 or g1,g2) or all":
    "optimaliseer vastgelegde groepen opnieuw: hun ids (g2 of g1,g2) of all",
  "Once pinned, a later run keeps every pinned member in their group: a cancellation leaves a seat\nthe reserve list fills, a late registration takes a free seat that keeps the rules or waits.\nThe changes against the pinned groups are printed (stderr) before the file is written.":
    "Eenmaal vastgelegd houdt een latere run ieder vastgelegd lid in zijn groep: een annulering laat een\nplaats vrij die de reservelijst vult, een late inschrijving neemt een vrije plaats die de regels\nhoudt, of wacht. De wijzigingen ten opzichte van de vastgelegde groepen worden getoond (stderr)\nvoordat het bestand wordt geschreven.",
  "who hosts each intervisie meeting: per group the meetings with date, time, host member, the host's town hall and the facilitator (the groups, dates and hosts cohort plan gives)":
    "wie elke intervisiebijeenkomst ontvangt: per groep de bijeenkomsten met datum, tijd, gastlid, het gemeentehuis van de gastheer en de begeleider (de groepen, data en gastheren die cohort plan geeft)",
  "Every member hosts one meeting in their own municipality; a group smaller than the number of\nmeetings meets at the cohort's venue for the rest.":
    "Elk lid ontvangt één bijeenkomst in de eigen gemeente; een groep met minder leden dan\nbijeenkomsten komt de overige keren samen op de locatie van het cohort.",
  "write to a file instead of stdout (with --format ics: a folder, one calendar per group)":
    "schrijf naar een bestand in plaats van stdout (met --format ics: een map, één agenda per groep)",
  "for every meeting not yet fixed, n candidate dates that keep every hard rule, ranked by how many members can come":
    "voor elke nog niet vastgelegde bijeenkomst n mogelijke data die elke harde regel houden, gerangschikt naar hoeveel leden kunnen komen",
  "record the meetings' dates and hosts as fixed entries in the cohort file, so a later plan and roster keep them":
    "leg de data en gastheren van de bijeenkomsten vast als fixed-regels in het cohortbestand, zodat een latere plan en roster ze houden",
  "with --pin: print what would change against the fixed meetings, write nothing":
    "met --pin: toon wat er verandert ten opzichte van de vastgelegde bijeenkomsten, schrijf niets",
};
