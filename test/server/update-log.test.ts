import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { DATABASE_FILE } from '../../server/sync-server';
import {
  cleanupAfterEach,
  connectClient,
  newWorkspace,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/** The update log (server/sqlite-storage.ts) holds updates only until the document is stored. */

const { cleanups, track } = cleanupAfterEach();

function logRows(dataDir: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM document_updates').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the update log', () => {
  it('is empty once the document is stored, and the document holds what was logged', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const { workspaceId, code } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);

    const server = await startTestServer({ dataDir });
    const writer = track(connectClient(server.url, code, [name]));
    await until(() => writer.settled(), 'the writer to sync');
    // Insertions, deletions and an overwrite: updates with and without delete sets.
    const settings = writer.doc().getMap<string>('settings');
    const minutes = writer.doc().getText('minutes');
    settings.set('title', 'Parish Steering Grup');
    minutes.insert(0, 'Apologies: Cllr Hughes, Cllr Patel.');
    settings.set('title', 'Parish Steering Group');
    minutes.delete(11, 13);
    await until(() => writer.settled(), 'the server to acknowledge the edits');
    writer.destroy();
    await server.close();
    expect(logRows(dataDir)).toBe(0);

    const again = await startTestServer({ dataDir });
    cleanups.push(() => again.close());
    const reader = track(connectClient(again.url, code, [name], [new Y.Doc()]));
    await until(() => reader.settled(), 'a fresh client to sync');
    expect(reader.doc().getMap('settings').get('title')).toBe('Parish Steering Group');
    expect(reader.doc().getText('minutes').toString()).toBe('Apologies: Cllr Patel.');
  });
});
