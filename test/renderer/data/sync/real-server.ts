import WebSocket from 'ws';
import type * as Y from 'yjs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { RunningSyncServer } from '../../../../server/sync-server';
import { WorkspaceSync } from '../../../../renderer/data/sync/workspace-sync';
import { removeDir, startTestServer, tempDataDir } from '../../../server/helpers';

/**
 * A real sync server for the tests in one file, started once, and the devices that talk to
 * it, stopped after each test. Call at the top of the file; read `server()` inside tests.
 */
export function useRealSyncServer() {
  // The renderer uses the browser's WebSocket; Node 20 has none, so lend it `ws`'s.
  const globals = globalThis as { WebSocket?: unknown };
  const previousWebSocket = globals.WebSocket;
  let server: RunningSyncServer | undefined;
  let dataDir = '';
  const running: WorkspaceSync[] = [];

  beforeAll(async () => {
    globals.WebSocket = WebSocket;
    dataDir = tempDataDir();
    server = await startTestServer({ dataDir });
  });

  afterEach(() => {
    for (const sync of running.splice(0)) sync.destroy();
  });

  afterAll(async () => {
    await server?.close();
    removeDir(dataDir);
    globals.WebSocket = previousWebSocket;
  });

  return {
    server(): RunningSyncServer {
      if (!server) throw new Error('The sync server has not started');
      return server;
    },
    device(workspaceId: string, doc: Y.Doc, name: string): WorkspaceSync {
      const sync = new WorkspaceSync(workspaceId, doc, { name, color: '#1d70b8' });
      running.push(sync);
      return sync;
    },
  };
}
