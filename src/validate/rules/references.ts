/** References: ids that must be unique, and what refers to what (phases, programmes, people, files, fixed sessions). */
import { addDays } from '../../calendar/date.js';
import { choosesFacilitator, isSessionId, sessionIds } from '../../model/plan.js';
import type { FileKind, ParsedFile } from '../../model/project.js';
import type { FixedSession, Person, Programme, Registration } from '../../model/types.js';
import type { CohortHead, RegistrationRow } from '../normalize.js';
import { resolveRef } from '../project.js';
import type { IdOwner, ReferredKind, RuleReporter } from '../rules-messages.js';
import { suggest } from '../suggest.js';

/** `line:col` of an earlier occurrence, for "first at …". */
function firstAt(r: RuleReporter, pointer: string): string {
  const pos = r.file.locations.get(pointer)?.value;
  return pos ? `${pos.line}:${pos.column}` : '';
}

/** Reports every id of a list that repeats an earlier one, at the repeat; `pointer(i)` is the i-th id's. */
function checkUniqueIds(r: RuleReporter, what: IdOwner, ids: readonly string[], pointer: (i: number) => string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) r.error('id/duplicate', pointer(i), { what, id, first: firstAt(r, pointer(first)) });
    else seen.set(id, i);
  });
}

/** A programme's or cohort's id must be unique across files; `seen` maps each id to its first file. */
export function checkFileId(r: RuleReporter, what: 'programme' | 'cohort', id: string, path: string, seen: Map<string, string>): boolean {
  const first = seen.get(id);
  if (first !== undefined) {
    r.error('id/duplicate', '/id', { what, id, first });
    return false;
  }
  seen.set(id, path);
  return true;
}

export function checkPhaseRefs(r: RuleReporter, p: Programme): void {
  checkUniqueIds(r, 'phase', p.phases.map((ph) => ph.id), (i) => `/phases/${i}/id`);
  const ids = p.phases.map((ph) => ph.id);
  p.phases.forEach((phase, i) => {
    if (!phase.after) return;
    const idx = ids.indexOf(phase.after.phase);
    if (idx < 0) r.error('ref/unknown-phase', `/phases/${i}/after/phase`, { id: phase.after.phase }, { suggestion: suggest(phase.after.phase, ids) });
    else if (idx >= i) r.error('phase/after-not-earlier', `/phases/${i}/after/phase`, { phase: phase.id, after: phase.after.phase });
  });
}

export function checkPeopleIds(r: RuleReporter, people: readonly Person[]): void {
  checkUniqueIds(r, 'person', people.map((p) => p.id), (i) => `/people/${i}/id`);
}

export function checkRegistrationIds(r: RuleReporter, rows: readonly RegistrationRow[]): void {
  checkUniqueIds(r, 'registration', rows.map((row) => row.reg.id), (i) => `${rows[i]!.at}/id`);
  const emails = new Map<string, string>();
  for (const { reg, at } of rows) {
    const email = reg.email.trim().toLowerCase();
    if (!email) continue;
    const other = emails.get(email);
    if (other !== undefined) r.warn('registration/duplicate-email', `${at}/email`, { other });
    else emails.set(email, reg.id);
  }
}

/**
 * The file that the cohort file `from` names at `pointer`. `files` holds every file read, by path; a
 * file that is not among them does not exist or could not be read. A file that was read but not
 * decoded or parsed (an encoding error, an empty file) is returned as it is: its own error says why.
 */
export function referredFile(
  r: RuleReporter,
  files: ReadonlyMap<string, ParsedFile>,
  from: string,
  rel: string,
  pointer: string,
  kind: FileKind & ReferredKind,
): { path: string; file: ParsedFile } | undefined {
  const path = resolveRef(from, rel);
  const file = files.get(path);
  if (!file || (file.clean && file.loaded.data === undefined)) r.error('ref/missing-file', pointer, { path: rel });
  else if (file.loaded.data !== undefined && file.kind !== kind) r.error('ref/wrong-kind', pointer, { path: rel, kind });
  else return { path, file };
  return undefined;
}

/** `programmeHasErrors`: the programme exists but has errors of its own, so it is not dangling. */
export function checkProgrammeRef(r: RuleReporter, head: CohortHead, programme: Programme | undefined, programmeIds: readonly string[], programmeHasErrors: boolean): void {
  // an offer without sessions (the alumni network) has no runs to plan
  if (programme?.notPlannable !== undefined) r.error('programme/not-plannable', '/programme', { id: programme.id, why: programme.notPlannable });
  if (programme || !head.programme || programmeHasErrors) return;
  r.error('ref/unknown-programme', '/programme', { id: head.programme }, { suggestion: programmeIds.length ? suggest(head.programme, programmeIds) : undefined });
}

/** Facilitators and coaches must be among the `known` ids of the cohort's people files. */
export function checkPersonRefs(r: RuleReporter, head: CohortHead, known: ReadonlySet<string>): void {
  const ids = [...known];
  const check = (id: string, pointer: string) => {
    if (!known.has(id)) r.error('ref/unknown-person', pointer, { id }, { suggestion: ids.length ? suggest(id, ids) : undefined });
  };
  head.facilitators.forEach((id, i) => check(id, `/facilitators/${i}`));
  head.pool.forEach((id, i) => check(id, `/pool/${i}`));
  for (const g of head.guests ?? []) check(g.person, `/guests/${g.role}`);
}

/**
 * Required guests: every role a group phase asks for is filled by the cohort's `guests`, every role
 * there is asked for, and a guest is not unavailable on a day a fixed session of their phase touches.
 */
export function checkGuests(r: RuleReporter, head: CohortHead, programme: Programme, people: ReadonlyMap<string, Person>, fixed: readonly KnownFixed[]): void {
  const asked = new Map<string, string>();
  for (const ph of programme.phases) if (ph.mode === 'group') for (const role of ph.guests ?? []) if (!asked.has(role)) asked.set(role, ph.id);
  const named = new Map((head.guests ?? []).map((g) => [g.role, g.person]));
  for (const g of head.guests ?? [])
    if (!asked.has(g.role)) r.error('guest/unknown-role', `/guests/${g.role}`, { role: g.role, programme: programme.id }, { suggestion: asked.size ? suggest(g.role, [...asked.keys()]) : undefined });
  for (const [role, phase] of asked) if (!named.has(role)) r.error('guest/missing', head.guests ? '/guests' : '/programme', { role, phase });
  for (const { fixed: f, index } of fixed) {
    const ph = programme.phases.find((p) => p.id === f.session.replace(/^[^/#@]+\//, '').split(/[#@]/)[0]);
    if (ph?.mode !== 'group') continue;
    const days = Math.max(1, ph.slot.days);
    for (const role of ph.guests ?? []) {
      const id = named.get(role);
      const person = id === undefined ? undefined : people.get(id);
      if (!person) continue;
      for (let k = 0; k < days; k++) {
        const date = addDays(f.date, k);
        if (!person.unavailable.some((u) => u.start <= date && date <= u.end)) continue;
        r.error('guest/unavailable-fixed', `/fixed/${index}/date`, { person: person.id, role, session: f.session, date });
        break;
      }
    }
  }
}

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

/** A fixed entry that names a session of the programme and still takes place, with its index in `fixed`. */
export interface KnownFixed {
  fixed: FixedSession;
  index: number;
}

/** Checks the sessions named in `fixed`; returns the entries that name a real session and are not cancelled. */
export function checkFixedSessions(r: RuleReporter, head: CohortHead, programme: Programme, regs: readonly Registration[]): KnownFixed[] {
  const valid = sessionIds(programme, regs);
  const listed = new Set(valid);
  const seen = new Set<string>();
  const known: KnownFixed[] = [];
  head.fixed.forEach((f, i) => {
    if (seen.has(f.session)) r.error('fixed/duplicate', `/fixed/${i}/session`, { id: f.session });
    seen.add(f.session);
    // A cancelled entry records a session that no longer exists; only its date must stay real.
    if (f.status === 'cancelled') return;
    // An intervisie cohort's group meeting: `<group>/<session>` for a group the cohort pins (src/intervisie/plan.ts).
    const grouped = /^([^/#@]+)\/(.+)$/.exec(f.session);
    if (grouped && (head.groups ?? []).some((g) => g.id === grouped[1]) && programme.phases.some((p) => p.mode === 'group' && p.location === 'host-rotation') && listed.has(grouped[2]!)) {
      known.push({ fixed: f, index: i });
      return;
    }
    if (!isSessionId(programme, regs, f.session, listed)) {
      r.error('fixed/unknown-session', `/fixed/${i}/session`, { id: f.session, programme: programme.id }, { suggestion: nearestSession(f.session, valid) });
      return;
    }
    known.push({ fixed: f, index: i });
  });
  return known;
}

/**
 * A `fixed` entry's `facilitator` (written by `cohort plan --pin`): only on an appointment of a phase
 * with `facilitators: one` (where the planner chooses who), and one of the cohort's facilitators.
 */
export function checkFixedFacilitators(r: RuleReporter, head: CohortHead, programme: Programme, known: readonly KnownFixed[]): void {
  for (const { fixed: f, index } of known) {
    if (f.facilitator === undefined) continue;
    const at = `/fixed/${index}/facilitator`;
    if (!choosesFacilitator(programme, f.session.split(/[#@]/)[0]!)) r.error('fixed/facilitator-not-chosen', at, { id: f.session });
    else if (!head.facilitators.includes(f.facilitator)) {
      r.error('fixed/unknown-facilitator', at, { id: f.facilitator, session: f.session }, { suggestion: head.facilitators.length ? suggest(f.facilitator, head.facilitators) : undefined });
    }
  }
}

/** A coaching cohort's `matches` and `excluded` name its registrations and its pool's coaches (src/coaching/match.ts). */
export function checkMatches(r: RuleReporter, head: CohortHead, regs: readonly Registration[]): void {
  const ids = regs.map((x) => x.id);
  const known = new Set(ids);
  const pool = head.pool.length > 0 ? head.pool : head.facilitators;
  const check = (list: 'matches' | 'excluded', p: { coachee: string; coach: string }, i: number) => {
    if (!known.has(p.coachee)) r.error('match/unknown-coachee', `/${list}/${i}/coachee`, { id: p.coachee }, { suggestion: ids.length ? suggest(p.coachee, ids) : undefined });
    if (!pool.includes(p.coach)) r.error('match/coach-not-in-pool', `/${list}/${i}/coach`, { id: p.coach }, { suggestion: pool.length ? suggest(p.coach, pool) : undefined });
  };
  const seen = new Set<string>();
  const excluded = new Set(head.excluded.map((e) => `${e.coachee}\u0000${e.coach}`));
  head.matches.forEach((p, i) => {
    check('matches', p, i);
    if (seen.has(p.coachee)) r.error('match/duplicate-coachee', `/matches/${i}/coachee`, { id: p.coachee });
    seen.add(p.coachee);
    if (excluded.has(`${p.coachee}\u0000${p.coach}`)) r.warn('match/excluded-pair', `/matches/${i}`, { coachee: p.coachee, coach: p.coach });
  });
  head.excluded.forEach((p, i) => check('excluded', p, i));
}
