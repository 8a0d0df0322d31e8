/**
 * Dutch municipalities (CBS codes and names of 1 January 2025) from src/data/gemeenten.csv; see
 * src/data/SOURCES.md for sources, licences and accuracy. Lookup maps are built on first use.
 */
import { distance } from 'fastest-levenshtein';
import { MUNICIPALITY_ROWS } from '../data/municipalities.generated.js';
import type { MunicipalityRow } from '../data/municipalities.generated.js';

export type Municipality = MunicipalityRow;

/**
 * Names people commonly write for a municipality whose CBS name differs (alias → CBS name). Variants
 * of spacing, case, hyphens, dots, brackets, apostrophes, diacritics and "aan de(n)"/"a/d" need no
 * entry: lookupKey() folds them, so `Bergen NH`, `bergen (nh)` and `s-Gravenhage` already match.
 * Bare "Bergen" is deliberately absent: it is two municipalities.
 */
export const MUNICIPALITY_ALIASES: Readonly<Record<string, string>> = {
  'Den Haag': "'s-Gravenhage",
  'The Hague': "'s-Gravenhage",
  'Gravenhage': "'s-Gravenhage",
  'Den Bosch': "'s-Hertogenbosch",
  'Hertogenbosch': "'s-Hertogenbosch",
  'Bergen (N-H)': 'Bergen (NH.)',
  'Bergen (Noord-Holland)': 'Bergen (NH.)',
  'Bergen (LB)': 'Bergen (L.)',
  'Bergen (Limburg)': 'Bergen (L.)',
  'Nuenen': 'Nuenen, Gerwen en Nederwetten',
  'Gilze-Rijen': 'Gilze en Rijen',
  'Valkenburg': 'Valkenburg aan de Geul',
  // Dutch names of Frisian municipalities, still widely used.
  'Tietjerksteradeel': 'Tytsjerksteradiel',
  'Dantumadeel': 'Dantumadiel',
  'De Friese Meren': 'De Fryske Marren',
  // Province suffixes that are used to tell towns apart but are not part of the CBS name.
  'Hengelo (O)': 'Hengelo',
  'Hengelo (Ov)': 'Hengelo',
  'Rijswijk (ZH)': 'Rijswijk',
  'Laren (NH)': 'Laren',
  'Beek (L)': 'Beek',
  'Stein (L)': 'Stein',
  'Middelburg (Z)': 'Middelburg',
};

/** Folds what people vary when typing a name: case, diacritics, apostrophes, hyphens, dots, brackets. */
export function lookupKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(^|\s)(?:aan den|aan de|a\/d|a\.d\.?)(?=\s)/g, '$1ad')
    .replace(/[-_/.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Index {
  byCode: Map<string, Municipality>;
  byKey: Map<string, Municipality>;
  /** Keys of names and aliases with the CBS name they stand for, for suggestions. */
  keys: { key: string; name: string }[];
}

let index: Index | undefined;

function getIndex(): Index {
  if (index) return index;
  const byCode = new Map<string, Municipality>();
  const byKey = new Map<string, Municipality>();
  const keys: { key: string; name: string }[] = [];
  for (const m of MUNICIPALITY_ROWS) {
    Object.freeze(m.regions);
    Object.freeze(m);
    byCode.set(m.code, m);
    byKey.set(lookupKey(m.name), m);
    keys.push({ key: lookupKey(m.name), name: m.name });
  }
  for (const [alias, name] of Object.entries(MUNICIPALITY_ALIASES)) {
    const m = byKey.get(lookupKey(name));
    // An alias whose target left the data (a merger) is skipped; test/calendar checks they all resolve.
    if (!m) continue;
    if (!byKey.has(lookupKey(alias))) byKey.set(lookupKey(alias), m);
    keys.push({ key: lookupKey(alias), name: m.name });
  }
  index = { byCode, byKey, keys };
  return index;
}

/** All municipalities, sorted by CBS code. */
export function allMunicipalities(): readonly Municipality[] {
  getIndex();
  return MUNICIPALITY_ROWS;
}

/** By CBS code (`GM0352`, any case) or by name: the CBS name or a common alias (see lookupKey). */
export function findMunicipality(codeOrName: string): Municipality | undefined {
  const text = codeOrName.trim();
  const { byCode, byKey } = getIndex();
  if (/^gm\d{4}$/i.test(text)) return byCode.get(text.toUpperCase());
  const key = lookupKey(text);
  return key === '' ? undefined : byKey.get(key);
}

/**
 * Up to `max` CBS names for "did you mean": names the text starts or is a word of (`Bergen` → both
 * Bergens), then names within a small edit distance that grows with the length of the text.
 */
export function suggestMunicipalities(text: string, max = 3): string[] {
  const key = lookupKey(text);
  if (key === '' || max <= 0) return [];
  const limit = key.length <= 2 ? 0 : key.length <= 5 ? 1 : key.length <= 9 ? 2 : 3;
  const scored: { name: string; score: number; extra: number }[] = [];
  for (const k of getIndex().keys) {
    // A name that starts with the text, or has it as a whole word (`Amstel` → Ouder-Amstel).
    const prefix = key.length >= 3 && k.key !== key && (k.key.startsWith(key) || k.key.split(' ').includes(key));
    const d = prefix ? 1 : distance(key, k.key);
    if (d <= Math.max(limit, prefix ? 1 : 0)) scored.push({ name: k.name, score: d, extra: Math.abs(k.key.length - key.length) });
  }
  scored.sort((a, b) => a.score - b.score || a.extra - b.extra || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.name)) out.push(s.name);
    if (out.length === max) break;
  }
  return out;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance (haversine, mean Earth radius); the points are town points, a few km off. */
export function distanceKm(a: Pick<Municipality, 'lat' | 'lon'>, b: Pick<Municipality, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
