import { forgetFirstScreen } from './startup/first-screen';
import { getSetting, putSetting, type QuorumLocalDb } from './local-db';

/**
 * The workspaces stored on this device, so opening another one (from a file, or the sample)
 * never strands the one that was open: Settings lists them and opens any of them again.
 */
export interface KnownWorkspace {
  id: string;
  name: string;
}

const KEY = 'knownWorkspaces';

function isKnownWorkspace(value: unknown): value is KnownWorkspace {
  const v = value as KnownWorkspace;
  return typeof v?.id === 'string' && typeof v.name === 'string';
}

export async function listKnownWorkspaces(db: QuorumLocalDb): Promise<KnownWorkspace[]> {
  const stored = await getSetting<unknown>(db, KEY);
  return Array.isArray(stored) ? stored.filter(isKnownWorkspace) : [];
}

/** Adds or renames a workspace in the list. */
export async function rememberWorkspace(
  db: QuorumLocalDb,
  workspace: KnownWorkspace,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const known = await listKnownWorkspaces(db);
    const others = known.filter((w) => w.id !== workspace.id);
    const existing = known.find((w) => w.id === workspace.id);
    if (existing?.name === workspace.name) return;
    await putSetting(db, KEY, [...others, workspace]);
  });
}

/** Makes `workspaceId` the one this device opens next time the app loads. */
export async function switchWorkspace(db: QuorumLocalDb, workspaceId: string): Promise<void> {
  forgetFirstScreen();
  await putSetting(db, 'workspaceId', workspaceId);
}
