import type * as Y from 'yjs';
import { readMeetingHeader } from './meeting-header';
import { LOCAL_EDIT } from './origins';
import { meetingsMap } from './workspace-doc';

/**
 * Copies a meeting's minutes status (Draft, Approved), and whether it was the group's own
 * meeting, from its own document's header into its index entry, as updateMeetingHeader copies the title and date: the meetings list shows it
 * for years of meetings without opening their documents. Called while a meeting is open, and
 * for the others by the renderer's background backfill (renderer/data/mirror-backfill.ts). Writes only when they differ, so
 * devices that mirror the same status write nothing. Returns whether it wrote.
 */
export function mirrorMinutesStatus(
  workspace: Y.Doc,
  meetingId: string,
  meetingDoc: Y.Doc,
): boolean {
  const header = readMeetingHeader(meetingDoc);
  const entry = meetingsMap(workspace).get(meetingId);
  if (!header || !entry) return false;
  const statusChanged = (entry.get('minutesStatus') ?? 'draft') !== header.minutesStatus;
  const groupChanged = (entry.get('groupMeeting') ?? true) !== header.groupMeeting;
  if (!statusChanged && !groupChanged) return false;
  workspace.transact(() => {
    if (statusChanged) entry.set('minutesStatus', header.minutesStatus);
    if (groupChanged) entry.set('groupMeeting', header.groupMeeting);
  }, LOCAL_EDIT);
  return true;
}
