/** cohort init programme in a real pseudo-terminal (python3's pty module drives the built bin/cohort); the programme it writes validates, and a cohort for it plans. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohort, workspace } from './helpers.js';
import { atTerminal, CLEAR, CTRL_C, ENTER } from './terminal.js';



describe('cohort init programme at a terminal', () => {
  it('from scratch: asks phase by phase, refuses a wrong time until it is fixed, and writes a programme that validate accepts and a cohort for it plans', () => {
    const dir = workspace({}, { withExamples: true });
    const run = atTerminal(
      dir,
      [
        ['Start from', 'scratch'],
        ['(from scratch, phase by phase)', ENTER],
        ['Programme id', `raadsavonden${ENTER}`],
        ['Name', `Raadsavonden${ENTER}`],
        ['Organiser', `Vereniging van Nederlandse Gemeenten${ENTER}`],
        ['Audience', ENTER],
        ['Span', ENTER],
        ['most seats', ENTER],
        ['fewest to run', ENTER],
        ['Phase 1: id', `avond${ENTER}`],
        ['Phase name', `Raadsavond${ENTER}`],
        ['Mode', 'group'],
        ['group', ENTER],
        ['Slot: weekday', 'tue'],
        ['tue', ENTER],
        ['Slot: start', `25:00${ENTER}`],
        ['is not start time', `${CLEAR}19:00${ENTER}`],
        ['Slot: end', `${CLEAR}22:00${ENTER}`],
        ['Slot: days', ENTER],
        ['Sessions', `${CLEAR}4${ENTER}`],
        ['Every', ENTER],
        ['Dagdelen', `1${ENTER}`],
        ['Location', 'venue'],
        ['venue', ENTER],
        ['Another phase?', `n${ENTER}`],
      ],
      ['init', 'programme', '--today', '2026-11-23'],
    );
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).toContain('wrote programmes/raadsavonden.yaml');
    const text = readFileSync(join(dir, 'programmes/raadsavonden.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/programme.schema.json');
    expect(text).toContain('    slot: { weekday: tue, start: "19:00", end: "22:00" }\n    sessions: 4\n    every: 4w\n    dagdelen: 1\n');
    const v = cohort(['validate', 'programmes/raadsavonden.yaml', '--strict'], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const c = cohort(['init', 'cohort', '--yes', '--programme', 'raadsavonden', '--start', '2027-09-01', '--facilitators', 'marleen-vos'], { cwd: dir });
    expect(c.code, c.stderr).toBe(0);
    const p = cohort(['plan', 'cohorts/raadsavonden-2027.yaml', '--today', '2026-11-23'], { cwd: dir });
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toContain('Raadsavond (4/4)');
  });

  it('Ctrl-C at a question exits 130 and writes nothing', () => {
    const dir = workspace({}, { withExamples: true });
    const before = readdirSync(join(dir, 'programmes')).sort();
    const run = atTerminal(dir, [['Start from', 'pbm'], ['wv-pbm', ENTER], ['Programme id', `pbm-2${ENTER}`], ['Name', `PBM${CTRL_C}`]], ['init', 'programme', '--today', '2026-11-23']);
    expect(run.code, run.screen).toBe(130);
    expect(readdirSync(join(dir, 'programmes')).sort()).toEqual(before);
  });

  it('without a terminal asks nothing: it names the flags and exits 2', () => {
    const dir = workspace({}, { withExamples: true });
    const r = cohort(['init', 'programme'], { cwd: dir, input: 'x\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cohort: no terminal to ask on; give the answers as flags: cohort init programme --yes --from --id --name /);
  });
});
