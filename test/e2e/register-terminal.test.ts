/** cohort register in a real pseudo-terminal (python3's pty module drives the built bin/cohort), and without one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohort, workspace } from './helpers.js';
import { atTerminal, CLEAR, CTRL_C, ENTER } from './terminal.js';

const CSV = 'cohorts/loopbaanplus-2027.registrations.csv';


describe('cohort register at a terminal', () => {
  it('asks for each field, refuses a wrong e-mail until it is fixed, suggests the municipality as it is typed, and writes the row', () => {
    const dir = workspace({}, { withExamples: true });
    const before = readFileSync(join(dir, CSV), 'utf8');
    const run = atTerminal(
      dir,
      [
        ['Registration id', ENTER],
        ['Full name', `Noor Kaya${ENTER}`],
        ['Office', ENTER],
        ['Municipality', 'arnh'],
        ['Arnhem, Gelderland', ENTER],
        ['E-mail address', `n.kaya-at-example.nl${ENTER}`],
        ['an e-mail address such as a\\.deboer@example\\.nl', `${CLEAR}n.kaya@example.nl${ENTER}`],
        ['Registered on', ENTER],
        ['Member of the association', ENTER],
        ['Partner', ENTER],
        ['Dates not available', `2027-03-01..2027-03-05${ENTER}`],
        ['Register Noor Kaya for loopbaanplus-2027', ENTER],
      ],
      ['register', 'cohorts/loopbaanplus-2027.yaml', '--today', '2026-11-23'],
    );
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).toContain('r12 Noor Kaya: registered, on the reserve list at position 1: no seat left in the group (max 12)');
    expect(readFileSync(join(dir, CSV), 'utf8')).toBe(`${before}r12;Noor Kaya;burgemeester;Arnhem;n.kaya@example.nl;2026-11-23;yes;;;;2027-03-01..2027-03-05;waiting;\r\n`);
  });

  it('Ctrl-C at a question exits 130 and leaves every file as it was', () => {
    const dir = workspace({}, { withExamples: true });
    const before = readFileSync(join(dir, CSV));
    const run = atTerminal(dir, [['Registration id', ENTER], ['Full name', `Noor${CTRL_C}`]], ['register', 'cohorts/loopbaanplus-2027.yaml', '--today', '2026-11-23']);
    expect(run.code, run.screen).toBe(130);
    expect(readFileSync(join(dir, CSV))).toEqual(before);
    expect(readdirSync(join(dir, 'cohorts')).filter((f) => f.endsWith('.jsonl') || f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('cohort register without a terminal', () => {
  it('asks nothing: it names the flags it needs and exits 2', () => {
    const dir = workspace({}, { withExamples: true });
    const r = cohort(['register', 'cohorts/loopbaanplus-2027.yaml', '--today', '2026-11-23'], { cwd: dir, input: 'Noor Kaya\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: no terminal to ask on; give --name, --municipality, --email (e.g. cohort register cohorts/loopbaanplus-2027.yaml --name "Noor Kaya" --municipality Arnhem --email n.kaya@example.nl --member)\n');
    expect(r.stdout).toBe('');
  });
});
