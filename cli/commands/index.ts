import { attendanceCommand } from './attendance';
import type { Command } from './command';
import { exportCommand } from './export';
import { infoCommand } from './info';
import { sampleCommand } from './sample';

/** Every subcommand, in the order `quorum --help` lists them. */
export const commands: readonly Command[] = [
  sampleCommand,
  infoCommand,
  exportCommand,
  attendanceCommand,
];

export type { CliIo, Command } from './command';
