// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapter } from '../../../renderer/platform/browser-adapter';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import { silentLogger } from '../../../server/logger';
import { DATABASE_FILE, startSyncServer } from '../../../server/sync-server';
import { WorkspaceRegistry } from '../../../server/workspace-registry';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/**
 * The browser adapter joins the way main does, but with the page's fetch (`npm run preview`
 * serves the page from another origin; the server's CORS answers are tested in
 * test/server/join.test.ts).
 */

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real server on 127.0.0.1 with one workspace, registered as add-workspace does. */
async function serverWithWorkspace() {
  // Not test/server/helpers: its file-URL helpers trip over happy-dom's URL global.
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-adapter-sync-'));
  const workspaceId = randomUUID();
  const code = generateInviteCode();
  const registry = new WorkspaceRegistry(join(dataDir, DATABASE_FILE));
  await registry.register(workspaceId, code);
  registry.close();
  const server = await startSyncServer({ port: 0, dataDir, logger: silentLogger });
  cleanups.push(
    () => rmSync(dataDir, { recursive: true, force: true }),
    () => server.close(),
  );
  return { server, workspaceId, code };
}

describe('browser adapter: sync', () => {
  it('joins a real server from another origin and answers the provider URL', async () => {
    const { server, workspaceId, code } = await serverWithWorkspace();
    const result = await createBrowserAdapter().joinSyncServer({
      url: `http://127.0.0.1:${server.port}`,
      inviteCode: code,
    });
    expect(result).toEqual({
      ok: true,
      value: { workspaceId, url: `ws://127.0.0.1:${server.port}` },
    });
  });

  it('says so when the server does not know the code', async () => {
    const { server } = await serverWithWorkspace();
    const result = await createBrowserAdapter().joinSyncServer({
      url: server.url,
      inviteCode: generateInviteCode(),
    });
    expect(result).toEqual({
      ok: false,
      error: 'unknown-code',
      message: `The server at 127.0.0.1:${server.port} did not recognise that invite code.`,
    });
  });

  it('refuses an address with credentials before sending anything', async () => {
    const result = await createBrowserAdapter().joinSyncServer({
      url: 'ws://jenny:secret@127.0.0.1:4455',
      inviteCode: generateInviteCode(),
    });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it.each(['startHosting', 'stopHosting', 'getHostingStatus'] as const)(
    '%s says hosting needs the desktop app',
    async (method) => {
      const adapter = createBrowserAdapter();
      const call = adapter[method] as (request?: unknown) => Promise<unknown>;
      expect(await call({ workspaceId: randomUUID() })).toEqual({
        ok: false,
        error: 'unavailable',
        message: 'Hosting runs in the Quorum desktop app.',
      });
    },
  );
});
