/** English and Dutch. Every module keeps its own message table next to its code, typed by Catalog. */
export type Lang = 'en' | 'nl';

export type Params = Record<string, string | number>;
export type Message = { en: (p: Params) => string; nl: (p: Params) => string };
export type Catalog = Record<string, Message>;

export function translate(catalog: Catalog, lang: Lang, key: string, params: Params = {}): string {
  const m = catalog[key];
  if (!m) return key;
  return m[lang](params);
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
