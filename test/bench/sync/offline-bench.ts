import * as Y from 'yjs';
import { meetingDocumentName, workspaceDocumentName } from '../../../shared/sync/document-names';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import {
  connectClient,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
} from '../../server/helpers';
import { type BenchRow, fineMs, ratio } from '../report';
import { median } from '../stats';
import { destroyClient } from './clients';
import { sameDocument, whenConverged } from './convergence';
import { makeOfflineEdits } from './offline-edits';
import { seededRandom } from './random';
import type { SyncBenchSettings } from './settings';
import { buildStartingMeeting, copyDoc } from './starting-meeting';

/**
 * Issue 6, part 1: two devices sync a meeting, go offline, each makes `ops` edits, and come
 * back. Measured: from reconnecting both sockets until both hold identical workspace and
 * meeting documents. The server runs in this process (startSyncServer), so the figure covers
 * both clients and the server working on one thread, plus the loopback network.
 */
type DocPair = readonly [Y.Doc, Y.Doc];

interface OfflineRun {
  reconnectMs: number;
  /** Part of reconnectMs: until the server has accepted every provider's invite code. */
  authenticatedMs: number;
  floorMs: number;
  diffBytes: number;
}

/**
 * The floor: raw Yjs merging the same two offline diffs, each side's
 * encodeStateAsUpdate(doc, otherStateVector) applied to a copy of the other side. Encoding
 * and copying are left out; only the applying is timed.
 */
function rawMerge(pairs: readonly DocPair[]): { ms: number; bytes: number } {
  let ms = 0;
  let bytes = 0;
  for (const [a, b] of pairs) {
    const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    const [copyA, copyB] = [copyDoc(a), copyDoc(b)];
    const started = performance.now();
    Y.applyUpdate(copyA, fromB);
    Y.applyUpdate(copyB, fromA);
    ms += performance.now() - started;
    bytes += fromA.length + fromB.length;
    // Guards the floor: it must have done the whole merge, or the ratio means nothing.
    if (!sameDocument(copyA, copyB)) throw new Error('raw Yjs merge did not converge');
  }
  return { ms, bytes };
}

async function oneRun(url: string, ops: number, seed: number): Promise<OfflineRun> {
  const start = buildStartingMeeting();
  const code = generateInviteCode();
  const names = [
    workspaceDocumentName(start.workspaceId),
    meetingDocumentName(start.workspaceId, start.meetingId),
  ];
  const devices: TestClient[] = [];
  try {
    // Like the app: one socket per device carrying the workspace and the meeting.
    devices.push(connectClient(url, code, names, [start.workspace, start.meeting]));
    devices.push(connectClient(url, code, names));
    const [chair, officer] = devices as [TestClient, TestClient];
    const pairs: DocPair[] = [0, 1].map((i) => [chair.doc(i), officer.doc(i)] as const);
    await until(
      () => devices.every((d) => d.settled()) && pairs.every(([a, b]) => sameDocument(a, b)),
      'both devices to sync the starting meeting',
      30_000,
    );

    for (const device of devices) device.socket.disconnect();
    // Provider 4.8: connect() straight after disconnect() can leave it unauthenticated.
    await until(() => devices.every((d) => d.socket.status === 'disconnected'), 'going offline');
    devices.forEach((device, side) =>
      makeOfflineEdits(
        {
          workspace: device.doc(0),
          meeting: device.doc(1),
          meetingId: start.meetingId,
          label: side === 0 ? 'Chair' : 'Officer',
        },
        seededRandom(seed * 2 + side),
        ops,
      ),
    );
    if (pairs.every(([a, b]) => sameDocument(a, b)))
      throw new Error('offline edits made no change');
    const floor = rawMerge(pairs);

    const providers = devices.flatMap((d) => d.providers);
    let authenticatedAt = 0;
    const onAuthenticated = () => {
      if (providers.every((p) => p.isAuthenticated)) authenticatedAt = performance.now();
    };
    for (const provider of providers) provider.on('authenticated', onAuthenticated);
    const converged = whenConverged(pairs, 120_000);
    const started = performance.now();
    for (const device of devices) void device.socket.connect();
    const reconnectMs = (await converged) - started;
    return {
      reconnectMs,
      authenticatedMs: authenticatedAt - started,
      floorMs: floor.ms,
      diffBytes: floor.bytes,
    };
  } finally {
    for (const device of devices) destroyClient(device);
  }
}

export async function runOfflineBench(settings: SyncBenchSettings): Promise<BenchRow[]> {
  const { offlineOps: ops, offlineRuns: runs } = settings;
  const dataDir = tempDataDir();
  const server = await startTestServer({ dataDir });
  try {
    await oneRun(server.url, ops, 0); // warm-up: JIT, SQLite, the first scrypt
    const results: OfflineRun[] = [];
    for (let run = 1; run <= runs; run++) results.push(await oneRun(server.url, ops, run));
    const reconnect = median(results.map((r) => r.reconnectMs));
    const authenticated = median(results.map((r) => r.authenticatedMs));
    const floor = median(results.map((r) => r.floorMs));
    const kB = median(results.map((r) => r.diffBytes)) / 1000;
    return [
      {
        name: `2 clients × ${ops} offline edits: reconnect → identical (median of ${runs}, ${kB.toFixed(0)} kB of diffs)`,
        value: fineMs(reconnect),
        floor: `${fineMs(floor)} raw Yjs merge`,
        ratio: ratio(reconnect, floor),
        target: '–',
        met: null,
      },
      {
        // Why the ratio is large: every reconnect checks each document's invite code against
        // its scrypt hash on the server, which raw Yjs (the floor) never does.
        name: '  of which: reconnect → every provider authenticated (scrypt check of the code)',
        value: fineMs(authenticated),
        floor: '–',
        ratio: '–',
        target: '–',
        met: null,
      },
    ];
  } finally {
    await server.close();
    removeDir(dataDir);
  }
}
