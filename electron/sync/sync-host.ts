import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { HostDetails, HostStatus } from '../../shared/ipc';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import type { Logger } from '../../server/logger';
import { DATABASE_FILE, startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { WorkspaceRegistry } from '../../server/workspace-registry';
import { readHostInviteCodes, writeHostInviteCodes } from './host-invite-codes';
import { hostUrls, localHostUrl, type NetworkInterfaces } from './lan-urls';

/**
 * "Host on this network": the sync server (server/sync-server.ts) running inside the app, so
 * a meeting room with no server can still sync between laptops.
 *
 * It runs closed (--closed): only workspaces this device chose to host are served, each with
 * the invite code kept in invite-codes.json beside the database, so a stranger on the same
 * network cannot use this laptop to store their documents. One server serves every workspace
 * hosted since it started; `status()` describes the one started last.
 */

export interface SyncHostOptions {
  /** userData/sync-host: the server's database and the invite-code file. */
  dataDir: string;
  /** 0.0.0.0 in the app, so others can connect; 127.0.0.1 in tests. */
  bindHost: string;
  /** Tried first, so the address people write down stays the same; taken means any port. */
  preferredPort: number;
  networkInterfaces: () => NetworkInterfaces;
  /** better-sqlite3's addon for this runtime (electron/sync/native-sqlite.ts); may throw. */
  sqliteNativeBinding: () => string | undefined;
  logger?: Logger;
}

export const INVITE_CODES_FILE = 'invite-codes.json';

export class SyncHost {
  private server: RunningSyncServer | null = null;
  private latest: Omit<HostDetails, 'urls'> | null = null;
  /** Start and stop run one at a time: a double click must not start two servers. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SyncHostOptions) {}

  get hosting(): boolean {
    return this.server !== null;
  }

  /** Hosts the workspace; if it is already hosted, the same port and code again. */
  start(workspaceId: string): Promise<HostDetails> {
    return this.serially(async () => {
      if (this.server && this.latest?.workspaceId === workspaceId) return this.details(this.latest);
      const nativeBinding = this.options.sqliteNativeBinding();
      mkdirSync(this.options.dataDir, { recursive: true });
      const inviteCode = await this.inviteCodeFor(workspaceId, nativeBinding);
      this.server ??= await this.listen(nativeBinding);
      const port = this.server.port;
      this.latest = { port, localUrl: localHostUrl(port), inviteCode, workspaceId };
      return this.details(this.latest);
    });
  }

  /** Stops the server after it has written every document (server/shutdown.ts). */
  stop(): Promise<void> {
    return this.serially(async () => {
      const server = this.server;
      this.server = null;
      this.latest = null;
      await server?.close();
    });
  }

  status(): HostStatus {
    return this.server && this.latest
      ? { hosting: true, ...this.details(this.latest) }
      : { hosting: false };
  }

  /** The URLs are worked out afresh each time: the laptop may have changed network. */
  private details(latest: Omit<HostDetails, 'urls'>): HostDetails {
    return { ...latest, urls: hostUrls(latest.port, this.options.networkInterfaces()) };
  }

  /**
   * The code the host shows for this workspace: the one kept from last time, registered
   * again if the database lost it, or a new one the first time.
   */
  private async inviteCodeFor(workspaceId: string, nativeBinding?: string): Promise<string> {
    const file = path.join(this.options.dataDir, INVITE_CODES_FILE);
    const codes = await readHostInviteCodes(file);
    const kept = codes[workspaceId];
    const registry = new WorkspaceRegistry(
      path.join(this.options.dataDir, DATABASE_FILE),
      nativeBinding ? { nativeBinding } : {},
    );
    try {
      if (kept !== undefined) {
        // Registers it if the database is new; re-keys it if the database had another code.
        if ((await registry.admit(workspaceId, kept, true)) === 'denied') {
          await registry.register(workspaceId, kept, true);
        }
        return kept;
      }
      const fresh = generateInviteCode();
      await registry.register(workspaceId, fresh, true);
      await writeHostInviteCodes(file, { ...codes, [workspaceId]: fresh });
      return fresh;
    } finally {
      registry.close();
    }
  }

  private async listen(nativeBinding?: string): Promise<RunningSyncServer> {
    const start = (port: number) =>
      startSyncServer({
        port,
        host: this.options.bindHost,
        dataDir: this.options.dataDir,
        closed: true,
        ...(this.options.logger ? { logger: this.options.logger } : {}),
        ...(nativeBinding ? { sqliteNativeBinding: nativeBinding } : {}),
      });
    try {
      return await start(this.options.preferredPort);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      return start(0);
    }
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }
}
