import { Notification, type BrowserWindow } from 'electron';
import { fail, ok } from '../../shared/ipc';
import type { IpcEvent, IpcHandlers } from '../../shared/ipc';
import { getMainWindow } from '../window';

/**
 * Action reminders as system notifications. The renderer decides which actions are due and
 * what each says; main only shows what passed the contract's schema, and on a click brings
 * the window forward and tells it which action to open.
 */
export interface NotificationDependencies {
  getWindow: () => BrowserWindow | null;
}

export function createNotificationHandlers({ getWindow }: NotificationDependencies) {
  // WARNING: a Notification with no reference left may be garbage-collected, and its click
  // handler with it; each is held here until it is clicked or closed.
  const showing = new Set<Notification>();

  const openAction = (payload: IpcEvent<'reminder:open-action'>) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    window.webContents.send('reminder:open-action', payload);
  };

  return {
    'reminder:show': async ({ actionId, title, body }) => {
      if (!Notification.isSupported()) {
        return fail('unavailable', 'This computer does not show notifications.');
      }
      const notification = new Notification({ title, body });
      showing.add(notification);
      notification.on('click', () => {
        showing.delete(notification);
        openAction({ actionId });
      });
      notification.on('close', () => showing.delete(notification));
      notification.show();
      return ok({ shown: true as const });
    },
  } satisfies Pick<IpcHandlers, 'reminder:show'>;
}

export const notificationHandlers = createNotificationHandlers({ getWindow: getMainWindow });
