/** The process boundary: real IO, argv, the one top-level catch, process.exitCode. */
import { realIO } from './io.js';
import { runCli } from './program.js';

const io = realIO();
const debug = process.argv.includes('--debug');

process.on('SIGINT', () => {
  process.exitCode = 130;
  process.exit();
});

try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (e) {
  if (e instanceof Error && e.name === 'ExitPromptError') {
    process.exitCode = 130;
  } else {
    io.err(`cohort: internal error: ${e instanceof Error ? e.message : String(e)}\nThis is a bug in cohort; please report it with the command you ran${debug ? '' : ' (add --debug for the stack trace)'}.\n`);
    if (debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    process.exitCode = 3;
  }
}
