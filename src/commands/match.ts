/**
 * `cohort match <cohort>`: the optimal coachee–coach assignment of a coaching cohort with its reasons
 * and the next-best coaches; `--exclude coachee:coach` re-matches a failed pair, `--all` re-optimises
 * every pair, `--pin` keeps the pairs (and the exclusions) in the cohort file. Read → match (pure) →
 * render → write.
 */
import { placeCohorts } from '../capacity/place.js';
import { coachesOf, isCoaching, matchCohort, type CoachingCohort, type MatchResult } from '../coaching/match.js';
import { writeMatches } from '../edit/matches.js';
import { renderText } from '../export/diagnostics/index.js';
import { noticeLines, renderMatchCsv, renderMatchJson, renderMatchTable, unmatchedLines } from '../export/match/index.js';
import type { Lang } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { CoachPair, Person, Programme } from '../model/types.js';
import { suggest } from '../validate/suggest.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { ioReason, say } from './messages.js';
import { loadProject } from './project.js';
import { readCohort, siblingCohorts, unknownRegistration, type CohortFiles } from './registrations.js';
import { refuseIfChanged, refuseInputAsOutput, writeOutput } from './write.js';

export type MatchFormat = 'table' | 'csv' | 'json';

export interface MatchOptions {
  cohort: string;
  format?: MatchFormat | undefined;
  out?: string | undefined;
  /** `coachee:coach`, repeatable. */
  exclude: string[];
  all: boolean;
  pin: boolean;
  delimiter?: ',' | ';' | undefined;
}

/** `b09:marian-krol` → the pair, checked against the cohort's registrations and pool. */
function parseExcludes(values: readonly string[], files: CohortFiles, lang: Lang): CoachPair[] {
  const pool = coachesOf(files.model.cohort);
  return values.map((v) => {
    const m = /^([^:\s]+):([^:\s]+)$/.exec(v.trim());
    if (!m) throw new UsageError(say(lang, 'match/bad-exclude', { value: v }));
    const [, coachee, coach] = m as unknown as [string, string, string];
    if (!files.model.cohort.registrations.some((r) => r.id === coachee)) throw unknownRegistration(files, coachee, lang);
    if (!pool.includes(coach)) {
      const near = suggest(coach, pool);
      throw new UsageError(say(lang, 'match/unknown-coach', { coach, cohort: files.model.cohort.id, suggestion: near ? say(lang, 'did-you-mean', { id: near }) : '' }));
    }
    return { coachee, coach };
  });
}

/** The other coaching cohorts in the folder that share a coach with this one (their pinned pairs take capacity), or the exit code of their errors. */
async function sharingCohorts(files: CohortFiles, context: CommandContext): Promise<{ cohort: CoachingCohort; people: ReadonlyMap<string, Person> }[] | ExitCode> {
  const { io, global } = context;
  const mine = new Set(coachesOf(files.model.cohort));
  const out: { cohort: CoachingCohort; people: ReadonlyMap<string, Person> }[] = [];
  for (const sibling of await siblingCohorts(io, files.model.file)) {
    const other = await loadProject(io, [sibling], global.lang);
    const c = other.project.cohorts.find((x) => x.file === sibling);
    if (!c?.programme || !isCoaching(c.programme) || c.cohort.id === files.model.cohort.id) continue;
    if (!coachesOf(c.cohort).some((id) => mine.has(id))) continue;
    // Its pairs count against the coaches' capacity: a broken file would make every count wrong.
    const errors = other.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      io.err(renderText(errors, { files: [...other.files.keys()], sources: other.sources, lang: global.lang, color: global.color, toolVersion: global.version }));
      io.err(`cohort: ${say(global.lang, 'match/sibling-invalid', { file: sibling })}\n`);
      return 1;
    }
    out.push({ cohort: { cohort: c.cohort, programme: c.programme }, people: c.people });
  }
  return out;
}

function render(r: MatchResult, options: MatchOptions, ctx: Parameters<typeof renderMatchTable>[1]): string {
  switch (options.format ?? 'table') {
    case 'csv':
      return renderMatchCsv(r, ctx);
    case 'json':
      return renderMatchJson(r, ctx);
    case 'table':
      return renderMatchTable(r, ctx);
  }
}

/** What --pin changes in the file, line by line. */
function pinDiff(r: MatchResult, files: CohortFiles, lang: Lang): string[] {
  const before = new Map((files.model.cohort.matches ?? []).map((p) => [p.coachee, p.coach]));
  const lines: string[] = [];
  let same = 0;
  for (const p of r.pairs) {
    const was = before.get(p.coachee.id);
    if (was === p.coach) same++;
    else if (was === undefined) lines.push(say(lang, 'match/pin-added', { coachee: p.coachee.id, coach: p.coach }));
    else lines.push(say(lang, 'match/pin-changed', { coachee: p.coachee.id, from: was, to: p.coach }));
  }
  const now = new Set(r.pairs.map((p) => p.coachee.id));
  for (const [coachee, coach] of before) if (!now.has(coachee)) lines.push(say(lang, 'match/pin-removed', { coachee, coach }));
  for (const e of r.newlyExcluded) lines.push(say(lang, 'match/pin-excluded', { coachee: e.coachee, coach: e.coach, date: e.date ?? '' }));
  return [say(lang, 'match/pin-changes', { file: files.model.file, changed: lines.length, unchanged: same }), ...lines];
}

export async function runMatch(options: MatchOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const note = (text: string) => void (global.quiet || io.err(`${text}\n`));
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  const { model } = files;
  if (!isCoaching(model.programme)) throw new UsageError(say(lang, 'match/not-coaching', { cohort: model.cohort.id, programme: model.programme.id }));
  if (coachesOf(model.cohort).length === 0) throw new UsageError(say(lang, 'match/no-pool', { cohort: model.cohort.id }));
  const exclude = parseExcludes(options.exclude, files, lang);
  const sharing = await sharingCohorts(files, context);
  if (typeof sharing === 'number') return sharing;
  if (options.out !== undefined) await refuseInputAsOutput(io, options.out, files.loaded.files.keys(), lang);

  // Only registrations with a seat get a coach (src/capacity/place.ts), here and in the cohorts that share the pool.
  const all = [{ cohort: model.cohort, programme: model.programme as Programme }, ...sharing.map((s) => s.cohort)];
  const placements = placeCohorts(all, { today: global.today });
  const seated = all.map((c) => ({ ...c, cohort: { ...c.cohort, registrations: placements.get(c.cohort.id)?.placed ?? [] } }));
  const people = new Map(model.people);
  for (const s of sharing) for (const [id, p] of s.people) if (!people.has(id)) people.set(id, p);
  const result = matchCohort(seated[0]!, seated.slice(1), people, { exclude, all: options.all, today: global.today });

  const ctx = { lang, title: model.cohort.title, people, delimiter: options.delimiter };
  const text = render(result, options, ctx);
  if (options.out === undefined) io.out(text);
  else {
    await writeOutput(io, options.out, text, lang);
    note(say(lang, 'plan/wrote', { path: options.out }));
  }
  // The table says it all; CSV and JSON on stdout leave the notices to stderr.
  if ((options.format ?? 'table') !== 'table' || options.out !== undefined) for (const l of [...noticeLines(result, lang), ...unmatchedLines(result, lang)]) note(l);
  if (result.unmatched.length > 0) {
    io.err(`cohort: ${say(lang, 'match/unmatched', { n: result.unmatched.length, ids: result.unmatched.map((u) => u.coachee.id).join(', ') })}\n`);
    return 1;
  }
  if (!options.pin) return 0;
  const source = files.loaded.files.get(model.file)!.loaded;
  const original = `${source.bom ? '\uFEFF' : ''}${source.text}`;
  note(pinDiff(result, files, lang).join('\n'));
  const pairs = result.pairs.map((p) => ({ coachee: p.coachee.id, coach: p.coach }));
  await refuseIfChanged(io, model.file, original, lang);
  const text2 = (source.bom ? '\uFEFF' : '') + writeMatches(source.text, pairs, result.excluded);
  try {
    // Compared again just before the rename: an edit saved meanwhile is never overwritten.
    await io.writeFile(model.file, text2, new TextEncoder().encode(original));
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === 'ECHANGED') throw new UsageError(say(lang, 'edit/changed', { path: model.file }));
    throw new UsageError(say(lang, 'out/failed', { path: model.file, reason: ioReason(lang, e) }));
  }
  note(say(lang, 'match/pinned', { n: pairs.length, excluded: result.excluded.length, file: model.file }));
  return 0;
}
