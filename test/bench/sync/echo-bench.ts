import * as Y from 'yjs';
import { agendaItemMinutes, LOCAL_EDIT, listAgenda } from '../../../shared/model';
import { appendRichText, paragraph } from '../../../shared/sample/rich-text-builder';
import { meetingDocumentName } from '../../../shared/sync/document-names';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import {
  connectClient,
  removeDir,
  tempDataDir,
  until,
  type TestClient,
} from '../../server/helpers';
import { type BenchRow, fineMs, mebibytes, ratio } from '../report';
import { percentile } from '../stats';
import { destroyClient } from './clients';
import { sameDocument } from './convergence';
import { EchoTracker } from './echo-tracker';
import { seededRandom } from './random';
import { readRssKiB, sampleRss, startServerProcess } from './server-process';
import type { SyncBenchSettings } from './settings';
import { buildStartingMeeting } from './starting-meeting';
import { paragraphTexts } from './typing';
import { typeNotes } from './typist';

/**
 * Issue 6, part 2: many people typing into one meeting's minutes at once. The server runs as
 * its own process (its RSS is its own); every client has its own socket, as separate devices
 * would, and all live in this process, so one clock times a keystroke on one client and its
 * arrival on the others.
 */
const SETUP_TIMEOUT_MS = 180_000;

/** All clients connected, acknowledged and holding the same meeting. */
function allInStep(clients: readonly TestClient[]): boolean {
  const first = clients[0]!.doc();
  return clients.every((c) => c.settled()) && clients.every((c) => sameDocument(c.doc(), first));
}

/**
 * The floor: raw Yjs applying the same keystroke updates, in the order they were made, to one
 * fresh document holding the starting state. A first pass warms the JIT and is not counted.
 */
function rawApplyTimes(startState: Uint8Array, updates: readonly Uint8Array[]): number[] {
  const apply = (timed: boolean) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, startState);
    return updates.map((update) => {
      const started = timed ? performance.now() : 0;
      Y.applyUpdate(doc, update);
      return timed ? performance.now() - started : 0;
    });
  };
  apply(false);
  return apply(true);
}

/** Connects `count` clients into `clients` (the caller's, so a failure part-way still closes them). */
async function connectEveryone(url: string, count: number, clients: TestClient[]) {
  const start = buildStartingMeeting();
  const code = generateInviteCode();
  const name = meetingDocumentName(start.workspaceId, start.meetingId);
  // The first device brings the meeting (and registers the workspace); then the rest join.
  clients.push(connectClient(url, code, [name], [start.meeting]));
  await until(() => clients[0]!.settled(), 'the first client to upload the meeting', 30_000);
  for (let i = 1; i < count; i++) clients.push(connectClient(url, code, [name]));
}

export async function runEchoBench(settings: SyncBenchSettings): Promise<BenchRow[]> {
  const { clients: count, seconds } = settings;
  const dataDir = tempDataDir();
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  const clients: TestClient[] = [];
  try {
    server = await startServerProcess(dataDir);
    const rssStart = readRssKiB(server.pid) ?? 0;
    const rss = sampleRss(server.pid);
    await connectEveryone(server.url, count, clients);
    await until(() => allInStep(clients), 'every client to sync', SETUP_TIMEOUT_MS);

    // Each person takes notes in a paragraph of their own, under one of the items.
    const items = listAgenda(clients[0]!.doc());
    const texts = clients.map((client, i) => {
      const minutes = agendaItemMinutes(client.doc(), items[i % items.length]!.id);
      appendRichText(minutes, [paragraph(`Device ${i + 1}: `)]);
      return paragraphTexts(minutes).at(-1)!;
    });
    await until(() => allInStep(clients), 'every client to see every paragraph', SETUP_TIMEOUT_MS);

    const startState = Y.encodeStateAsUpdate(clients[0]!.doc());
    const updates: Uint8Array[] = [];
    const tracker = new EchoTracker();
    const acks: number[] = [];
    for (const client of clients) {
      const doc = client.doc();
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL_EDIT) updates.push(update);
      });
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        if (!tr.local)
          tracker.recordArrived(doc.clientID, tr.beforeState, tr.afterState, performance.now());
      });
    }

    const endsAt = performance.now() + seconds * 1000;
    await Promise.all(
      clients.map((client, i) =>
        typeNotes({
          provider: client.providers[0]!,
          text: texts[i]!,
          tracker,
          acks,
          random: seededRandom(1000 + i),
          endsAt,
          minDelayMs: 300,
          maxDelayMs: 500,
        }),
      ),
    );
    await until(() => allInStep(clients), 'every keystroke to reach everyone', SETUP_TIMEOUT_MS);
    const rssEnd = readRssKiB(server.pid) ?? 0;
    const rssPeak = rss.stop();

    const expected = tracker.sentCount * (count - 1);
    if (tracker.latencies.length !== expected)
      throw new Error(`${tracker.latencies.length} arrivals recorded, ${expected} expected`);
    const floor = rawApplyTimes(startState, updates);
    const [echo50, echo95] = [50, 95].map((p) => percentile(tracker.latencies, p)) as [
      number,
      number,
    ];
    const [ack50, ack95] = [50, 95].map((p) => percentile(acks, p)) as [number, number];
    const [floor50, floor95] = [50, 95].map((p) => percentile(floor, p)) as [number, number];
    const workload = `${count} clients × ${seconds} s, ${tracker.sentCount.toLocaleString('en-GB')} keystrokes`;
    const latencyRow = (name: string, value: number, floorValue: number, p: number): BenchRow => ({
      name: `${name} p${p} (${workload})`,
      value: fineMs(value),
      floor: `${fineMs(floorValue)} raw Yjs apply p${p}`,
      ratio: ratio(value, floorValue),
      target: '–',
      met: null,
    });
    const memoryRow = (name: string, value: number): BenchRow => ({
      name: `server RSS ${name} (own process)`,
      value: mebibytes(value),
      floor: `${mebibytes(rssStart)} idle at start`,
      ratio: ratio(value, rssStart),
      target: '–',
      met: null,
    });
    return [
      latencyRow(`echo to the other ${count - 1} clients`, echo50, floor50, 50),
      latencyRow(`echo to the other ${count - 1} clients`, echo95, floor95, 95),
      latencyRow('server acknowledgement', ack50, floor50, 50),
      latencyRow('server acknowledgement', ack95, floor95, 95),
      memoryRow('peak', rssPeak),
      memoryRow('at end', rssEnd),
    ];
  } finally {
    for (const client of clients) destroyClient(client);
    await server?.stop();
    removeDir(dataDir);
  }
}
