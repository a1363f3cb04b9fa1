import { newId } from '../../shared/model';
import { getSetting, putSetting, type QuorumLocalDb, type TemplateRow } from './local-db';

/**
 * Council Word templates on this device. Each export picks one; each workspace has a default
 * ('house' for Quorum's built-in house style until a template is chosen).
 */
export const HOUSE_STYLE = 'house';

export type TemplateSummary = Omit<TemplateRow, 'bytes'>;

export async function addTemplate(
  db: QuorumLocalDb,
  template: Omit<TemplateRow, 'id'>,
): Promise<string> {
  const id = newId();
  await db.templates.add({ id, ...template });
  return id;
}

/** Newest first, without their bytes (a list does not need them). */
export async function listTemplates(db: QuorumLocalDb): Promise<TemplateSummary[]> {
  const rows = await db.templates.orderBy('importedAt').reverse().toArray();
  return rows.map(({ bytes: _bytes, ...summary }) => summary);
}

export function getTemplate(db: QuorumLocalDb, id: string): Promise<TemplateRow | undefined> {
  return db.templates.get(id);
}

/** Removes a template; a workspace that used it as its default goes back to the house style. */
export async function removeTemplate(db: QuorumLocalDb, id: string): Promise<void> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    await db.templates.delete(id);
    const defaults = await db.settings
      .filter((row) => row.key.startsWith('defaultTemplate:') && row.value === id)
      .toArray();
    for (const row of defaults) await putSetting(db, row.key, HOUSE_STYLE);
  });
}

export async function getDefaultTemplate(db: QuorumLocalDb, workspaceId: string): Promise<string> {
  const id = await getSetting<string>(db, `defaultTemplate:${workspaceId}`);
  if (!id || id === HOUSE_STYLE) return HOUSE_STYLE;
  // A default whose template has gone (removed on this device) falls back to the house style.
  return (await db.templates.get(id)) ? id : HOUSE_STYLE;
}

export function setDefaultTemplate(
  db: QuorumLocalDb,
  workspaceId: string,
  id: string,
): Promise<void> {
  return putSetting(db, `defaultTemplate:${workspaceId}`, id);
}
