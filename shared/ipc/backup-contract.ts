import { z } from 'zod';
import { MAX_FILE_BYTES } from './limits';

/**
 * The backups channels (electron/backups): kept apart from contract.ts, which spreads them
 * into its schemas, so the backup feature reads in one place.
 */

const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A backup's file name, as main writes it: when it was taken (UTC, sortable), `.quorum`.
 * The renderer can only name a backup main listed, never a path.
 */
export const BACKUP_FILE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.quorum$/;

const workspaceId = z.string().regex(LOWERCASE_UUID, { message: 'must be a lowercase UUID' });

/**
 * Why a snapshot is sent: `changed` is written at most once per backup interval; `quit` (the
 * final snapshot before the app closes) and `before-restore` are always written.
 */
export const backupReasons = ['changed', 'quit', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupRequestSchemas = {
  'backup:write': z.strictObject({
    workspaceId,
    data: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be bytes' })
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
        message: `must be at most ${MAX_FILE_BYTES} bytes`,
      }),
    reason: z.enum(backupReasons),
  }),
  /** Without a workspace: every workspace's backups (start-up, after the store was wiped). */
  'backup:list': z.strictObject({ workspaceId: workspaceId.optional() }),
  'backup:read': z.strictObject({
    workspaceId,
    name: z.string().regex(BACKUP_FILE_NAME, { message: 'must be the name of a backup' }),
  }),
} as const;

/** One backup on disk. */
export interface BackupEntry {
  workspaceId: string;
  name: string;
  /** When it was taken: an ISO instant (UTC). */
  takenAt: string;
  bytes: number;
}

export interface BackupWritten {
  /** The backup written, or null when one was written less than an interval ago. */
  written: BackupEntry | null;
  /** How long until a `changed` snapshot would be written: wait this long before the next. */
  nextInMs: number;
}

export interface BackupResponses {
  'backup:write': BackupWritten;
  /** Newest first. */
  'backup:list': BackupEntry[];
  /** The backup's bytes: a `.quorum` workspace file. */
  'backup:read': Uint8Array;
}

/** Main asks the renderer for a last snapshot on this channel when the app quits. */
export const FINAL_BACKUP_REQUEST = 'backup:final-snapshot-request';
