import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { meetingDocumentName } from '../../shared/sync/document-names';
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
 * Three devices in a meeting lose the network, each changes the same things differently,
 * and all three must end up with the same document, with nobody's typing lost.
 * Plain Yjs types stand in for the app's model (agenda order, minutes text, action status).
 */

function snapshot(doc: Y.Doc) {
  return {
    agenda: doc.getArray<string>('agenda').toArray(),
    minutes: doc.getXmlFragment('minutes').toString(),
    actions: doc.getMap('actions').toJSON(),
  };
}

function paragraph(doc: Y.Doc): Y.XmlText {
  const element = doc.getXmlFragment('minutes').get(0) as Y.XmlElement;
  return element.get(0) as Y.XmlText;
}

function moveAgendaItem(doc: Y.Doc, title: string, to: number) {
  // Yjs arrays have no move: reordering is delete and re-insert, which is what conflicts.
  doc.transact(() => {
    const agenda = doc.getArray<string>('agenda');
    agenda.delete(agenda.toArray().indexOf(title), 1);
    agenda.insert(to, [title]);
  });
}

describe('three clients offline with conflicting edits', () => {
  let dataDir: string;
  let server: RunningSyncServer;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    dataDir = tempDataDir();
    server = await startTestServer({ dataDir });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDir(dataDir);
  });

  it('reconnect and reach identical state without losing anyone’s edits', async () => {
    const { workspaceId, code } = newWorkspace();
    const name = meetingDocumentName(workspaceId, randomUUID());
    const [chair, minuteTaker, officer] = [0, 1, 2].map(() =>
      connectClient(server.url, code, [name]),
    );
    clients.push(chair!, minuteTaker!, officer!);
    const devices = [chair!, minuteTaker!, officer!];

    // The chair prepares the meeting while everyone is online.
    const seed = chair!.doc();
    seed.transact(() => {
      seed.getArray<string>('agenda').push(['Welcome', 'Minutes', 'Matters arising', 'AOB']);
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('The group agreed the plan.')]);
      seed.getXmlFragment('minutes').insert(0, [p]);
      const action = new Y.Map<string>();
      action.set('owner', 'Jenny');
      action.set('status', 'open');
      seed.getMap('actions').set('a1', action);
    });
    await until(() => devices.every((d) => d.settled()), 'all devices to sync');
    await until(
      () => devices.every((d) => snapshot(d.doc()).agenda.length === 4),
      'the seed to reach everyone',
    );

    for (const device of devices) device.socket.disconnect();
    await until(
      () => devices.every((d) => d.socket.status === 'disconnected'),
      'all devices offline',
    );

    // Offline, each device changes the same agenda, paragraph and action.
    moveAgendaItem(chair!.doc(), 'AOB', 1);
    moveAgendaItem(minuteTaker!.doc(), 'Matters arising', 0);
    minuteTaker!.doc().getArray<string>('agenda').push(['Date of next meeting']);
    moveAgendaItem(officer!.doc(), 'Minutes', 3);
    paragraph(chair!.doc()).insert(0, 'Chair: ');
    paragraph(minuteTaker!.doc()).insert(0, 'Minute-taker: ');
    paragraph(officer!.doc()).insert(paragraph(officer!.doc()).length, ' Officer note.');
    (chair!.doc().getMap('actions').get('a1') as Y.Map<string>).set('status', 'done');
    (minuteTaker!.doc().getMap('actions').get('a1') as Y.Map<string>).set('status', 'in-progress');
    (officer!.doc().getMap('actions').get('a1') as Y.Map<string>).set('owner', 'Sam');

    // They really have diverged, so converging below means something.
    const offline = devices.map((d) => JSON.stringify(snapshot(d.doc())));
    expect(new Set(offline).size).toBe(3);

    for (const device of devices) void device.socket.connect();
    await until(() => devices.every((d) => d.settled()), 'all devices to resync');
    await until(() => {
      const states = devices.map((d) => JSON.stringify(snapshot(d.doc())));
      return new Set(states).size === 1;
    }, 'identical state on all devices');

    const merged = snapshot(chair!.doc());
    expect(merged.agenda.slice().sort()).toEqual(
      ['AOB', 'Date of next meeting', 'Matters arising', 'Minutes', 'Welcome'].sort(),
    );
    const text = paragraph(chair!.doc()).toString();
    for (const piece of [
      'Chair: ',
      'Minute-taker: ',
      'The group agreed the plan.',
      ' Officer note.',
    ]) {
      expect(text).toContain(piece);
    }
    expect(['done', 'in-progress']).toContain(
      (merged.actions as Record<string, Record<string, string>>).a1?.status,
    );
    expect((merged.actions as Record<string, Record<string, string>>).a1?.owner).toBe('Sam');

    // The server holds the merged state too: a new device gets exactly the same document.
    const latecomer = connectClient(server.url, code, [name]);
    clients.push(latecomer);
    await until(() => latecomer.settled(), 'the latecomer to sync');
    expect(snapshot(latecomer.doc())).toEqual(merged);
  });
});
