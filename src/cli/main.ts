/**
 * The process boundary: real IO, argv, process.exitCode. The one top-level catch is runMain.
 * Ctrl-C is left to the operating system: the planner runs without yielding, so a handler would only
 * run after the writes; the default action stops the process at once, and every write is atomic.
 */
import { ioReason, say } from '../commands/messages.js';
import { langFromEnv } from '../i18n/index.js';
import { realIO } from './io.js';
import { runMain } from './program.js';

const argv = process.argv.slice(2);
let stdoutFailed = false;
let stdoutGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  stdoutGone = true;
  // A reader that went away (`| head`) is no error: stop writing, quietly, as Unix tools do.
  if (e.code === 'EPIPE') return;
  if (!stdoutFailed) {
    // commander has not necessarily run yet: read --lang as it does (`--lang nl` or `--lang=nl`), else the environment.
    const given = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace('--lang=', '');
    const lang = given === 'nl' || given === 'en' ? given : langFromEnv(process.env);
    process.stderr.write(`cohort: ${say(lang, 'out/failed', { path: say(lang, 'stdout'), reason: ioReason(lang, e) })}\n`);
  }
  stdoutFailed = true;
  process.exitCode = 2;
});

const io = realIO({ out: (t) => void (stdoutGone || process.stdout.write(t)) });
const code = await runMain(argv, io);
process.exitCode = stdoutFailed ? 2 : code;
