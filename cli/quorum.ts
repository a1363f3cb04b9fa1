import { runCli } from './run';

/**
 * `quorum`: the command line, a thin shell over shared/ as electron/ is for the desktop. This
 * file owns the process (arguments, streams, exit code); everything else is in run.ts and
 * commands/.
 */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
});
