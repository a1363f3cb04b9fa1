import { fail, ok } from '../../shared/ipc';
import type { HostDetails, IpcHandlers } from '../../shared/ipc';
import { joinWorkspace, type PostJson } from '../../shared/sync/join-workspace';
import { postJson } from '../../shared/sync/post-json';
import { parseSyncServerAddress } from '../../shared/sync/server-address';
import type { AllowedSyncOrigins } from '../sync/allowed-origins';
import { appSyncHost, appSyncOrigins } from '../sync/app-sync';
import type { SyncHost } from '../sync/sync-host';

/**
 * Sync: hosting a workspace from this device, and joining one on a server. Both record the
 * server in the renderer's CSP (electron/csp.ts) once main has checked it, so the renderer
 * can only ever connect to a server the person chose.
 */

export interface SyncDependencies {
  host: () => SyncHost;
  origins: AllowedSyncOrigins;
  post: PostJson;
}

async function allow(origins: AllowedSyncOrigins, allowed: readonly string[]): Promise<void> {
  try {
    await origins.allow(allowed);
  } catch (error) {
    // Allowed already for this run; only the copy on disk, for the next start, is missing.
    console.warn('Could not save the list of sync servers:', error);
  }
}

export function createSyncHandlers({ host, origins, post }: SyncDependencies) {
  return {
    'sync:host-start': async ({ workspaceId }) => {
      let details: HostDetails;
      try {
        details = await host().start(workspaceId);
      } catch (error) {
        // Reported, not thrown: a taken address or a missing database module is not a bug.
        console.error('Could not start hosting:', error);
        const detail = error instanceof Error ? error.message : String(error);
        return fail('unavailable', `Quorum could not start hosting on this network. ${detail}`);
      }
      // This device's renderer connects to localUrl; other devices are not ours to allow.
      const port = details.port;
      await allow(origins, [`ws://127.0.0.1:${port}`, `http://127.0.0.1:${port}`]);
      return ok(details);
    },

    'sync:host-stop': async () => {
      await host().stop();
      return ok({ stopped: true as const });
    },

    'sync:host-status': async () => ok(host().status()),

    'sync:use-server': async ({ url }) => {
      const parsed = parseSyncServerAddress(url);
      if (!parsed.ok) return fail('invalid-payload', `The server address ${parsed.problem}.`);
      await allow(origins, parsed.address.origins);
      return ok({ url: parsed.address.providerUrl });
    },

    'sync:join': async (request) => {
      const result = await joinWorkspace(post, request);
      if (!result.ok) return result;
      await allow(origins, result.value.origins);
      return ok(result.value.joined);
    },
  } satisfies Pick<
    IpcHandlers,
    'sync:host-start' | 'sync:host-stop' | 'sync:host-status' | 'sync:use-server' | 'sync:join'
  >;
}

export const syncHandlers = createSyncHandlers({
  host: appSyncHost,
  origins: appSyncOrigins,
  post: postJson,
});
