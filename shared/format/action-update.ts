import type { ActionHistoryEntry } from '../model';
import { ACTION_STATUS_LABELS } from './action-status';

/**
 * An update given on an action, as the minutes record it under matters arising:
 * "Status set to done. Update given: the presentation was shared on 3 October (Jenny)".
 */
export function describeActionUpdate(
  update: Pick<ActionHistoryEntry, 'status' | 'note' | 'by'>,
): string {
  return [
    update.status ? `Status set to ${ACTION_STATUS_LABELS[update.status].toLowerCase()}.` : '',
    update.note,
    update.by ? `(${update.by})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
