import { CliError, usageError } from './cli-error';
import { commands, type CliIo } from './commands';
import { appVersion } from './version';

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: quorum <command> [options]

Works with Quorum workspace files (.quorum): one file holding a whole workspace, as Quorum
exports it.

Commands:
${list}

Options:
  -h, --help     Show this help; "quorum <command> --help" shows a command's own
  -v, --version  Show the version of Quorum

Exit status: 0 on success; 1 when a file cannot be read or written, or is not a workspace
Quorum can open; 2 when the command line is wrong. Errors are one line on stderr.
`;
}

/**
 * Runs one command line and returns the exit code. Never throws and never exits, so the
 * shell (quorum.ts) owns the process and tests can call this directly.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw usageError('Missing a command; see quorum --help.');
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(topHelp());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${appVersion()}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const what = name.startsWith('-') ? 'option' : 'command';
      throw usageError(`Unknown ${what} “${name}”; see quorum --help.`);
    }
    await command.run(args, io);
    return 0;
  } catch (error) {
    // Anything unexpected still gets one line: a stack trace helps nobody running a script.
    const failure = error instanceof CliError ? error : new CliError(String(error));
    io.stderr(`quorum: ${failure.message}\n`);
    return failure.exitCode;
  }
}
