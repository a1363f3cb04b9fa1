import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { meetingDocumentName, workspaceDocumentName } from '../../shared/sync/document-names';
import {
  connectClient,
  newWorkspace,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
  cleanupAfterEach,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const { cleanups } = cleanupAfterEach();

describe('multiplexing', () => {
  it('one websocket carries the workspace document and two meeting documents', async () => {
    const dataDir = tempDataDir();
    const server = await startTestServer({ dataDir });
    cleanups.push(
      () => removeDir(dataDir),
      () => server.close(),
    );
    const { workspaceId, code } = newWorkspace();
    const names = [
      workspaceDocumentName(workspaceId),
      meetingDocumentName(workspaceId, randomUUID()),
      meetingDocumentName(workspaceId, randomUUID()),
    ];

    // Count sockets the client opens, to prove all three documents share one.
    let opened = 0;
    class CountingWebSocket extends WebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        opened += 1;
      }
    }
    const laptop: TestClient = connectClient(server.url, code, names, undefined, CountingWebSocket);
    cleanups.push(() => laptop.destroy());
    laptop.doc(0).getArray<string>('people').push(['Jenny']);
    laptop.doc(1).getText('minutes').insert(0, 'September meeting');
    laptop.doc(2).getText('minutes').insert(0, 'December meeting');
    await until(() => laptop.settled(), 'all three documents to sync');
    expect(opened).toBe(1);

    // Each document arrived separately, under its own name, at another device.
    const other = connectClient(server.url, code, names);
    cleanups.push(() => other.destroy());
    await until(() => other.settled(), 'the other device to sync');
    expect(other.doc(0).getArray('people').toArray()).toEqual(['Jenny']);
    expect(other.doc(1).getText('minutes').toString()).toBe('September meeting');
    expect(other.doc(2).getText('minutes').toString()).toBe('December meeting');
  });
});
