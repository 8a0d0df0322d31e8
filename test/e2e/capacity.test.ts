/** `cohort capacity`, `cancel` and `offer` on the real file system: golden reports, byte-kept files, a concurrent save refused. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { realIO } from '../../src/cli/io.js';
import { runMain } from '../../src/cli/program.js';
import { cohortIn, ROOT } from '../support/io.js';
import { workspace } from './helpers.js';

const TODAY = ['--today', '2026-11-23'];

/** Two cohorts of one programme with a total of 10 seats, a province quota, an open offer and a reserve list. */
function training(): string {
  const dir = workspace({});
  cpSync(join(ROOT, 'test/fixtures/capacity'), dir, { recursive: true });
  return dir;
}

describe('cohort capacity matches the golden reports', () => {
  it.each([
    ['table', 'en', 'shipped.txt'],
    ['table', 'nl', 'shipped.nl.txt'],
    ['markdown', 'en', 'shipped.md'],
  ])('the shipped cohorts as %s (%s)', async (format, lang, golden) => {
    const r = await cohortIn(['capacity', 'cohorts', '--format', format, '--lang', lang, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`expected/capacity/${golden}`);
  });

  it.each([
    ['table', 'en', 'training.txt'],
    ['table', 'nl', 'training.nl.txt'],
    ['csv', 'en', 'training.csv'],
    ['csv', 'nl', 'training.nl.csv'],
    ['json', 'en', 'training.json'],
    ['markdown', 'en', 'training.md'],
  ])('a programme total and a quota over two cohorts as %s (%s)', async (format, lang, golden) => {
    const r = await cohortIn(['capacity', 'cohorts', '--format', format, '--lang', lang, ...TODAY], { cwd: training() });
    expect(r.code, r.stderr).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`expected/capacity/${golden}`);
  });

  it('the CSV parses back, one row per registration in the running, with the reserve positions', async () => {
    const r = await cohortIn(['capacity', 'cohorts', '--format', 'csv', ...TODAY], { cwd: training() });
    const rows: Record<string, string>[] = parseCsv(r.stdout, { bom: true, columns: true, delimiter: ',' });
    expect(rows.filter((x) => x.standing === 'reserve list').map((x) => [x.id, x.position])).toEqual([
      ['v04', '1'],
      ['v07', ''],
      ['v09', '2'],
      ['v10', '3'],
      ['v11', '4'],
    ]);
    expect(rows.find((x) => x.id === 'v03')).toMatchObject({ standing: 'offered', 'offer expires': '2026-11-25' });
  });
});

describe('edits on disk', () => {
  const CSV = 'cohorts/training-voorjaar-2027.registrations.csv';

  it('cancel with a programme total: the freed seat goes to the next in line of this cohort; every untouched row keeps its bytes', async () => {
    const dir = training();
    const before = readFileSync(join(dir, CSV), 'utf8');
    const r = await cohortIn(['cancel', 'cohorts/training-voorjaar-2027.yaml', 'v06', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  v09 Sophie Lindeman: offered the seat until Thu 26 Nov 2026 (3 working days; 2nd on the reserve list)\n');
    const after = readFileSync(join(dir, CSV), 'utf8');
    expect(after).toBe(before.replace('ja;registered;;\r\nv07', 'ja;cancelled;;\r\nv07').replace('v09;Sophie Lindeman;wethouder;Haarlem;s.lindeman@example.nl;2026-11-15T09:25:00+01:00;ja;waiting;;', 'v09;Sophie Lindeman;wethouder;Haarlem;s.lindeman@example.nl;2026-11-15T09:25:00+01:00;ja;offered;2026-11-26;'));
    // no temporary file is left beside it
    expect(readdirSync(join(dir, 'cohorts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file saved by an editor between the read and the rename is refused; the editor’s bytes stay', async () => {
    const dir = training();
    const path = join(dir, CSV);
    const theirs = readFileSync(path, 'utf8').replace('Marloes Bergsma', 'Marloes Bergsma-de Vries');
    let reads = 0;
    const inner = realIO({ cwd: dir, out: () => undefined, err: () => undefined, env: { LANG: 'C' }, stdoutIsTTY: false, stdinIsTTY: false });
    const io = {
      ...inner,
      readFile: async (p: string) => {
        const bytes = await inner.readFile(p);
        // Someone saves the file in Excel right after cohort has read it.
        if (p.endsWith('training-voorjaar-2027.registrations.csv') && reads++ === 0) writeFileSync(path, theirs);
        return bytes;
      },
      err: (t: string) => void (stderr += t),
    };
    let stderr = '';
    const code = await runMain(['cancel', 'cohorts/training-voorjaar-2027.yaml', 'v06', ...TODAY], io);
    expect(code).toBe(2);
    expect(stderr).toBe(`cohort: ${CSV} was changed by someone else since it was read; nothing was written (run the command again)\n`);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(existsSync(join(dir, 'cohorts/training-voorjaar-2027.history.jsonl'))).toBe(false);
    expect(readdirSync(join(dir, 'cohorts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the programme total spans the cohorts in the folder: a registration in the other cohort waits once the total is reached', async () => {
    const dir = training();
    const najaar = 'cohorts/training-najaar-2027.yaml';
    const reg = (name: string, email: string) => cohortIn(['register', najaar, '--name', name, '--municipality', 'Zwolle', '--email', email, '--member', ...TODAY], { cwd: dir });
    // 8 of the 10 seats are taken over both cohorts: two more fit, the third waits although the group has room.
    expect((await reg('Anna Smit', 'a.smit@example.nl')).stdout).toContain('n03 Anna Smit: registered, and has a seat');
    expect((await reg('Bart Kok', 'b.kok@example.nl')).stdout).toContain('n04 Bart Kok: registered, and has a seat');
    const third = await reg('Cor Mol', 'c.mol@example.nl');
    expect(third.stdout).toBe(
      'training-najaar-2027, Mon 23 Nov 2026:\n  n05 Cor Mol: registered, on the reserve list at position 1: no seat left in the programme total (10 over every cohort of wv-raadsbrede-training)\n  seats: 4 of 6 taken, 0 free; binding: the programme total (10 over every cohort of wv-raadsbrede-training)\n',
    );
  });

  it('the programme total counts a cohort of the folder that names its programme through an escape of a double-quoted string', async () => {
    const dir = training();
    const voorjaar = join(dir, 'cohorts/training-voorjaar-2027.yaml');
    writeFileSync(voorjaar, readFileSync(voorjaar, 'utf8').replace('programme: wv-raadsbrede-training', 'programme: "wv-raadsbrede-\\x74raining"'));
    const reg = (name: string, email: string) => cohortIn(['register', 'cohorts/training-najaar-2027.yaml', '--name', name, '--municipality', 'Zwolle', '--email', email, '--member', ...TODAY], { cwd: dir });
    // As in the test above: 8 of the 10 seats are taken over both cohorts, so the third waits.
    expect((await reg('Anna Smit', 'a.smit@example.nl')).stdout).toContain('n03 Anna Smit: registered, and has a seat');
    expect((await reg('Bart Kok', 'b.kok@example.nl')).stdout).toContain('n04 Bart Kok: registered, and has a seat');
    expect((await reg('Cor Mol', 'c.mol@example.nl')).stdout).toContain('n05 Cor Mol: registered, on the reserve list at position 1: no seat left in the programme total');
  });

  it('with a programme total, an error in a cohort of the same programme refuses the change; one in a cohort of another programme does not', async () => {
    const dir = training();
    const voorjaar = join(dir, CSV);
    writeFileSync(join(dir, 'cohorts/other-2027.yaml'), 'id: other-2027\nprogramme: no-such-programme\ntitle: Other\nstart: "2027-03-01"\nfacilitators: []\n');
    const other = await cohortIn(['cancel', 'cohorts/training-voorjaar-2027.yaml', 'v06', '--dry-run', ...TODAY], { cwd: dir });
    expect(other.code, other.stderr).toBe(0);
    const najaar = join(dir, 'cohorts/training-najaar-2027.registrations.csv');
    writeFileSync(najaar, `${readFileSync(najaar, 'utf8')}n01,Gert-Jan Slot,wethouder,GM1842,gj.slot2@example.nl,2026-11-05T16:45:00+01:00,yes,registered\n`);
    const before = readFileSync(voorjaar);
    const same = await cohortIn(['cancel', 'cohorts/training-voorjaar-2027.yaml', 'v06', ...TODAY], { cwd: dir });
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('cohorts/training-najaar-2027.registrations.csv:');
    expect(same.stderr).not.toContain('other-2027');
    expect(readFileSync(voorjaar)).toEqual(before);
  });

  it('the history grows by appending: earlier lines are never rewritten', async () => {
    const dir = training();
    const history = join(dir, 'cohorts/training-voorjaar-2027.history.jsonl');
    await cohortIn(['cancel', 'cohorts/training-voorjaar-2027.yaml', 'v06', ...TODAY], { cwd: dir });
    const first = readFileSync(history, 'utf8');
    const r = await cohortIn(['offer', 'update', 'cohorts/training-voorjaar-2027.yaml', '--today', '2026-11-27'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const second = readFileSync(history, 'utf8');
    expect(second.startsWith(first)).toBe(true);
    expect(second.slice(first.length).split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((e: { id: string; to?: string }) => [e.id, e.to])).toEqual([
      ['v03', 'expired'],
      ['v09', 'expired'],
      ['v10', 'offered'],
      ['v10', '2026-12-02'],
      ['v11', 'offered'],
      ['v11', '2026-12-02'],
    ]);
  });
});
