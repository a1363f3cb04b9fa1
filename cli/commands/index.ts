import { attendanceCommand } from './attendance';
import type { Command } from './command';
import { actionsCommand } from './actions';
import { exportCommand } from './export';
import { infoCommand } from './info';
import { sampleCommand } from './sample';
import { searchCommand } from './search';

/** Every subcommand, in the order `quorum --help` lists them. */
export const commands: readonly Command[] = [
  sampleCommand,
  infoCommand,
  exportCommand,
  attendanceCommand,
  actionsCommand,
  searchCommand,
];

export type { CliIo, Command } from './command';
