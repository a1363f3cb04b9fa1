/**
 * Reminders are system notifications, which only the desktop app can show: true when the
 * preload's bridge is here (Electron), false in a plain browser.
 */
export function remindersAvailable(): boolean {
  return typeof window !== 'undefined' && window.quorum !== undefined;
}
