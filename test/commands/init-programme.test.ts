/** Second level: `cohort init programme` asks (or takes flags), writes a programme, and a cohort `init cohort` makes for it validates and plans. */
import { describe, expect, it, vi } from 'vitest';
import { CTRL_C, memoryIO, runIn, shippedExamples, type Answer, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const TODAY = ['--today', '2026-11-23', '--no-color'];

function examples(answers: Answer[] = [], extra: Record<string, string> = {}): MemoryIO {
  const files = shippedExamples();
  for (const [k, v] of Object.entries(extra)) files.set(k, new TextEncoder().encode(v));
  return memoryIO(files, { answers });
}

/** validate --strict accepts the programme, and a cohort made for it by `init cohort` validates and plans. */
async function validatesAndPlans(io: MemoryIO, programme: string, start: string, facilitators: string): Promise<string> {
  const v = await runIn(io, ['validate', `programmes/${programme}.yaml`, '--strict', ...TODAY]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
  const c = await runIn(io, ['init', 'cohort', '--yes', '--programme', programme, '--start', start, '--facilitators', facilitators, ...TODAY]);
  expect(c.code, c.stderr).toBe(0);
  const cohort = `cohorts/${programme}-${start.slice(0, 4)}.yaml`;
  const vc = await runIn(io, ['validate', cohort, '--strict', ...TODAY]);
  expect(vc.code, vc.stdout + vc.stderr).toBe(0);
  const p = await runIn(io, ['plan', cohort, ...TODAY]);
  expect(p.code, p.stderr).toBe(0);
  return p.stdout;
}

const SCRATCH: Answer[] = [
  '', // start from: (from scratch)
  'wv-basisopleiding', // taken
  'raadsleergang',
  'Raadsleergang',
  'Vereniging van Nederlandse Gemeenten',
  'raadslid, wethouder',
  '6 maanden', // not a duration
  '6 months',
  'twaalf', // not a number
  '12',
  '4',
  'intake',
  'Intakegesprek',
  'indiv',
  '2 uur', // not a duration
  '1h',
  '3w',
  'online',
  true,
  'intake', // taken within the programme
  'dag',
  'Leergangdag',
  'group',
  'intake',
  '1w',
  '',
  'fri',
  '9:30', // not HH:MM
  '09:30',
  '',
  '',
  '3',
  '',
  '2',
  'venue',
  false,
];

describe('cohort init programme', () => {
  it('with --yes from a template: the template with only id, name and capacity changed, its comments kept; validate and plan accept it and a cohort for it', async () => {
    const io = examples();
    const r = await runIn(io, ['init', 'programme', '--yes', '--from', 'wv-basisopleiding', '--id', 'wv-basisopleiding-noord', '--name', 'Basisopleiding Noord', '--max', '16', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('wrote programmes/wv-basisopleiding-noord.yaml\n');
    const template = io.text('programmes/wv-basisopleiding.yaml')!.split('\n');
    const written = io.text('programmes/wv-basisopleiding-noord.yaml')!.split('\n');
    expect(written.slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=../schema/programme.schema.json',
      "# Made by cohort init programme from programmes/wv-basisopleiding.yaml; the comments below are the template's.",
    ]);
    const body = template.slice(template.findIndex((l) => !l.startsWith('#')));
    expect(written.slice(2).length).toBe(body.length);
    const changed = written.slice(2).flatMap((line, i) => (line === body[i] ? [] : [[body[i], line]]));
    expect(changed).toEqual([
      ['id: wv-basisopleiding', 'id: wv-basisopleiding-noord'],
      ['name: Basisopleiding voor nieuwe wethouders', 'name: Basisopleiding Noord'],
      [expect.stringMatching(/^ {2}max: \d+ #/), '  max: 16'],
    ]);
    const plan = await validatesAndPlans(io, 'wv-basisopleiding-noord', '2027-09-06', 'els-verbeek');
    expect(plan).toContain('Basisopleiding (1/3)');
  });

  it('asks on a terminal from a template: Enter keeps the template value, each answer checked as typed', async () => {
    const io = examples(['droom', 'droom-van-elke-burgemeester', 'droom-zuid', 'De droom van elke burgemeester (Zuid)', '', '3 maanden', '4 months', '0', '8', '']);
    const r = await runIn(io, ['init', 'programme', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const transcript = io.transcript.join('\n');
    expect(transcript).toContain("> a programme 'droom-van-elke-burgemeester' exists already");
    expect(transcript).toMatch(/\? Span .* 3 maanden\n> /);
    expect(transcript).toMatch(/\? Capacity: most seats 0\n> /);
    const text = io.text('programmes/droom-zuid.yaml')!;
    // the organiser kept with Enter keeps its brochure quote too
    const organiser = io.text('programmes/droom-van-elke-burgemeester.yaml')!.split('\n').find((l) => l.startsWith('organiser: '));
    expect(text).toContain(`\nid: droom-zuid\nname: De droom van elke burgemeester (Zuid)\n${organiser}\n`);
    expect(text).toContain('\nspan: 4 months\ncapacity:\n  min: 6 # brochure is silent: assumption\n  max: 8\n');
    // every phase line as the template has it
    const phases = (t: string) => t.slice(t.indexOf('\nphases:'));
    expect(phases(text)).toBe(phases(io.text('programmes/droom-van-elke-burgemeester.yaml')!));
    const plan = await validatesAndPlans(io, 'droom-zuid', '2027-09-01', 'marleen-vos');
    expect(plan).toContain('Leergangblok (4/4)');
  });

  it('from scratch, phase by phase: refuses each wrong answer with validate\'s words, writes the programme, and a cohort for it plans', async () => {
    const io = examples(SCRATCH);
    const r = await runIn(io, ['init', 'programme', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('wrote programmes/raadsleergang.yaml\n');
    const refused = io.transcript.filter((t) => t.includes('\n> ')).map((t) => t.split('\n')[0]);
    expect(refused).toEqual([
      '? Programme id wv-basisopleiding',
      '? Span (doorlooptijd, e.g. 9 months or 3 months..4 months) 6 maanden',
      '? Capacity: most seats twaalf',
      '? Duration of one appointment (duur, e.g. 2h or 1h..2h) 2 uur',
      '? Phase 2: id intake',
      '? Slot: start (HH:MM) 9:30',
    ]);
    expect(io.text('programmes/raadsleergang.yaml')).toBe(
      [
        '# yaml-language-server: $schema=../schema/programme.schema.json',
        '',
        'id: raadsleergang',
        'name: Raadsleergang',
        'organiser: Vereniging van Nederlandse Gemeenten',
        'audience: [ raadslid, wethouder ]',
        'span: 6 months',
        'capacity: { max: 12, min: 4 }',
        'phases:',
        '  - id: intake',
        '    name: Intakegesprek',
        '    mode: individual',
        '    duration: 1h',
        '    window: 3w',
        '    location: online',
        '  - id: dag',
        '    name: Leergangdag',
        '    mode: group',
        '    after: { phase: intake, min: 1w }',
        '    slot: { weekday: fri, start: "09:30", end: "17:00" }',
        '    sessions: 3',
        '    every: 4w',
        '    dagdelen: 2',
        '    location: venue',
        '',
      ].join('\n'),
    );
    const plan = await validatesAndPlans(io, 'raadsleergang', '2027-09-01', 'marleen-vos');
    expect(plan).toContain('Leergangdag (3/3)');
  });

  it('never asks without a terminal: exit 2 naming the flags, nothing written; --yes needs a template', async () => {
    for (const argv of [['init', 'programme'], ['init', 'programme', '--yes', '--id', 'x', '--name', 'X']]) {
      const io = examples();
      const before = io.files.size;
      const r = await runIn(io, [...argv, ...TODAY]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'cohort: no terminal to ask on; give the answers as flags: cohort init programme --yes --from --id --name [--organiser --span --min --max] (a programme from scratch is asked phase by phase, on a terminal)\n',
      );
      expect(io.files.size).toBe(before);
    }
  });

  it('Ctrl-C at a question exits 130 and writes nothing', async () => {
    const io = examples(['', 'raadsleergang', 'Raadsleergang', CTRL_C]);
    const before = io.files.size;
    const r = await runIn(io, ['init', 'programme', ...TODAY]);
    expect(r.code).toBe(130);
    expect(io.files.size).toBe(before);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown template', ['--from', 'droom', '--id', 'x', '--name', 'X'], /--from: no programme 'droom' to start from \(there are: bestuurderspool, /],
    ['a programme that is not plannable (a network) as template', ['--from', 'wv-alumninetwerk', '--id', 'x', '--name', 'X'], /--from: no programme 'wv-alumninetwerk' to start from \(there are: .*wv-basisopleiding/],
    ['a programme id that exists', ['--from', 'wv-pbm', '--id', 'wv-basisopleiding', '--name', 'X'], /--id: a programme 'wv-basisopleiding' exists already/],
    ['a bad id', ['--from', 'wv-pbm', '--id', 'PBM 2', '--name', 'X'], /^cohort: --id: /],
    ['a span that is no duration', ['--from', 'wv-pbm', '--id', 'pbm-2', '--name', 'X', '--span', 'een jaar'], /^cohort: --span: /],
    ['no seats', ['--from', 'wv-pbm', '--id', 'pbm-2', '--name', 'X', '--max', '0'], /^cohort: --max: /],
  ])('%s: exit 2 with the flag and why, nothing written', async (_name, flags, message) => {
    const io = examples();
    const before = io.files.size;
    const r = await runIn(io, ['init', 'programme', '--yes', ...flags, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(io.files.size).toBe(before);
  });

  it('a template without a minimum: an empty answer leaves it out', async () => {
    const pbm = new TextDecoder().decode(shippedExamples().get('programmes/wv-pbm.yaml'));
    const own = pbm.replace(/\nid: wv-pbm\n/, '\nid: eigen\n').replace(/\n {2}min: [^\n]*/, '');
    const io = examples(['eigen', 'eigen-2', 'Eigen 2', '', '', '', ''], { 'programmes/eigen.yaml': own });
    const r = await runIn(io, ['init', 'programme', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const text = io.text('programmes/eigen-2.yaml')!;
    expect(text.slice(text.indexOf('\nname:'))).toBe(own.slice(own.indexOf('\nname:')).replace(/\nname: [^\n]*/, '\nname: Eigen 2'));
  });

  it('never overwrites a file', async () => {
    const io = examples([], { 'programmes/pbm-2.yaml': 'notes: mine\n' });
    const r = await runIn(io, ['init', 'programme', '--yes', '--from', 'wv-pbm', '--id', 'pbm-2', '--name', 'PBM 2', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: programmes/pbm-2.yaml exists already; nothing was written\n');
    expect(io.text('programmes/pbm-2.yaml')).toBe('notes: mine\n');
  });

  it('speaks Dutch with --lang nl, the questions too', async () => {
    const io = examples(['', 'raadsleergang', CTRL_C]);
    await runIn(io, ['init', 'programme', '--lang', 'nl', ...TODAY]);
    expect(io.transcript[0]).toMatch(/^\? Uitgaan van \(een bestaand programma als sjabloon\) \n {2}\(vanaf nul, onderdeel voor onderdeel\)/);
    expect(io.transcript[2]).toBe('? Naam ^C');
    const y = examples();
    const r = await runIn(y, ['init', 'programme', '--lang', 'nl', '--yes', '--from', 'wv-pbm', '--id', 'wv-basisopleiding', '--name', 'X', ...TODAY]);
    expect(r.stderr).toBe("cohort: --id: er is al een programma 'wv-basisopleiding'\n");
  });
});
