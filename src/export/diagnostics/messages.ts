import type { Catalog, NoParams } from '../../i18n/index.js';

type Count = { n: number };
/** `files` is an already counted phrase such as "14 files". */
type Files = { files: string };

/** The parameters of each text of the diagnostics views. */
export interface DiagnosticViewMessages {
  'severity.error': NoParams;
  'severity.warning': NoParams;
  suggestion: { s: string };
  hint: NoParams;
  /** `counts` is an already counted phrase such as "39900 errors and 2 warnings". */
  'more.notShown': { counts: string; file: string };
  'count.errors': Count;
  'count.warnings': Count;
  'count.files': Count;
  and: NoParams;
  'where.all': Files;
  'where.some': Files & { k: number };
  'summary.valid': Files;
  'summary.noFiles': NoParams;
  'summary.noErrors': NoParams;
  'step.heading': NoParams;
  'step.location': NoParams;
  'step.severity': NoParams;
  'step.rule': NoParams;
  'step.message': NoParams;
  'step.annotationLimit': { total: number };
  'step.annotationLimitCapped': { shown: number; total: number };
  'step.leftOut': { n: number };
}

// Plural helper: both languages use the singular only for exactly one.
const n = (p: Count, one: string, many: string): string => `${p.n} ${p.n === 1 ? one : many}`;

export const messages: Catalog<DiagnosticViewMessages> = {
  'severity.error': { en: () => 'error', nl: () => 'fout' },
  'severity.warning': { en: () => 'warning', nl: () => 'waarschuwing' },
  suggestion: { en: (p) => `did you mean '${p.s}'?`, nl: (p) => `bedoelde u '${p.s}'?` },
  hint: { en: () => 'hint', nl: () => 'tip' },
  'more.notShown': {
    en: (p) => `… not shown here: ${p.counts} more in ${p.file} (--format json lists them all)`,
    nl: (p) => `… hier niet getoond: nog ${p.counts} in ${p.file} (--format json geeft ze allemaal)`,
  },

  'count.errors': { en: (p) => n(p, 'error', 'errors'), nl: (p) => n(p, 'fout', 'fouten') },
  'count.warnings': { en: (p) => n(p, 'warning', 'warnings'), nl: (p) => n(p, 'waarschuwing', 'waarschuwingen') },
  'count.files': { en: (p) => n(p, 'file', 'files'), nl: (p) => n(p, 'bestand', 'bestanden') },
  and: { en: () => 'and', nl: () => 'en' },
  'where.all': { en: (p) => `in ${p.files}`, nl: (p) => `in ${p.files}` },
  'where.some': { en: (p) => `in ${p.k} of ${p.files}`, nl: (p) => `in ${p.k} van de ${p.files}` },
  'summary.valid': { en: (p) => `${p.files} valid`, nl: (p) => `${p.files} geldig` },
  'summary.noFiles': { en: () => 'no files checked', nl: () => 'geen bestanden gecontroleerd' },
  'summary.noErrors': { en: () => 'no errors', nl: () => 'geen fouten' },

  'step.heading': { en: () => 'cohort validate', nl: () => 'cohort validate' },
  'step.location': { en: () => 'Location', nl: () => 'Locatie' },
  'step.severity': { en: () => 'Severity', nl: () => 'Ernst' },
  'step.rule': { en: () => 'Rule', nl: () => 'Regel' },
  'step.message': { en: () => 'Message', nl: () => 'Melding' },
  'step.annotationLimit': {
    en: (p) => `GitHub shows at most 10 annotations of each severity per step; all ${p.total} problems are listed below.`,
    nl: (p) => `GitHub toont per stap hooguit 10 annotaties per ernst; alle ${p.total} problemen staan hieronder.`,
  },
  'step.annotationLimitCapped': {
    en: (p) => `GitHub shows at most 10 annotations of each severity per step; the first ${p.shown} of ${p.total} problems are listed below.`,
    nl: (p) => `GitHub toont per stap hooguit 10 annotaties per ernst; de eerste ${p.shown} van de ${p.total} problemen staan hieronder.`,
  },
  'step.leftOut': {
    en: (p) => `… ${p.n} more ${p.n === 1 ? 'problem' : 'problems'} left out: GitHub takes at most 1 MiB per step summary (\`cohort validate --format json\` lists them all).`,
    nl: (p) => `… nog ${p.n} ${p.n === 1 ? 'probleem' : 'problemen'} weggelaten: GitHub neemt hooguit 1 MiB per stapsamenvatting (\`cohort validate --format json\` geeft ze allemaal).`,
  },
};

export type MessageKey = keyof DiagnosticViewMessages;
