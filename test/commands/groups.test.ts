/** Second level: `cohort groups` through the CLI with an in-memory IO holding the shipped examples; golden files for every format. */
import { describe, expect, it, vi } from 'vitest';
import { allMunicipalities } from '../../src/calendar/municipalities.js';
import { memoryIO, runIn, shippedExamples, savedMeanwhile } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const IV = 'cohorts/intervisie-2027.yaml';
const IV_CSV = 'cohorts/intervisie-2027.registrations.csv';
const ARGS = ['--today', '2026-12-01', '--no-color'];

const examples = () => memoryIO(shippedExamples());

describe('cohort groups', () => {
  it.each([
    ['table', [], 'intervisie-2027.txt'],
    ['table in Dutch', ['--lang', 'nl'], 'intervisie-2027.nl.txt'],
    ['best groups', ['--policy', 'best'], 'intervisie-2027.best.txt'],
    ['csv', ['--format', 'csv'], 'intervisie-2027.csv'],
    ['csv in Dutch', ['--format', 'csv', '--lang', 'nl'], 'intervisie-2027.nl.csv'],
    ['json', ['--format', 'json'], 'intervisie-2027.json'],
  ])('%s of the shipped intervisie cohort', async (_name, extra, golden) => {
    const r = await runIn(examples(), ['groups', IV, ...ARGS, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`./expected/groups/${golden}`);
  });

  it('accepts the cohort id and writes --out atomically, never onto an input', async () => {
    const io = examples();
    const r = await runIn(io, ['groups', 'intervisie-2027', '--format', 'json', '--out', 'groups.json', ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(io.text('groups.json')!).groups).toHaveLength(2);
    const refused = await runIn(examples(), ['groups', IV, '--format', 'csv', '--out', IV_CSV, ...ARGS]);
    expect(refused.code).toBe(2);
  });

  it('everyone from one municipality: the reserve list with the reason, one line naming the file, exit 1', async () => {
    const files = shippedExamples();
    const csv = new TextDecoder().decode(files.get(IV_CSV)!);
    const [header, ...rows] = csv.trimEnd().split(/\r?\n/);
    // Every registration in Utrecht (column 4).
    const utrecht = rows.map((row) => row.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, '$1Utrecht'));
    files.set(IV_CSV, new TextEncoder().encode(`${[header, ...utrecht].join('\n')}\n`));
    const r = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cohort: cohorts/intervisie-2027.yaml: no group can be formed: only 1 different municipalities among 13 registrations; a group needs 6\n');
    expect(r.stdout).toContain('only 1 different municipalities among 13 registrations; a group needs 6');
  });

  it('above 20 members: a lower bound and the gap to it, the bound below the groups\' km and worth printing', async () => {
    // 60 aldermen of 60 different municipalities (every fifth in the CBS list), registered a day apart.
    const files = shippedExamples();
    const header = new TextDecoder().decode(files.get(IV_CSV)!).split(/\r?\n/)[0]!;
    const towns = allMunicipalities().filter((_, i) => i % 5 === 0).slice(0, 60);
    const rows = towns.map((m, i) => `r${i + 1},Wethouder ${i + 1},wethouder,${m.code},r${i + 1}@example.nl,2026-05-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + Math.floor(i / 28)).padStart(2, '0')}:00:00+02:00,yes,,,,,registered,`);
    files.set(IV_CSV, new TextEncoder().encode(`${[header, ...rows].join('\n')}\n`));
    const json = await runIn(memoryIO(files), ['groups', IV, ...ARGS, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const { travel, groups } = JSON.parse(json.stdout) as { travel: { memberKm: number; lowerBoundKm: number; proven: boolean }; groups: unknown[] };
    expect(groups).toHaveLength(10);
    expect(travel.proven).toBe(false);
    expect(travel.lowerBoundKm).toBeLessThanOrEqual(travel.memberKm);
    // The old bound (each member's nearest members) proved little; this one is within reach of the groups.
    expect(travel.lowerBoundKm).toBeGreaterThan(0.55 * travel.memberKm);
    const table = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
    const gap = (100 * (travel.memberKm - travel.lowerBoundKm)) / travel.lowerBoundKm;
    expect(table.stdout).toContain(`lower bound ${Math.round(travel.lowerBoundKm)} km: at most ${gap.toFixed(1)} % above the optimum\n`);
  });

  describe('six registrations, two of them from Maastricht (the bench year): what is really short, in both languages, and plan says the same', () => {
    // i03 … i08 (i09 is cancelled), the first two moved to Maastricht: six registrations from five municipalities.
    const maastricht = () => {
      const files = shippedExamples();
      const [header, ...rows] = new TextDecoder().decode(files.get(IV_CSV)!).trimEnd().split(/\r?\n/);
      const six = rows.filter((row) => /^i0[3-8],/.test(row)).map((row) => (/^i0[34],/.test(row) ? row.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, '$1Maastricht') : row));
      files.set(IV_CSV, new TextEncoder().encode(`${[header, ...six].join('\n')}\n`));
      return memoryIO(files);
    };
    it('cohort groups: exit 1, the cause on stderr and with every registration on the reserve list', async () => {
      const r = await runIn(maastricht(), ['groups', IV, ...ARGS]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('cohort: cohorts/intervisie-2027.yaml: no group can be formed: only 5 different municipalities among 6 registrations; a group needs 6\n');
      expect(r.stdout).toContain('no group can be formed: only 5 different municipalities among 6 registrations; a group needs 6\n');
      expect(r.stdout).toMatch(/i03 Sanne Peeters, Maastricht +only 5 different municipalities among 6 registrations; a group needs 6\n/);
      expect(r.stdout).toContain('1 more registration in or near Fryslân would open a new group (with i04, i05, i06, i08, i03, i07)');
      const nl = await runIn(maastricht(), ['groups', IV, ...ARGS, '--lang', 'nl']);
      expect(nl.code).toBe(1);
      expect(nl.stderr).toBe('cohort: cohorts/intervisie-2027.yaml: er kan geen groep worden gevormd: slechts 5 verschillende gemeenten onder 6 inschrijvingen; een groep heeft er 6 nodig\n');
    });
    it('cohort plan: the reserve line gives the same cause, not "0 of 0 seats free"', async () => {
      const r = await runIn(maastricht(), ['plan', IV, ...ARGS, '--out', 'plan.json']);
      expect(r.stderr).toContain('intervisie-2027: 6 registration(s) on the reserve list (i04, i05, i06, i08, i03, i07): no group can be formed: only 5 different municipalities among 6 registrations; a group needs 6\n');
      expect(r.stderr).not.toContain('0 of 0 seats');
      const nl = await runIn(maastricht(), ['plan', IV, ...ARGS, '--out', 'plan.json', '--lang', 'nl']);
      expect(nl.stderr).toContain('intervisie-2027: 6 inschrijving(en) op de reservelijst (i04, i05, i06, i08, i03, i07): er kan geen groep worden gevormd: slechts 5 verschillende gemeenten onder 6 inschrijvingen; een groep heeft er 6 nodig\n');
    });
    it('five registrations: too few registrations, said as such', async () => {
      const files = shippedExamples();
      const [header, ...rows] = new TextDecoder().decode(files.get(IV_CSV)!).trimEnd().split(/\r?\n/);
      files.set(IV_CSV, new TextEncoder().encode(`${[header, ...rows.filter((row) => /^i0[3-7],/.test(row))].join('\n')}\n`));
      const r = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('cohort: cohorts/intervisie-2027.yaml: no group can be formed: only 5 registration(s) in the running; a group needs 6 from different municipalities\n');
    });
  });

  it('a cohort with errors is refused with its diagnostics (exit 1)', async () => {
    const files = shippedExamples();
    files.set(IV, new TextEncoder().encode(new TextDecoder().decode(files.get(IV)!).replace('programme: intervisie-wethouders', 'programme: intervisie-wethouderz')));
    const r = await runIn(memoryIO(files), ['groups', IV, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/intervisie-2027\.yaml:\d+:\d+/);
  });

  it('an unknown policy is a usage error (exit 2)', async () => {
    const r = await runIn(examples(), ['groups', IV, '--policy', 'random', ...ARGS]);
    expect(r.code).toBe(2);
  });

  describe('--pin', () => {
    const cancelIn = (io: ReturnType<typeof examples>, id: string) => {
      const csv = io.text(IV_CSV)!;
      const row = csv.split(/\r?\n/).find((l) => l.startsWith(`${id},`))!;
      io.files.set(IV_CSV, new TextEncoder().encode(csv.replace(row, row.replace(/,(registered|confirmed)(,|$)/, ',cancelled$2'))));
    };

    it('writes the groups into the cohort file after printing the diff; every other byte stays, validate passes, a second run changes nothing', async () => {
      const io = examples();
      const before = io.text(IV)!;
      const r = await runIn(io, ['groups', IV, '--pin', ...ARGS]);
      expect(r.code, r.stderr).toBe(0);
      const after = io.text(IV)!;
      expect(after.startsWith(before)).toBe(true);
      await expect(after.slice(before.length)).toMatchFileSnapshot('./expected/groups/intervisie-2027.pinned.yaml');
      expect(r.stderr).toBe(
        [
          'intervisie-2027: against the pinned groups 0 joined, 0 left, 2 new group(s), 0 dropped, 0 unchanged',
          ...after
            .slice(before.length)
            .split('\n')
            .filter((l) => l.includes('id: g'))
            .map((l) => `  new group  ${/id: (g\d)/.exec(l)![1]}: ${/members: \[(.*)\]/.exec(l)![1]}`),
          `pinned 2 group(s) in ${IV}`,
          '',
        ].join('\n'),
      );
      expect((await runIn(io, ['validate', IV, '--no-color'])).code).toBe(0);
      const again = await runIn(io, ['groups', IV, '--pin', ...ARGS]);
      expect(again.stderr.split('\n')[0]).toBe('intervisie-2027: against the pinned groups 0 joined, 0 left, 0 new group(s), 0 dropped, 2 unchanged');
      expect(io.text(IV)).toBe(after);
      expect(again.stdout).toContain('kept as pinned: g1, g2');
    });

    it('--dry-run prints the diff and writes nothing', async () => {
      const io = examples();
      const before = io.text(IV);
      const r = await runIn(io, ['groups', IV, '--pin', '--dry-run', ...ARGS]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^intervisie-2027: against the pinned groups 0 joined, 0 left, 2 new group\(s\)/);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`dry run: ${IV} not written`);
      expect(io.text(IV)).toBe(before);
    });

    it('after a cancellation the first on the reserve list takes the seat, everyone else stays, and the diff says so', async () => {
      const io = examples();
      await runIn(io, ['groups', IV, '--pin', ...ARGS]);
      const pinnedText = io.text(IV)!;
      const groupWith = (text: string, id: string) => text.split('\n').find((l) => new RegExp(`[\\[ ]${id}[,\\]]`).test(l) && l.includes('id: g'))!;
      const lineOfI03 = groupWith(pinnedText, 'i03');
      const gid = /id: (g\d)/.exec(lineOfI03)![1]!;
      cancelIn(io, 'i03');
      const r = await runIn(io, ['groups', IV, '--pin', ...ARGS]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.split('\n').slice(0, 3)).toEqual([
        'intervisie-2027: against the pinned groups 1 joined, 1 left, 0 new group(s), 0 dropped, 1 unchanged',
        `  joined     ${gid}: i14`,
        `  left       ${gid}: i03`,
      ]);
      const now = io.text(IV)!;
      expect(groupWith(now, 'i14')).toBe(lineOfI03.replace('i03, ', '').replace(', i03', '').replace(/\]/, ', i14]'));
      // The other group's line is byte for byte the same.
      const other = pinnedText.split('\n').find((l) => l.includes('id: g') && l !== lineOfI03)!;
      expect(now).toContain(other);
    });

    it('--replan g2 re-optimises only g2; an unknown group or --replan without pins is a usage error (exit 2)', async () => {
      const io = examples();
      const none = await runIn(io, ['groups', IV, '--replan', 'g2', ...ARGS]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain(`--replan: ${IV} has no pinned groups`);
      await runIn(io, ['groups', IV, '--pin', ...ARGS]);
      const g1 = io.text(IV)!.split('\n').find((l) => l.includes('id: g1'))!;
      const r = await runIn(io, ['groups', IV, '--replan', 'g2', '--format', 'json', ...ARGS]);
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as { kept: string[]; groups: { id: string; members: { id: string }[] }[] };
      expect(json.kept).toEqual(['g1']);
      expect(json.groups[0]!.members.map((m) => m.id).join(', ')).toBe(/members: \[(.*)\]/.exec(g1)![1]);
      const unknown = await runIn(io, ['groups', IV, '--replan', 'g7', ...ARGS]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("--replan: no pinned group 'g7' (pinned: g1, g2)");
    });

    it('refuses a cohort file saved by someone else meanwhile, and writes nothing', async () => {
      const io = examples();
      const mine = savedMeanwhile(io, IV, '# a note saved meanwhile\n');
      const r = await runIn(io, ['groups', IV, '--pin', '--out', 'groups.txt', ...ARGS]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^cohort: ${IV.replace(/\./g, '\\.')} changed since it was read`));
      expect(io.files.get(IV)).toBe(mine);
      expect(io.text('groups.txt')).toBeUndefined();
    });

    it('a pinned group with two aldermen of Utrecht is a validate error at its line and column (exit 1)', async () => {
      const io = examples();
      io.files.set(IV, new TextEncoder().encode(`${io.text(IV)}groups:\n  - { id: g1, members: [i01, i02, i03] }\n`));
      const r = await runIn(io, ['groups', IV, ...ARGS]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/intervisie-2027\.yaml:23:30: error: group g1: i02 and i01 are both from Utrecht.*\[groups\/same-municipality\]/);
    });
  });
});
