/**
 * Semantic rules across files: ids, references, municipalities, phase order and gaps, the span,
 * fixed sessions, DST gaps, host rotation, eligibility. Pure: the files arrive parsed.
 */
import { addDays, weekdayOf } from '../calendar/date.js';
import { durationDays, durationMinutes, formatDuration, monthsInDays } from '../calendar/duration.js';
import { findMunicipality, suggestMunicipalities } from '../calendar/municipalities.js';
import { isKnownTimeZone, localTimeStatus } from '../calendar/tz.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sessionIds } from '../model/plan.js';
import type { CohortModel, ParsedFile, Project } from '../model/project.js';
import type { Cohort, Duration, Person, Phase, Programme, Registration, Weekday } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { normalizeCohort, normalizePeople, normalizeProgramme, normalizeRegistrations, type CohortHead } from './normalize.js';
import { reporter } from './report.js';
import { ruleMessages, type RuleReporter as Reporter } from './rules-messages.js';
import { suggest } from './suggest.js';
import { resolveRef } from './project.js';

/** Shortest and longest day count of a duration (months vary; minutes and hours round up to a day). */
function dayBounds(d: Duration): { min: number; max: number } {
  const days = durationDays(d) ?? (durationMinutes(d) !== undefined ? Math.ceil(durationMinutes(d)! / 1440) : undefined);
  return days !== undefined ? { min: days, max: days } : monthsInDays(d.amount);
}
const minDays = (d: Duration): number => dayBounds(d).min;
const maxDays = (d: Duration): number => dayBounds(d).max;

/** For `blok#4` of a three-session phase, `blok#3`; otherwise the nearest id by spelling. */
function nearestSession(wanted: string, valid: readonly string[]): string | undefined {
  const m = /^([^#@]*)(?:#(\d+))?(@.*)?$/.exec(wanted);
  if (m?.[2] !== undefined) {
    const same = valid.filter((v) => v.startsWith(`${m[1]}#`) && (m[3] === undefined ? !v.includes('@') : v.endsWith(m[3])));
    const n = Number(m[2]);
    const num = (v: string) => Number(/#(\d+)/.exec(v)?.[1] ?? 0);
    if (same.length > 0) return [...same].sort((a, b) => Math.abs(num(a) - n) - Math.abs(num(b) - n) || num(a) - num(b))[0];
  }
  return valid.length > 0 ? suggest(wanted, valid) : undefined;
}

/** Earliest end (in days from the cohort's start) of each phase, ignoring the calendar. */
function earliestEnds(programme: Programme): Map<string, { end: number; path: string }> {
  const ends = new Map<string, { end: number; path: string }>();
  for (const phase of programme.phases) {
    const pred = phase.after ? ends.get(phase.after.phase) : undefined;
    const start = pred ? pred.end + minDays(phase.after!.min) : 0;
    const length = phaseMinLength(phase);
    ends.set(phase.id, { end: start + length, path: pred ? `${pred.path} → ${phase.id}` : phase.id });
  }
  return ends;
}

function phaseMinLength(phase: Phase): number {
  switch (phase.mode) {
    case 'group':
      return (phase.sessions - 1) * (phase.every ? minDays(phase.every.min) : 7) + (phase.slot.days - 1);
    case 'individual':
      return 0;
    case 'self-study':
      return minDays(phase.window);
    case 'coaching':
      return (phase.sessions.min - 1) * minDays(phase.every.min);
  }
}

function lastSundayOfMarch(year: number): string {
  let d = `${year}-03-31`;
  while (weekdayOf(d) !== 'sun') d = addDays(d, -1);
  return d;
}

function checkProgramme(r: Reporter, p: Programme): void {
  const seen = new Map<string, number>();
  p.phases.forEach((phase, i) => {
    const first = seen.get(phase.id);
    if (first !== undefined) {
      const pos = r.file.locations.get(`/phases/${first}/id`)?.value;
      r.error('id/duplicate', `/phases/${i}/id`, { what: 'phase', id: phase.id, first: pos ? `${pos.line}:${pos.column}` : '' });
    } else seen.set(phase.id, i);
  });
  const ids = p.phases.map((ph) => ph.id);
  p.phases.forEach((phase, i) => {
    if (phase.after) {
      const idx = ids.indexOf(phase.after.phase);
      if (idx < 0) r.error('ref/unknown-phase', `/phases/${i}/after/phase`, { id: phase.after.phase }, { suggestion: suggest(phase.after.phase, ids) });
      else if (idx >= i) r.error('phase/after-not-earlier', `/phases/${i}/after/phase`, { phase: phase.id, after: phase.after.phase });
      if (minDays(phase.after.min) > maxDays(phase.after.max)) {
        r.error('phase/gap-reversed', `/phases/${i}/after`, { min: formatDuration(phase.after.min), max: formatDuration(phase.after.max) });
      }
    }
    if (phase.mode === 'group') {
      const { slot } = phase;
      if (slot.days === 1 && slot.end <= slot.start) r.error('slot/end-before-start', `/phases/${i}/slot/end`, { start: slot.start, end: slot.end });
      const first = WEEKDAYS.indexOf(slot.weekday);
      for (let k = 0; k < slot.days; k++) {
        const day = WEEKDAYS[(first + k) % 7] as Weekday;
        if (!p.calendar.weekdays.includes(day)) {
          r.error('slot/weekday-not-allowed', `/phases/${i}/slot/weekday`, { day, allowed: p.calendar.weekdays.join(', ') });
          break;
        }
      }
      // Clocks go forward on the last Sunday of March: 02:00-03:00 does not exist then.
      if (isKnownTimeZone(p.calendar.timezone)) {
        const lastDay = WEEKDAYS[(first + slot.days - 1) % 7];
        for (const [field, day] of [['start', slot.weekday], ['end', lastDay]] as const) {
          if (day !== 'sun') continue;
          const date = lastSundayOfMarch(2027);
          if (localTimeStatus(date, slot[field], p.calendar.timezone) === 'nonexistent') r.warn('time/dst-gap', `/phases/${i}/slot/${field}`, { time: slot[field], date });
        }
      }
      if (phase.location === 'host-rotation') {
        const { min, max } = p.capacity;
        const params = { sessions: phase.sessions, min, max };
        if (phase.sessions < min || phase.sessions > max) r.error('intervisie/host-rotation-size', `/phases/${i}/location`, params);
        else if (min !== max) r.warn('intervisie/host-rotation-uneven', `/phases/${i}/location`, params);
      }
    }
  });
  if (p.capacity.min > p.capacity.max) r.error('capacity/min-exceeds-max', '/capacity/min', { min: p.capacity.min, max: p.capacity.max });
  if (!isKnownTimeZone(p.calendar.timezone)) r.error('calendar/unknown-timezone', '/calendar/timezone', { tz: p.calendar.timezone });
  if (p.calendar.avoid.includes('school-holidays') && !p.calendar.schoolRegion) r.error('calendar/school-region-required', '/calendar/avoid');
  if (p.calendar.hours.end <= p.calendar.hours.start) r.error('calendar/hours-reversed', '/calendar/hours/end', p.calendar.hours);
  let worst: { end: number; path: string } | undefined;
  for (const e of earliestEnds(p).values()) if (!worst || e.end > worst.end) worst = e;
  const spanDays = maxDays(p.span.max);
  if (worst && worst.end + 1 > spanDays) r.error('span/too-short', '/span', { need: worst.end + 1, path: worst.path, span: formatDuration(p.span.max), spanDays });
}

function checkMunicipality(r: Reporter, value: string | undefined, pointer: string): string | undefined {
  if (value === undefined || value === '') return value;
  const m = findMunicipality(value);
  if (m) return m.code;
  const suggestions = suggestMunicipalities(value);
  r.error('municipality/unknown', pointer, { value }, { suggestion: suggestions[0] });
  return value;
}

function checkPeople(r: Reporter, people: Person[]): void {
  const seen = new Map<string, number>();
  people.forEach((p, i) => {
    const first = seen.get(p.id);
    if (first !== undefined) {
      const pos = r.file.locations.get(`/people/${first}/id`)?.value;
      r.error('id/duplicate', `/people/${i}/id`, { what: 'person', id: p.id, first: pos ? `${pos.line}:${pos.column}` : '' });
    } else seen.set(p.id, i);
    const code = checkMunicipality(r, p.municipality, `/people/${i}/municipality`);
    if (code !== undefined) p.municipality = code;
  });
}

function checkRegistrations(r: Reporter, regs: Registration[], base: string, head: CohortHead, programme: Programme | undefined): void {
  const ids = new Map<string, number>();
  const emails = new Map<string, string>();
  regs.forEach((reg, i) => {
    const at = `${base}/${i}`;
    const first = ids.get(reg.id);
    if (first !== undefined) {
      const pos = r.file.locations.get(`${base}/${first}/id`)?.value;
      r.error('id/duplicate', `${at}/id`, { what: 'registration', id: reg.id, first: pos ? `${pos.line}:${pos.column}` : '' });
    } else ids.set(reg.id, i);
    reg.municipality = checkMunicipality(r, reg.municipality, `${at}/municipality`) ?? reg.municipality;
    const email = reg.email.trim().toLowerCase();
    const other = emails.get(email);
    if (email && other !== undefined) r.warn('registration/duplicate-email', `${at}/email`, { other });
    else if (email) emails.set(email, reg.id);
    if (reg.registered && reg.registered.slice(0, 10) > head.start && reg.status !== 'cancelled' && reg.status !== 'withdrawn') {
      r.warn('registration/late', `${at}/registered`, { date: reg.registered.slice(0, 10), start: head.start });
    }
    if (!programme) return;
    if (programme.membersOnly && !reg.member && reg.status !== 'withdrawn' && reg.status !== 'cancelled') {
      r.warn('eligibility/non-member', `${at}/member`, { programme: programme.id }, { hint: r.text('eligibility/non-member:hint') });
    }
    if (programme.partners === 'none' && reg.partnerJoins) r.warn('partner/not-allowed', `${at}/partner-joins`, { programme: programme.id });
    if (programme.partners === 'required' && !reg.partner) r.warn('partner/required', at, { programme: programme.id });
    if (reg.role && programme.audience.length > 0 && !programme.audience.includes(reg.role)) {
      r.warn('registration/role-not-in-audience', `${at}/role`, { role: reg.role, audience: programme.audience.join(', ') });
    }
  });
}

function checkCohort(
  r: Reporter,
  head: CohortHead,
  programme: Programme | undefined,
  programmeIds: string[],
  people: Map<string, Person>,
  regs: Registration[],
  programmeHasErrors: boolean,
): void {
  if (!programme && head.programme && !programmeHasErrors) r.error('ref/unknown-programme', '/programme', { id: head.programme }, { suggestion: programmeIds.length ? suggest(head.programme, programmeIds) : undefined });
  if (head.end !== undefined && head.end < head.start) r.error('cohort/end-before-start', '/end', { start: head.start, end: head.end });
  const personIds = [...people.keys()];
  const checkPerson = (id: string, pointer: string) => {
    if (!people.has(id)) r.error('ref/unknown-person', pointer, { id }, { suggestion: personIds.length ? suggest(id, personIds) : undefined });
  };
  head.facilitators.forEach((id, i) => checkPerson(id, `/facilitators/${i}`));
  head.pool.forEach((id, i) => checkPerson(id, `/pool/${i}`));
  if (head.venue?.municipality) head.venue.municipality = checkMunicipality(r, head.venue.municipality, '/venue/municipality');
  if (!programme) return;
  const valid = sessionIds(programme, regs);
  const seen = new Set<string>();
  head.fixed.forEach((f, i) => {
    if (seen.has(f.session)) r.error('fixed/duplicate', `/fixed/${i}/session`, { id: f.session });
    seen.add(f.session);
    // A cancelled entry records a session that no longer exists; only its date must stay real.
    if (f.status === 'cancelled') return;
    if (!valid.includes(f.session)) {
      r.error('fixed/unknown-session', `/fixed/${i}/session`, { id: f.session, programme: programme.id }, { suggestion: nearestSession(f.session, valid) });
      return;
    }
    if (f.date < head.start || (head.end !== undefined && f.date > head.end)) {
      r.error('fixed/outside-cohort', `/fixed/${i}/date`, { date: f.date, start: head.start, end: head.end ?? '…' });
    }
    const phase = programme.phases.find((p) => p.id === f.session.split(/[#@]/)[0]);
    if (phase?.mode === 'group' && weekdayOf(f.date) !== phase.slot.weekday) {
      r.warn('fixed/not-slot-weekday', `/fixed/${i}/date`, { date: f.date, day: weekdayOf(f.date), slot: phase.slot.weekday });
    }
    const times: [string, string][] = [];
    if (f.start !== undefined) times.push([f.start, `/fixed/${i}/start`]);
    else if (phase?.mode === 'group') times.push([phase.slot.start, `/fixed/${i}/date`]);
    if (phase?.mode === 'group') times.push([phase.slot.end, `/fixed/${i}/date`]);
    for (const [time, pointer] of times) {
      const day = phase?.mode === 'group' && time === phase.slot.end && f.start === undefined ? addDays(f.date, phase.slot.days - 1) : f.date;
      if (isKnownTimeZone(programme.calendar.timezone) && localTimeStatus(day, time, programme.calendar.timezone) === 'nonexistent') {
        r.error('time/nonexistent', pointer, { date: day, time, tz: programme.calendar.timezone });
      }
    }
  });
}

/**
 * Normalises every clean file and checks the rules across them. `files` holds every file read,
 * the ones asked for and the ones they refer to, keyed by path.
 */
export function checkProject(files: ReadonlyMap<string, ParsedFile>, lang: Lang): Project {
  const diagnostics: Diagnostic[] = [];
  const rep = (f: ParsedFile) => reporter(f.loaded, ruleMessages, lang, diagnostics);
  const programmes = new Map<string, { programme: Programme; file: string }>();
  const peopleByFile = new Map<string, Person[]>();
  const programmeIdsSeen = new Map<string, string>();

  for (const [path, f] of files) {
    if (!f.clean) continue;
    if (f.kind === 'programme') {
      const r = rep(f);
      const programme = normalizeProgramme(r);
      checkProgramme(r, programme);
      const first = programmeIdsSeen.get(programme.id);
      if (first !== undefined) r.error('id/duplicate', '/id', { what: 'programme', id: programme.id, first });
      else {
        programmeIdsSeen.set(programme.id, path);
        programmes.set(programme.id, { programme, file: path });
      }
    } else if (f.kind === 'people') {
      const r = rep(f);
      const people = normalizePeople(r);
      checkPeople(r, people);
      peopleByFile.set(path, people);
    }
  }

  // A programme with errors of its own is not normalised, but cohorts that name it are not dangling.
  const invalidProgrammes = new Set<string>();
  for (const f of files.values()) {
    const id = (f.loaded.data as { id?: unknown } | null | undefined)?.id;
    if (!f.clean && f.kind === 'programme' && typeof id === 'string') invalidProgrammes.add(id);
  }
  const cohorts: CohortModel[] = [];
  const cohortIds = new Map<string, string>();
  for (const [path, f] of files) {
    if (!f.clean || f.kind !== 'cohort') continue;
    const r = rep(f);
    const head = normalizeCohort(r);
    const first = cohortIds.get(head.id);
    if (first !== undefined) r.error('id/duplicate', '/id', { what: 'cohort', id: head.id, first });
    cohortIds.set(head.id, path);
    const programme = programmes.get(head.programme)?.programme;
    const people = new Map<string, Person>();
    head.people.forEach((rel, i) => {
      const target = resolveRef(path, rel);
      const pf = files.get(target);
      if (!pf || pf.loaded.data === undefined) r.error('ref/missing-file', `/people/${i}`, { path: rel });
      else if (pf.kind !== 'people') r.error('ref/wrong-kind', `/people/${i}`, { path: rel, kind: 'people' });
      for (const person of peopleByFile.get(target) ?? []) people.set(person.id, person);
    });
    let registrations: Registration[] = [];
    if (typeof head.registrations === 'string') {
      const target = resolveRef(path, head.registrations);
      const rf = files.get(target);
      if (!rf || rf.loaded.data === undefined) r.error('ref/missing-file', '/registrations', { path: head.registrations });
      else if (rf.kind !== 'registrations') r.error('ref/wrong-kind', '/registrations', { path: head.registrations, kind: 'registrations' });
      else if (rf.clean) {
        const rows = rf.loaded.format === 'csv' ? (rf.loaded.data as unknown[]) : ((rf.loaded.data as { registrations?: unknown[] }).registrations ?? []);
        const base = rf.loaded.format === 'csv' ? '' : '/registrations';
        const rr = rep(rf);
        registrations = normalizeRegistrations(rr, rows, base);
        checkRegistrations(rr, registrations, base, head, programme);
      }
    } else if (Array.isArray(head.registrations)) {
      registrations = normalizeRegistrations(r, head.registrations, '/registrations');
      checkRegistrations(r, registrations, '/registrations', head, programme);
    }
    checkCohort(r, head, programme, [...programmes.keys()], people, registrations, invalidProgrammes.has(head.programme));
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
    };
    cohorts.push({ cohort, programme, file: path, people });
  }
  return { programmes, cohorts, diagnostics };
}
