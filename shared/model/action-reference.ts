import type * as Y from 'yjs';
import { actionRefs } from '../rules/action-refs';
import { readGroupProfile } from './group';
import type { Action } from './actions';
import type { Meeting } from './meetings';
import { formatReference, listReferenceAssignments, municipalYear } from './minute-references';

/**
 * An action's register reference, "SG 23/14 A2": the minute reference of the item that raised
 * it, then its number among its meeting's actions (A1, A2 … in the order they were captured,
 * as the meeting's own minutes print them). Nothing new is stored: it is derived from the
 * action log and the `minuteReferences` record, so it is stable from the moment the minutes
 * are approved (docs/data-model.md, "Action references").
 *
 * Before approval the item has no number yet, so the reference is provisional and says so
 * with "?" in the number's place: "SG 23/? A2". An action raised outside any item takes the
 * meeting's first minute number once it has one.
 */
export interface ActionReference {
  text: string;
  /** The item's minute number is not assigned yet: the text will change at approval. */
  provisional: boolean;
}

/** References for every action given, keyed by action id; reads the workspace once. */
export function actionReferences(
  workspace: Y.Doc,
  actions: readonly Action[],
  meetings: ReadonlyMap<string, Pick<Meeting, 'date'>>,
): Map<string, ActionReference> {
  const assignments = new Map(listReferenceAssignments(workspace).map((r) => [r.meetingId, r]));
  const prefix = readGroupProfile(workspace).minutePrefix;
  const byMeeting = new Map<string, Action[]>();
  for (const action of actions) {
    const list = byMeeting.get(action.meetingId);
    if (list) list.push(action);
    else byMeeting.set(action.meetingId, [action]);
  }
  const references = new Map<string, ActionReference>();
  for (const [meetingId, meetingActions] of byMeeting) {
    const assigned = assignments.get(meetingId);
    const date = meetings.get(meetingId)?.date;
    const numbers = actionRefs(meetingActions);
    for (const action of meetingActions) {
      const number = numbers.get(action.id) ?? '';
      const index = assigned && action.itemId ? assigned.itemIds.indexOf(action.itemId) : -1;
      const minute =
        index >= 0
          ? assigned?.numbers[index]
          : assigned && !action.itemId
            ? Math.min(...assigned.numbers)
            : undefined;
      if (assigned && minute !== undefined && Number.isFinite(minute)) {
        const text = `${formatReference(assigned.prefix, assigned.year, minute)} ${number}`;
        references.set(action.id, { text, provisional: false });
      } else {
        const year = date ? safeYear(date) : '';
        const base = year ? formatReference(prefix, year, 0).replace(/\/0$/, '/?') : '?';
        references.set(action.id, { text: `${base} ${number}`, provisional: true });
      }
    }
  }
  return references;
}

function safeYear(date: string): string {
  try {
    return municipalYear(date);
  } catch {
    return '';
  }
}
