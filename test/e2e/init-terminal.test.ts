/** cohort init cohort in a real pseudo-terminal (python3's pty module drives the built bin/cohort); the cohort it writes validates and plans. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohort, workspace } from './helpers.js';
import { atTerminal, CLEAR, CTRL_C, ENTER } from './terminal.js';



describe('cohort init cohort at a terminal', () => {
  it('asks for each answer, refuses an impossible date until it is fixed, and writes a cohort that validate and plan accept', () => {
    const dir = workspace({}, { withExamples: true });
    const run = atTerminal(
      dir,
      [
        ['Programme', 'droom'],
        ['droom-van-elke-burgemeester', ENTER],
        ['Start', `2027-09-31${ENTER}`],
        ['a date as YYYY-MM-DD', `${CLEAR}2027-09-01${ENTER}`],
        ['Cohort id', ENTER],
        ['Title', ENTER],
        ['Venue', `Conferentiecentrum Lekoever${ENTER}`],
        ['Venue address', `Lekdijk Oost 14, 3961 MA Wijk bij Duurstede${ENTER}`],
        ['Venue municipality', 'wijk bij'],
        ['Wijk bij Duurstede', ENTER],
        ['Facilitators', `marleen-vos${ENTER}`],
      ],
      ['init', 'cohort', '--today', '2026-11-23'],
    );
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).toContain('wrote cohorts/droom-van-elke-burgemeester-2027.yaml, cohorts/droom-van-elke-burgemeester-2027.registrations.csv');
    const text = readFileSync(join(dir, 'cohorts/droom-van-elke-burgemeester-2027.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/cohort.schema.json');
    expect(text).toContain('  municipality: GM0352\n');
    const v = cohort(['validate', 'cohorts/droom-van-elke-burgemeester-2027.yaml', '--strict'], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const p = cohort(['plan', 'cohorts/droom-van-elke-burgemeester-2027.yaml', '--today', '2026-11-23'], { cwd: dir });
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toContain('Leergangblok (4/4)');
  });

  it('Ctrl-C at a question exits 130 and writes nothing', () => {
    const dir = workspace({}, { withExamples: true });
    const before = readdirSync(join(dir, 'cohorts')).sort();
    const run = atTerminal(dir, [['Programme', 'droom'], ['droom-van-elke-burgemeester', ENTER], ['Start', `2027${CTRL_C}`]], ['init', 'cohort', '--today', '2026-11-23']);
    expect(run.code, run.screen).toBe(130);
    expect(readdirSync(join(dir, 'cohorts')).sort()).toEqual(before);
  });

  it('without a terminal asks nothing: it names the flags and exits 2', () => {
    const dir = workspace({}, { withExamples: true });
    const r = cohort(['init', 'cohort', '--today', '2026-11-23'], { cwd: dir, input: 'droom\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: no terminal to ask on; give the answers as flags: cohort init cohort --yes --programme --start [--id --title --venue --address --municipality --facilitators]\n');
  });
});
