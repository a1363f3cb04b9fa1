import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { silentLogger } from '../../server/logger';
import {
  startSyncServer,
  type RunningSyncServer,
  type SyncServerOptions,
} from '../../server/sync-server';

/** Shared plumbing for the sync-server tests: temp data dirs, real servers, real providers. */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_PATH = join(REPO_ROOT, 'server', 'cli.ts');

/** A port nothing listens on: bound by the OS on 127.0.0.1, then released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'quorum-sync-test-'));
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

export function newWorkspace() {
  return { workspaceId: randomUUID(), code: generateInviteCode() };
}

export function startTestServer(
  options: Partial<SyncServerOptions> & { dataDir: string },
): Promise<RunningSyncServer> {
  return startSyncServer({ port: 0, logger: silentLogger, ...options });
}

/**
 * Polls a condition on the event loop. Used only to wait for sync to happen, never to assert
 * how long it took; the deadline just turns a hang into a readable failure.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One device: one websocket carrying one provider (and one Y.Doc) per document name. */
export interface TestClient {
  socket: HocuspocusProviderWebsocket;
  providers: HocuspocusProvider[];
  doc(index?: number): Y.Doc;
  /** Connected, authenticated, and every local change acknowledged by the server. */
  settled(): boolean;
  destroy(): void;
}

export function connectClient(
  url: string,
  token: string,
  names: string[],
  docs: Y.Doc[] = names.map(() => new Y.Doc()),
  polyfill: unknown = WebSocket,
): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: polyfill,
    // Reconnect promptly after the server restarts; irrelevant to what is asserted.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    jitter: false,
  });
  const providers = names.map((name, index) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: docs[index],
    });
    // A shared websocket does not attach providers by itself.
    provider.attach();
    return provider;
  });
  return {
    socket,
    providers,
    doc: (index = 0) => docs[index] as Y.Doc,
    settled: () => providers.every((p) => p.isAuthenticated && p.synced && p.unsyncedChanges === 0),
    destroy() {
      for (const provider of providers) provider.destroy();
      socket.destroy();
    },
  };
}

/** The server as its own process, started the way `npm run sync-server` starts it. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: string[]): ChildProcess {
  // node --import tsx rather than the tsx binary: signals reach the server itself, not a wrapper.
  return spawn(process.execPath, ['--import', 'tsx', CLI_PATH, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function spawnServer(args: string[]): Promise<ServerProcess> {
  const child = spawnCli(args);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let finished = false;
  void exited.then(() => (finished = true));
  await until(() => /listening url=ws:\/\/\S+/.test(output) || finished, 'the server to listen');
  const url = /listening url=(ws:\/\/\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`server did not start:\n${output}`);
  return { child, url, output: () => output, exited };
}

/**
 * Teardown for a test file: `cleanups` run after each test, last added first (servers close
 * after the clients on them), and `track` adds a client's destroy(). Call once, at top level.
 */
export function cleanupAfterEach() {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (client: TestClient): TestClient => {
    cleanups.push(() => client.destroy());
    return client;
  };
  return { cleanups, track };
}

/** POSTs `body` to a test server's /join (`base`: its http:// address). */
export function postJoin(base: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

/**
 * Registers a workspace the way a first client does: by syncing with a fresh code. The
 * client stays connected until `track`'s cleanup (cleanupAfterEach) destroys it.
 */
export async function registerByFirstUse(url: string, track: (client: TestClient) => TestClient) {
  const { workspaceId, code } = newWorkspace();
  const client = track(connectClient(url, code, [workspaceDocumentName(workspaceId)]));
  await until(() => client.settled(), 'the first client to register the workspace');
  return { workspaceId, code };
}
