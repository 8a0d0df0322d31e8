/** The real IO of src/commands/io.ts. */
import { appendFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IO } from '../commands/io.js';

export function realIO(): IO {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: async (p, data) => {
      const tmp = join(dirname(p), `.${p.split(/[\\/]/).pop()}.${process.pid}.tmp`);
      try {
        await writeFile(tmp, data);
        await rename(tmp, p);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
    },
    appendFile: async (p, data) => appendFile(p, data),
    mkdir: async (p) => void (await mkdir(p, { recursive: true })),
    stat: async (p) => {
      try {
        const s = await stat(p);
        return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
      } catch {
        return undefined;
      }
    },
    readDir: async (p) => (await readdir(p)).sort(),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
  };
}
