/** The process boundary: real IO, argv, process.exitCode. The one top-level catch is runMain. */
import { realIO } from './io.js';
import { runMain } from './program.js';

process.on('SIGINT', () => {
  process.exitCode = 130;
  process.exit();
});

process.exitCode = await runMain(process.argv.slice(2), realIO());
