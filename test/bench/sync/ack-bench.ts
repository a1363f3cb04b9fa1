import * as Y from 'yjs';
import { meetingDocumentName } from '../../../shared/sync/document-names';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import { silentLogger } from '../../../server/logger';
import { startSyncServer } from '../../../server/sync-server';
import { connectClient, newWorkspace, removeDir, tempDataDir, until } from '../../server/helpers';
import { type BenchRow, fineMs, ratio } from '../report';
import { percentile } from '../stats';
import { destroyClient } from './clients';

/**
 * Issue 15, point 4: what "acknowledged means stored" costs. One device types keystrokes one
 * at a time and times each from the edit until the server acknowledges it (the provider's
 * unsynced count back at 0), against a server that logs each update to SQLite first
 * (fsynced, synchronous=FULL) and one that acknowledges from memory as Hocuspocus alone does.
 * The server runs in this process, so the log's fsync is inside the measured round trip.
 */

const WARM_UP = 20;

async function ackTimes(withoutUpdateLog: boolean, keystrokes: number): Promise<number[]> {
  const dataDir = tempDataDir();
  const server = await startSyncServer({
    port: 0,
    dataDir,
    logger: silentLogger,
    withoutUpdateLog,
  });
  const { workspaceId } = newWorkspace();
  const client = connectClient(server.url, generateInviteCode(), [
    meetingDocumentName(workspaceId, crypto.randomUUID()),
  ]);
  try {
    await until(() => client.settled(), 'the device to sync', 60_000);
    const provider = client.providers[0]!;
    const text = client.doc().getText('minutes');
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + keystrokes; i++) {
      // Timed by the provider's own event, not by polling, so the figure is the round trip.
      const acknowledged = new Promise<number>((resolve) => {
        const onUnsynced = ({ number }: { number: number }) => {
          if (number > 0) return;
          provider.off('unsyncedChanges', onUnsynced);
          resolve(performance.now());
        };
        provider.on('unsyncedChanges', onUnsynced);
      });
      const started = performance.now();
      text.insert(text.length, 'x');
      const at = await acknowledged;
      if (i >= WARM_UP) times.push(at - started);
    }
    return times;
  } finally {
    destroyClient(client);
    await server.close();
    removeDir(dataDir);
  }
}

/** The floor: raw Yjs applying one keystroke update to a document. */
function rawApplyTimes(keystrokes: number): number[] {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < WARM_UP + keystrokes; i++) source.getText('minutes').insert(i, 'x');
  const target = new Y.Doc();
  return updates
    .map((update) => {
      const started = performance.now();
      Y.applyUpdate(target, update);
      return performance.now() - started;
    })
    .slice(WARM_UP);
}

export async function runAckBench(keystrokes: number): Promise<BenchRow[]> {
  const memory = await ackTimes(true, keystrokes);
  const logged = await ackTimes(false, keystrokes);
  const floor95 = percentile(rawApplyTimes(keystrokes), 95);
  const row = (name: string, times: number[]): BenchRow => {
    const p95 = percentile(times, 95);
    return {
      name: `acknowledgement p95, ${name} (${keystrokes} keystrokes, one at a time)`,
      value: fineMs(p95),
      floor: `${fineMs(floor95)} raw Yjs apply p95`,
      ratio: ratio(p95, floor95),
      target: '–',
      met: null,
    };
  };
  return [
    row('before: acknowledged from memory', memory),
    row('after: logged and fsynced first', logged),
  ];
}
