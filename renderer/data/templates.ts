import { liveQuery } from 'dexie';
import { newId } from '../../shared/model';
import { describeStorageError } from './storage-errors';
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

/** The templates on this device and the workspace's default, as the screens show them. */
export interface TemplatesState {
  loaded: boolean;
  templates: TemplateSummary[];
  /** A template id, or HOUSE_STYLE. */
  defaultId: string;
  /** Why the templates could not be read: exports fall back to the house style meanwhile. */
  error: string | null;
}

export const TEMPLATES_LOADING: TemplatesState = {
  loaded: false,
  templates: [],
  defaultId: HOUSE_STYLE,
  error: null,
};

/**
 * Follows the templates and the workspace's default with Dexie's liveQuery: `onChange` hears
 * every change, and a failure to read them as `error` (never as an empty list that looks
 * loaded). Returns the function that stops following.
 */
export function watchTemplates(
  db: QuorumLocalDb,
  workspaceId: string,
  onChange: (state: TemplatesState) => void,
): () => void {
  const query = liveQuery(async () => ({
    templates: await listTemplates(db),
    defaultId: await getDefaultTemplate(db, workspaceId),
  }));
  const subscription = query.subscribe({
    next: (value) => onChange({ loaded: true, error: null, ...value }),
    error: (error: unknown) =>
      onChange({
        ...TEMPLATES_LOADING,
        loaded: true,
        error: `The Word templates on this computer could not be read (${describeStorageError(error)}). Exports use the Quorum house style until Quorum is restarted.`,
      }),
  });
  return () => subscription.unsubscribe();
}
