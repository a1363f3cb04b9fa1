import type * as Y from 'yjs';
import { localIsoDate } from '../../../shared/format/local-date';
import {
  notYetShown,
  parseReminderLog,
  pendingReminders,
  readActionRegister,
  recordShown,
  reminderNotices,
  type PendingReminder,
  type ReminderChoice,
} from '../../../shared/model';
import type { QuorumApi } from '../../../shared/ipc';
import { readDeviceFlag } from '../device-preference';
import { getSetting, putSetting, type QuorumLocalDb } from '../local-db';

/** The device preferences that switch each kind of reminder off (Settings → Reminders). */
export const REMINDER_FLAGS = { due: 'reminders-due', overdue: 'reminders-overdue' } as const;

/** Where this device remembers which reminders it has shown, per workspace (Dexie settings). */
export const reminderLogKey = (workspaceId: string) => `reminders:${workspaceId}`;
export const whoAmIKey = (workspaceId: string) => `whoAmI:${workspaceId}`;

export interface ReminderCheck {
  doc: Y.Doc;
  db: QuorumLocalDb;
  workspaceId: string;
  show: QuorumApi['showReminder'];
  /** Defaults to the device's preferences and "who you are". */
  choice?: ReminderChoice;
  now?: Date;
}

/** The reminders this device is set to show: its two switches and "who you are". */
export async function deviceReminderChoice(
  db: QuorumLocalDb,
  workspaceId: string,
): Promise<ReminderChoice> {
  const me = await getSetting<string>(db, whoAmIKey(workspaceId));
  return {
    due: readDeviceFlag(REMINDER_FLAGS.due, true),
    overdue: readDeviceFlag(REMINDER_FLAGS.overdue, true),
    ownerPersonId: typeof me === 'string' && me ? me : null,
  };
}

// One check at a time per workspace: a second (React's double effect in development, or the
// hourly timer meeting the start-up check) waits and then finds the first one's log.
const running = new Map<string, Promise<PendingReminder[]>>();

/**
 * Shows what is due or overdue and not shown before on this device, and records it, so a
 * restart on the same day (or any later day) does not show it again. Returns what was shown.
 * A reminder main could not show ('unavailable') is not recorded: it is tried next time.
 */
export function checkReminders(check: ReminderCheck): Promise<PendingReminder[]> {
  const before = running.get(check.workspaceId) ?? Promise.resolve([]);
  const next = before.catch(() => []).then(() => runCheck(check));
  running.set(check.workspaceId, next);
  return next;
}

async function runCheck({ doc, db, workspaceId, show, choice, now = new Date() }: ReminderCheck) {
  const today = localIsoDate(now);
  const rows = readActionRegister(doc, today);
  const chosen = choice ?? (await deviceReminderChoice(db, workspaceId));
  const log = parseReminderLog(await getSetting(db, reminderLogKey(workspaceId)));
  const fresh = notYetShown(pendingReminders(rows, today, chosen), log);
  const notices = reminderNotices(fresh);
  let shown: PendingReminder[] = [];
  if (notices.length > 0) {
    const results = await Promise.all(notices.map((notice) => show(notice)));
    // A summary stands for them all; separate notices each for their own reminder.
    shown =
      notices.length === fresh.length
        ? fresh.filter((_, index) => results[index]?.ok)
        : results.every((result) => result.ok)
          ? fresh
          : [];
  }
  const everything = pendingReminders(rows, today, {
    due: true,
    overdue: true,
    ownerPersonId: null,
  });
  await putSetting(db, reminderLogKey(workspaceId), recordShown(log, shown, everything, today));
  return shown;
}
