import type * as Y from 'yjs';
import {
  approveMinutes,
  assignReferences,
  checkResolution,
  findPreviousMeeting,
  readMeetingHeader,
  recordPreviousMinutesResolution,
  type ResolutionKind,
} from '../model';
import { readMeetingForExport, type MeetingExportData } from './meeting-data';

export interface ApprovePreviousInput {
  resolution: ResolutionKind;
  amendments: string;
  /** Who records it, as shown in the approved meeting's history. */
  by: string;
  now?: Date;
}

/**
 * Records the chair's resolution in `approvingDoc` and approves `previousDoc` with a snapshot
 * of its minutes, whose minute references are assigned for good first (minute-references.ts). Two documents, so two transactions: the approval first, so that a refusal
 * (already approved, not yet synced) leaves the approving meeting unchanged.
 */
export function approvePreviousMinutes(
  workspace: Y.Doc,
  approvingDoc: Y.Doc,
  previousDoc: Y.Doc,
  input: ApprovePreviousInput,
): void {
  const problem = checkResolution(input.resolution, input.amendments);
  if (problem) throw new Error(problem);
  const approving = readMeetingHeader(approvingDoc);
  const previous = findPreviousMeeting(workspace, approvingDoc.guid);
  if (!approving || previous?.id !== previousDoc.guid)
    throw new Error(
      'Those minutes are not the previous meeting’s, so this meeting cannot approve them',
    );
  const amendments = input.resolution === 'agreed' ? '' : input.amendments.trim();
  // References become final at approval, in agenda order, so the snapshot (and every export
  // after it) carries them. Assigning again is a no-op: a refused approval changes nothing.
  assignReferences(workspace, previousDoc, previousDoc.guid, input.now);
  const snapshot: MeetingExportData = {
    ...readMeetingForExport(workspace, previousDoc),
    minutesStatus: 'approved',
    approvedOn: approving.date,
  };
  approveMinutes(previousDoc, {
    approvedOn: approving.date,
    approvedAt: approvingDoc.guid,
    amendments,
    exportJson: JSON.stringify(snapshot),
    by: input.by,
    now: input.now,
  });
  recordPreviousMinutesResolution(approvingDoc, {
    meetingId: previous.id,
    meetingDate: previous.date,
    resolution: input.resolution,
    amendments,
    now: input.now,
  });
}
