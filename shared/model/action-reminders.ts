import { formatLongDate } from '../format/dates';
import type { RegisterRow } from './action-register';

/**
 * Which actions the desktop app reminds about, and what each reminder says. A reminder is
 * shown once per action and kind: "due" on the day an open action falls due, "overdue" at the
 * first check after that day has passed. Its key holds the due date, so moving the date
 * earns a fresh reminder; closing the action ends them.
 */
export type ReminderKind = 'due' | 'overdue';

export interface ReminderChoice {
  due: boolean;
  overdue: boolean;
  /**
   * "Who you are" on this device (Settings): only that person's actions. null reminds about
   * every open action, as an officer chasing the whole group's actions would want.
   */
  ownerPersonId: string | null;
}

export interface PendingReminder {
  /** `${actionId}|${kind}|${due}`: what the reminder log remembers. */
  key: string;
  actionId: string;
  kind: ReminderKind;
  reference: string;
  description: string;
  due: string;
}

/** What main is asked to show: the action it opens when clicked, or null for the register. */
export interface ReminderNotice {
  actionId: string | null;
  title: string;
  body: string;
}

/** Keys already shown, each with the local date it was shown on ('YYYY-MM-DD'). */
export type ReminderLog = Record<string, string>;

/** More than this many at one check become one summary, not a stack of notifications. */
export const MAX_SEPARATE_REMINDERS = 3;
export const MAX_REMINDER_TITLE = 120;
export const MAX_REMINDER_BODY = 300;

const reminderKey = (actionId: string, kind: ReminderKind, due: string) =>
  `${actionId}|${kind}|${due}`;

/** The reminders `rows` call for on `today` (the local calendar date), oldest due first. */
export function pendingReminders(
  rows: readonly RegisterRow[],
  today: string,
  choice: ReminderChoice,
): PendingReminder[] {
  const pending: PendingReminder[] = [];
  for (const row of rows) {
    if (row.due === null) continue;
    if (choice.ownerPersonId !== null && row.ownerPersonId !== choice.ownerPersonId) continue;
    // RAG says overdue only for open and in-progress actions; done and dropped never remind.
    const open = row.status === 'open' || row.status === 'in progress';
    const kind: ReminderKind | null =
      row.rag === 'overdue' ? 'overdue' : open && row.due === today ? 'due' : null;
    if (kind === null || !choice[kind]) continue;
    pending.push({
      key: reminderKey(row.id, kind, row.due),
      actionId: row.id,
      kind,
      reference: row.reference,
      description: row.description,
      due: row.due,
    });
  }
  return pending.sort((a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}

/** Those not shown before, on this device, whatever day they were shown. */
export function notYetShown(
  pending: readonly PendingReminder[],
  log: ReminderLog,
): PendingReminder[] {
  return pending.filter((reminder) => !(reminder.key in log));
}

/**
 * The log after showing `shown` on `today`. Keys no longer in `stillPending` (the action was
 * closed or its date moved) are dropped, so the log stays the size of the open actions.
 * `stillPending` should be every reminder with both kinds on and no owner filter: switching
 * a kind off must not forget what was already shown.
 */
export function recordShown(
  log: ReminderLog,
  shown: readonly PendingReminder[],
  stillPending: readonly PendingReminder[],
  today: string,
): ReminderLog {
  const live = new Set(stillPending.map((reminder) => reminder.key));
  const next: ReminderLog = {};
  for (const [key, date] of Object.entries(log)) if (live.has(key)) next[key] = date;
  for (const reminder of shown) next[reminder.key] = today;
  return next;
}

/** Reads a stored log, dropping anything that is not a key with a date. */
export function parseReminderLog(value: unknown): ReminderLog {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const log: ReminderLog = {};
  for (const [key, date] of Object.entries(value)) {
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) log[key] = date;
  }
  return log;
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The notifications to show for `fresh`: one each, or one summary when there are many. */
export function reminderNotices(fresh: readonly PendingReminder[]): ReminderNotice[] {
  if (fresh.length === 0) return [];
  if (fresh.length > MAX_SEPARATE_REMINDERS) return [summaryNotice(fresh)];
  return fresh.map((reminder) => {
    const what = reminder.reference || 'An action';
    const title = reminder.kind === 'overdue' ? `Overdue: ${what}` : `Due today: ${what}`;
    const when =
      reminder.kind === 'overdue'
        ? `Was due ${formatLongDate(reminder.due)}.`
        : `Due today, ${formatLongDate(reminder.due)}.`;
    const room = MAX_REMINDER_BODY - when.length - 1;
    return {
      actionId: reminder.actionId,
      title: clip(title, MAX_REMINDER_TITLE),
      // The date on a line of its own, under the action.
      body: `${clip(reminder.description, room)}\n${when}`,
    };
  });
}

function summaryNotice(fresh: readonly PendingReminder[]): ReminderNotice {
  const overdue = fresh.filter((reminder) => reminder.kind === 'overdue').length;
  const due = fresh.length - overdue;
  const parts = [overdue > 0 ? `${overdue} overdue` : '', due > 0 ? `${due} due today` : ''].filter(
    Boolean,
  );
  return {
    actionId: null,
    title: `${fresh.length} actions need chasing`,
    body: `${parts.join(' and ')}. Open the Actions screen to see them.`,
  };
}
