import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  approvePreviousMinutes,
  type ApprovePreviousInput,
} from '../../shared/export/approve-previous';
import {
  changesAfterApproval,
  findPreviousMeeting,
  historyArray,
  keepApprovedVersion,
  listHistory,
  meetingContents,
  meetingsMap,
  previousMinutesMap,
  readMeetingHeader,
  readPreviousMinutesResolution,
  reopenForCorrection,
  type DiffSection,
  type HistoryEntry,
  type Meeting,
  type MeetingContents,
  type PreviousMinutesResolution,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useObserved } from './useObserved';
import { usePeople } from './useWorkspaceData';
import { observeDocument } from './observed-document';

/** Hooks over approval: the previous meeting's minutes, the resolution, the frozen record. */

/** The meeting whose minutes this one approves, or null for the first meeting. */
export function usePreviousMeeting(meetingId: string): Meeting | null {
  const { doc } = useWorkspace().store;
  return useObserved(
    useCallback(() => [meetingsMap(doc)], [doc]),
    useCallback(() => findPreviousMeeting(doc, meetingId), [doc, meetingId]),
  );
}

export function usePreviousMinutesResolution(doc: Y.Doc): PreviousMinutesResolution | null {
  return useObserved(
    useCallback(() => [previousMinutesMap(doc)], [doc]),
    useCallback(() => readPreviousMinutesResolution(doc), [doc]),
  );
}

/** Re-read on every change to the meeting: minutes, decisions and actions all count. */
export function useMinutesSummary(meetingDoc: Y.Doc): MeetingContents {
  const { doc: workspace } = useWorkspace().store;
  const value = useMemo(
    () =>
      observeDocument([meetingDoc, workspace], () =>
        meetingContents(workspace, meetingDoc, meetingDoc.guid),
      ),
    [meetingDoc, workspace],
  );
  return useSyncExternalStore(value.subscribe, value.getSnapshot);
}

export interface FrozenRecord {
  frozen: boolean;
  approvedOn: string | null;
  /** The approving meeting's id. */
  approvedAt: string | null;
  amendments: string;
  /** What reached the meeting after approval; empty when nothing did. */
  changes: DiffSection[];
}

const DRAFT: FrozenRecord = {
  frozen: false,
  approvedOn: null,
  approvedAt: null,
  amendments: '',
  changes: [],
};

/** Whether the meeting's record is frozen, and what changed after approval (any edit counts). */
export function useFrozenRecord(meetingDoc: Y.Doc): FrozenRecord {
  const people = usePeople();
  const value = useMemo(() => {
    const names = new Map(people.map((p) => [p.id, p.name]));
    const nameOf = (id: string) => names.get(id) ?? 'Someone no longer in People';
    return observeDocument([meetingDoc], (): FrozenRecord => {
      const header = readMeetingHeader(meetingDoc);
      if (header?.minutesStatus !== 'approved') return DRAFT;
      return {
        frozen: true,
        approvedOn: header.approvedOn,
        approvedAt: header.approvedAt,
        amendments: header.approvalAmendments,
        changes: changesAfterApproval(meetingDoc, nameOf),
      };
    });
  }, [meetingDoc, people]);
  return useSyncExternalStore(value.subscribe, value.getSnapshot);
}

export function useRecordHistory(meetingDoc: Y.Doc): HistoryEntry[] {
  return useObserved(
    useCallback(() => [historyArray(meetingDoc)], [meetingDoc]),
    useCallback(() => listHistory(meetingDoc), [meetingDoc]),
  );
}

/** The changes a chair makes to approval; each throws with words to show if it cannot. */
export function useApprovalChanges() {
  const { doc: workspace, sync } = useWorkspace().store;
  return useMemo(
    () => ({
      /** The name this device goes by (Settings → Sync), for the history's "who". */
      userName: sync.currentUser.name,
      approvePrevious: (approvingDoc: Y.Doc, previousDoc: Y.Doc, input: ApprovePreviousInput) =>
        approvePreviousMinutes(workspace, approvingDoc, previousDoc, input),
      keepApproved: (meetingDoc: Y.Doc, by: string) => keepApprovedVersion(meetingDoc, { by }),
      reopen: (meetingDoc: Y.Doc, reason: string, by: string) =>
        reopenForCorrection(meetingDoc, { reason, by }),
    }),
    [workspace, sync],
  );
}
