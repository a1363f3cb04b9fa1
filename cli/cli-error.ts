/**
 * A failure the command line reports as one line on stderr, with no stack trace: scripts show
 * the reason, people see what to fix.
 */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    // One line, whatever the cause's message held.
    super(message.replace(/\s*\n\s*/g, ' ').trim());
    this.name = 'CliError';
  }
}

/** The command line itself is wrong: an unknown command or option, a missing argument. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
