import type * as Y from 'yjs';
import { formatLongDate } from '../format/dates';
import { updatesGivenAt, type ActionHistoryEntry } from './action-history';
import { actionRag, type ActionRag } from './action-rag';
import { listActions, type Action } from './actions';
import { getMeeting, listMeetings } from './meetings';
import { actionRefs } from '../rules/action-refs';
import { MATTERS_ARISING_STANDARD_ID } from './group';

/** The matters-arising item in a meeting: copied from the standard agenda under a fixed id. */
export const MATTERS_ARISING_ITEM_ID = `from-${MATTERS_ARISING_STANDARD_ID}`;

/**
 * Matters arising: the actions from earlier meetings that come back to this one. An action
 * stays on the list while it is open or in progress; one closed at this meeting stays on this
 * meeting's list (with the update that closed it) and leaves the next one's.
 */
export interface MatterArising {
  action: Action;
  /** Where it was given, for now "1 September 2023, A2" (minute references to come). */
  reference: string;
  /** Its RAG state on the day of this meeting. */
  rag: ActionRag;
  /** The updates given on it at this meeting, oldest first. */
  updates: ActionHistoryEntry[];
}

/** Each action's reference within its meeting (A1, A2 …), as that meeting's minutes print it. */
function actionReferences(actions: readonly Action[]): Map<string, string> {
  const byMeeting = new Map<string, Action[]>();
  for (const action of actions) {
    byMeeting.set(action.meetingId, [...(byMeeting.get(action.meetingId) ?? []), action]);
  }
  return new Map([...byMeeting.values()].flatMap((list) => [...actionRefs(list)]));
}

export function listMattersArising(workspace: Y.Doc, meetingId: string): MatterArising[] {
  const meeting = getMeeting(workspace, meetingId);
  if (!meeting) return [];
  const dates = new Map(listMeetings(workspace).map((m) => [m.id, m.date]));
  const all = listActions(workspace);
  const refs = actionReferences(all);
  const matters: (MatterArising & { from: string })[] = [];
  for (const action of all) {
    const from = dates.get(action.meetingId);
    if (from === undefined || from >= meeting.date) continue;
    const updates = updatesGivenAt(workspace, action.id, meetingId);
    const open = action.status === 'open' || action.status === 'in progress';
    if (!open && updates.length === 0) continue;
    matters.push({
      action,
      from,
      reference: `${formatLongDate(from)}, ${refs.get(action.id) ?? ''}`,
      rag: actionRag(action, meeting.date),
      updates,
    });
  }
  return matters
    .sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        a.action.meetingId.localeCompare(b.action.meetingId) ||
        a.action.createdAt.localeCompare(b.action.createdAt) ||
        a.action.id.localeCompare(b.action.id),
    )
    .map(({ from: _from, ...matter }) => matter);
}
