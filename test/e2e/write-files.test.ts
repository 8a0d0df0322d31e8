/** The real IO's batch write on disk: every file or none, no temporary file left behind. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { realIO } from '../../src/cli/io.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder() {
  dir = mkdtempSync(join(tmpdir(), 'cohort-write-files-'));
  writeFileSync(join(dir, 'cohort.yaml'), 'id: a\n');
  return realIO({ cwd: dir, out: () => undefined, err: () => undefined, env: {}, stdoutIsTTY: false, stdinIsTTY: false });
}

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as { code?: string; target?: string });

describe('IO.writeFiles', () => {
  it('writes them all', async () => {
    const io = folder();
    await io.writeFiles([{ path: 'plan.ics', data: 'BEGIN' }, { path: 'cohort.yaml', data: 'id: b\n', unchanged: new TextEncoder().encode('id: a\n') }]);
    expect(readFileSync(join(dir, 'plan.ics'), 'utf8')).toBe('BEGIN');
    expect(readFileSync(join(dir, 'cohort.yaml'), 'utf8')).toBe('id: b\n');
    expect(readdirSync(dir).sort()).toEqual(['cohort.yaml', 'plan.ics']);
  });

  it('a target in a missing folder: none written, the error names it, no temporary file left', async () => {
    const io = folder();
    const e = await failure(io.writeFiles([{ path: 'plan.ics', data: 'BEGIN' }, { path: 'cohort.yaml', data: 'id: b\n' }, { path: 'gone/x.ics', data: 'X' }]));
    expect(e).toMatchObject({ code: 'ENOENT', target: 'gone/x.ics' });
    expect(readdirSync(dir)).toEqual(['cohort.yaml']);
    expect(readFileSync(join(dir, 'cohort.yaml'), 'utf8')).toBe('id: a\n');
  });

  it('an edited file that changed since it was read: none written', async () => {
    const io = folder();
    const e = await failure(io.writeFiles([{ path: 'plan.ics', data: 'BEGIN' }, { path: 'cohort.yaml', data: 'id: b\n', unchanged: new TextEncoder().encode('id: old\n') }]));
    expect(e).toMatchObject({ code: 'ECHANGED', target: 'cohort.yaml' });
    expect(readdirSync(dir)).toEqual(['cohort.yaml']);
    expect(readFileSync(join(dir, 'cohort.yaml'), 'utf8')).toBe('id: a\n');
  });

  it('a file that was missing when read but exists now (someone else created it): none written', async () => {
    const io = folder();
    const e = await failure(io.writeFiles([{ path: 'plan.ics', data: 'BEGIN' }, { path: 'cohort.yaml', data: 'id: b\n', absent: true }]));
    expect(e).toMatchObject({ code: 'ECHANGED', target: 'cohort.yaml' });
    expect(readdirSync(dir)).toEqual(['cohort.yaml']);
    expect(readFileSync(join(dir, 'cohort.yaml'), 'utf8')).toBe('id: a\n');
    await io.writeFiles([{ path: 'history.jsonl', data: '{}\n', absent: true }]);
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe('{}\n');
  });
});
