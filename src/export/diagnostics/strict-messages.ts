/** The words `--strict` adds to the diagnostics views, in English and Dutch (apart from messages.ts, which is being converted). */
import { translate, type Catalog, type Lang } from '../../i18n/index.js';

interface StrictMessages {
  /** `warnings` is a counted phrase ("3 warnings"), `where` a placed one ("in 1 of 14 files"). */
  'summary.warningsFail': { warnings: string; where: string };
}

const messages: Catalog<StrictMessages> = {
  'summary.warningsFail': {
    en: (p) => `${p.warnings} ${p.where}, which fail under --strict`,
    nl: (p) => `${p.warnings} ${p.where}, afgekeurd door --strict`,
  },
};

export function strictText<K extends keyof StrictMessages>(lang: Lang, key: K, params: StrictMessages[K]): string {
  return translate(messages, lang, key, params);
}
