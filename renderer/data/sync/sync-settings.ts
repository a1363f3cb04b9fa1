import { getSetting, putSetting, type QuorumLocalDb } from '../local-db';

/**
 * Where a workspace syncs, kept on this device only (Dexie `settings`, see
 * docs/data-model.md). The invite code is kept because the provider presents it on every
 * connection; it is the same code the person typed or was shown, on their own disk.
 */
export interface SyncSettings {
  /** ws:// or wss:// address of the sync server. */
  url: string;
  inviteCode: string;
  /**
   * Set when this device joined a workspace it has never had: its document must come from
   * the server before anything (the migration's defaults) is written to it locally.
   */
  awaitingFirstSync?: boolean;
  /**
   * This computer hosts the workspace (Settings → Sync → Host on this network), so the app
   * starts its server again when it next opens the workspace (renderer/data/sync/hosting.ts).
   */
  hosted?: boolean;
}

const settingsKey = (workspaceId: string) => `sync:${workspaceId}`;
const NAME_KEY = 'syncName';

function isSyncSettings(value: unknown): value is SyncSettings {
  const v = value as SyncSettings | undefined;
  return typeof v?.url === 'string' && typeof v.inviteCode === 'string';
}

export async function readSyncSettings(
  db: QuorumLocalDb,
  workspaceId: string,
): Promise<SyncSettings | null> {
  const stored = await getSetting<unknown>(db, settingsKey(workspaceId));
  return isSyncSettings(stored) ? stored : null;
}

export async function writeSyncSettings(
  db: QuorumLocalDb,
  workspaceId: string,
  settings: SyncSettings | null,
): Promise<void> {
  if (settings) await putSetting(db, settingsKey(workspaceId), settings);
  else await db.settings.delete(settingsKey(workspaceId));
}

/** The name others see beside this person's cursor and in "who is here". */
export async function readDisplayName(db: QuorumLocalDb): Promise<string> {
  const stored = await getSetting<unknown>(db, NAME_KEY);
  return typeof stored === 'string' ? stored : '';
}

export async function writeDisplayName(db: QuorumLocalDb, name: string): Promise<void> {
  await putSetting(db, NAME_KEY, name.trim());
}
