import type * as Y from 'yjs';
import {
  listActions,
  listAgenda,
  listMeetings,
  listPeople,
  readAttendance,
  readGroupProfile,
  readMeetingHeader,
  type MinutesStatus,
} from '../model';

/**
 * What a workspace holds, in figures: shown before an import is confirmed, and printed by
 * `quorum info`.
 */
export interface MeetingSummary {
  id: string;
  /** 'YYYY-MM-DD' */
  date: string;
  title: string;
  agendaItems: number;
  /** People marked present or in attendance; apologies and absent are not counted. */
  attendees: number;
  /** Actions in the workspace's action log raised at this meeting, whatever their status. */
  actions: number;
  /** 'draft' until the next meeting approves the minutes (also for a document not in the file). */
  minutesStatus: MinutesStatus;
  /** 'YYYY-MM-DD': the date the minutes were approved, or null. */
  approvedOn: string | null;
  /** The id of the meeting that approved them, or null. */
  approvedAt: string | null;
}

export interface WorkspaceSummary {
  groupName: string;
  people: number;
  actions: number;
  /** Oldest first, as an archive reads. */
  meetings: MeetingSummary[];
}

function countAttendees(meetingDoc: Y.Doc | undefined): number {
  if (!meetingDoc) return 0;
  let count = 0;
  for (const status of readAttendance(meetingDoc).statuses.values()) {
    if (status === 'present' || status === 'in-attendance') count++;
  }
  return count;
}

export function summariseWorkspace(
  workspace: Y.Doc,
  meetings: ReadonlyMap<string, Y.Doc>,
): WorkspaceSummary {
  const indexed = listMeetings(workspace).map((m) => ({ id: m.id, date: m.date, title: m.title }));
  // A meeting document with no entry in the index still holds minutes: list it from its header.
  const known = new Set(indexed.map((m) => m.id));
  const unindexed = [...meetings].flatMap(([id, doc]) => {
    const header = known.has(id) ? null : readMeetingHeader(doc);
    return header ? [{ id, date: header.date, title: header.title }] : [];
  });
  const summaries = [...indexed, ...unindexed].map((meeting) => {
    const doc = meetings.get(meeting.id);
    const header = doc ? readMeetingHeader(doc) : null;
    return {
      ...meeting,
      agendaItems: doc ? listAgenda(doc).length : 0,
      attendees: countAttendees(doc),
      actions: listActions(workspace, { meetingId: meeting.id }).length,
      minutesStatus: header?.minutesStatus ?? 'draft',
      approvedOn: header?.approvedOn ?? null,
      approvedAt: header?.approvedAt ?? null,
    };
  });
  summaries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    groupName: readGroupProfile(workspace).name,
    people: listPeople(workspace).length,
    actions: listActions(workspace).length,
    meetings: summaries,
  };
}
