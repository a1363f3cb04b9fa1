import { useSyncExternalStore } from 'react';
import { meetingDeletions, type DeletionNotice } from './meeting-deletion';

/** The Meetings list's "… deleted. Undo" message, after a meeting screen deleted one. */
export function useDeletedMeetingNotice(): DeletionNotice & { undo(): void; dismiss(): void } {
  const notice = useSyncExternalStore(meetingDeletions.subscribe, meetingDeletions.getSnapshot);
  return { ...notice, undo: meetingDeletions.undo, dismiss: meetingDeletions.dismiss };
}
