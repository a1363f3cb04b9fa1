import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getSetting, openLocalDb } from '../../../renderer/data/local-db';
import {
  addTemplate,
  getDefaultTemplate,
  getTemplate,
  HOUSE_STYLE,
  listTemplates,
  removeTemplate,
  setDefaultTemplate,
} from '../../../renderer/data/templates';

const template = (name: string, importedAt: string) => ({
  name,
  bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
  importedAt,
  placeholders: ['title', 'minutes'],
  unknown: [],
  missing: ['actions'],
});

describe('Word templates on this device', () => {
  it('upgrades a version 1 database without losing its settings', async () => {
    const old = new Dexie('templates-upgrade');
    old.version(1).stores({ settings: '&key' });
    await old.table('settings').put({ key: 'workspaceId', value: 'w1' });
    old.close();
    const db = openLocalDb('templates-upgrade');
    expect(await getSetting(db, 'workspaceId')).toBe('w1');
    expect(db.verno).toBe(4);
    expect(await listTemplates(db)).toEqual([]);
    db.close();
  });

  it('keeps templates with their bytes, newest first, and a default per workspace', async () => {
    const db = openLocalDb('templates-default');
    const older = await addTemplate(db, template('Old minutes.docx', '2023-01-01T00:00:00Z'));
    const newer = await addTemplate(db, template('Council minutes.dotx', '2024-01-01T00:00:00Z'));
    expect((await listTemplates(db)).map((t) => t.name)).toEqual([
      'Council minutes.dotx',
      'Old minutes.docx',
    ]);
    expect((await listTemplates(db))[0]).not.toHaveProperty('bytes');
    expect((await getTemplate(db, older))?.bytes).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));

    expect(await getDefaultTemplate(db, 'w1')).toBe(HOUSE_STYLE);
    await setDefaultTemplate(db, 'w1', newer);
    expect(await getDefaultTemplate(db, 'w1')).toBe(newer);
    expect(await getDefaultTemplate(db, 'w2')).toBe(HOUSE_STYLE);

    await removeTemplate(db, newer);
    expect(await getDefaultTemplate(db, 'w1')).toBe(HOUSE_STYLE);
    expect((await listTemplates(db)).map((t) => t.id)).toEqual([older]);
    db.close();
  });
});
