/** What the calendar facts say when they run out, in English and Dutch. */
import { translate, type Catalog, type Lang } from '../i18n/index.js';

interface CalendarMessages {
  'holidays/years': { year: number; first: number; last: number };
}

const messages: Catalog<CalendarMessages> = {
  'holidays/years': {
    en: (p) =>
      `cohort knows the Dutch public holidays of ${p.first} to ${p.last} only, and ${p.year} is asked for ` +
      `(a plan looks two years past its cohorts' start): plan cohorts that start from ${p.first} to ${p.last - 2}, or update cohort`,
    nl: (p) =>
      `cohort kent de Nederlandse feestdagen alleen van ${p.first} tot en met ${p.last}, en ${p.year} is gevraagd ` +
      `(een planning kijkt twee jaar verder dan de start van haar cohorten): plan cohorten die beginnen van ${p.first} tot en met ${p.last - 2}, of werk cohort bij`,
  },
};

export function calendarText<K extends keyof CalendarMessages>(lang: Lang, key: K, params: CalendarMessages[K]): string {
  return translate(messages, lang, key, params);
}
