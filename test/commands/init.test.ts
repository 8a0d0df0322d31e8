/** Second level: `cohort init cohort` asks (or takes flags), writes a cohort and its registrations file, and `validate` and `plan` accept them. */
import { describe, expect, it, vi } from 'vitest';
import { CTRL_C, memoryIO, runIn, shippedExamples, type Answer, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23', '--no-color'];

function examples(answers: Answer[] = []): MemoryIO {
  return memoryIO(shippedExamples(), { answers });
}

async function acceptedByValidateAndPlan(io: MemoryIO, cohort: string) {
  const v = await runIn(io, ['validate', cohort, '--strict', ...TODAY]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
  const p = await runIn(io, ['plan', cohort, ...TODAY]);
  expect(p.code, p.stderr).toBe(0);
  return p.stdout;
}

describe('cohort init cohort', () => {
  it('with --yes and flags: writes the cohort with its schema line and an empty registrations file; validate and plan accept them', async () => {
    const io = examples();
    const r = await runIn(io, ['init', 'cohort', '--yes', '--programme', 'droom-van-elke-burgemeester', '--start', '2027-09-01', '--venue', 'Conferentiecentrum Lekoever', '--municipality', 'Wijk bij Duurstede', '--facilitators', 'marleen-vos', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('wrote cohorts/droom-van-elke-burgemeester-2027.yaml, cohorts/droom-van-elke-burgemeester-2027.registrations.csv\n');
    expect(io.text('cohorts/droom-van-elke-burgemeester-2027.yaml')).toBe(
      [
        '# yaml-language-server: $schema=../schema/cohort.schema.json',
        '',
        'id: droom-van-elke-burgemeester-2027',
        'programme: droom-van-elke-burgemeester',
        'title: De droom van elke burgemeester 2027',
        'start: "2027-09-01"',
        'venue:',
        '  name: Conferentiecentrum Lekoever',
        '  municipality: GM0352',
        'facilitators: [ marleen-vos ]',
        'people: [ ngb-begeleiders.people.yaml ]',
        'registrations: droom-van-elke-burgemeester-2027.registrations.csv',
        '',
      ].join('\n'),
    );
    expect(io.text('cohorts/droom-van-elke-burgemeester-2027.registrations.csv')).toBe('id;name;role;municipality;email;registered;member;party;partner;partner-joins;unavailable;status;priority\r\n');
    const plan = await acceptedByValidateAndPlan(io, 'cohorts/droom-van-elke-burgemeester-2027.yaml');
    expect(plan).toContain('Leergangblok (1/4)');
  });

  it('asks on a terminal, checking each answer as it is typed, and the result plans', async () => {
    const io = examples(['wv-basisopleiding', '2027-31-02', '2027-09-06', 'droom-2027', '', '', 'Vergadercentrum Catharijne', 'Catharijnesingel 90, 3511 GM Utrecht', 'Utrecht', 'nobody', 'els-verbeek,thijs-de-graaf']);
    const r = await runIn(io, ['init', 'cohort', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(io.transcript.join('\n')).toContain('a date as YYYY-MM-DD');
    expect(io.transcript.join('\n')).toContain('not in the people files: nobody');
    expect(io.transcript.join('\n')).toContain("a cohort 'droom-2027' exists already");
    // the suggested id steps past the shipped wv-basisopleiding-2027
    const text = io.text('cohorts/wv-basisopleiding-2027-2.yaml')!;
    expect(text).toContain('title: Basisopleiding voor nieuwe wethouders 2027\n');
    expect(text).toContain('facilitators: [ els-verbeek, thijs-de-graaf ]\n');
    expect(text).toContain('  address: Catharijnesingel 90, 3511 GM Utrecht\n  municipality: GM0344\n');
    await acceptedByValidateAndPlan(io, 'cohorts/wv-basisopleiding-2027-2.yaml');
  });

  it('never asks without a terminal: exit 2 naming the flags, nothing written', async () => {
    const io = examples();
    const before = io.files.size;
    const r = await runIn(io, ['init', 'cohort', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no terminal to ask on; give the answers as flags: cohort init cohort --yes --programme --start/);
    expect(io.files.size).toBe(before);
  });

  it('Ctrl-C at a question exits 130 and writes nothing', async () => {
    const io = examples(['droom-van-elke-burgemeester', CTRL_C]);
    const before = io.files.size;
    const r = await runIn(io, ['init', 'cohort', ...TODAY]);
    expect(r.code).toBe(130);
    expect(io.files.size).toBe(before);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown programme', ['--programme', 'droom'], /--programme: no programme 'droom' in programmes\//],
    ['an impossible date', ['--programme', 'droom-van-elke-burgemeester', '--start', '2027-02-30'], /--start: a date as YYYY-MM-DD/],
    ['a cohort id that exists', ['--programme', 'droom-van-elke-burgemeester', '--start', '2027-09-01', '--id', 'droom-2027'], /--id: a cohort 'droom-2027' exists already/],
    ['an unknown facilitator', ['--programme', 'droom-van-elke-burgemeester', '--start', '2027-09-01', '--facilitators', 'x'], /--facilitators: not in the people files: x/],
  ])('%s: exit 2 with the flag and why', async (_name, flags, message) => {
    const io = examples();
    const r = await runIn(io, ['init', 'cohort', '--yes', ...flags, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('speaks Dutch with --lang nl', async () => {
    const io = examples();
    const r = await runIn(io, ['init', 'cohort', '--lang', 'nl', '--yes', '--programme', 'droom-van-elke-burgemeester', '--start', '2027-09-01', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('cohorts/droom-van-elke-burgemeester-2027.yaml, cohorts/droom-van-elke-burgemeester-2027.registrations.csv geschreven\n');
  });
});
