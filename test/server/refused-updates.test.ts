import { randomUUID } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { meetingDocumentName } from '../../shared/sync/document-names';
import { createLogger } from '../../server/logger';
import {
  cleanupAfterEach,
  connectClient,
  registerByFirstUse,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/**
 * Issue 15, point 7: a garbage Yjs update inside a well-formed envelope. Hocuspocus used to
 * apply what Yjs could make of it and acknowledge it as saved; now the server refuses it
 * before applying or logging it and closes that document's connection, as docs/sync.md says.
 */

const { cleanups, track } = cleanupAfterEach();

// Hocuspocus message types (see limits.ts) and y-protocols sync steps.
const SYNC = 0;
const AUTH = 2;
const CLOSE = 7;
const SYNC_STATUS = 8;
const SYNC_UPDATE = 2;

function frame(name: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A member speaking Hocuspocus's protocol by hand, to send what no provider would. */
async function rawMember(url: string, name: string, code: string) {
  const ws = new WebSocket(url);
  ws.on('error', () => {});
  cleanups.push(() => ws.terminate());
  const received: { type: number; payload: decoding.Decoder }[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    received.push({ type: decoding.readVarUint(decoder), payload: decoder });
  });
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(
    frame(name, (e) => {
      encoding.writeVarUint(e, AUTH);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, code);
    }),
  );
  await until(() => received.some((m) => m.type === AUTH), 'the server to authenticate');
  return {
    received,
    sendUpdate(update: Uint8Array) {
      ws.send(
        frame(name, (e) => {
          encoding.writeVarUint(e, SYNC);
          encoding.writeVarUint(e, SYNC_UPDATE);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    },
    /** The reason the server gave for closing this document's connection. */
    async closedWith(): Promise<string> {
      await until(() => received.some((m) => m.type === CLOSE), 'the server to close the document');
      return decoding.readVarString(received.find((m) => m.type === CLOSE)!.payload);
    },
    acknowledgements: () => received.filter((m) => m.type === SYNC_STATUS).length,
  };
}

async function serverWithLog() {
  const dataDir = tempDataDir();
  cleanups.push(() => removeDir(dataDir));
  const lines: string[] = [];
  const server = await startTestServer({ dataDir, logger: createLogger((l) => lines.push(l)) });
  cleanups.push(() => server.close());
  return { server, lines };
}

describe('a garbage update in a valid envelope', () => {
  it('is not acknowledged: the document connection is closed, and the document unharmed', async () => {
    const { server, lines } = await serverWithLog();
    const { workspaceId, code } = await registerByFirstUse(server.url, track);
    const name = meetingDocumentName(workspaceId, randomUUID());
    const raw = await rawMember(server.url, name, code);

    // One client, a clock far past anything, a struct of unknown content type 31.
    raw.sendUpdate(new Uint8Array([1, 1, 0xd2, 0x09, 0x80, 0x80, 0x04, 0x1f, 0xff, 0xff]));
    expect(await raw.closedWith()).toMatch(/^update refused: /);
    expect(raw.acknowledgements()).toBe(0);
    expect(lines.some((l) => l.includes(`WARN update.refused document=${name}`))).toBe(true);

    // A member opening the same meeting finds it empty and working.
    const member = track(connectClient(server.url, code, [name]));
    await until(() => member.settled(), 'a member to sync the meeting');
    expect(member.doc().share.size).toBe(0);
  });
});

describe('an update over budget', () => {
  it('a million delete ranges for a phantom client: refused, other workspaces unaffected', async () => {
    const { server, lines } = await serverWithLog();
    const attacker = await registerByFirstUse(server.url, track);
    const victim = await registerByFirstUse(server.url, track);
    const name = meetingDocumentName(attacker.workspaceId, randomUUID());
    const raw = await rawMember(server.url, name, attacker.code);

    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // no structs
    encoding.writeVarUint(encoder, 1); // one client in the delete set, never seen anywhere
    encoding.writeVarUint(encoder, 3_141_592_653);
    encoding.writeVarUint(encoder, 1_000_000);
    for (let i = 0; i < 1_000_000; i++) {
      encoding.writeVarUint(encoder, i * 2);
      encoding.writeVarUint(encoder, 1);
    }
    raw.sendUpdate(encoding.toUint8Array(encoder));
    expect(await raw.closedWith()).toBe('update refused: too many delete ranges');
    expect(raw.acknowledgements()).toBe(0);
    expect(
      lines.some((l) => /WARN update\.refused .*reason="too many delete ranges"/.test(l)),
    ).toBe(true);

    // The victim workspace's members still exchange edits through the same server.
    const meeting = meetingDocumentName(victim.workspaceId, randomUUID());
    const alice = track(connectClient(server.url, victim.code, [meeting]));
    const bob = track(connectClient(server.url, victim.code, [meeting]));
    await until(() => alice.settled() && bob.settled(), 'the victim workspace to sync');
    alice.doc().getText('minutes').insert(0, 'Apologies: none.');
    await until(
      () => bob.doc().getText('minutes').toString() === 'Apologies: none.',
      'the edit to reach the other member',
    );
  });
});
