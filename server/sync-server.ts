import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { authExtension } from './auth';
import { checkDatabaseFile } from './database-file';
import { CodeAttempts } from './failed-attempts';
import { createJoinHandler } from './join';
import { DEFAULT_MAX_MESSAGE_BYTES } from './limits';
import { createLogger, type Logger } from './logger';
import { describeRedisUrl, redisExtension, waitForRedis } from './redis';
import { flushAndUnload } from './shutdown';
import { SqliteStorage } from './sqlite-storage';
import type { UpdateBudget } from './update-check';
import { createTransport } from './transport';
import { WorkspaceRegistry } from './workspace-registry';

/**
 * The sync server as a module: started by server/cli.ts as a standalone process, and by the
 * Electron main process to "Host on this network". So: no Electron imports, no process.exit,
 * no signal handlers here; the caller owns the process.
 */

/** One file holds Hocuspocus's `documents` table and our `workspaces` table. */
export const DATABASE_FILE = 'quorum-sync.sqlite';

export interface SyncServerOptions {
  /** 0 picks a free port; read the chosen one from RunningSyncServer.port. */
  port: number;
  /** Defaults to 127.0.0.1: reachable from other machines only when asked (0.0.0.0, a LAN IP). */
  host?: string;
  dataDir: string;
  /** Refuse workspaces not created with `add-workspace` (no trust on first use). */
  closed?: boolean;
  redisUrl?: string;
  maxMessageBytes?: number;
  /**
   * Behind a reverse proxy: count wrong invite codes per client named in X-Forwarded-For,
   * not per proxy (failed-attempts.ts). Only set it when a proxy always sets that header.
   */
  trustProxy?: boolean;
  logger?: Logger;
  /**
   * Path to better-sqlite3's compiled addon when the one in node_modules was built for
   * another runtime: the Electron main process in development (see electron/native-sqlite.ts).
   */
  sqliteNativeBinding?: string;
  /** What one incoming update may carry (update-check.ts); the default suits meetings. */
  updateBudget?: UpdateBudget;
  /** Benchmark only: acknowledge updates before they are logged (sqlite-storage.ts). */
  withoutUpdateLog?: boolean;
}

export interface RunningSyncServer {
  port: number;
  /** ws://host:port for providers. */
  url: string;
  /** Stops accepting, disconnects clients, writes every document to disk, releases files. */
  close(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createLogger();
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  checkDatabaseFile(databaseFile);

  // Opened before the SQLite extension so the file is in WAL mode when it connects.
  const nativeBinding = options.sqliteNativeBinding;
  const registry = new WorkspaceRegistry(databaseFile, nativeBinding ? { nativeBinding } : {});
  const sqlite = new SqliteStorage({
    database: databaseFile,
    logger,
    nativeBinding,
    updateBudget: options.updateBudget,
    withoutUpdateLog: options.withoutUpdateLog,
  });
  const redis = options.redisUrl ? redisExtension(options.redisUrl, logger) : undefined;
  const attempts = new CodeAttempts();
  const extensions: Extension[] = [
    authExtension(registry, { closed: options.closed ?? false, logger, attempts }),
    sqlite,
  ];
  if (redis) extensions.push(redis);

  const releaseStorage = () => {
    sqlite.db?.close();
    registry.close();
  };
  try {
    if (redis && options.redisUrl) await waitForRedis(redis, options.redisUrl);
  } catch (error) {
    releaseStorage();
    throw error;
  }

  // quiet: Hocuspocus must not print its banner inside the desktop app or our logs.
  const hocuspocus = new Hocuspocus({ quiet: true, extensions });
  const transport = createTransport(hocuspocus, {
    maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    logger,
    trustProxy: options.trustProxy ?? false,
    join: createJoinHandler(registry, {
      logger,
      attempts,
      trustProxy: options.trustProxy ?? false,
    }),
  });

  try {
    await new Promise<void>((resolve, reject) => {
      transport.httpServer.once('error', reject);
      transport.httpServer.listen({ port: options.port, host }, () => {
        transport.httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if (redis) await redis.onDestroy();
    releaseStorage();
    throw error;
  }
  const port = (transport.httpServer.address() as AddressInfo).port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
  await hocuspocus.hooks('onListen', {
    instance: hocuspocus,
    configuration: hocuspocus.configuration,
    port,
  });
  logger.info('listening', {
    url,
    data: options.dataDir,
    mode: options.closed ? 'closed' : 'open',
    redis: options.redisUrl ? describeRedisUrl(options.redisUrl) : 'off',
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      transport.disconnectAll();
      const unsaved = await flushAndUnload(hocuspocus);
      if (unsaved > 0) logger.error('shutdown.unsaved', { documents: unsaved });
      await transport.closed();
      // Redis disconnects here; SQLite last, after the final stores.
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      releaseStorage();
      logger.info('closed', { url });
    })();
    return closing;
  };

  return { port, url, close };
}
