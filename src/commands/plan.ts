/** `cohort plan <cohort…>`: plans the cohorts together and prints or writes the calendar. */
import { posix } from 'node:path';
import { dutchHolidays } from '../calendar/holidays.js';
import { findMunicipality } from '../calendar/municipalities.js';
import { schoolHolidays } from '../calendar/school.js';
import { applyPinned, diffPinned, fixedForPlanner, pinnedEntries, writePinned, type PinDiff } from '../edit/pin.js';
import { renderText } from '../export/diagnostics/index.js';
import { renderCsv, renderIcs, renderIcsPerPerson, renderPlanJson, renderPlanTable, type ExportContext } from '../export/plan/index.js';
import type { Lang } from '../i18n/index.js';
import { translate, type Catalog } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import { sessionIds, type Plan, type PlannedSession } from '../model/plan.js';
import type { AvoidKind, Person, Programme, SchoolRegion } from '../model/types.js';
import { checkHardRules, compareSessions, planCohorts, type PlanInput } from '../plan/index.js';
import { placeRegistrations } from '../capacity/place.js';
import type { CohortModel } from '../model/project.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { loadProject } from './project.js';

export type PlanFormat = 'table' | 'csv' | 'ics' | 'json';

export interface PlanOptions {
  cohorts: string[];
  format?: PlanFormat | undefined;
  out?: string | undefined;
  per?: 'participant' | 'facilitator' | undefined;
  pin: boolean;
  delimiter?: ',' | ';' | undefined;
}

const ALL_AVOID: AvoidKind[] = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening', 'school-holidays'];
const REGIONS: SchoolRegion[] = ['noord', 'midden', 'zuid'];

const messages: Catalog = {
  'plan/no-cohorts': { en: () => 'name one or more cohort files (e.g. cohorts/*.yaml)', nl: () => 'geef een of meer cohortbestanden op (bijv. cohorts/*.yaml)' },
  'plan/not-a-cohort': { en: (p) => `${p.file} is a ${p.kind} file, not a cohort`, nl: (p) => `${p.file} is een ${p.kind}-bestand, geen cohort` },
  'plan/invalid': { en: () => 'the files have errors; nothing was planned', nl: () => 'de bestanden bevatten fouten; er is niets gepland' },
  'plan/infeasible': { en: (p) => `no plan keeps every hard rule (${p.n} session(s) could not be placed); nothing was written`, nl: (p) => `geen planning houdt zich aan alle harde regels (${p.n} sessie(s) niet te plaatsen); er is niets geschreven` },
  'plan/reserve': { en: (p) => `${p.cohort}: ${p.n} registration(s) on the reserve list, all ${p.seats} seats taken (${p.ids})`, nl: (p) => `${p.cohort}: ${p.n} inschrijving(en) op de reservelijst, alle ${p.seats} plaatsen bezet (${p.ids})` },
  'plan/per-needs-out': { en: () => '--per needs --out DIR (one ICS file per person)', nl: () => '--per heeft --out MAP nodig (één ICS-bestand per persoon)' },
  'plan/per-needs-ics': { en: () => '--per writes ICS files; leave out --format or use --format ics', nl: () => '--per schrijft ICS-bestanden; laat --format weg of gebruik --format ics' },
  'plan/out-is-input': { en: (p) => `--out ${p.path} is one of the input files`, nl: (p) => `--out ${p.path} is een invoerbestand` },
  'plan/wrote': { en: (p) => `wrote ${p.path}`, nl: (p) => `${p.path} geschreven` },
  'plan/wrote-per': { en: (p) => `wrote ${p.n} calendar(s) to ${p.dir}`, nl: (p) => `${p.n} agenda('s) geschreven in ${p.dir}` },
  'plan/pinned': { en: (p) => `pinned ${p.n} session(s) in ${p.file}`, nl: (p) => `${p.n} sessie(s) vastgelegd in ${p.file}` },
  'plan/changes': { en: (p) => `${p.cohort}: against the pinned plan ${p.moved} moved, ${p.added} added, ${p.cancelled} cancelled, ${p.unchanged} unchanged`, nl: (p) => `${p.cohort}: ten opzichte van de vastgelegde planning ${p.moved} verplaatst, ${p.added} toegevoegd, ${p.cancelled} geannuleerd, ${p.unchanged} ongewijzigd` },
  'plan/moved': { en: (p) => `  moved      ${p.session}: ${p.from} → ${p.to}`, nl: (p) => `  verplaatst ${p.session}: ${p.from} → ${p.to}` },
  'plan/added': { en: (p) => `  added      ${p.session}: ${p.to}`, nl: (p) => `  toegevoegd ${p.session}: ${p.to}` },
  'plan/cancelled': { en: (p) => `  cancelled  ${p.session}: ${p.from}`, nl: (p) => `  geannuleerd ${p.session}: ${p.from}` },
  'plan/internal-hard-rule': { en: (p) => `the planner broke a hard rule (${p.rule}: ${p.detail})`, nl: (p) => `de planner brak een harde regel (${p.rule}: ${p.detail})` },
};

const t = (lang: Lang, key: string, params = {}) => translate(messages, lang, key, params);

/** Calendar facts for the years the cohorts can touch: their start year up to two years on. */
export function planInputFor(cohorts: readonly CohortModel[], lang: Lang): PlanInput {
  // Only registrations with a seat are planned; the reserve list waits (src/capacity/place.ts).
  // Pinned sessions of registrations that left (or wait on the reserve list) are not planned: they come back cancelled.
  const forPlanner = (c: CohortModel) => {
    const programme = c.programme as Programme;
    const registrations = placeRegistrations(c.cohort.registrations, programme).placed;
    const ids = new Set(sessionIds(programme, registrations));
    return { cohort: { ...c.cohort, registrations, fixed: fixedForPlanner(c.cohort.fixed).filter((f) => ids.has(f.session)) }, programme };
  };
  const years = cohorts.map((c) => Number(c.cohort.start.slice(0, 4)));
  const from = Math.min(...years);
  const to = Math.max(...years) + 2;
  const people = new Map<string, Person>();
  for (const c of cohorts) for (const [id, p] of c.people) if (!people.has(id)) people.set(id, p);
  return {
    cohorts: cohorts.map(forPlanner),
    people,
    holidays: dutchHolidays(from, to, ALL_AVOID),
    schoolHolidays: REGIONS.flatMap((r) => schoolHolidays(r)),
    lang,
  };
}

/** Names, labels and places the exports need, from the loaded cohorts. */
export function exportContextFor(cohorts: readonly CohortModel[], lang: Lang, today: string, version: string): ExportContext {
  const people = new Map<string, { id: string; name: string; email?: string }>();
  const registrations = new Map<string, { id: string; name: string; municipality?: string }>();
  const programmes = new Map<string, { id: string; name: string; organiser: string }>();
  const phases = new Map<string, { name: string; description?: string; preparation?: string }>();
  const municipalities = new Map<string, { name: string }>();
  const titles = new Map<string, { id: string; title: string }>();
  const addMunicipality = (code: string | undefined) => {
    const m = code ? findMunicipality(code) : undefined;
    if (m) municipalities.set(m.code, { name: m.name });
  };
  for (const c of cohorts) {
    titles.set(c.cohort.id, { id: c.cohort.id, title: c.cohort.title });
    for (const [id, p] of c.people) people.set(id, { id, name: p.name, ...(p.email ? { email: p.email } : {}) });
    for (const r of c.cohort.registrations) {
      registrations.set(r.id, { id: r.id, name: r.name, municipality: r.municipality });
      addMunicipality(r.municipality);
    }
    addMunicipality(c.cohort.venue?.municipality);
    const p = c.programme;
    if (!p) continue;
    programmes.set(p.id, { id: p.id, name: p.name, organiser: p.organiser });
    for (const ph of p.phases) {
      phases.set(`${p.id}/${ph.id}`, { name: ph.name, ...(ph.description ? { description: ph.description } : {}), ...(ph.preparation ? { preparation: ph.preparation } : {}) });
    }
  }
  const calendarName = cohorts.length === 1 ? cohorts[0]!.cohort.title : cohorts.map((c) => c.cohort.title).join(', ');
  return { lang, today, version, calendarName, people, registrations, programmes, phases, cohorts: titles, municipalities };
}

/** A municipality's point is only a place for sessions held in that municipality, not for a venue. */
function withGeo(s: PlannedSession): PlannedSession {
  if (s.location.kind === 'venue' || s.location.kind === 'online' || !s.location.municipality) return s;
  const m = findMunicipality(s.location.municipality);
  return m ? { ...s, location: { ...s.location, lat: m.lat, lon: m.lon } } : s;
}

function describeWhen(w: { date: string; start?: string } | undefined): string {
  return w ? `${w.date}${w.start ? ` ${w.start}` : ''}` : '';
}

function diffLines(lang: Lang, cohort: string, diff: PinDiff): string {
  const lines = [t(lang, 'plan/changes', { cohort, moved: diff.moved.length, added: diff.added.length, cancelled: diff.cancelled.length, unchanged: diff.unchanged })];
  for (const m of diff.moved) lines.push(t(lang, 'plan/moved', { session: m.session, from: describeWhen(m.from), to: describeWhen(m.to) }));
  for (const a of diff.added) lines.push(t(lang, 'plan/added', { session: a.session, to: describeWhen(a.to) }));
  for (const c of diff.cancelled) lines.push(t(lang, 'plan/cancelled', { session: c.session, from: describeWhen(c.from) }));
  return `${lines.join('\n')}\n`;
}

export async function runPlan(options: PlanOptions, { io, global }: CommandContext): Promise<ExitCode> {
  const { lang } = global;
  if (options.cohorts.length === 0) throw new UsageError(t(lang, 'plan/no-cohorts'));
  if (options.per && options.out === undefined) throw new UsageError(t(lang, 'plan/per-needs-out'));
  if (options.per && options.format !== undefined && options.format !== 'ics') throw new UsageError(t(lang, 'plan/per-needs-ics'));
  const loaded = await loadProject(io, options.cohorts, lang);
  // `cohorts/*.yaml` also names people and registrations files: they are read as the cohorts' references.
  const cohortFiles = loaded.requested.filter((f) => loaded.files.get(f)?.kind === 'cohort');
  if (cohortFiles.length === 0) {
    const file = loaded.requested[0]!;
    throw new UsageError(t(lang, 'plan/not-a-cohort', { file, kind: loaded.files.get(file)?.kind ?? '?' }));
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(renderText(errors, { files: [...loaded.files.keys()], sources: loaded.sources, lang, color: global.color, toolVersion: global.version }));
    io.err(`cohort: ${t(lang, 'plan/invalid')}\n`);
    return 1;
  }
  const requested = new Set(cohortFiles);
  const cohorts = loaded.project.cohorts.filter((c) => requested.has(c.file) && c.programme);
  const reserves = new Map(cohorts.map((c) => [c.cohort.id, placeRegistrations(c.cohort.registrations, c.programme!)]));
  if (!global.quiet) {
    for (const [id, p] of reserves) if (p.reserve.length > 0) io.err(`${t(lang, 'plan/reserve', { cohort: id, n: p.reserve.length, seats: p.seats, ids: p.reserve.map((r) => r.id).join(', ') })}\n`);
  }
  if (options.out !== undefined && loaded.files.has(posix.normalize(options.out))) throw new UsageError(t(lang, 'plan/out-is-input', { path: options.out }));

  const input = planInputFor(cohorts, lang);
  const raw = planCohorts(input);
  // A safety net: a plan the planner calls complete must pass the independent checker.
  const violations = raw.infeasible.length === 0 ? checkHardRules(input, raw) : [];
  if (violations.length > 0) {
    const v = violations[0]!;
    throw new Error(t(lang, 'plan/internal-hard-rule', { rule: v.rule, detail: v.message }));
  }
  const sessions = cohorts
    .flatMap((c) => applyPinned(raw.sessions.filter((s) => s.cohort === c.cohort.id), c.cohort, c.programme!))
    .map(withGeo)
    .sort(compareSessions);
  const plan: Plan = { ...raw, sessions };
  const ctx = exportContextFor(cohorts, lang, global.today, global.version);

  if (plan.infeasible.length > 0) {
    io.err(renderPlanTable({ ...plan, sessions: [] }, ctx, { color: global.color }));
    io.err(`cohort: ${t(lang, 'plan/infeasible', { n: plan.infeasible.length })}\n`);
    return 1;
  }

  if (options.pin) {
    // Say what changes against the pinned plan before anything is written.
    for (const c of cohorts) {
      const own = sessions.filter((s) => s.cohort === c.cohort.id);
      if (!global.quiet) io.err(diffLines(lang, c.cohort.id, diffPinned(c.cohort.fixed, own)));
    }
  }

  if (options.per) {
    const files = renderIcsPerPerson(sessions, ctx, options.per);
    await io.mkdir(options.out!);
    for (const f of files) await io.writeFile(posix.join(options.out!, f.fileName), f.ics);
    if (!global.quiet) io.err(`${t(lang, 'plan/wrote-per', { n: files.length, dir: options.out })}\n`);
  } else {
    const format = options.format ?? 'table';
    const delimiter = options.delimiter;
    const text =
      format === 'ics'
        ? renderIcs(sessions, ctx)
        : format === 'csv'
          ? renderCsv(sessions, ctx, delimiter ? { delimiter } : {})
          : format === 'json'
            ? renderPlanJson(plan, ctx)
            : renderPlanTable(plan, ctx, { color: global.color && options.out === undefined });
    if (options.out !== undefined) {
      await io.writeFile(options.out, text);
      if (!global.quiet) io.err(`${t(lang, 'plan/wrote', { path: options.out })}\n`);
    } else io.out(text);
  }

  if (options.pin) {
    for (const c of cohorts) {
      const file = loaded.files.get(c.file)!;
      const bom = file.loaded.bom ? '\uFEFF' : '';
      const entries = pinnedEntries(sessions.filter((s) => s.cohort === c.cohort.id));
      await io.writeFile(c.file, bom + writePinned(file.loaded.text, entries));
      if (!global.quiet) io.err(`${t(lang, 'plan/pinned', { n: entries.length, file: c.file })}\n`);
    }
  }
  return 0;
}
