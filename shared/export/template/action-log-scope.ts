import { longDateOrText } from '../../format/lenient-dates';
import type { ActionLogData, ActionLogEntry } from '../house/action-log';
import { actionsBlock } from './sections';
import { childScope, type Scope } from './scope';
import { DOCUMENT_LABELS, NO_DUE_DATE, actionStatusText, type ActionFields } from './values';

/**
 * The action log as a template sees it: every open action across the workspace's meetings,
 * its status as of the log's own date (the only document that reports an action overdue).
 * Placeholders about one meeting are empty here, so a template shared by every kind of
 * document still reads sensibly as a log.
 */
const OPEN = new Set(['open', 'in progress']);

function entryFields(entry: ActionLogEntry, on: string): ActionFields {
  return {
    ref: entry.ref ?? '',
    action: entry.description,
    owner: entry.owner,
    due: entry.due ? longDateOrText(entry.due) : NO_DUE_DATE,
    status: actionStatusText(entry.status, entry.due, on),
    item: '',
    meeting: entry.meetingDate
      ? `${longDateOrText(entry.meetingDate)}: ${entry.meetingTitle}`
      : entry.meetingTitle,
  };
}

export function actionLogScope(log: ActionLogData): Scope {
  const rows = log.actions
    .filter((entry) => OPEN.has(entry.status))
    .sort(
      (a, b) =>
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        a.meetingDate.localeCompare(b.meetingDate) ||
        (a.ref ?? '').localeCompare(b.ref ?? '', 'en-GB', { numeric: true }),
    )
    .map((entry) => entryFields(entry, log.today));
  const none = () => [];
  const top: Scope = {
    parent: null,
    inline: {
      group: log.group.name,
      organisation: log.group.organisation,
      title: DOCUMENT_LABELS.actions,
      date: longDateOrText(log.today),
      time: '',
      venue: '',
      chair: '',
      status: '',
      next_meeting: '',
      document: DOCUMENT_LABELS.actions,
    },
    content: {
      actions: (ctx) => actionsBlock(ctx, rows),
      attendees: none,
      apologies: none,
      agenda: none,
      minutes: none,
      decisions: none,
    },
    lists: {},
  };
  top.lists = { actions: () => rows.map((row) => childScope(top, { ...row })) };
  return top;
}
