import { ACTION_STATUS_LABELS } from '../../../shared/format/action-status';
import type { ActionHistoryEntry } from '../../../shared/model';

/** An update as the minutes read it: "Done. Update given: the presentation was shared (Jenny)". */
export function describeUpdate(update: ActionHistoryEntry): string {
  const parts = [
    update.status ? `Status set to ${ACTION_STATUS_LABELS[update.status].toLowerCase()}.` : '',
    update.note,
    update.by ? `(${update.by})` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
