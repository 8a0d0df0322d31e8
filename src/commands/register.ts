/**
 * `cohort register <cohort>`: adds a registration and says the registrant's outcome (a seat, or a
 * place on the reserve list). Every field can be given as a flag, for scripts; on a terminal the
 * missing ones are asked, each checked as it is answered. Without a terminal nothing is asked: the
 * missing flags are named and the exit code is 2. Ctrl-C at a question writes nothing (exit 130).
 */
import { parseDateRange } from '../calendar/date.js';
import { allMunicipalities, findMunicipality, lookupKey, MUNICIPALITY_ALIASES, suggestMunicipalities } from '../calendar/municipalities.js';
import type { Fields } from '../edit/registrations.js';
import { renderOutcomeJson, renderOutcomeText } from '../export/capacity/changes.js';
import { offerRules } from '../capacity/offers.js';
import type { Lang } from '../i18n/index.js';
import type { ExitCode } from '../model/diagnostic.js';
import type { Registration } from '../model/types.js';
import { SCHEMAS } from '../validate/schemas.js';
import { applyChange, type ChangeOptions } from './change.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import type { Choice, Prompter } from './io.js';
import { say } from './messages.js';
import { readCohort, type CohortFiles } from './registrations.js';

export interface RegisterOptions extends ChangeOptions {
  id?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  municipality?: string | undefined;
  email?: string | undefined;
  registered?: string | undefined;
  member?: boolean | undefined;
  party?: string | undefined;
  partner?: string | undefined;
  partnerJoins?: boolean | undefined;
  unavailable?: string | undefined;
  priority?: string | undefined;
}

type Check = (value: string) => true | string;

const OFFICES: readonly string[] = (SCHEMAS.registrations as { definitions: { office: { enum: string[] } } }).definitions.office.enum;
const ID = /^[a-z0-9][a-z0-9-]*$/;
// The shape of an address; the schema's email format decides in the end.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REGISTERED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The checks of every field, as the prompts and the flags use them. */
function checks(files: CohortFiles, lang: Lang): Record<'id' | 'name' | 'role' | 'municipality' | 'email' | 'registered' | 'unavailable' | 'priority', Check> {
  const taken = new Set(files.model.cohort.registrations.map((r) => r.id));
  return {
    id: (v) => (!ID.test(v) ? say(lang, 'register/bad-id') : taken.has(v) ? say(lang, 'register/id-taken', { id: v }) : true),
    name: (v) => (v.trim() !== '' ? true : say(lang, 'register/empty')),
    role: (v) => (OFFICES.includes(v) ? true : say(lang, 'register/bad-role', { roles: OFFICES.join(', ') })),
    municipality: (v) => {
      if (findMunicipality(v)) return true;
      const near = suggestMunicipalities(v)[0];
      return say(lang, 'register/bad-municipality', { value: v, suggestion: near ? say(lang, 'did-you-mean', { id: near }) : '' });
    },
    email: (v) => (EMAIL.test(v.trim()) ? true : say(lang, 'register/bad-email')),
    registered: (v) => (REGISTERED.test(v) && !Number.isNaN(Date.parse(v)) && parseDateRange(v.slice(0, 10)) ? true : say(lang, 'register/bad-registered')),
    unavailable: (v) => {
      const bad = splitRanges(v).find((r) => !parseDateRange(r));
      return bad === undefined ? true : say(lang, 'register/bad-range', { value: bad });
    },
    priority: (v) => (/^\d+$/.test(v) ? true : say(lang, 'register/bad-priority')),
  };
}

function splitRanges(v: string): string[] {
  return v
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Municipalities whose name (or a common name: Den Haag) holds what was typed, names that start with it first; else the nearest names. */
export function municipalityChoices(term: string): Choice[] {
  const key = lookupKey(term);
  const names = [...allMunicipalities().map((m) => ({ said: m.name, name: m.name })), ...Object.entries(MUNICIPALITY_ALIASES).map(([said, name]) => ({ said, name }))];
  const hits = names.filter((n) => key === '' || lookupKey(n.said).includes(key));
  const found = hits.length > 0 ? hits : suggestMunicipalities(term, 5).map((name) => ({ said: name, name }));
  const starts = (n: { said: string }) => (lookupKey(n.said).startsWith(key) ? 0 : 1);
  const seen = new Set<string>();
  return [...found]
    .sort((a, b) => starts(a) - starts(b) || (a.said < b.said ? -1 : a.said > b.said ? 1 : 0))
    .filter((n) => !seen.has(n.name) && Boolean(seen.add(n.name)))
    .slice(0, 10)
    .map((n) => ({ value: n.name, name: `${n.said === n.name ? n.name : `${n.said} (${n.name})`}, ${findMunicipality(n.name)!.province}` }));
}

/** The next id in the cohort's own pattern: r11 → r12, i14 → i15. */
function nextId(files: CohortFiles): string {
  const ids = files.model.cohort.registrations.map((r) => r.id);
  const numbered = ids.map((id) => /^(.*?)(\d+)$/.exec(id)).filter((m): m is RegExpExecArray => m !== null);
  const last = numbered.at(-1);
  if (!last) return `r${String(ids.length + 1).padStart(2, '0')}`;
  const prefix = last[1]!;
  const width = last[2]!.length;
  const max = Math.max(...numbered.filter((m) => m[1] === prefix).map((m) => Number(m[2])));
  for (let n = max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(width, '0')}`;
    if (!ids.includes(id)) return id;
  }
}

const REQUIRED = ['name', 'municipality', 'email'] as const;

type Question = 'register/q.id' | 'register/q.name' | 'register/q.role' | 'register/q.municipality' | 'register/q.email' | 'register/q.registered' | 'register/q.member' | 'register/q.member-only' | 'register/q.partner' | 'register/q.partner-joins' | 'register/q.unavailable';

/** Asks what the flags did not give, on a terminal; `undefined` means the user did not want to register after all. */
async function ask(options: RegisterOptions, files: CohortFiles, prompt: Prompter, lang: Lang, today: string): Promise<RegisterOptions | undefined> {
  const c = checks(files, lang);
  const programme = files.model.programme;
  const q = (key: Question) => say(lang, key);
  const o: RegisterOptions = { ...options };
  o.id ??= await prompt.input({ message: q('register/q.id'), default: nextId(files), validate: c.id });
  o.name ??= await prompt.input({ message: q('register/q.name'), validate: c.name });
  o.role ??= await prompt.input({ message: q('register/q.role'), default: programme.audience[0] ?? 'wethouder', validate: c.role });
  o.municipality ??= await prompt.search({ message: q('register/q.municipality'), source: municipalityChoices });
  o.email ??= await prompt.input({ message: q('register/q.email'), validate: c.email });
  o.registered ??= await prompt.input({ message: q('register/q.registered'), default: today, validate: c.registered });
  o.member ??= await prompt.confirm({ message: q(programme.membersOnly ? 'register/q.member-only' : 'register/q.member'), default: true });
  if (programme.partners !== 'none' && o.partner === undefined) {
    const partner = await prompt.input({ message: q('register/q.partner'), default: '' });
    if (partner.trim() !== '') {
      o.partner = partner.trim();
      o.partnerJoins ??= await prompt.confirm({ message: q('register/q.partner-joins'), default: true });
    }
  }
  o.unavailable ??= await prompt.input({ message: q('register/q.unavailable'), default: '', validate: (v) => (v.trim() === '' ? true : c.unavailable(v)) });
  return (await prompt.confirm({ message: say(lang, 'register/q.confirm', { name: o.name, cohort: files.model.cohort.id }), default: true })) ? o : undefined;
}

/** Every given flag through the same checks as the prompts: the first wrong one is a usage error. */
function checkFlags(o: RegisterOptions, files: CohortFiles, lang: Lang): void {
  const c = checks(files, lang);
  for (const key of ['id', 'name', 'role', 'municipality', 'email', 'registered', 'unavailable', 'priority'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    const verdict = c[key](v);
    if (verdict !== true) throw new UsageError(say(lang, 'register/bad-flag', { flag: `--${key}`, reason: verdict }));
  }
}

/** The new row as the file writes it, and the registration as the placement reads it. */
function newRegistration(o: RegisterOptions, today: string): { fields: Fields; registration: Registration } {
  const municipality = findMunicipality(o.municipality!)!;
  const unavailable = o.unavailable ? splitRanges(o.unavailable) : [];
  const fields: Fields = {
    id: o.id!,
    name: o.name!.trim(),
    role: o.role!,
    // The CBS name as the list spells it, readable in the file; a code stays a code.
    municipality: /^gm\d{4}$/i.test(o.municipality!.trim()) ? municipality.code : municipality.name,
    email: o.email!.trim(),
    registered: o.registered ?? today,
    member: o.member ?? false,
    ...(o.party ? { party: o.party } : {}),
    ...(o.partner ? { partner: o.partner } : {}),
    ...(o.partnerJoins !== undefined ? { 'partner-joins': o.partnerJoins } : {}),
    ...(unavailable.length > 0 ? { unavailable } : {}),
    ...(o.priority !== undefined ? { priority: Number(o.priority) } : {}),
  };
  const registration: Registration = {
    id: o.id!,
    name: fields.name as string,
    role: o.role!,
    municipality: municipality.code,
    email: fields.email as string,
    registered: fields.registered as string,
    member: fields.member as boolean,
    ...(o.party ? { party: o.party } : {}),
    ...(o.partner ? { partner: o.partner } : {}),
    partnerJoins: o.partnerJoins ?? false,
    unavailable: unavailable.map((r) => parseDateRange(r)!),
    status: 'registered',
    ...(o.priority !== undefined ? { priority: Number(o.priority) } : {}),
  };
  return { fields, registration };
}

export async function runRegister(options: RegisterOptions, context: CommandContext): Promise<ExitCode> {
  const { io, global } = context;
  const { lang } = global;
  const files = await readCohort(context, options.cohort);
  if (typeof files === 'number') return files;
  checkFlags(options, files, lang);
  let o: RegisterOptions | undefined = options;
  const missing = REQUIRED.filter((k) => options[k] === undefined);
  // Every required field given: no questions, whatever stdin is (a script in a terminal).
  if (missing.length > 0) {
    if (!io.stdinIsTTY) throw new UsageError(say(lang, 'register/no-terminal', { flags: missing.map((k) => `--${k}`).join(', '), cohort: options.cohort }));
    o = await ask(options, files, io.prompt, lang, global.today);
    if (!o) {
      io.err(`${say(lang, 'register/not-confirmed')}\n`);
      return 0;
    }
  }
  o = { ...o, id: o.id ?? nextId(files) };
  o.role ??= files.model.programme.audience[0] ?? 'wethouder';
  const { fields, registration } = newRegistration(o, global.today);
  const command = `cohort register ${options.cohort} --id ${registration.id}`;
  return applyChange(files, options, context, { kind: 'register', registration }, command, fields, (out) => {
    const ctx = { lang, cohort: files.model.cohort.id, today: global.today, days: offerRules(files.model.programme).days };
    io.out(options.format === 'json' ? renderOutcomeJson(out, { ...ctx, dryRun: options.dryRun }) : renderOutcomeText(out, ctx));
  });
}
