/** English and Dutch. Every module keeps its own message table next to its code, typed by Catalog. */
export type Lang = 'en' | 'nl';

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
 * (The default, untyped form is only for tables not yet converted.)
 */
export type Catalog<P = Record<string, Params>> = { readonly [K in keyof P]: Message<P[K]> };

/** The parameters may be left out when a message has none. */
type Args<T> = keyof T extends never ? [params?: T] : string extends keyof T ? [params?: T] : [params: T];

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

/** `--lang` wins; otherwise LANG/LC_ALL starting with `nl` means Dutch. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const WEEKDAY_NAMES: Record<Lang, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
};
/** 0 = Monday. */
export function weekdayName(lang: Lang, mondayBased: number): string {
  return WEEKDAY_NAMES[lang][mondayBased]!;
}
