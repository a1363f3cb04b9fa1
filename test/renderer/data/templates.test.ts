import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { QuorumApi } from '../../../shared/ipc';
import { getSetting, openLocalDb } from '../../../renderer/data/local-db';
import {
  addTemplate,
  getDefaultTemplate,
  getTemplate,
  HOUSE_STYLE,
  listTemplates,
  removeTemplate,
  SAME_AS_DEFAULT,
  setDefaultTemplate,
  setKindTemplate,
  templateForKind,
  getKindTemplates,
  watchTemplates,
  type TemplatesState,
} from '../../../renderer/data/templates';
import { importTemplate } from '../../../renderer/data/template-import';

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
    expect(db.verno).toBe(5);
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

describe('importing a Word template', () => {
  const fixture = readFileSync(
    new URL('../../fixtures/templates/council-template.docx', import.meta.url),
  );
  const opening = (name: string, data: Uint8Array): Pick<QuorumApi, 'openFile'> => ({
    openFile: async () => ({ ok: true, value: { name, data } }),
  });

  it('keeps a council template with what it found, and says it was imported', async () => {
    const db = openLocalDb('import-ok');
    const working: string[] = [];
    const result = await importTemplate(
      opening('council-template.docx', new Uint8Array(fixture)),
      db,
      (progress) => working.push(progress.stage),
    );
    expect(result).toEqual({ stage: 'done', text: 'council-template.docx imported.' });
    expect(working).toEqual(['working']);
    const [stored] = await listTemplates(db);
    expect(stored?.name).toBe('council-template.docx');
    expect(stored?.placeholders).toContain('minutes');
    db.close();
  });

  it('says the disk is full rather than failing silently, and stores nothing', async () => {
    const db = openLocalDb('import-full');
    vi.spyOn(db.templates, 'add').mockRejectedValue(
      Object.assign(new Error('Transaction aborted'), { name: 'QuotaExceededError' }),
    );
    const result = await importTemplate(opening('big.docx', new Uint8Array(fixture)), db);
    expect(result.stage).toBe('failed');
    expect(result).toMatchObject({
      text: expect.stringMatching(/^big\.docx was not imported: The disk is full/),
    });
    vi.restoreAllMocks();
    expect(await listTemplates(db)).toEqual([]);
    db.close();
  });

  it('turns away a file that is not a Word document, and goes quietly back on cancel', async () => {
    const db = openLocalDb('import-bad');
    const notWord = await importTemplate(opening('notes.txt', new TextEncoder().encode('hi')), db);
    expect(notWord).toMatchObject({
      stage: 'failed',
      text: expect.stringMatching(/^notes\.txt was not imported: /),
    });
    const cancelled = await importTemplate(
      { openFile: async () => ({ ok: false, error: 'cancelled', message: 'Cancelled' }) },
      db,
    );
    expect(cancelled).toEqual({ stage: 'idle' });
    db.close();
  });
});

describe('following the templates on this device', () => {
  it('reports a failure to read them as an error, never as an empty list that looks loaded', async () => {
    const db = openLocalDb('watch-fails');
    const states: TemplatesState[] = [];
    vi.spyOn(db.templates, 'orderBy').mockImplementation(() => {
      throw new Error('The database connection is closing.');
    });
    const stop = watchTemplates(db, 'ws-1', (state) => states.push(state));
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]).toMatchObject({
      loaded: true,
      templates: [],
      defaultId: HOUSE_STYLE,
      error: expect.stringContaining('could not be read (The database connection is closing.)'),
    });
    stop();
    vi.restoreAllMocks();
    db.close();
  });

  it('hears each import and change of default', async () => {
    const db = openLocalDb('watch-live');
    const states: TemplatesState[] = [];
    const stop = watchTemplates(db, 'ws-1', (state) => states.push(state));
    await vi.waitFor(() => expect(states.at(-1)?.loaded).toBe(true));
    const id = await addTemplate(db, template('Council minutes.docx', '2024-01-01T00:00:00Z'));
    await setDefaultTemplate(db, 'ws-1', id);
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ defaultId: id, error: null }));
    expect(states.at(-1)?.templates.map((t) => t.name)).toEqual(['Council minutes.docx']);
    stop();
    db.close();
  });

  it('keeps a template for each kind of document, the rest on the default', async () => {
    const db = openLocalDb('templates-per-kind');
    const all = await addTemplate(db, template('Council.docx', '2024-01-01T00:00:00Z'));
    const agenda = await addTemplate(db, template('Agenda.docx', '2024-01-02T00:00:00Z'));
    // A workspace set up before kinds existed: every kind follows its default.
    await setDefaultTemplate(db, 'ws-1', all);
    const before = await getKindTemplates(db, 'ws-1');
    expect(before).toEqual({
      minutes: SAME_AS_DEFAULT,
      summary: SAME_AS_DEFAULT,
      agenda: SAME_AS_DEFAULT,
      actions: SAME_AS_DEFAULT,
    });
    await setKindTemplate(db, 'ws-1', 'agenda', agenda);
    await setKindTemplate(db, 'ws-1', 'actions', HOUSE_STYLE);
    const byKind = await getKindTemplates(db, 'ws-1');
    const state = { defaultId: all, byKind };
    expect(templateForKind(state, 'minutes')).toBe(all);
    expect(templateForKind(state, 'agenda')).toBe(agenda);
    expect(templateForKind(state, 'actions')).toBe(HOUSE_STYLE);
    // Removing the agenda's template puts agendas back on the default, not on the house style.
    await removeTemplate(db, agenda);
    const after = { defaultId: all, byKind: await getKindTemplates(db, 'ws-1') };
    expect(templateForKind(after, 'agenda')).toBe(all);
    db.close();
  });

  it('refuses on import a template whose repeating block is typed wrongly', async () => {
    const db = openLocalDb('import-mistake');
    const { p, wordLikeDocx } = await import('../../shared/export/template/word-like');
    const bytes = await wordLikeDocx(p('{{#items}}') + p('{{title}}'));
    const api: Pick<QuorumApi, 'openFile'> = {
      openFile: async () => ({ ok: true, value: { name: 'unclosed.docx', data: bytes } }),
    };
    const result = await importTemplate(api, db);
    expect(result).toEqual({
      stage: 'failed',
      text: 'unclosed.docx was not imported: {{#items}} is never closed: add {{/items}} where the repeated part ends.',
    });
    expect(await listTemplates(db)).toEqual([]);
    db.close();
  });
});
