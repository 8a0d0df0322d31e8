import type { Catalog } from '../i18n/index.js';

type None = Record<never, never>;
type Limit = { limit: number; what: 'items' | 'characters' };

/** Parameters of the schema messages; keys with `:` are parts of other messages, not rule ids. */
export interface SchemaParams {
  'schema/required': { key: string; where?: string };
  'schema/required:many': { keys: string };
  'schema/unknown-key': { key: string };
  'schema/type': { expected: string; found: string; value: string };
  'schema/enum': { value: string; allowed: string };
  'schema/pattern': { value: string; what: string };
  'schema/format': { value: string; format: string };
  'schema/one-of': { expected: string };
  'schema/discriminator': { tag: string; value: string; allowed: string };
  'schema/range': { value: string; comparison: string; limit: number };
  'schema/too-few': Limit;
  'schema/too-many': Limit;
  'schema/multiple-of': { value: string; step: number };
  'schema/invalid': { message: string };
  'file/unknown-kind': None;
  'schema/pattern:valid-value': None;
  'schema/pattern:examples': { title: string; examples: string };
  'list:or': { items: readonly string[] };
  'type:string': None;
  'type:number': None;
  'type:integer': None;
  'type:boolean': None;
  'type:object': None;
  'type:array': None;
  'type:null': None;
}

/** Messages of the schema checks, keyed by rule id. */
export const messages: Catalog<SchemaParams> = {
  'schema/required': {
    en: (p) => `missing required key '${p.key}'${p.where ? ` in ${p.where}` : ''}`,
    nl: (p) => `verplichte sleutel '${p.key}' ontbreekt${p.where ? ` in ${p.where}` : ''}`,
  },
  'schema/required:many': {
    en: (p) => `missing required keys ${p.keys}`,
    nl: (p) => `verplichte sleutels ${p.keys} ontbreken`,
  },
  'schema/unknown-key': {
    en: (p) => `unknown key '${p.key}'`,
    nl: (p) => `onbekende sleutel '${p.key}'`,
  },
  'schema/type': {
    en: (p) => `expected ${p.expected}, found ${p.found}${p.value ? ` (${p.value})` : ''}`,
    nl: (p) => `verwacht ${p.expected}, gevonden ${p.found}${p.value ? ` (${p.value})` : ''}`,
  },
  'schema/enum': {
    en: (p) => `'${p.value}' is not one of: ${p.allowed}`,
    nl: (p) => `'${p.value}' is niet een van: ${p.allowed}`,
  },
  'schema/pattern': {
    en: (p) => `'${p.value}' is not ${p.what}`,
    nl: (p) => `'${p.value}' is geen ${p.what}`,
  },
  'schema/format': {
    en: (p) => `'${p.value}' is not a valid ${p.format}`,
    nl: (p) => `'${p.value}' is geen geldig ${p.format}`,
  },
  'schema/one-of': {
    en: (p) => `expected ${p.expected}`,
    nl: (p) => `verwacht ${p.expected}`,
  },
  'schema/discriminator': {
    en: (p) => `unknown ${p.tag} '${p.value}'; use one of: ${p.allowed}`,
    nl: (p) => `onbekende ${p.tag} '${p.value}'; gebruik een van: ${p.allowed}`,
  },
  'schema/range': {
    en: (p) => `${p.value} must be ${p.comparison} ${p.limit}`,
    nl: (p) => `${p.value} moet ${p.comparison} ${p.limit} zijn`,
  },
  'schema/too-few': {
    en: (p) => `needs at least ${p.limit} ${p.what}`,
    nl: (p) => `moet minstens ${p.limit} ${p.what === 'items' ? 'onderdelen' : 'tekens'} hebben`,
  },
  'schema/too-many': {
    en: (p) => `may have at most ${p.limit} ${p.what}`,
    nl: (p) => `mag hoogstens ${p.limit} ${p.what === 'items' ? 'onderdelen' : 'tekens'} hebben`,
  },
  'schema/multiple-of': {
    en: (p) => `${p.value} must be a multiple of ${p.step}`,
    nl: (p) => `${p.value} moet een veelvoud van ${p.step} zijn`,
  },
  'schema/invalid': {
    en: (p) => `${p.message}`,
    nl: (p) => `ongeldig: ${p.message}`,
  },
  'file/unknown-kind': {
    en: () => `cannot tell whether this is a programme, cohort, registrations or people file`,
    nl: () => `onduidelijk of dit een programma-, cohort-, inschrijvingen- of personenbestand is`,
  },
  'schema/pattern:valid-value': { en: () => 'a valid value', nl: () => 'geldige waarde' },
  'schema/pattern:examples': { en: (p) => `${p.title} (e.g. ${p.examples})`, nl: (p) => `${p.title} (bijv. ${p.examples})` },
  'list:or': { en: (p) => p.items.join(' or '), nl: (p) => p.items.join(' of ') },
  'type:string': { en: () => 'text', nl: () => 'tekst' },
  'type:number': { en: () => 'a number', nl: () => 'een getal' },
  'type:integer': { en: () => 'a whole number', nl: () => 'een geheel getal' },
  'type:boolean': { en: () => 'true or false', nl: () => 'true of false' },
  'type:object': { en: () => 'a mapping (key: value)', nl: () => 'een mapping (sleutel: waarde)' },
  'type:array': { en: () => 'a list', nl: () => 'een lijst' },
  'type:null': { en: () => 'nothing', nl: () => 'niets' },
};
