/**
 * The plan CSV opened by LibreOffice Calc (Debian's libreoffice-calc-nogui), headless, the way a
 * planner opens it: with the separators of Calc's import dialog (comma, semicolon and tab) and with
 * `;` only. Calc saves what it read as tab-separated text, so the test sees Calc's cells.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/export/plan/index.js';
import { context, sessions } from '../export-plan/fixtures.js';
import { cohortIn } from '../support/io.js';

const tmp = mkdtempSync(join(tmpdir(), 'cohort-libreoffice-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Calc's default import separators (officecfg CSVImport/Separators: ",;\t"), as filter codes.
const CALC_DEFAULT = '44/59/9';
// Calc's locale decides how it shows times again: Dutch for the Dutch file, British English (24 h) otherwise.
const LOCALE = { nl: 1043, en: 2057 } as const;

let run = 0;

/** Opens the CSV texts in Calc with these import separators (filter options: separators, ", UTF-8, from line 1, locale) and returns the cells Calc holds. */
function openInCalc(csv: Record<string, string>, separators: string, lang: 'en' | 'nl'): Record<string, string[][]> {
  const dir = join(tmp, String(run++));
  mkdirSync(join(dir, 'in'), { recursive: true });
  const inputs = Object.entries(csv).map(([name, text]) => {
    writeFileSync(join(dir, 'in', `${name}.csv`), text);
    return join(dir, 'in', `${name}.csv`);
  });
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(tmp, 'profile')}`,
      '--headless',
      `--infilter=CSV:${separators},34,76,1,,${LOCALE[lang]}`,
      '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76,1',
      '--outdir', join(dir, 'out'),
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.error) throw new Error(`soffice could not run (${r.error.message}): install Debian's libreoffice-calc-nogui`);
  if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  return Object.fromEntries(
    Object.keys(csv).map((name) => {
      const rows: string[][] = parse(readFileSync(join(dir, 'out', `${name}.csv`), 'utf8'), { delimiter: '\t', relax_column_count: true });
      // Calc writes every row as wide as its widest one: the padding is not a cell of ours.
      const width = Math.max(...rows.map((row) => row.findLastIndex((cell) => cell !== '') + 1));
      return [name, rows.map((row) => row.slice(0, width))];
    }),
  );
}

/** The cells as cohort meant them (read with the real delimiter), with times as Calc shows them (HH:MM:SS). */
function intended(csv: string, delimiter: string): string[][] {
  const rows: string[][] = parse(csv, { bom: true, delimiter, record_delimiter: '\r\n' });
  const time = rows[0]!.map((h) => /^(start|end|begin|eind) \(/.test(h));
  return rows.map((row, i) => (i === 0 ? row : row.map((cell, j) => (time[j] && cell !== '' ? `${cell}:00` : cell))));
}

// The fixture's sessions and one whose title holds a `;` but nothing else that needs quotes.
const withSemicolon = [...sessions, { ...sessions[0]!, uid: 'terugblik.droom-2027@cohort', session: 'terugblik', title: 'Terugblik; vooruitblik' }];

async function loopbaanPlus(lang: 'en' | 'nl'): Promise<string> {
  const r = await cohortIn(['plan', 'cohorts/loopbaanplus-2027.yaml', '--format', 'csv', '--names', '--lang', lang, '--today', '2026-11-23']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('LibreOffice Calc opens the plan CSV', () => {
  it.each([
    ['nl', ';', 'its default separators (comma, semicolon, tab)', CALC_DEFAULT],
    ['nl', ';', 'semicolon only', '59'],
    ['en', ',', 'its default separators (comma, semicolon, tab)', CALC_DEFAULT],
    ['en', ',', 'comma only', '44'],
  ] as const)('%s (delimiter %s) with %s: every row keeps its columns and every cell reads as written', async (lang, delimiter, _name, separators) => {
    const files = { loopbaanplus: await loopbaanPlus(lang), fixture: renderCsv(withSemicolon, context(lang), { names: true }) };
    const calc = openInCalc(files, separators, lang);
    for (const [name, csv] of Object.entries(files)) expect(calc[name], name).toEqual(intended(csv, delimiter));
    const venue = calc.loopbaanplus!.filter((row) => row.includes('Landgoed De Horst, Amersfoortseweg 1, 3951 LA Maarn'));
    expect(venue.length).toBeGreaterThan(10);
    expect(venue.some((row) => row.includes('Marleen Vos, Joost Hendriks'))).toBe(true);
    expect(calc.loopbaanplus!.find((row) => row[4] === 'intake@r01')!.slice(-2)).toEqual(['LoopbaanPlus 2027', 'Anneke de Boer']);
  });

  it('keeps a name from a web form that starts a formula as text, where an unguarded cell is evaluated', () => {
    const csv = renderCsv(sessions, context('en'), { names: true });
    const calc = openInCalc({ plan: csv, unguarded: 'title\r\n=1+1\r\n' }, CALC_DEFAULT, 'en');
    expect(calc.unguarded).toEqual([['title'], ['2']]);
    const header = calc.plan![0]!;
    const coaching = calc.plan!.find((row) => row[4] === 'coaching#1@r03')!;
    expect(coaching[header.indexOf('participant')]).toBe("'=HYPERLINK(\"http://evil.example\",\"Kees\")");
    const block = calc.plan!.find((row) => row[4] === 'blok#3')!;
    expect(block[header.indexOf('facilitators')]).toBe("'=Pieter Smit, Marieke Jansen");
  });
});
