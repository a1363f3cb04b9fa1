import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { meetingDocumentName, workspaceDocumentName } from '../../shared/sync/document-names';
import {
  connectClient,
  newWorkspace,
  removeDir,
  spawnServer,
  startTestServer,
  tempDataDir,
  until,
  type ServerProcess,
  cleanupAfterEach,
} from './helpers';

vi.setConfig({ testTimeout: 40_000, hookTimeout: 30_000 });

/**
 * Stopping the server must not lose anything clients were told was saved. Hocuspocus writes
 * a document 2 s after the last change (debounced), and every write below is followed by a
 * stop well inside that window, so only the shutdown flush can have put it on disk.
 */

const { cleanups, track } = cleanupAfterEach();

async function stopProcess(server: ServerProcess, signal: NodeJS.Signals) {
  server.child.kill(signal);
  return server.exited;
}

async function readBack(url: string, code: string, name: string) {
  const reader = track(connectClient(url, code, [name]));
  await until(() => reader.settled(), 'a fresh client to sync');
  return reader.doc();
}

describe('server restart', () => {
  it('close() flushes pending stores; a server on the same data dir has everything', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const { workspaceId, code } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);

    const first = await startTestServer({ dataDir });
    const writer = track(connectClient(first.url, code, [name]));
    writer.doc().getArray<string>('people').push(['Jenny (chair)', 'Sam (officer)']);
    await until(() => writer.settled(), 'the server to acknowledge the edit');
    await first.close();
    writer.destroy();

    const second = await startTestServer({ dataDir });
    cleanups.push(() => second.close());
    const doc = await readBack(second.url, code, name);
    expect(doc.getArray('people').toArray()).toEqual(['Jenny (chair)', 'Sam (officer)']);
  });

  it('a server process stopped with SIGTERM writes everything before it exits', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const { workspaceId, code } = newWorkspace();
    const name = meetingDocumentName(workspaceId, randomUUID());

    const first = await spawnServer(['--port', '0', '--data', dataDir]);
    cleanups.push(() => first.child.kill('SIGKILL'));
    const writer = track(connectClient(first.url, code, [name]));
    const minutes = writer.doc().getText('minutes');
    minutes.insert(0, 'Item 1.1: the group agreed the terms of reference.');
    await until(() => writer.settled(), 'the server to acknowledge the edit');

    // The client stays connected: the shutdown itself must save its edit.
    expect(await stopProcess(first, 'SIGTERM')).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('shutdown signal=SIGTERM');
    writer.destroy();

    const second = await spawnServer(['--port', '0', '--data', dataDir]);
    cleanups.push(() => second.child.kill('SIGKILL'));
    const doc = await readBack(second.url, code, name);
    expect(doc.getText('minutes').toString()).toBe(
      'Item 1.1: the group agreed the terms of reference.',
    );
    expect(await stopProcess(second, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('after a hard crash (SIGKILL) the reconnecting client restores what the server had not saved', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const { workspaceId, code } = newWorkspace();
    const name = meetingDocumentName(workspaceId, randomUUID());

    const crashed = await spawnServer(['--port', '0', '--data', dataDir]);
    const laptopDoc = new Y.Doc();
    const laptop = connectClient(crashed.url, code, [name], [laptopDoc]);
    laptopDoc.getArray<string>('agenda').push(['Welcome', 'Journey step 3']);
    await until(() => laptop.settled(), 'the server to acknowledge the edit');
    // No chance to flush: whatever was only in the server's memory is gone.
    expect(await stopProcess(crashed, 'SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    laptop.destroy();

    // The laptop kept its copy (y-indexeddb in the app) and brings it back on reconnect.
    const restarted = await spawnServer(['--port', '0', '--data', dataDir]);
    cleanups.push(() => restarted.child.kill('SIGKILL'));
    const back = track(connectClient(restarted.url, code, [name], [laptopDoc]));
    await until(() => back.settled(), 'the laptop to resync');
    back.destroy();
    const doc = await readBack(restarted.url, code, name);
    expect(doc.getArray('agenda').toArray()).toEqual(['Welcome', 'Journey step 3']);
    expect(await stopProcess(restarted, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
