/** English and Dutch. Every module keeps its own message table next to its code, typed by Catalog. */
import type { Duration, DurationUnit, Lang } from '../model/types.js';

export type { Lang } from '../model/types.js';

export type Params = Record<string, string | number>;

/** One message in both languages, taking the same parameters. */
export interface Message<P = Params> {
  en: (p: P) => string;
  nl: (p: P) => string;
}

/**
 * A message table typed by its parameters: `Catalog<{ 'plan/wrote': { path: string } }>`. A key
 * without its Dutch (or English) text, or a text that reads a parameter the key does not have, fails
 * `npm run typecheck`; so does a `translate` call with an unknown key or wrong parameters.
 */
export type Catalog<P> = { readonly [K in keyof P]: Message<P[K]> };

/** Any catalog, for code that walks every key (the catalog tests); its texts take unknown parameters. */
export type SomeCatalog = { readonly [key: string]: Message<never> };

/** A message without parameters. */
export type NoParams = Record<string, never>;

/** The parameters may be left out when a message has none. */
export type Args<T> = keyof T extends never ? [params?: T] : string extends keyof T ? [params?: T] : [params: T];

/** The message `key` in `lang`. A key that is not in the catalog is a bug, never shown to a user as-is. */
export function translate<P, K extends keyof P & string>(catalog: Catalog<P>, lang: Lang, key: K, ...[params]: Args<P[K]>): string {
  const m = catalog[key];
  if (!m) throw new Error(`no message '${key}' in the catalog`);
  return m[lang]((params ?? {}) as P[K]);
}

/** Whether a key (a rule id from a diagnostic, say) has a message in the catalog. */
export function hasMessage<P>(catalog: Catalog<P>, key: string): key is keyof P & string {
  return Object.hasOwn(catalog, key);
}

/**
 * `--lang` wins; otherwise the locale as gettext reads it: LANGUAGE (a `:` list; its first entry)
 * unless the locale is C or POSIX, then LC_ALL, LC_MESSAGES, LANG. Starting with `nl` means Dutch.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const plain = locale === '' || locale === 'C' || locale.startsWith('C.') || locale === 'POSIX';
  const v = env.LANGUAGE && !plain ? (env.LANGUAGE.split(':')[0] ?? '') : locale;
  return v.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
};
const WEEKDAY_SHORT: Record<Lang, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
};
const MONTH_SHORT: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

/** 0 = Monday. */
export function weekdayName(lang: Lang, mondayBased: number): string {
  return WEEKDAY_NAMES[lang][mondayBased]!;
}

/** "Mon" / "ma"; 0 = Monday. */
export function weekdayShort(lang: Lang, mondayBased: number): string {
  return WEEKDAY_SHORT[lang][mondayBased]!;
}

/** "May" / "mei"; 1 = January. */
export function monthShort(lang: Lang, month: number): string {
  return MONTH_SHORT[lang][month - 1]!;
}

const DECIMAL_SEPARATOR: Record<Lang, string> = { en: '.', nl: ',' };
const LIST_SEPARATOR: Record<Lang, string> = { en: ',', nl: ';' };

/**
 * A number as the language writes it, without thousands separators: 2.76 / 2,76. At most `max`
 * decimals (Math.round of n·10^max, as the plan table has always rounded), trailing zeros dropped
 * down to `min` decimals. Plain code rather than Intl, so the output never depends on the runtime's
 * ICU data.
 */
export function formatNumber(lang: Lang, n: number, { min = 0, max = 2 }: { min?: number; max?: number } = {}): string {
  const scale = 10 ** max;
  const fixed = (Math.round(n * scale) / scale).toFixed(max);
  // -0.001 rounds to "-0.00": a reader has no negative zero.
  const [int = '', frac = ''] = (Number(fixed) === 0 ? fixed.replace('-', '') : fixed).split('.');
  const kept = frac.replace(/0+$/, '').padEnd(min, '0');
  return kept === '' ? int : `${int}${DECIMAL_SEPARATOR[lang]}${kept}`;
}

/** Where the comma is the decimal separator, spreadsheets separate fields with ";" (Dutch Excel, SPEC §6). */
export function listSeparator(lang: Lang): string {
  return LIST_SEPARATOR[lang];
}

const MORE: Record<Lang, (n: number) => string> = { en: (n) => `… and ${n} more`, nl: (n) => `… en nog ${n}` };

/**
 * Ids for one line of a log: all of them up to `all`, else the first `shown` and "… and N more" /
 * "… en nog N" (233 intervisie groups made a note nobody reads in a CI log).
 */
export function sayFewIds(lang: Lang, ids: readonly string[], { shown = 5, all = 10 }: { shown?: number; all?: number } = {}): string {
  if (ids.length <= Math.max(all, shown)) return ids.join(', ');
  return `${ids.slice(0, shown).join(', ')} ${MORE[lang](ids.length - shown)}`;
}

const UNIT_WORDS: Record<Lang, Record<DurationUnit, readonly [one: string, many: string]>> = {
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'] },
  // Dutch counts hours in the singular: "2 uur".
  nl: { minute: ['minuut', 'minuten'], hour: ['uur', 'uur'], day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'] },
};

/** An amount of a unit in words: "6.5 weeks", "6,5 weken", "1 maand"; the singular only for exactly one. */
export function sayAmount(lang: Lang, amount: number, unit: DurationUnit, decimals: { min?: number; max?: number } = {}): string {
  const [one, many] = UNIT_WORDS[lang][unit];
  const text = formatNumber(lang, amount, decimals);
  return `${text} ${text === formatNumber(lang, 1, decimals) ? one : many}`;
}

/** A duration in words, not in file syntax: "3 weeks", "2 maanden", "90 minuten". */
export function sayDuration(lang: Lang, d: Duration): string {
  return sayAmount(lang, d.amount, d.unit);
}

const RANGE_WORDS: Record<Lang, { to: string; atLeast: string }> = {
  en: { to: 'to', atLeast: 'at least' },
  nl: { to: 'tot', atLeast: 'minstens' },
};

/** "2 to 4 weeks", "6 weken tot 14 maanden", "minstens 1 week"; one duration when both ends are equal. */
export function sayDurationRange(lang: Lang, r: { min: Duration; max?: Duration | undefined }): string {
  const words = RANGE_WORDS[lang];
  if (!r.max) return `${words.atLeast} ${sayDuration(lang, r.min)}`;
  const max = sayDuration(lang, r.max);
  if (r.min.unit === r.max.unit && r.min.amount === r.max.amount) return max;
  // One unit is said once: "2 tot 4 weken", not "2 weken tot 4 weken".
  const min = r.min.unit === r.max.unit ? formatNumber(lang, r.min.amount) : sayDuration(lang, r.min);
  return `${min} ${words.to} ${max}`;
}
