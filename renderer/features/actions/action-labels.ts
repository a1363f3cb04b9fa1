import type { Action, AgendaItem, Person } from '../../../shared/model';
import { formatLongDate, isIsoDate } from '../../../shared/format/dates';

/** Words for an action's fields, shared by the table and the dialog's confirmation. */

// The same words as the minutes and the action log print.
export { ACTION_STATUS_LABELS as statusLabels } from '../../../shared/format/action-status';

export function ownerLabel(
  action: Pick<Action, 'ownerPersonId' | 'ownerName'>,
  people: readonly Person[],
): string {
  if (action.ownerPersonId) {
    const person = people.find((p) => p.id === action.ownerPersonId);
    // Someone removed from the people list on another device: say so rather than show nothing.
    return person?.name ?? (action.ownerName || 'Someone no longer in the people list');
  }
  return action.ownerName || 'No owner';
}

export function dueLabel(due: string | null): string {
  return due && isIsoDate(due) ? formatLongDate(due) : 'No due date';
}

export function itemLabel(item: Pick<AgendaItem, 'number' | 'title'>): string {
  return `${item.number}. ${item.title}`;
}

/** The person behind an action's owner, when the owner is in the people list. */
export function ownerPersonId(
  action: Pick<Action, 'ownerPersonId'>,
  people: readonly Person[],
): string | null {
  const id = action.ownerPersonId;
  return id && people.some((p) => p.id === id) ? id : null;
}
