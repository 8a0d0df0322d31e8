#!/usr/bin/env node
// Turns the reference CSVs in src/data/ into committed TypeScript modules, so src/ stays free of
// file access at run time (eslint: only src/cli/ touches the file system).
// The Dutch public holidays come from the npm package date-holidays (a devDependency), not a CSV.
// Usage: node scripts/gen-data.mjs [--check]   (--check: exit 1 if the committed output is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import Holidays from 'date-holidays';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'src', 'data');
const check = process.argv.includes('--check');

// Listed north to south, the order people read them in.
const REGION_ORDER = ['noord', 'midden', 'zuid'];
const REGIONS = new Set(REGION_ORDER);
// Counts per province from src/data/SOURCES.md; a mismatch means the CSV changed unnoticed.
const PROVINCE_COUNTS = {
  Groningen: 10, 'Fryslân': 18, Drenthe: 12, Overijssel: 25, Flevoland: 6, Gelderland: 51,
  Utrecht: 26, 'Noord-Holland': 44, 'Zuid-Holland': 50, Zeeland: 13, 'Noord-Brabant': 56, Limburg: 31,
};

const problems = [];
const fail = (msg) => problems.push(msg);

function readCsv(name, columns) {
  const text = readFileSync(join(dataDir, name), 'utf8');
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  const header = Object.keys(rows[0] ?? {});
  if (header.join(',') !== columns.join(',')) fail(`${name}: header ${header.join(',')} != ${columns.join(',')}`);
  return rows;
}

function isIsoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// Code-point order, not locale order: the output must not depend on the machine's ICU data.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const gemeenten = readCsv('gemeenten.csv', ['code', 'name', 'province', 'lat', 'lon']);
const regioRows = readCsv('gemeenten_vakantieregio.csv', ['code', 'name', 'regions']);
const vakanties = readCsv('schoolvakanties.csv', ['region', 'name', 'start', 'end']);

const regionsByCode = new Map();
for (const r of regioRows) {
  if (regionsByCode.has(r.code)) fail(`gemeenten_vakantieregio.csv: duplicate ${r.code}`);
  const regions = r.regions.split(';').map((x) => x.trim());
  for (const x of regions) if (!REGIONS.has(x)) fail(`gemeenten_vakantieregio.csv: ${r.code} region ${x}`);
  regionsByCode.set(r.code, { name: r.name, regions: REGION_ORDER.filter((x) => regions.includes(x)) });
}

const seen = new Set();
const provinceCounts = {};
const municipalities = gemeenten.map((r) => {
  if (!/^GM\d{4}$/.test(r.code)) fail(`gemeenten.csv: bad code ${r.code}`);
  if (seen.has(r.code)) fail(`gemeenten.csv: duplicate ${r.code}`);
  seen.add(r.code);
  const lat = Number(r.lat);
  const lon = Number(r.lon);
  // Bounding box of the European Netherlands; catches swapped or mistyped coordinates.
  if (!(lat > 50.7 && lat < 53.7 && lon > 3.3 && lon < 7.3)) fail(`gemeenten.csv: ${r.code} outside NL (${lat}, ${lon})`);
  const reg = regionsByCode.get(r.code);
  if (!reg) fail(`gemeenten_vakantieregio.csv: no row for ${r.code}`);
  else if (reg.name !== r.name) fail(`${r.code}: name ${r.name} != ${reg.name} in gemeenten_vakantieregio.csv`);
  provinceCounts[r.province] = (provinceCounts[r.province] ?? 0) + 1;
  return { code: r.code, name: r.name, province: r.province, lat, lon, regions: reg?.regions ?? [] };
});
for (const code of regionsByCode.keys()) if (!seen.has(code)) fail(`gemeenten_vakantieregio.csv: unknown ${code}`);
for (const [p, n] of Object.entries(PROVINCE_COUNTS)) {
  if (provinceCounts[p] !== n) fail(`province ${p}: ${provinceCounts[p] ?? 0} municipalities, expected ${n}`);
}
for (const p of Object.keys(provinceCounts)) if (!(p in PROVINCE_COUNTS)) fail(`unknown province ${p}`);
municipalities.sort((a, b) => cmp(a.code, b.code));

const holidays = vakanties.map((r) => {
  if (!REGIONS.has(r.region)) fail(`schoolvakanties.csv: region ${r.region}`);
  if (!isIsoDate(r.start) || !isIsoDate(r.end) || r.end < r.start) fail(`schoolvakanties.csv: dates ${r.start}..${r.end}`);
  return { region: r.region, name: r.name, start: r.start, end: r.end };
});
holidays.sort((a, b) => cmp(a.start, b.start) || cmp(a.region, b.region) || cmp(a.name, b.name));
for (const region of REGIONS) {
  const own = holidays.filter((h) => h.region === region);
  for (let i = 1; i < own.length; i++) {
    if (own[i].start <= own[i - 1].end) fail(`schoolvakanties.csv: ${region} ${own[i - 1].name} overlaps ${own[i].name}`);
  }
}

// Dutch public holidays, from date-holidays (NL): the years cohort ships. A cohort beyond them gets an
// error naming these years (src/calendar/holidays.ts), never a plan that silently ignores holidays.
const HOLIDAY_YEARS = { first: 2000, last: 2100 };
// date-holidays types these `school` or `observance` in NL; we pick them by their rule text.
const RULE_KIND = { 'easter -2': 'good-friday', '05-05': 'liberation-day', '05-04': 'remembrance-evening' };
// Our own English names (the library's are British usage in places); keyed by the library's Dutch name.
const ENGLISH = {
  Nieuwjaar: "New Year's Day",
  'Goede Vrijdag': 'Good Friday',
  Pasen: 'Easter Sunday',
  'Tweede paasdag': 'Easter Monday',
  Koningsdag: "King's Day",
  Koninginnedag: "Queen's Day",
  'Nationale Dodenherdenking': 'Remembrance of the Dead (evening)',
  Bevrijdingsdag: 'Liberation Day',
  Hemelvaartsdag: 'Ascension Day',
  Pinksteren: 'Whit Sunday',
  'Tweede pinksterdag': 'Whit Monday',
  Kerstmis: 'Christmas Day',
  'Tweede kerstdag': 'Second Day of Christmas',
};
// When two kinds share a date (5 May can be Ascension Day), the whole-day public holiday comes first.
const PRECEDENCE = ['public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening'];

const library = new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
const holidayNames = [];
const holidayRows = [];
for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
  const rows = [];
  for (const h of library.getHolidays(year, 'nl')) {
    const kind = h.type === 'public' ? 'public-holidays' : RULE_KIND[h.rule];
    if (!kind) continue;
    const en = ENGLISH[h.name];
    if (!en) fail(`date-holidays: no English name for ${h.name} (${year}); add it to ENGLISH`);
    let index = holidayNames.findIndex((n) => n.kind === kind && n.nl === h.name);
    if (index < 0) index = holidayNames.push({ kind, nl: h.name, en }) - 1;
    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's zone, independent of the machine's zone.
    rows.push({ date: h.date.slice(0, 10), index, kind });
  }
  rows.sort((a, b) => cmp(a.date, b.date) || PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
  // Every year has New Year, Easter, Ascension, Whitsun, Christmas and King's or Queen's Day.
  if (rows.filter((r) => r.kind === 'public-holidays').length < 9) fail(`date-holidays: only ${rows.length} NL holidays in ${year}`);
  holidayRows.push(rows);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`gen-data: ${p}`);
  process.exit(1);
}

const header = (from) =>
  `// generated by scripts/gen-data.mjs from ${from}; do not edit.\n` +
  `// Licence and attribution: src/data/SOURCES.md (ODbL parts stay under ODbL).\n`;

const munTs =
  header('src/data/gemeenten.csv and src/data/gemeenten_vakantieregio.csv') +
  `import type { SchoolRegion } from '../model/types.js';\n\n` +
  `export interface MunicipalityRow {\n` +
  `  /** CBS code, e.g. GM0344. */\n  code: string;\n  /** CBS spelling. */\n  name: string;\n  province: string;\n` +
  `  lat: number;\n  lon: number;\n  /** School holiday regions; two for the few split municipalities. */\n  regions: SchoolRegion[];\n}\n\n` +
  `export const MUNICIPALITY_ROWS: readonly MunicipalityRow[] = [\n` +
  municipalities
    .map(
      (m) =>
        `  { code: ${JSON.stringify(m.code)}, name: ${JSON.stringify(m.name)}, province: ${JSON.stringify(m.province)}, ` +
        `lat: ${m.lat}, lon: ${m.lon}, regions: [${m.regions.map((x) => JSON.stringify(x)).join(', ')}] },\n`,
    )
    .join('') +
  `];\n`;

const schoolTs =
  header('src/data/schoolvakanties.csv') +
  `import type { IsoDate, SchoolRegion } from '../model/types.js';\n\n` +
  `export interface SchoolHolidayRow {\n  region: SchoolRegion;\n  /** Dutch name, e.g. meivakantie. */\n  name: string;\n` +
  `  /** Inclusive. */\n  start: IsoDate;\n  /** Inclusive. */\n  end: IsoDate;\n}\n\n` +
  `export const SCHOOL_HOLIDAY_ROWS: readonly SchoolHolidayRow[] = [\n` +
  holidays
    .map(
      (h) =>
        `  { region: ${JSON.stringify(h.region)}, name: ${JSON.stringify(h.name)}, start: ${JSON.stringify(h.start)}, end: ${JSON.stringify(h.end)} },\n`,
    )
    .join('') +
  `];\n`;

const publicTs =
  `// generated by scripts/gen-data.mjs from the npm package date-holidays (NL); do not edit.\n` +
  `// Licence and attribution: src/data/SOURCES.md (holiday data CC BY-SA 3.0).\n` +
  `import type { AvoidKind, IsoDate } from '../model/types.js';\n\n` +
  `export interface PublicHolidayName {\n  kind: Exclude<AvoidKind, 'school-holidays'>;\n  /** date-holidays' Dutch name. */\n  nl: string;\n  en: string;\n}\n\n` +
  `/** The years the table holds, both included. */\n` +
  `export const PUBLIC_HOLIDAY_YEARS = { first: ${HOLIDAY_YEARS.first}, last: ${HOLIDAY_YEARS.last} } as const;\n\n` +
  `export const PUBLIC_HOLIDAY_NAMES: readonly PublicHolidayName[] = [\n` +
  holidayNames.map((n) => `  { kind: ${JSON.stringify(n.kind)}, nl: ${JSON.stringify(n.nl)}, en: ${JSON.stringify(n.en)} },\n`).join('') +
  `];\n\n` +
  `/** [date, index into PUBLIC_HOLIDAY_NAMES], one year a line; by date, then public holidays before the other kinds. */\n` +
  `export const PUBLIC_HOLIDAY_ROWS: readonly (readonly [IsoDate, number])[] = [\n` +
  holidayRows.map((rows) => `  ${rows.map((r) => `[${JSON.stringify(r.date)}, ${r.index}],`).join(' ')}\n`).join('') +
  `];\n`;

let stale = false;
for (const [file, text] of [
  ['municipalities.generated.ts', munTs],
  ['school-holidays.generated.ts', schoolTs],
  ['public-holidays.generated.ts', publicTs],
]) {
  const path = join(dataDir, file);
  if (check) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (old !== text) {
      console.error(`gen-data: src/data/${file} is out of date; run node scripts/gen-data.mjs`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
  }
}
if (stale) process.exit(1);
if (!check) {
  const publicDays = holidayRows.reduce((n, rows) => n + rows.length, 0);
  console.error(
    `gen-data: ${municipalities.length} municipalities, ${holidays.length} school holiday periods, ` +
      `${publicDays} public holidays ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}`,
  );
}
