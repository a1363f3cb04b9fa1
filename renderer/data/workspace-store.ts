import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  getMeeting,
  listMeetings,
  meetingsMap,
  migrateWorkspace,
  type Meeting,
} from '../../shared/model';
import type { QuorumLocalDb } from './local-db';
import type { LocalStart } from './startup/local-start';
import { projectMeetingIndex, type MeetingIndexProjection } from './meeting-index';
import { MeetingDocs, type MeetingDocListener } from './meeting-docs';
import { mirrorBackfill, type MirrorBackfill } from './mirror-backfill';
import { mirrorLedger, type MirrorLedger } from './mirror-ledger';
import { observeValue, type ObservedValue } from './observed-value';
import { persistDocument } from './yjs-persistence';
import { colourFor } from './sync/presence';
import { writeSyncSettings } from './sync/sync-settings';
import { WorkspaceSync } from './sync/workspace-sync';

/**
 * Everything the renderer needs to reach data: the workspace Y.Doc, kept in IndexedDB by
 * y-indexeddb (every update is written as it happens, so a crash loses nothing), and the
 * device-local Dexie database.
 */
export interface WorkspaceStore {
  workspaceId: string;
  deviceId: string;
  /** Filled from IndexedDB by `load()`: read it only once that has resolved. */
  doc: Y.Doc;
  /**
   * Starts loading the document (once; later calls return the same promise). Resolves once
   * it holds everything stored here and is migrated to the current schema; rejects
   * (NewerSchemaError for data from a newer Quorum, left untouched) if not.
   */
  load(): Promise<void>;
  /**
   * Every meeting, newest first, kept current as the document changes: for the meetings list,
   * which renders before this code has loaded and so cannot read the document itself.
   */
  meetingList: ObservedValue<Meeting[]>;
  localDb: QuorumLocalDb;
  /** Meeting documents, borrowed by the screens that show them. */
  meetings: MeetingDocs;
  /**
   * Which meetings' decisions and minutes status are mirrored into the workspace document,
   * and the background job that mirrors the rest (started by afterWorkspaceLoaded).
   */
  mirrors: { ledger: MirrorLedger; backfill: MirrorBackfill };
  /** The connection to a sync server, if one is set up (Settings → Sync). */
  sync: WorkspaceSync;
  destroy(): Promise<void>;
}

/**
 * A joined workspace's first copy from the server may take a while over a slow link (it is
 * the whole record, years of it), but a minute with nothing means the server is unreachable.
 */
const FIRST_SYNC_TIMEOUT_MS = 60_000;

/** The workspace this device joined never arrived from its sync server. */
export class FirstSyncTimeoutError extends Error {
  override name = 'FirstSyncTimeoutError';
  constructor(readonly serverUrl: string) {
    super(
      `The workspace you joined has not arrived from the sync server at ${serverUrl}. ` +
        'Check that this computer is on a network that reaches the server, then try again.',
    );
  }
}

function withinTime<T>(
  promise: Promise<T>,
  ms = FIRST_SYNC_TIMEOUT_MS,
  timedOut: () => Error,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export function workspaceDbName(workspaceId: string): string {
  return `quorum-workspace-${workspaceId}`;
}

/**
 * The workspace that `start` (local-start.ts) found, ready to load. The caller starts that
 * load with `load()` once the first screen is up: applying megabytes of Yjs updates holds the
 * main thread. Once loaded, the meetings list's copy follows the document (meeting-index.ts).
 * The store owns `start.localDb` from here: `destroy()` closes it.
 */
export function createWorkspaceStore(
  start: LocalStart,
  options: { firstSyncTimeoutMs?: number } = {},
): WorkspaceStore {
  const { localDb, workspaceId, deviceId, syncSettings, displayName } = start;
  const doc = new Y.Doc({ guid: workspaceId });
  const ledger = mirrorLedger(localDb, workspaceId);
  const meetings = new MeetingDocs(workspaceId, doc, undefined, ledger);
  const backfill = mirrorBackfill({ workspaceId, workspace: doc, meetings, ledger });
  const sync = new WorkspaceSync(workspaceId, doc, {
    name: displayName,
    color: colourFor(deviceId),
  });
  let persistence: IndexeddbPersistence | undefined;
  let projection: MeetingIndexProjection | undefined;
  let destroyed = false;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const stored = persistDocument(workspaceDbName(workspaceId), doc);
      persistence = stored.persistence;
      await stored.loaded;
      if (destroyed) throw new Error('The workspace was closed while it was opening.');
      meetings.listen(syncListener(sync, doc));
      // A workspace hosted here connects once its server is up again (resumeHosting), not
      // before, which would only log a refused connection.
      if (syncSettings && !syncSettings.hosted) sync.configure(syncSettings);
      if (syncSettings?.awaitingFirstSync) {
        // Joined from another device: its document comes from the server before the
        // migration writes defaults (a group name, a standard agenda) that would race the
        // real ones. Not for ever: a server that never answers must not leave the app on
        // "Opening your workspace…" with no way forward.
        await withinTime(
          sync.whenWorkspaceSynced(),
          options.firstSyncTimeoutMs,
          () => new FirstSyncTimeoutError(syncSettings.url),
        );
        await writeSyncSettings(localDb, workspaceId, {
          ...syncSettings,
          awaitingFirstSync: false,
        });
      }
      migrateWorkspace(doc);
      projection = projectMeetingIndex(localDb, workspaceId, doc);
    })());
  const destroy = async () => {
    destroyed = true;
    sync.destroy();
    await backfill.stop();
    await projection?.stop();
    await meetings.closeAll();
    await persistence?.destroy();
    doc.destroy();
    localDb.close();
  };
  return {
    workspaceId,
    deviceId,
    doc,
    load,
    meetingList: observeValue(
      () => [meetingsMap(doc)],
      () => listMeetings(doc),
    ),
    localDb,
    meetings,
    mirrors: { ledger, backfill },
    sync,
    destroy,
  };
}

/** Meeting documents join the workspace's sync connection while they are open. */
export function syncListener(sync: WorkspaceSync, doc: Y.Doc): MeetingDocListener {
  return {
    opened: (meetingId, doc, isEmpty) => sync.attachMeeting(meetingId, doc, isEmpty),
    closed: (meetingId) => sync.detachMeeting(meetingId),
    failed: (meetingId, error) =>
      sync.meetingFailed(meetingId, getMeeting(doc, meetingId)?.title ?? 'A meeting', error),
  };
}
