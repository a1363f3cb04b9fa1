import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { persistDocument } from '../../../renderer/data/yjs-persistence';

const opened: { destroy: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((persistence) => persistence.destroy()));
});

/** Opens database `name` into a fresh document and waits until it has loaded. */
async function reopen(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const { persistence, loaded } = persistDocument(name, doc);
  opened.push(persistence);
  await loaded;
  return doc;
}

describe('persistDocument', () => {
  it('loads what was stored, and stores every edit made after loading', async () => {
    const name = `yjs-persistence-${randomUUID()}`;
    const first = await reopen(name);
    first.getMap('group').set('name', 'Steering group');
    first.getArray<string>('notes').push(['Welcome', 'Apologies']);
    await opened.splice(0)[0]?.destroy();

    const second = await reopen(name);
    expect(second.getMap('group').toJSON()).toEqual({ name: 'Steering group' });
    second.getArray<string>('notes').delete(0);
    await opened.splice(0)[0]?.destroy();

    const third = await reopen(name);
    expect(third.getArray('notes').toJSON()).toEqual(['Apologies']);
  });

  it('does not make Yjs encode the stored state again while loading it', async () => {
    const name = `yjs-persistence-${randomUUID()}`;
    const first = await reopen(name);
    first.getText('minutes').insert(0, 'x'.repeat(10_000));
    await opened.splice(0)[0]?.destroy();

    const doc = new Y.Doc();
    const { persistence, loaded } = persistDocument(name, doc);
    opened.push(persistence);
    // Yjs builds an update for each transaction only while someone listens for updates.
    expect(doc._observers.has('update') && doc._observers.get('update')?.size).toBeFalsy();
    await loaded;
    expect(doc.getText('minutes').length).toBe(10_000);
    expect(doc._observers.get('update')?.size).toBe(1);
  });

  it('keeps an edit made before the stored state had loaded', async () => {
    const name = `yjs-persistence-${randomUUID()}`;
    const first = await reopen(name);
    first.getMap('group').set('name', 'Steering group');
    await opened.splice(0)[0]?.destroy();

    const doc = new Y.Doc();
    const { persistence, loaded } = persistDocument(name, doc);
    opened.push(persistence);
    doc.getMap('group').set('cadence', 'quarterly');
    await loaded;
    await opened.splice(0)[0]?.destroy();

    const again = await reopen(name);
    expect(again.getMap('group').toJSON()).toEqual({
      name: 'Steering group',
      cadence: 'quarterly',
    });
  });
});
