import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  deleteMeeting,
  meetingContents,
  restoreMeeting,
  updateMeetingHeader,
  type MeetingContents,
  type MeetingInput,
} from '../../shared/model';
import { meetingDeletions } from './meeting-deletion';
import { useWorkspaceDoc } from './useWorkspaceData';

export interface MeetingCorrections {
  /** What the meeting holds now, for a confirmation. */
  contents(): MeetingContents;
  /** Writes the changed fields (throws InputError, writing nothing, if they are not valid). */
  updateDetails(changes: Partial<MeetingInput>): void;
  /** Deletes the meeting and its actions; the Meetings list then offers Undo. */
  deleteMeeting(label: string): void;
}

/** Corrections to one meeting after it was created: its details, or deleting it. */
export function useMeetingCorrections(meetingId: string, doc: Y.Doc): MeetingCorrections {
  const workspace = useWorkspaceDoc();
  return useMemo(
    () => ({
      contents: () => meetingContents(workspace, doc, meetingId),
      updateDetails: (changes) => updateMeetingHeader(workspace, doc, meetingId, changes),
      deleteMeeting: (label) => {
        const deleted = deleteMeeting(workspace, meetingId);
        meetingDeletions.remember(label, () => restoreMeeting(workspace, deleted));
      },
    }),
    [workspace, doc, meetingId],
  );
}
