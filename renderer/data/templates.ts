import { liveQuery } from 'dexie';
import { newId } from '../../shared/model';
import { describeStorageError } from './storage-errors';
import { getSetting, putSetting, type QuorumLocalDb, type TemplateRow } from './local-db';

/**
 * Council Word templates on this device. Each export picks one; each workspace has a default
 * ('house' for Quorum's built-in house style until a template is chosen).
 */
export const HOUSE_STYLE = 'house';

/**
 * A council may register a template for each kind of document, or one for all of them: a
 * kind with no template of its own uses the workspace's default. Stored as settings beside
 * the default (`defaultTemplate:<workspace>:<kind>`), so templates imported before kinds
 * existed keep working unchanged.
 */
export const TEMPLATE_KINDS = ['minutes', 'summary', 'agenda', 'actions'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
/** A kind that follows the workspace's default. */
export const SAME_AS_DEFAULT = 'default';

const kindKey = (workspaceId: string, kind: TemplateKind) =>
  `defaultTemplate:${workspaceId}:${kind}`;

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

/**
 * Removes a template; a workspace that used it as its default goes back to the house style,
 * and a kind that used it goes back to the workspace's default.
 */
export async function removeTemplate(db: QuorumLocalDb, id: string): Promise<void> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    await db.templates.delete(id);
    const defaults = await db.settings
      .filter((row) => row.key.startsWith('defaultTemplate:') && row.value === id)
      .toArray();
    for (const row of defaults) {
      const perKind = row.key.split(':').length > 2;
      if (perKind) await db.settings.delete(row.key);
      else await putSetting(db, row.key, HOUSE_STYLE);
    }
  });
}

/** Each kind's own choice: a template id, HOUSE_STYLE, or SAME_AS_DEFAULT. */
export async function getKindTemplates(
  db: QuorumLocalDb,
  workspaceId: string,
): Promise<Record<TemplateKind, string>> {
  const entries = await Promise.all(
    TEMPLATE_KINDS.map(async (kind) => {
      const id = await getSetting<string>(db, kindKey(workspaceId, kind));
      const known =
        !id || id === HOUSE_STYLE || id === SAME_AS_DEFAULT || (await db.templates.get(id));
      return [kind, id && known ? id : SAME_AS_DEFAULT] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<TemplateKind, string>;
}

export function setKindTemplate(
  db: QuorumLocalDb,
  workspaceId: string,
  kind: TemplateKind,
  id: string,
): Promise<void> {
  return putSetting(db, kindKey(workspaceId, kind), id);
}

/** The style a kind is exported in: its own template, or the workspace's default. */
export function templateForKind(
  state: Pick<TemplatesState, 'defaultId' | 'byKind'>,
  kind: TemplateKind,
) {
  const own = state.byKind[kind];
  return own && own !== SAME_AS_DEFAULT ? own : state.defaultId;
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
  /** Each kind's own choice, or SAME_AS_DEFAULT. */
  byKind: Record<TemplateKind, string>;
  /** Why the templates could not be read: exports fall back to the house style meanwhile. */
  error: string | null;
}

export const TEMPLATES_LOADING: TemplatesState = {
  loaded: false,
  templates: [],
  defaultId: HOUSE_STYLE,
  byKind: {
    minutes: SAME_AS_DEFAULT,
    summary: SAME_AS_DEFAULT,
    agenda: SAME_AS_DEFAULT,
    actions: SAME_AS_DEFAULT,
  },
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
    byKind: await getKindTemplates(db, workspaceId),
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
