#!/usr/bin/env node
// `npm run test:clients`: installs the Debian packages the real-client checks need (listed in
// test/clients/debian-packages.txt) when they are missing, then runs those checks with vitest.
// Usage: node scripts/test-clients.mjs [vitest options…]   (e.g. --reporter=json --outputFile.json=x.json)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function debianPackages(text = readFileSync(join(root, 'test/clients/debian-packages.txt'), 'utf8')) {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(argv, env = process.env) {
  process.stderr.write(`test-clients: ${argv.join(' ')}\n`);
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function installMissing() {
  const missing = debianPackages().filter((p) => !installed(p));
  if (missing.length === 0) return;
  // apt-get needs root: run as root (CI containers) or through sudo without a password prompt.
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run([...sudo, 'apt-get', 'update', '-qq'], env) !== 0 || run([...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing], env) !== 0) {
    process.stderr.write(`test-clients: could not install ${missing.join(', ')}; install them (apt-get install ${missing.join(' ')}) and run again\n`);
    process.exit(1);
  }
}

installMissing();
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
process.exit(run([process.execPath, vitest, 'run', '--config', join(root, 'vitest.clients.config.ts'), ...process.argv.slice(2)]));
