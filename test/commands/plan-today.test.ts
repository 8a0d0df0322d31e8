/**
 * `cohort plan` and `cohort roster` on a day after a cohort started (--today): what is not fixed is
 * planned from today on, and a note says so; the shipped examples through the CLI with an in-memory IO.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

interface JsonSession {
  session: string;
  start: string;
  fixed: boolean;
  status: string;
}

describe('planning after the start', () => {
  it('LoopbaanPlus on 1 March 2027: the fixed block stays, every other session is on or after today, and a note says why', async () => {
    const io = memoryIO(shippedExamples());
    const r = await runIn(io, ['plan', 'cohorts/loopbaanplus-2027.yaml', '--today', '2027-03-01', '--format', 'json', '--no-color']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'loopbaanplus-2027: started on 2027-01-11, before today 2027-03-01: sessions that are not fixed are planned from today on (fixed entries keep the sessions held; cohort plan --pin keeps a plan as sent out)\n',
    );
    const sessions = (JSON.parse(r.stdout) as { sessions: JsonSession[] }).sessions;
    expect(sessions.filter((s) => s.fixed).map((s) => `${s.session} ${s.start}`)).toEqual(['groepsblok-1 2027-04-02T13:00']);
    expect(sessions.filter((s) => !s.fixed && s.start < '2027-03-01')).toEqual([]);
    // the intakes open on today's Monday (the first working day the facilitators can reach)
    expect(sessions.filter((s) => s.session.startsWith('intake@')).map((s) => s.start.slice(0, 10)).sort()[0]).toBe('2027-03-01');
  });

  it('no note on the day before the start, and the plan is the one of 1 December', async () => {
    const io = memoryIO(shippedExamples());
    const a = await runIn(io, ['plan', 'cohorts/loopbaanplus-2027.yaml', '--today', '2027-01-10', '--format', 'json']);
    const b = await runIn(io, ['plan', 'cohorts/loopbaanplus-2027.yaml', '--today', '2026-12-01', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stderr).not.toContain('started on');
    const strip = (out: string) => (JSON.parse(out) as { sessions: JsonSession[] }).sessions.map((s) => `${s.session} ${s.start}`);
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
  });

  it('the intervisie roster in June with nothing pinned cannot fit six meetings before the end: exit 1, with the note in Dutch', async () => {
    const io = memoryIO(shippedExamples());
    const r = await runIn(io, ['--lang', 'nl', 'roster', 'cohorts/intervisie-2027.yaml', '--today', '2027-06-01', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('intervisie-2027: begonnen op 2027-01-18, voor vandaag 2027-06-01: sessies zonder vaste datum worden vanaf vandaag gepland');
  });
});
