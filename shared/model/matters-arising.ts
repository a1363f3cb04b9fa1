import type * as Y from 'yjs';
import { formatLongDate } from '../format/dates';
import { updatesGivenAt, type ActionHistoryEntry } from './action-history';
import { actionRag, type ActionRag } from './action-rag';
import { listActions, type Action } from './actions';
import { getMeeting, listMeetings } from './meetings';

/**
 * Matters arising: the actions from earlier meetings that come back to this one. An action
 * stays on the list while it is open or in progress; one closed at this meeting stays on this
 * meeting's list (with the update that closed it) and leaves the next one's.
 */
export interface MatterArising {
  action: Action;
  /** Where it was given, for now "1 September 2023, action 2" (minute references to come). */
  reference: string;
  /** Its RAG state on the day of this meeting. */
  rag: ActionRag;
  /** The updates given on it at this meeting, oldest first. */
  updates: ActionHistoryEntry[];
}

const byCreation = (a: Action, b: Action) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Each action's number within its meeting: 1, 2, 3 in the order they were given. */
function actionNumbers(actions: readonly Action[]): Map<string, number> {
  const byMeeting = new Map<string, Action[]>();
  for (const action of actions) {
    const list = byMeeting.get(action.meetingId) ?? [];
    list.push(action);
    byMeeting.set(action.meetingId, list);
  }
  const numbers = new Map<string, number>();
  for (const list of byMeeting.values()) {
    list.sort(byCreation).forEach((action, index) => numbers.set(action.id, index + 1));
  }
  return numbers;
}

export function listMattersArising(workspace: Y.Doc, meetingId: string): MatterArising[] {
  const meeting = getMeeting(workspace, meetingId);
  if (!meeting) return [];
  const dates = new Map(listMeetings(workspace).map((m) => [m.id, m.date]));
  const all = listActions(workspace);
  const numbers = actionNumbers(all);
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
      reference: `${formatLongDate(from)}, action ${numbers.get(action.id) ?? 1}`,
      rag: actionRag(action, meeting.date),
      updates,
    });
  }
  return matters
    .sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        a.action.meetingId.localeCompare(b.action.meetingId) ||
        (numbers.get(a.action.id) ?? 0) - (numbers.get(b.action.id) ?? 0),
    )
    .map(({ from: _from, ...matter }) => matter);
}
