import type * as Y from 'yjs';
import {
  getPerson,
  listActions,
  listMeetings,
  readGroupProfile,
  type ActionStatus,
} from '../../model';
import { actionRefs } from '../../rules/action-refs';
import type { ActionLogData, ActionLogEntry, ActionLogGrouping } from './action-log';

/**
 * The action log's data from a workspace document: open and in-progress actions from every
 * meeting, each with the reference its own meeting's minutes give it (A1, A2 … counted over
 * all that meeting's actions, done ones included, so the numbers match the minutes).
 */
export interface ActionLogOptions {
  /** 'YYYY-MM-DD' as the person exporting sees it (format/local-date's localIsoDate). */
  today: string;
  groupBy?: ActionLogGrouping;
}

const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'in progress'];

export function readActionLogData(workspace: Y.Doc, options: ActionLogOptions): ActionLogData {
  const all = listActions(workspace);
  const meetings = new Map(listMeetings(workspace).map((m) => [m.id, m]));
  const refs = new Map<string, string>();
  const byMeeting = new Map<string, typeof all>();
  for (const action of all) {
    const list = byMeeting.get(action.meetingId);
    if (list) list.push(action);
    else byMeeting.set(action.meetingId, [action]);
  }
  for (const actions of byMeeting.values())
    for (const [id, ref] of actionRefs(actions)) refs.set(id, ref);

  const actions: ActionLogEntry[] = all
    .filter((action) => OPEN_STATUSES.includes(action.status))
    .map((action) => {
      const meeting = meetings.get(action.meetingId);
      const person = action.ownerPersonId ? getPerson(workspace, action.ownerPersonId) : null;
      const entry: ActionLogEntry = {
        description: action.description,
        owner: person?.name ?? action.ownerName,
        due: action.due,
        status: action.status,
        // An action whose meeting was deleted still needs doing: keep it, say so.
        meetingTitle: meeting?.title ?? 'Meeting no longer in the workspace',
        meetingDate: meeting?.date ?? '',
      };
      const ref = refs.get(action.id);
      if (ref) entry.ref = ref;
      return entry;
    });
  const group = readGroupProfile(workspace);
  return {
    group: { name: group.name, organisation: group.organisation },
    today: options.today,
    groupBy: options.groupBy ?? 'owner',
    actions,
  };
}
