import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateInviteCode } from '../shared/sync/invite-codes';
import { checkDatabaseFile } from './database-file';
import { createLogger } from './logger';
import { HELP_TEXT, parseCli, UsageError, type CliCommand } from './options';
import { DATABASE_FILE, startSyncServer } from './sync-server';
import { WorkspaceRegistry } from './workspace-registry';

/**
 * `npm run sync-server -- …`: the thin shell around sync-server.ts. It owns what the module
 * must not: arguments, stdout/stderr, signals and the exit code.
 */

const EXIT_USAGE = 2;

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // One line, so scripts and systemd show the reason without a stack trace.
    process.stderr.write(`sync-server: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }

  if (command.kind === 'help') {
    process.stdout.write(HELP_TEXT);
    return;
  }
  if (command.kind === 'add-workspace') {
    await addWorkspace(command.dataDir, command.workspaceId, command.replace);
    return;
  }

  const logger = createLogger();
  const server = await startSyncServer({ ...command.settings, logger });
  let signalled = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": skip the flush rather than leave the operator waiting.
    if (signalled) process.exit(1);
    signalled = true;
    logger.info('shutdown', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown.failed', {
          reason: error instanceof Error ? error.message : String(error),
        });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Prints the code once; only its hash is stored, so it cannot be shown again later. */
async function addWorkspace(dataDir: string, workspaceId: string, replace: boolean) {
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  checkDatabaseFile(databaseFile);
  const registry = new WorkspaceRegistry(databaseFile);
  try {
    const code = generateInviteCode();
    if (!(await registry.register(workspaceId, code, replace))) {
      process.stderr.write(
        `sync-server: workspace ${workspaceId} already exists (use --replace for a new code)\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${code}\n`);
    process.stderr.write(
      `Invite code for workspace ${workspaceId} printed above; share it with its members.\n`,
    );
  } finally {
    registry.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sync-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
