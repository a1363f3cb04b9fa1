import { useEffect } from 'react';
import { ipcEventSchemas } from '../../../shared/ipc';
import { quorumApi } from '../../platform/quorum-api';
import { useWorkspaceStart } from '../WorkspaceProvider';
import { checkReminders } from './reminder-check';
import { remindersAvailable } from './reminders-available';

/** Reminders are checked when the workspace opens, then every hour while the app runs. */
export const REMINDER_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Where a clicked reminder leads: the action's row in the register, or the register. */
export function reminderTarget(actionId: string | null): string {
  return actionId ? `#/actions#action-${encodeURIComponent(actionId)}` : '#/actions';
}

/**
 * The desktop app's action reminders, for the whole window: checks at start and hourly, and
 * follows a clicked reminder to its action. Does nothing in a browser, which cannot show them.
 */
export function useActionReminders(): void {
  const { store, docLoaded } = useWorkspaceStart();
  const ready = docLoaded && store ? store : null;

  useEffect(() => {
    if (!ready || !remindersAvailable()) return;
    const check = () =>
      void checkReminders({
        doc: ready.doc,
        db: ready.localDb,
        workspaceId: ready.workspaceId,
        show: (notice) => quorumApi.showReminder(notice),
      }).catch((error: unknown) => console.warn('Could not check action reminders:', error));
    check();
    const timer = setInterval(check, REMINDER_CHECK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [ready]);

  useEffect(() => {
    if (!remindersAvailable()) return;
    return quorumApi.onReminderClicked((event) => {
      const parsed = ipcEventSchemas['reminder:open-action'].safeParse(event);
      if (!parsed.success) return;
      // The hash route: the router and the register's fragment both follow hashchange.
      window.location.hash = reminderTarget(parsed.data.actionId);
    });
  }, []);
}
