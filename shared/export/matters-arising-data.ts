import type * as Y from 'yjs';
import { describeActionUpdate } from '../format/action-update';
import { getPerson, listMattersArising, type ActionStatus } from '../model';

/** An action from an earlier meeting on which an update was given at this one. */
export interface ExportMatterArising {
  /** "1 September 2023, A2". */
  reference: string;
  description: string;
  owner: string;
  status: ActionStatus;
  /** Each update as the minutes word it, oldest first. */
  updates: string[];
}

/**
 * The updates given under matters arising at `meetingId`, for the minutes. Actions brought
 * back but not spoken to are left out: the minutes record what was said, the action log the
 * rest.
 */
export function readMattersArisingForExport(
  workspace: Y.Doc,
  meetingId: string,
): ExportMatterArising[] {
  return listMattersArising(workspace, meetingId)
    .filter((matter) => matter.updates.length > 0)
    .map(({ action, reference, updates }) => ({
      reference,
      description: action.description,
      owner:
        (action.ownerPersonId && getPerson(workspace, action.ownerPersonId)?.name) ||
        action.ownerName,
      status: action.status,
      updates: updates.map(describeActionUpdate),
    }));
}
