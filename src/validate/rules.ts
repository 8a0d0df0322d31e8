/**
 * Semantic rules across files. This entry normalises every clean file and hands the results to the
 * rules of each domain in rules/: references, calendar, capacity, intervisie, eligibility. Pure: the
 * files arrive parsed.
 */
import { DEFAULT_TIMEZONE } from '../calendar/tz.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CohortModel, ParsedFile, Project } from '../model/project.js';
import type { Cohort, IsoDate, Person, Programme, Registration } from '../model/types.js';
import { normalizeCohort, normalizePeople, normalizeProgramme, normalizeRegistrations, type CohortHead, type RegistrationRow } from './normalize.js';
import { reporter } from './report.js';
import { isValidRegistration } from './schema.js';
import { ruleMessages, type RuleReporter } from './rules-messages.js';
import { checkCapacity, checkOffers, checkRegisteredTimes, checkSeatsHeld } from './rules/capacity.js';
import {
  checkCohortDates,
  checkFixedDates,
  checkPersonHours,
  checkProgrammeCalendar,
  checkRegistrationDates,
  checkSummerTimeGaps,
  cohortWindow,
  type CohortWindow,
} from './rules/calendar.js';
import { checkPeopleMunicipalities, checkRegistrationEligibility, checkVenueMunicipality } from './rules/eligibility.js';
import { checkFixedHosts, checkHostRotation, checkPinnedGroups } from './rules/intervisie.js';
import {
  checkFileId,
  checkFixedFacilitators,
  checkFixedSessions,
  checkGuests,
  checkMatches,
  checkPeopleIds,
  checkPersonRefs,
  checkPhaseRefs,
  checkProgrammeRef,
  checkRegistrationIds,
  referredFile,
} from './rules/references.js';
import { checkDecisions, checkGoNoGoPhase } from './rules/decisions.js';

function checkProgramme(r: RuleReporter, p: Programme): void {
  checkPhaseRefs(r, p);
  checkProgrammeCalendar(r, p);
  checkCapacity(r, p);
  checkHostRotation(r, p);
  checkGoNoGoPhase(r, p);
}

function checkPeople(r: RuleReporter, people: Person[]): void {
  checkPeopleIds(r, people);
  checkPersonHours(r, people);
  checkPeopleMunicipalities(r, people);
}

function checkRegistrations(r: RuleReporter, rows: readonly RegistrationRow[], head: CohortHead, programme: Programme | undefined, today: IsoDate | undefined): void {
  checkRegistrationIds(r, rows);
  checkRegisteredTimes(r, rows);
  checkRegistrationDates(r, rows, head, programme?.calendar.timezone ?? DEFAULT_TIMEZONE);
  checkRegistrationEligibility(r, rows, programme);
  checkOffers(r, rows, today);
  checkSeatsHeld(r, rows, programme, today, { id: head.id, ...(head.groups ? { groups: head.groups } : {}) });
  checkDecisions(r, rows, head, programme);
}

/** The ids written in a people file, whether or not the file passed the schema. */
function rawPersonIds(f: ParsedFile): string[] {
  const people = (f.loaded.data as { people?: unknown } | null | undefined)?.people;
  return Array.isArray(people) ? people.map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [];
}

/** The rows of a registrations file and the pointer they sit under, or undefined when it has none to read. */
function registrationRows(f: ParsedFile): { rows: unknown[]; base: string } | undefined {
  const data = f.loaded.data;
  if (f.loaded.format === 'csv') return Array.isArray(data) ? { rows: data, base: '' } : undefined;
  const rows = data !== null && typeof data === 'object' ? (data as { registrations?: unknown }).registrations : undefined;
  return Array.isArray(rows) ? { rows, base: '/registrations' } : undefined;
}

function checkCohort(r: RuleReporter, head: CohortHead, programme: Programme | undefined, regs: readonly Registration[], people: ReadonlyMap<string, Person>): void {
  checkCohortDates(r, head);
  checkVenueMunicipality(r, head);
  if (!programme) return;
  const fixed = checkFixedSessions(r, head, programme, regs);
  checkFixedDates(r, head, programme, fixed);
  checkGuests(r, head, programme, people, fixed);
  checkFixedFacilitators(r, head, programme, fixed);
  checkMatches(r, head, regs);
  checkPinnedGroups(r, head, programme, regs);
  checkFixedHosts(r, head, programme, regs);
}

/**
 * Normalises every clean file and checks the rules across them. `files` holds every file read,
 * the ones asked for and the ones they refer to, keyed by path. `today` (validate's `--today`)
 * decides which offers have run out; without it every offer is read as written, still open.
 */
export function checkProject(files: ReadonlyMap<string, ParsedFile>, lang: Lang, today?: IsoDate): Project {
  const diagnostics: Diagnostic[] = [];
  const rep = (f: ParsedFile) => reporter(f.loaded, ruleMessages, lang, diagnostics);
  const programmes = new Map<string, { programme: Programme; file: string }>();
  const peopleByFile = new Map<string, Person[]>();
  const programmeIds = new Map<string, string>();
  const programmeReporters = new Map<string, RuleReporter>();

  for (const [path, f] of files) {
    if (!f.clean) continue;
    if (f.kind === 'programme') {
      const r = rep(f);
      const programme = normalizeProgramme(r);
      checkProgramme(r, programme);
      if (checkFileId(r, 'programme', programme.id, path, programmeIds)) {
        programmes.set(programme.id, { programme, file: path });
        programmeReporters.set(programme.id, r);
      }
    } else if (f.kind === 'people') {
      const r = rep(f);
      const people = normalizePeople(r);
      checkPeople(r, people);
      peopleByFile.set(path, people);
    }
  }

  // A programme with errors of its own is not normalised, but cohorts that name it are not dangling.
  // One that could not even be read is known by its file name, as the cohort's programme is looked up.
  const invalidProgrammes = new Set<string>();
  for (const [path, f] of files) {
    const id = (f.loaded.data as { id?: unknown } | null | undefined)?.id;
    if (!f.clean && f.kind === 'programme' && typeof id === 'string') invalidProgrammes.add(id);
    const name = /([^/]+)\.ya?ml$/i.exec(path)?.[1];
    if (f.loaded.data === undefined && !f.clean && name !== undefined) invalidProgrammes.add(name);
  }
  const cohorts: CohortModel[] = [];
  const cohortIds = new Map<string, string>();
  const windows = new Map<string, CohortWindow[]>();
  for (const [path, f] of files) {
    if (!f.clean || f.kind !== 'cohort') continue;
    const r = rep(f);
    const head = normalizeCohort(r);
    checkFileId(r, 'cohort', head.id, path, cohortIds);
    const programme = programmes.get(head.programme)?.programme;
    const people = new Map<string, Person>();
    // Ids in people files with errors of their own still count as known; an unreadable file might hold anyone.
    const known = new Set<string>();
    let unreadablePeople = false;
    head.people.forEach((rel, i) => {
      const ref = referredFile(r, files, path, rel, `/people/${i}`, 'people');
      if (!ref) return;
      if (ref.file.loaded.data === undefined) unreadablePeople = true;
      for (const id of rawPersonIds(ref.file)) known.add(id);
      for (const person of peopleByFile.get(ref.path) ?? []) people.set(person.id, person);
    });
    let rows: RegistrationRow[] = [];
    if (typeof head.registrations === 'string') {
      const rf = referredFile(r, files, path, head.registrations, '/registrations', 'registrations')?.file;
      const found = rf && registrationRows(rf);
      if (rf && found) {
        const rr = rep(rf);
        // A row with schema errors is left out, so one bad cell hides nothing in the other rows.
        rows = normalizeRegistrations(rr, found.rows, found.base, rf.clean ? undefined : isValidRegistration);
        checkRegistrations(rr, rows, head, programme, today);
      }
    } else if (Array.isArray(head.registrations)) {
      rows = normalizeRegistrations(r, head.registrations, '/registrations');
      checkRegistrations(r, rows, head, programme, today);
    }
    const registrations = rows.map((row) => row.reg);
    checkProgrammeRef(r, head, programme, [...programmes.keys()], invalidProgrammes.has(head.programme));
    if (!unreadablePeople) checkPersonRefs(r, head, known);
    checkCohort(r, head, programme, registrations, people);
    if (programme) {
      const own = windows.get(programme.id);
      if (own) own.push(cohortWindow(head, programme));
      else windows.set(programme.id, [cohortWindow(head, programme)]);
    }
    const cohort: Cohort = {
      id: head.id,
      programme: head.programme,
      title: head.title,
      start: head.start,
      ...(head.end !== undefined ? { end: head.end } : {}),
      ...(head.venue ? { venue: head.venue } : {}),
      facilitators: head.facilitators,
      pool: head.pool,
      fixed: head.fixed,
      unavailable: head.unavailable,
      registrations,
      ...(head.matches.length > 0 ? { matches: head.matches } : {}),
      ...(head.excluded.length > 0 ? { excluded: head.excluded } : {}),
      ...(head.groups ? { groups: head.groups } : {}),
      ...(head.guests ? { guests: head.guests } : {}),
    };
    cohorts.push({ cohort, programme, file: path, people });
  }
  // The summer-time change is checked for the years the programme's cohorts actually run.
  for (const [id, r] of programmeReporters) checkSummerTimeGaps(r, programmes.get(id)!.programme, windows.get(id) ?? []);
  return { programmes, cohorts, diagnostics };
}
