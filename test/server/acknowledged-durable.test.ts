import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { meetingDocumentName } from '../../shared/sync/document-names';
import {
  cleanupAfterEach,
  connectClient,
  newWorkspace,
  removeDir,
  spawnServer,
  tempDataDir,
  until,
} from './helpers';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 30_000 });

/**
 * Issue 15, point 4: acknowledged means stored. Hocuspocus stores a document 2 s after its
 * last change, so without the update log every one of these rounds loses its line: the
 * writer is told the line is saved, leaves for good (a laptop closing its lid), and the
 * server is killed with SIGKILL well inside the debounce window.
 */

const { cleanups, track } = cleanupAfterEach();
const ROUNDS = 20;

describe('an acknowledged update survives SIGKILL', () => {
  it(`holds for ${ROUNDS} rounds of write, acknowledge, leave, SIGKILL, restart`, async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const { workspaceId, code } = newWorkspace();
    const name = meetingDocumentName(workspaceId, randomUUID());
    const written: string[] = [];

    for (let round = 0; round <= ROUNDS; round++) {
      const server = await spawnServer(['--port', '0', '--data', dataDir]);
      cleanups.push(() => server.child.kill('SIGKILL'));
      // A fresh device each round: it can only read what the server kept.
      const device = track(connectClient(server.url, code, [name]));
      await until(() => device.settled(), `a fresh device to sync (round ${round})`);
      const lines = device.doc().getArray<string>('lines');
      expect(lines.toArray()).toEqual(written);
      if (round === ROUNDS) break;

      const line = `Round ${round + 1}: the chair noted the apologies.`;
      lines.push([line]);
      written.push(line);
      await until(() => device.settled(), `the server to acknowledge round ${round + 1}`);
      device.destroy();
      server.child.kill('SIGKILL');
      expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    }
  });
});
