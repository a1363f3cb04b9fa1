import type { Action } from './actions';
import { daysBetween } from './calendar-days';

/**
 * An action's RAG state, as action logs in UK councils colour them: red when overdue, amber
 * when due within the next 14 days (the due day included), green when on track or with no due
 * date. Done and dropped actions are closed and have no colour of their own.
 */
export const actionRags = ['overdue', 'due soon', 'on track', 'done', 'dropped'] as const;
export type ActionRag = (typeof actionRags)[number];

/** Days ahead (inclusive) within which an open action counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** Always shown in words beside the colour, so the state never rests on colour alone. */
export const ACTION_RAG_LABELS: Record<ActionRag, string> = {
  overdue: 'Overdue',
  'due soon': 'Due within 14 days',
  'on track': 'On track',
  done: 'Done',
  dropped: 'Dropped',
};

/** `today` is a calendar day ('YYYY-MM-DD'): the local date, or the meeting's date. */
export function actionRag(action: Pick<Action, 'status' | 'due'>, today: string): ActionRag {
  if (action.status === 'done' || action.status === 'dropped') return action.status;
  if (action.due === null) return 'on track';
  const daysLeft = daysBetween(today, action.due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due soon' : 'on track';
}
