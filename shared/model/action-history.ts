import * as Y from 'yjs';
import { z } from 'zod';
import { actionStatuses, getAction, type ActionStatus } from './actions';
import { LOCAL_EDIT } from './origins';
import { newRecord, recordFields } from './records';
import { actionsMap } from './workspace-doc';

/**
 * Each action's history: one entry per update given on it ("Update given: the presentation
 * was shared on 3 October"), with who gave it, when, at which meeting and the status it set.
 *
 * The list is a top-level `actionHistory/<action id>` Y.Array of Y.Maps, not a Y.Array inside
 * the action's map: two devices giving an action its first update offline would each create
 * that inner array, and Yjs keeps only one of two values set on one map key, so one update
 * would vanish. A top-level type is never replaced, so both entries survive (as the meeting
 * document's `minutes/<item id>` fragments do).
 */
export function actionHistoryArray(workspace: Y.Doc, actionId: string): Y.Array<Y.Map<unknown>> {
  return workspace.getArray(`actionHistory/${actionId}`);
}

const historyEntrySchema = z.object({
  /** ISO timestamp of when the update was recorded. */
  at: z.string(),
  /** The display name of the person on the device that recorded it, or ''. */
  by: z.string().catch(''),
  /** The meeting it was given at, or null when given outside a meeting. */
  meetingId: z.string().nullable().catch(null),
  /** The status it set, or null when only a note was given. */
  status: z.enum(actionStatuses).nullable().catch(null),
  note: z.string().catch(''),
});

export type ActionHistoryEntry = z.infer<typeof historyEntrySchema>;

export interface ActionUpdate {
  status?: ActionStatus | null;
  note?: string;
  meetingId?: string | null;
  by?: string;
}

/** Notes are short progress lines read out in a meeting, not reports. */
export const ACTION_NOTE_MAX = 1000;

/**
 * Gives an update on an action in one transaction: its new status (if any) on the action and
 * an entry in its history. An update with neither a new status nor a note is refused.
 */
export function recordActionUpdate(
  workspace: Y.Doc,
  actionId: string,
  update: ActionUpdate,
  now = new Date(),
): void {
  const map = actionsMap(workspace).get(actionId);
  const action = getAction(workspace, actionId);
  if (!map || !action) throw new Error(`No action with id ${actionId}`);
  const note = (update.note ?? '').trim();
  const status = update.status ?? null;
  if (status === null && note === '') throw new Error('Give a new status or a progress note');
  if (note.length > ACTION_NOTE_MAX) {
    throw new Error(`Keep the note under ${ACTION_NOTE_MAX} characters`);
  }
  const stamp = now.toISOString();
  workspace.transact(() => {
    if (status !== null && status !== action.status) map.set('status', status);
    map.set('updatedAt', stamp);
    actionHistoryArray(workspace, actionId).push([
      newRecord({
        at: stamp,
        by: update.by?.trim() ?? '',
        meetingId: update.meetingId ?? null,
        status,
        note,
      }),
    ]);
  }, LOCAL_EDIT);
}

/** The action's history, oldest first (ties, from two devices, by their text). */
export function readActionHistory(workspace: Y.Doc, actionId: string): ActionHistoryEntry[] {
  const entries: ActionHistoryEntry[] = [];
  for (const value of actionHistoryArray(workspace, actionId).toArray()) {
    if (!(value instanceof Y.Map)) continue;
    const parsed = historyEntrySchema.safeParse(recordFields(value));
    if (parsed.success) entries.push(parsed.data);
  }
  return entries.sort(
    (a, b) => a.at.localeCompare(b.at) || JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );
}

/** The updates given on an action at one meeting, oldest first. */
export function updatesGivenAt(
  workspace: Y.Doc,
  actionId: string,
  meetingId: string,
): ActionHistoryEntry[] {
  return readActionHistory(workspace, actionId).filter((entry) => entry.meetingId === meetingId);
}
