/** Second level: `cohort match` through the CLI with an in-memory IO holding the shipped examples (the Bestuurderspool, seed 001). */
import { describe, expect, it, vi } from 'vitest';
import { memoryIO, runIn, shippedExamples, type MemoryIO } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const BP = 'cohorts/bestuurderspool-2027.yaml';
const NO_COLOR = ['--no-color'];

function examples(opts: Parameters<typeof memoryIO>[1] = {}): MemoryIO {
  return memoryIO(shippedExamples(), opts);
}

async function at(io: MemoryIO, today: string, argv: string[]) {
  return runIn(io, [...argv, '--today', today, ...NO_COLOR]);
}

/** The pairs a table shows, `coachee coach`. */
function pairs(table: string): string[] {
  return [...table.matchAll(/^(b\d\d) .* ← (\S+) /gm)].map((m) => `${m[1]} ${m[2]}`);
}

describe('cohort match', () => {
  it('proposes the optimal match of the shipped example with reasons and next-best coaches (golden)', async () => {
    const io = examples();
    const r = await at(io, '2026-12-14', ['match', BP]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot('../e2e/expected/match/bestuurderspool-2027.txt');
    // Esther Jansma lives in Leeuwarden, like coach jan-willem-terpstra: never paired
    expect(pairs(r.stdout)).not.toContain('b09 jan-willem-terpstra');
    const csv = await at(io, '2026-12-14', ['match', BP, '--format', 'csv', '--lang', 'nl']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFcohort;coachee;naam;gemeente;coach;')).toBe(true);
    await expect(csv.stdout).toMatchFileSnapshot('../e2e/expected/match/bestuurderspool-2027.nl.csv');
    const json = await at(io, '2026-12-14', ['match', BP, '--format', 'json']);
    await expect(json.stdout).toMatchFileSnapshot('../e2e/expected/match/bestuurderspool-2027.json');
    const parsed = JSON.parse(json.stdout) as { total: number; pairs: { cost: number; nextBest: unknown[] }[] };
    expect(parsed.total).toBe(parsed.pairs.reduce((s, p) => s + p.cost, 0));
    expect(parsed.pairs.every((p) => p.nextBest.length === 3)).toBe(true);
  });

  it('--pin writes the pairs after the diff, every other byte unchanged; a later match keeps them; plan plans with them', async () => {
    const io = examples();
    const before = io.text(BP)!;
    const r = await at(io, '2026-12-14', ['match', BP, '--pin']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('cohorts/bestuurderspool-2027.yaml: 10 changes, 0 pairs unchanged');
    expect(r.stderr).toContain('  + b09 → marian-krol\n');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('pinned 10 pairs and 0 exclusions in cohorts/bestuurderspool-2027.yaml');
    const after = io.text(BP)!;
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n')[0]).toBe('matches:');
    expect(after.slice(before.length)).toContain('  - { coachee: b05, coach: theo-van-wijk }\n');

    // staff chose another coach for b05 by hand: a later match keeps it, and re-matches around it
    io.files.set(BP, new TextEncoder().encode(after.replace('{ coachee: b05, coach: theo-van-wijk }', '{ coachee: b05, coach: fatima-bouzid } # chosen at the intake')));
    const again = await at(io, '2026-12-15', ['match', BP]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^b05 Marloes Timmer .* ← fatima-bouzid .*\[pinned\]$/m);

    const plan = await at(io, '2026-12-15', ['plan', BP, '--format', 'json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).not.toContain('without a pinned coach');
    const sessions = (JSON.parse(plan.stdout) as { sessions: { session: string; facilitators: string[] }[] }).sessions;
    expect(sessions.find((s) => s.session === 'coaching#1@b05')?.facilitators).toEqual(['fatima-bouzid']);
  });

  it('plan --pin refuses while the coaches are only proposed (exit 2, nothing written); after match --pin it pins', async () => {
    const io = examples();
    const before = io.text(BP);
    const r = await at(io, '2026-12-15', ['plan', BP, '--pin']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`cohort: ${BP}: the coaches are only proposed; pin them first (cohort match --pin), then the plan`);
    expect(io.text(BP)).toBe(before);
    expect((await at(io, '2026-12-15', ['match', BP, '--pin'])).code).toBe(0);
    const pinned = await at(io, '2026-12-15', ['plan', BP, '--pin']);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(io.text(BP)).toMatch(/\{ session: coaching#1@b05, date: "2027-/);
  });

  it('plan of a coaching cohort without pinned pairs plans with the proposed match and says so', async () => {
    const io = examples();
    const plan = await at(io, '2026-12-15', ['plan', BP, '--format', 'json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('bestuurderspool-2027: 10 coachee(s) without a pinned coach (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10); planned with the match cohort match proposes (cohort match --pin keeps it)');
    const proposed = pairs((await at(io, '2026-12-15', ['match', BP])).stdout);
    const sessions = (JSON.parse(plan.stdout) as { sessions: { session: string; facilitators: string[] }[] }).sessions;
    for (const p of proposed) {
      const [coachee, coach] = p.split(' ');
      expect(sessions.find((s) => s.session === `coaching#1@${coachee}`)?.facilitators).toEqual([coach]);
    }
  });

  it('--exclude re-matches that coachee only, records the exclusion with the date, and --all says what a full re-optimisation gains', async () => {
    const io = examples();
    await at(io, '2026-12-14', ['match', BP, '--pin']);
    const pinned = io.text(BP)!;
    const first = pairs((await at(io, '2026-12-14', ['match', BP])).stdout);
    const r = await at(io, '2027-03-02', ['match', BP, '--exclude', 'b09:marian-krol', '--pin']);
    expect(r.code, r.stderr).toBe(0);
    const now = pairs(r.stdout);
    expect(now.filter((p) => !first.includes(p))).toEqual(['b09 fatima-bouzid']);
    expect(r.stdout).toMatch(/^b09 Esther Jansma .* ← fatima-bouzid .*\[re-matched, was marian-krol\]$/m);
    expect(r.stderr).toContain('  ~ b09: marian-krol → fatima-bouzid\n  excluded b09 with marian-krol (2027-03-02)\n');
    const after = io.text(BP)!;
    expect(after).toBe(`${pinned.replace('{ coachee: b09, coach: marian-krol }', '{ coachee: b09, coach: fatima-bouzid }')}excluded:\n  - { coachee: b09, coach: marian-krol, date: "2027-03-02" }\n`);
    // the exclusion stays: a later match never proposes the pair again, --all included
    const all = await at(io, '2027-03-03', ['match', BP, '--all']);
    expect(all.code).toBe(0);
    expect(pairs(all.stdout)).not.toContain('b09 marian-krol');
    expect(all.stdout).toMatch(/^--all: \d+ pairs change against keeping the others; the total is \d+ lower$/m);
  });

  it('refuses to pin when the cohort file changed since it was read', async () => {
    let edited = false;
    const io = examples({
      beforeWrite: (path, files) => {
        if (path !== BP || edited) return;
        edited = true;
        files.set(BP, new TextEncoder().encode(`${new TextDecoder().decode(files.get(BP)!)}# edited meanwhile\n`));
      },
    });
    const r = await at(io, '2026-12-14', ['match', BP, '--pin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cohorts\/bestuurderspool-2027\.yaml changed/);
    expect(io.text(BP)!.endsWith('# edited meanwhile\n')).toBe(true);
  });

  it('exits 1 when the pool has no coach left for someone, says what would help, and writes nothing', async () => {
    const io = examples();
    const before = io.text(BP)!;
    const coaches = ['henk-bosman', 'greet-van-leeuwen', 'fatima-bouzid', 'rob-scheepers', 'anja-mulder', 'theo-van-wijk', 'marian-krol'];
    const r = await at(io, '2027-03-02', ['match', BP, '--pin', ...coaches.flatMap((c) => ['--exclude', `b09:${c}`])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('b09 Esther Jansma (Leeuwarden): the pool has no coach left\n');
    expect(r.stdout).toContain('jan-willem-terpstra (own municipality)');
    expect(r.stdout).toContain('what would help:\n    - no coach of the pool is allowed: add a coach to the pool\n');
    expect(r.stderr).toBe('cohort: 1 coachee(s) without a coach: b09 (nothing written; see what would help above)\n');
    expect(io.text(BP)).toBe(before);
  });

  it.each([
    [['--exclude', 'b09'], 2, /--exclude b09: write coachee:coach/],
    [['--exclude', 'b09:marian-krl'], 2, /marian-krl is not a coach in the pool of bestuurderspool-2027; did you mean 'marian-krol'\?/],
    [['--exclude', 'b99:marian-krol'], 2, /b99/],
  ])('a bad --exclude is a usage error: %j', async (args, code, message) => {
    const r = await at(examples(), '2027-03-02', ['match', BP, ...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a cohort that is not a coaching cohort', async () => {
    const r = await at(examples(), '2027-03-02', ['match', 'cohorts/droom-2027.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort: droom-2027 is not a coaching cohort: programme droom-van-elke-burgemeester has no coaching phase\n');
  });

  it('validate checks the pinned pairs and the exclusions against the registrations and the pool', async () => {
    const io = examples();
    io.files.set(BP, new TextEncoder().encode(`${io.text(BP)}matches:\n  - { coachee: b01, coach: anja-mulder }\n  - { coachee: b01, coach: marian-krol }\n  - { coachee: b5, coach: marian-krl }\nexcluded:\n  - { coachee: b01, coach: anja-mulder, date: "2027-03-02" }\n`));
    const r = await at(io, '2027-03-02', ['validate', BP, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; column: number; severity: string }[] }).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(found).toEqual([
      '24:5 warning match/excluded-pair',
      '25:16 error match/duplicate-coachee',
      '26:16 error match/unknown-coachee',
      '26:27 error match/coach-not-in-pool',
    ]);
  });
});
