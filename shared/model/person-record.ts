import type * as Y from 'yjs';
import { listActions, type Action } from './actions';
import { readAttendance } from './attendance';
import type { MeetingAttendance } from './attendance-stats';
import { listMeetings } from './meetings';
import { listDeclarations, type Declaration } from './declarations';
import { resolveAttendance } from './person-merge';
import { resolvePersonId } from './people';

/**
 * What a person's page shows beyond their directory entry: their actions and their
 * declarations, each found through merged duplicates (person-merge.ts), so the record of
 * "Jenny" shows under "Jennifer Jennings" once they are merged.
 */

/** A meeting's attendance for the statistics, with merged people resolved. */
export function meetingAttendanceOf(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meeting: { id: string; date: string; title: string },
): MeetingAttendance {
  const { statuses } = resolveAttendance(workspace, readAttendance(meetingDoc));
  return { meetingId: meeting.id, date: meeting.date, title: meeting.title, statuses };
}

export interface PersonActions {
  /** Open and in progress, soonest due first. */
  open: Action[];
  /** Done and dropped, soonest due first. */
  past: Action[];
}

export function personActions(workspace: Y.Doc, personId: string): PersonActions {
  const keptId = resolvePersonId(workspace, personId);
  const theirs = listActions(workspace).filter(
    (action) =>
      action.ownerPersonId !== null && resolvePersonId(workspace, action.ownerPersonId) === keptId,
  );
  return {
    open: theirs.filter((a) => a.status === 'open' || a.status === 'in progress'),
    past: theirs.filter((a) => a.status === 'done' || a.status === 'dropped'),
  };
}

export interface PersonDeclaration extends Declaration {
  meetingId: string;
  meetingDate: string;
}

/** The person's declarations at these meetings, oldest meeting first. */
export function personDeclarations(
  workspace: Y.Doc,
  personId: string,
  meetings: readonly { id: string; date: string; doc: Y.Doc }[],
): PersonDeclaration[] {
  const keptId = resolvePersonId(workspace, personId);
  return [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((meeting) =>
      listDeclarations(meeting.doc)
        .filter((d) => resolvePersonId(workspace, d.personId) === keptId)
        .map((d) => ({ ...d, meetingId: meeting.id, meetingDate: meeting.date })),
    );
}

/**
 * Attendance at every meeting of the workspace whose document is in `docs` (meeting id →
 * document), merged people resolved: what the attendance table, a person's page and
 * `quorum attendance` count from.
 */
export function workspaceAttendance(
  workspace: Y.Doc,
  docs: ReadonlyMap<string, Y.Doc>,
): MeetingAttendance[] {
  return listMeetings(workspace).flatMap((meeting) => {
    const doc = docs.get(meeting.id);
    return doc ? [meetingAttendanceOf(workspace, doc, meeting)] : [];
  });
}
