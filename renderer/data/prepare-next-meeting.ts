import type * as Y from 'yjs';
import { fillNextMeeting, getMeeting, prepareNextMeeting } from '../../shared/model';
import type { MeetingDocs } from './meeting-docs';

export interface PrepareOptions {
  now?: Date;
  /**
   * Resolves once the server's copies of the workspace and these meetings have arrived, or at
   * once offline (WorkspaceSync.settle). Without it the device prepares from what it holds.
   */
  settle?: (meetingIds: readonly string[]) => Promise<void>;
}

/**
 * "Prepare next meeting" on this device: opens the previous meeting's document (to read its
 * date of next meeting, roles and carried items), adds the next meeting to the index, then
 * opens the next meeting's document and fills it. Preparing a meeting prepared already (here
 * or on another device) only returns it. Resolves with the next meeting's id.
 */
export async function prepareNextMeetingOnDevice(
  workspace: Y.Doc,
  meetings: Pick<MeetingDocs, 'borrow'>,
  previousMeetingId: string,
  options: PrepareOptions = {},
): Promise<{ meetingId: string; title: string; date: string }> {
  const { now = new Date(), settle = async () => {} } = options;
  if (!getMeeting(workspace, previousMeetingId)) {
    throw new Error('That meeting is no longer in this workspace, so nothing was prepared.');
  }
  const previous = meetings.borrow(previousMeetingId);
  try {
    const previousDoc = await previous.ready;
    // The previous meeting's date of next meeting and carried items, as the server has them.
    await settle([previousMeetingId]);
    const meetingId = prepareNextMeeting(workspace, previousMeetingId, previousDoc, now);
    const next = meetings.borrow(meetingId);
    try {
      fillNextMeeting(await next.ready, workspace, previousMeetingId, previousDoc);
    } finally {
      next.release();
    }
    const meeting = getMeeting(workspace, meetingId);
    if (!meeting) throw new Error('The next meeting was removed while it was being prepared.');
    return { meetingId, title: meeting.title, date: meeting.date };
  } finally {
    previous.release();
  }
}
