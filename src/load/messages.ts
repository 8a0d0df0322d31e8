import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { Position } from '../model/source.js';
import { hasMessage, translate, type Args, type Catalog, type Lang, type NoParams } from '../i18n/index.js';

/** What a binary file looks like, named in `file/binary:<kind>`. */
export type BinaryKind = 'xlsx' | 'xls' | 'png' | 'jpeg' | 'pdf' | 'gif' | 'gzip';

/** The YAML 1.1 look-alikes also carry the quoted form their shared hint offers. */
type Yaml11 = { value: string; quoted: string };
type Column = { index: string; known: string };

/**
 * The parameters of each message of src/load, keyed by rule id. A rule's parameters include those of
 * its `<rule>:hint`, which is looked up at run time and given the same parameters.
 */
export interface LoadMessages extends Record<`file/binary:${BinaryKind}`, NoParams> {
  'file/too-large': { size: string; limit: string };
  'file/too-large:hint': NoParams;
  'file/binary': { kind: string };
  'file/binary:hint': NoParams;
  'file/utf16': { order: string };
  'file/utf16:hint': NoParams;
  'file/invalid-utf8': { byte: string; guess: string };
  'file/invalid-utf8:hint': NoParams;
  'file/empty': NoParams;
  'file/unknown-format': { name: string };
  'yaml/syntax': { reason: string };
  'yaml/tab-indent': NoParams;
  'yaml/tab-indent:hint': NoParams;
  'yaml/duplicate-key': { key: string; firstLine: number };
  'yaml/duplicate-key:hint': NoParams;
  'yaml/multiple-documents': NoParams;
  'yaml/alias-limit': { aliases: number; values: number };
  'yaml/alias-limit:hint': NoParams;
  'yaml/alias-cycle': { name: string };
  'yaml/unknown-alias': { name: string };
  'yaml/too-deep': { limit: number };
  'yaml/forbidden-key': { key: string };
  'yaml/unknown-tag': { tag: string };
  'yaml/yaml11-boolean': Yaml11 & { v11: string };
  'yaml/yaml11-octal': Yaml11 & { v12: number; v11: string };
  'yaml/yaml11-sexagesimal': Yaml11 & { v11: string };
  'yaml/yaml11:hint': { quoted: string };
  'yaml/yaml11:octal-as-text': { value: string };
  'yaml/yaml11:octal-number': { octal: string; decimal: number };
  'csv/unknown-column': Column & { name: string };
  'csv/unnamed-column': Column;
  'csv/unknown-column:hint': { known: string };
  'csv/missing-column': { name: string };
  'csv/duplicate-column': { name: string; first: string; index: string };
  'csv/column-count': { count: number; expected: number; delimiter: string };
  'csv/column-count:hint': { delimiter: string };
  'csv/unclosed-quote': NoParams;
  'csv/unclosed-quote:hint': NoParams;
}

/** Keys of whole messages: not a `:hint` or a part of another message. */
export type LoadMessageKey = Exclude<keyof LoadMessages, `${string}:${string}`>;

/** A rule's message is given the parameters of its `<rule>:hint` too. */
export type DiagnosticParams<K extends LoadMessageKey> = LoadMessages[K] & HintParams<`${K}:hint`>;
type HintParams<H> = H extends keyof LoadMessages ? (LoadMessages[H] extends NoParams ? unknown : LoadMessages[H]) : unknown;

/** Messages of src/load, keyed by rule id; `<rule>:hint` keys hold the matching hint. */
export const LOAD_MESSAGES: Catalog<LoadMessages> = {
  'file/too-large': {
    en: (p) => `the file is ${p.size}, more than the limit of ${p.limit}; it was not read`,
    nl: (p) => `het bestand is ${p.size}, meer dan de limiet van ${p.limit}; het is niet gelezen`,
  },
  'file/too-large:hint': {
    en: () => 'Programme, cohort and registration files are small; check that this is the right file.',
    nl: () => 'Programma-, cohort- en inschrijvingsbestanden zijn klein; controleer of dit het juiste bestand is.',
  },
  'file/binary': {
    en: (p) => `this is not a text file${p.kind ? ` (it looks like ${p.kind})` : ''}`,
    nl: (p) => `dit is geen tekstbestand${p.kind ? ` (het lijkt op ${p.kind})` : ''}`,
  },
  'file/binary:hint': {
    en: () => 'Save it as YAML or CSV text; in Excel use "Save as" › "CSV UTF-8 (comma delimited)".',
    nl: () => 'Sla het op als YAML- of CSV-tekst; kies in Excel "Opslaan als" › "CSV UTF-8 (door komma\'s gescheiden)".',
  },
  'file/binary:xlsx': { en: () => 'an Excel workbook (.xlsx) or another ZIP file', nl: () => 'een Excel-werkmap (.xlsx) of een ander ZIP-bestand' },
  'file/binary:xls': { en: () => 'an old Excel (.xls) or Word file', nl: () => 'een oud Excel- (.xls) of Word-bestand' },
  'file/binary:png': { en: () => 'a PNG image', nl: () => 'een PNG-afbeelding' },
  'file/binary:jpeg': { en: () => 'a JPEG image', nl: () => 'een JPEG-afbeelding' },
  'file/binary:pdf': { en: () => 'a PDF document', nl: () => 'een PDF-document' },
  'file/binary:gif': { en: () => 'a GIF image', nl: () => 'een GIF-afbeelding' },
  'file/binary:gzip': { en: () => 'a gzip archive', nl: () => 'een gzip-archief' },
  'file/utf16': {
    en: (p) => `the file is encoded as UTF-16${p.order ? ` (${p.order})` : ''}, not UTF-8`,
    nl: (p) => `het bestand is gecodeerd als UTF-16${p.order ? ` (${p.order})` : ''}, niet als UTF-8`,
  },
  'file/utf16:hint': {
    en: () => 'Save it as UTF-8; in Excel choose "CSV UTF-8 (comma delimited)" instead of "Unicode text".',
    nl: () => 'Sla het op als UTF-8; kies in Excel "CSV UTF-8 (door komma\'s gescheiden)" in plaats van "Unicode-tekst".',
  },
  'file/invalid-utf8': {
    en: (p) => `the file is not valid UTF-8: byte ${p.byte}${p.guess ? ` (probably "${p.guess}" in Windows-1252)` : ''} cannot be read`,
    nl: (p) => `het bestand is geen geldige UTF-8: byte ${p.byte}${p.guess ? ` (waarschijnlijk "${p.guess}" in Windows-1252)` : ''} is onleesbaar`,
  },
  'file/invalid-utf8:hint': {
    en: () => 'Save the file as UTF-8; in Excel choose "CSV UTF-8 (comma delimited)", which writes UTF-8.',
    nl: () => 'Sla het bestand op als UTF-8; kies in Excel "CSV UTF-8 (door komma\'s gescheiden)", dat schrijft UTF-8.',
  },
  'file/empty': {
    en: () => 'the file is empty (or holds only comments)',
    nl: () => 'het bestand is leeg (of bevat alleen commentaar)',
  },
  'file/unknown-format': {
    en: (p) => `cannot tell how to read "${p.name}": use a .yaml, .yml or .csv file`,
    nl: (p) => `onbekend bestandstype voor "${p.name}": gebruik een .yaml-, .yml- of .csv-bestand`,
  },

  'yaml/syntax': {
    en: (p) => `YAML syntax error: ${p.reason}`,
    nl: (p) => `YAML-syntaxfout: ${p.reason}`,
  },
  'yaml/tab-indent': {
    en: () => 'a tab is used for indentation; YAML does not allow tabs there',
    nl: () => 'er wordt met een tab ingesprongen; YAML staat daar geen tabs toe',
  },
  'yaml/tab-indent:hint': {
    en: () => 'Indent with spaces (two per level is usual).',
    nl: () => 'Spring in met spaties (gebruikelijk is twee per niveau).',
  },
  'yaml/duplicate-key': {
    en: (p) => `the key "${p.key}" appears twice in this mapping; it was first given on line ${p.firstLine}`,
    nl: (p) => `de sleutel "${p.key}" staat twee keer in deze mapping; de eerste keer op regel ${p.firstLine}`,
  },
  'yaml/duplicate-key:hint': {
    en: () => 'Remove one of them; only the first is used.',
    nl: () => 'Verwijder er één; alleen de eerste wordt gebruikt.',
  },
  'yaml/multiple-documents': {
    en: () => 'the file holds more than one YAML document ("---"); put each in its own file',
    nl: () => 'het bestand bevat meer dan één YAML-document ("---"); zet elk in een eigen bestand',
  },
  'yaml/alias-limit': {
    en: (p) => `aliases expand to too much data (more than ${p.aliases} nested aliases or ${p.values} values); the file was not read further`,
    nl: (p) => `aliassen breiden uit tot te veel gegevens (meer dan ${p.aliases} geneste aliassen of ${p.values} waarden); het bestand is niet verder gelezen`,
  },
  'yaml/alias-limit:hint': {
    en: () => 'Write the values out, or use fewer nested aliases (*name).',
    nl: () => 'Schrijf de waarden uit, of gebruik minder geneste aliassen (*naam).',
  },
  'yaml/alias-cycle': {
    en: (p) => `the alias *${p.name} refers to a value that contains it, so it never ends`,
    nl: (p) => `de alias *${p.name} verwijst naar een waarde waarin hij zelf staat, en eindigt dus nooit`,
  },
  'yaml/unknown-alias': {
    en: (p) => `the alias *${p.name} refers to no anchor &${p.name} above it`,
    nl: (p) => `de alias *${p.name} verwijst naar geen anker &${p.name} erboven`,
  },
  'yaml/too-deep': {
    en: (p) => `the data is nested too deeply (more than ${p.limit} levels)`,
    nl: (p) => `de gegevens zijn te diep genest (meer dan ${p.limit} niveaus)`,
  },
  'yaml/forbidden-key': {
    en: (p) => `the key "${p.key}" is not allowed; it was ignored`,
    nl: (p) => `de sleutel "${p.key}" is niet toegestaan; hij is genegeerd`,
  },
  'yaml/unknown-tag': {
    en: (p) => `unknown tag ${p.tag}; the value is read as plain text`,
    nl: (p) => `onbekende tag ${p.tag}; de waarde wordt als gewone tekst gelezen`,
  },
  'yaml/yaml11-boolean': {
    en: (p) => `${p.value} is the text "${p.value}" in YAML 1.2, but YAML 1.1 tools and some editors read it as the boolean ${p.v11}`,
    nl: (p) => `${p.value} is de tekst "${p.value}" in YAML 1.2, maar YAML 1.1-programma's en sommige editors lezen het als de booleaanse waarde ${p.v11}`,
  },
  'yaml/yaml11-octal': {
    en: (p) => `${p.value} is the number ${p.v12} in YAML 1.2, but YAML 1.1 tools read it as ${p.v11}`,
    nl: (p) => `${p.value} is het getal ${p.v12} in YAML 1.2, maar YAML 1.1-programma's lezen het als ${p.v11}`,
  },
  'yaml/yaml11-sexagesimal': {
    en: (p) => `${p.value} is the text "${p.value}" in YAML 1.2, but YAML 1.1 tools may read it as the base-60 number ${p.v11}`,
    nl: (p) => `${p.value} is de tekst "${p.value}" in YAML 1.2, maar YAML 1.1-programma's kunnen het lezen als het 60-tallige getal ${p.v11}`,
  },
  'yaml/yaml11:hint': {
    en: (p) => `Put it in quotes: ${p.quoted}`,
    nl: (p) => `Zet het tussen aanhalingstekens: ${p.quoted}`,
  },
  'yaml/yaml11:octal-as-text': {
    en: (p) => `the text "${p.value}"`,
    nl: (p) => `de tekst "${p.value}"`,
  },
  'yaml/yaml11:octal-number': {
    en: (p) => `the octal number ${p.octal} (= ${p.decimal})`,
    nl: (p) => `het octale getal ${p.octal} (= ${p.decimal})`,
  },

  'csv/unknown-column': {
    en: (p) => `unknown column "${p.name}" (column ${p.index})`,
    nl: (p) => `onbekende kolom "${p.name}" (kolom ${p.index})`,
  },
  'csv/unnamed-column': {
    en: (p) => `column ${p.index} has no name in the header; its cells are ignored`,
    nl: (p) => `kolom ${p.index} heeft geen naam in de kopregel; de cellen ervan worden genegeerd`,
  },
  'csv/unknown-column:hint': {
    en: (p) => `Known columns: ${p.known}.`,
    nl: (p) => `Bekende kolommen: ${p.known}.`,
  },
  'csv/missing-column': {
    en: (p) => `the required column "${p.name}" is missing from the header`,
    nl: (p) => `de verplichte kolom "${p.name}" ontbreekt in de kopregel`,
  },
  'csv/duplicate-column': {
    en: (p) => `the column "${p.name}" appears twice (columns ${p.first} and ${p.index}); the second is ignored`,
    nl: (p) => `de kolom "${p.name}" staat er twee keer in (kolommen ${p.first} en ${p.index}); de tweede wordt genegeerd`,
  },
  'csv/column-count': {
    en: (p) => `this row has ${p.count} fields, but the header has ${p.expected}`,
    nl: (p) => `deze rij heeft ${p.count} velden, maar de kopregel heeft er ${p.expected}`,
  },
  'csv/column-count:hint': {
    en: (p) => `A value that contains "${p.delimiter}" must be in double quotes; separate date ranges with "|".`,
    nl: (p) => `Een waarde met "${p.delimiter}" erin moet tussen dubbele aanhalingstekens staan; scheid datumreeksen met "|".`,
  },
  'csv/unclosed-quote': {
    en: () => 'this quoted field is never closed: the rest of the file was read as part of it',
    nl: () => 'dit veld tussen aanhalingstekens wordt nooit gesloten: de rest van het bestand is als onderdeel ervan gelezen',
  },
  'csv/unclosed-quote:hint': {
    en: () => 'End the field with ", and write a quote inside a field as "".',
    nl: () => 'Sluit het veld af met ", en schrijf een aanhalingsteken binnen een veld als "".',
  },
};

export function msg<K extends keyof LoadMessages>(lang: Lang, key: K, ...params: Args<LoadMessages[K]>): string {
  return translate(LOAD_MESSAGES, lang, key, ...params);
}

export interface DiagnosticExtra {
  /** The rule id, when it is not the message key (one rule, several wordings). */
  rule?: LoadMessageKey;
  /** The hint's key, when it is not `<rule>:hint`. */
  hintKey?: keyof LoadMessages & `${string}:hint`;
  suggestion?: string;
}

/** A diagnostic with the message `key` (and the hint, when the catalog has `<rule>:hint`) in `lang`. */
export function diagnostic<K extends LoadMessageKey>(
  lang: Lang,
  severity: Severity,
  key: K,
  file: string,
  at: Position,
  pointer: string,
  params: DiagnosticParams<K>,
  extra: DiagnosticExtra = {},
): Diagnostic {
  const rule = extra.rule ?? key;
  const d: Diagnostic = {
    severity,
    rule,
    message: LOAD_MESSAGES[key][lang](params),
    file,
    line: at.line,
    column: at.column,
    pointer,
  };
  if (at.endLine !== undefined) d.endLine = at.endLine;
  if (at.endColumn !== undefined) d.endColumn = at.endColumn;
  const hintKey = extra.hintKey ?? `${rule}:hint`;
  // DiagnosticParams (or, for the extra.rule and extra.hintKey cases, LoadMessages itself) gives the hint its parameters.
  if (hasMessage(LOAD_MESSAGES, hintKey)) d.hint = LOAD_MESSAGES[hintKey][lang](params as never);
  if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
  return d;
}
