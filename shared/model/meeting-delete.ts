import * as Y from 'yjs';
import { listActions } from './actions';
import { listAgenda } from './agenda';
import { listItemNotes } from './item-notes';
import { minutesFragment } from './meeting-doc';
import { getMeeting } from './meetings';
import { minutesTextBlocks } from './minutes-text';
import { LOCAL_EDIT } from './origins';
import { actionsMap, meetingsMap } from './workspace-doc';

/**
 * Deleting a meeting and undoing it. The meeting leaves the workspace's index and takes its
 * actions with it; its own document is not touched, so Undo brings back everything: the agenda
 * and minutes live there, and the index entry and actions come back from what deleteMeeting
 * returned. docs/data-model.md says what a deleted meeting leaves behind.
 */

/**
 * What a meeting holds: for the corrections' confirmations, and the summary a chair reads
 * before agreeing the minutes (decisions counted as the screens list them).
 */
export interface MeetingContents {
  agendaItems: number;
  /** Items with minutes text. */
  itemsWithMinutes: number;
  decisions: number;
  actions: number;
}

export function meetingContents(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
): MeetingContents {
  const agenda = listAgenda(meetingDoc);
  return {
    agendaItems: agenda.length,
    itemsWithMinutes: agenda.filter(
      (item) => minutesTextBlocks(minutesFragment(meetingDoc, item.id)).length > 0,
    ).length,
    decisions: agenda.reduce(
      (sum, item) => sum + listItemNotes(meetingDoc, item.id, 'decisions').length,
      0,
    ),
    actions: listActions(workspace, { meetingId }).length,
  };
}

/** Anything recorded in the meeting: changing its date then changes what the record says. */
export function hasRecordedMinutes(contents: MeetingContents): boolean {
  return contents.itemsWithMinutes > 0 || contents.decisions > 0 || contents.actions > 0;
}

/**
 * What restoreMeeting needs: copies of the index entry and of each action as they were, nested
 * Yjs types and keys this version does not know included. Hold it; do not read it.
 */
export interface DeletedMeeting {
  meetingId: string;
  entry: Y.Map<unknown>;
  actions: [string, Y.Map<unknown>][];
}

/** Removes the meeting from the index, and its actions from the log, in one transaction. */
export function deleteMeeting(workspace: Y.Doc, meetingId: string): DeletedMeeting {
  const index = meetingsMap(workspace);
  const entry = index.get(meetingId);
  if (!entry || !getMeeting(workspace, meetingId))
    throw new Error(`No meeting with id ${meetingId}`);
  const log = actionsMap(workspace);
  // Every record naming the meeting goes, even one this version cannot fully read.
  const actions: [string, Y.Map<unknown>][] = [];
  log.forEach((action, id) => {
    if (action instanceof Y.Map && action.get('meetingId') === meetingId) {
      actions.push([id, action.clone()]);
    }
  });
  const deleted: DeletedMeeting = { meetingId, entry: entry.clone(), actions };
  workspace.transact(() => {
    index.delete(meetingId);
    for (const [id] of actions) log.delete(id);
  }, LOCAL_EDIT);
  return deleted;
}

/** Puts back what deleteMeeting removed, in one transaction. */
export function restoreMeeting(workspace: Y.Doc, deleted: DeletedMeeting): void {
  // A copy is inserted, so restoring twice (two Undo clicks racing) cannot reuse a type.
  const fresh = (map: Y.Map<unknown>) => (map.doc ? map.clone() : map);
  workspace.transact(() => {
    meetingsMap(workspace).set(deleted.meetingId, fresh(deleted.entry));
    const log = actionsMap(workspace);
    for (const [id, action] of deleted.actions) log.set(id, fresh(action));
  }, LOCAL_EDIT);
}
