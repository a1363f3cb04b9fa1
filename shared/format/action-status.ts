import type { ActionStatus } from '../model';

/** An action's status as the minutes and the action log print it. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
