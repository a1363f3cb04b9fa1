import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { isWellFormedFrame } from '../../server/limits';
import type { RunningSyncServer } from '../../server/sync-server';
import {
  connectClient,
  newWorkspace,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/**
 * A misbehaving client loses its own connection and nobody else notices: after each abuse,
 * a connected member still exchanges edits with a second member through the same server.
 */

const LIMIT = 64 * 1024;
const { workspaceId, code } = newWorkspace();
const name = workspaceDocumentName(workspaceId);

let dataDir: string;
let server: RunningSyncServer;
let alice: TestClient;
let bob: TestClient;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer({ dataDir, maxMessageBytes: LIMIT });
  alice = connectClient(server.url, code, [name]);
  bob = connectClient(server.url, code, [name]);
  await until(() => alice.settled() && bob.settled(), 'members to sync');
});

afterAll(async () => {
  alice.destroy();
  bob.destroy();
  await server.close();
  removeDir(dataDir);
});

function rawSocket(): Promise<WebSocket> {
  const ws = new WebSocket(server.url);
  ws.on('error', () => {}); // a reset after the server closes on us is expected
  return new Promise((resolve) => ws.once('open', () => resolve(ws)));
}

function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code: number) => resolve(code)));
}

async function othersStillServed(text: string) {
  alice.doc().getArray<string>('log').push([text]);
  await until(
    () => bob.doc().getArray<string>('log').toArray().includes(text),
    `bob to see "${text}"`,
  );
  const response = await fetch(`${server.url.replace('ws:', 'http:')}/health`);
  expect(response.status).toBe(200);
}

/** A message that is well formed up to its size: a sync update for a real document. */
function updateFrame(payloadBytes: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, new Uint8Array(payloadBytes));
  return encoding.toUint8Array(encoder);
}

describe('message limits', () => {
  it('random bytes close that connection (1007) and the server keeps serving others', async () => {
    const ws = await rawSocket();
    const closed = closeCode(ws);
    ws.send(randomBytes(512));
    expect(await closed).toBe(1007);
    await othersStillServed('after random bytes');
  });

  it('a text frame or a truncated frame is malformed too', async () => {
    for (const send of [
      (ws: WebSocket) => ws.send('hello'),
      (ws: WebSocket) => ws.send(updateFrame(100).subarray(0, 60)),
    ]) {
      const ws = await rawSocket();
      const closed = closeCode(ws);
      send(ws);
      expect(await closed).toBe(1007);
    }
    await othersStillServed('after text and truncated frames');
  });

  it('an oversized message closes that connection (1009) and the server keeps serving others', async () => {
    const ws = await rawSocket();
    const closed = closeCode(ws);
    ws.send(updateFrame(LIMIT + 1));
    expect(await closed).toBe(1009);
    await othersStillServed('after an oversized message');
  });

  it('a message just under the limit is accepted as far as the size guard goes', () => {
    // The frame check itself accepts it; only ws's maxPayload decides on size.
    expect(isWellFormedFrame(updateFrame(LIMIT - 1024))).toBe(true);
  });
});

describe('GET /health', () => {
  it('answers 200 with { status: "ok" }', async () => {
    const response = await fetch(`${server.url.replace('ws:', 'http:')}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    const other = await fetch(`${server.url.replace('ws:', 'http:')}/anything-else`);
    expect(other.status).toBe(404);
  });
});
