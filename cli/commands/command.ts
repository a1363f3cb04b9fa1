/** Where a command writes, and its clock: the real process in use, fakes in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

/**
 * One subcommand, in its own file under cli/commands/. Adding one (`export`, next) is a new
 * file and a line in commands/index.ts.
 */
export interface Command {
  name: string;
  /** One line for `quorum --help`. */
  summary: string;
  /** The whole of `quorum <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<void>;
}
