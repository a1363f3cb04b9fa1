import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { longDateOrText, timeRangeOrText } from '../../format/lenient-dates';
import type { ActionStatus } from '../../model';
import type { ExportAction, MeetingExportData } from '../meeting-data';
import { heldBy } from '../meeting-data';
import type { InlinePlaceholder } from './placeholders';
import { nextMeetingText, type TemplateDocumentKind } from './sections';

/** The text each inline placeholder becomes, as UK minutes write it. */

export const DRAFT_STATUS = 'Draft – subject to approval';

/** What a missing due date reads as, in the template as in the house style. */
export const NO_DUE_DATE = 'No date';

export const DOCUMENT_LABELS = {
  minutes: 'Minutes',
  summary: 'Meeting summary',
  agenda: 'Agenda',
  actions: 'Action log',
} as const;

export function minutesStatusText(data: MeetingExportData): string {
  if (data.minutesStatus !== 'approved') return DRAFT_STATUS;
  return data.approvedOn ? `Approved on ${longDateOrText(data.approvedOn)}` : 'Approved';
}

export function inlineValues(
  data: MeetingExportData,
  kind: TemplateDocumentKind = 'minutes',
): Record<InlinePlaceholder, string> {
  const { meeting } = data;
  return {
    // A meeting that was not the group's (seed 001's) is named by its own title instead.
    group: heldBy(data),
    organisation: data.group.organisation,
    title: meeting.title,
    date: longDateOrText(meeting.date),
    time: timeRangeOrText(meeting.startTime, meeting.endTime),
    venue: meeting.venue,
    chair: data.chair?.name ?? '',
    // An agenda is not a record to approve: it carries no approval status.
    status: kind === 'agenda' ? '' : minutesStatusText(data),
    next_meeting: nextMeetingText(data),
    document: DOCUMENT_LABELS[kind],
  };
}

/**
 * 'Open', or with `overdueOn` (the action log's date) 'Overdue (open)' once the due date has
 * passed. Minutes pass no date: they show the action as it stood at the meeting.
 */
export function actionStatusText(status: ActionStatus, due: string | null, overdueOn?: string) {
  const label = ACTION_STATUS_LABELS[status] ?? status;
  const unfinished = status === 'open' || status === 'in progress';
  return unfinished && due && overdueOn && due < overdueOn
    ? `Overdue (${label.toLowerCase()})`
    : label;
}

/** An action's fields as the template writes them, in a table row or a {{#actions}} block. */
export interface ActionFields {
  ref: string;
  action: string;
  owner: string;
  due: string;
  status: string;
  item: string;
  meeting: string;
}

export function actionFields(action: ExportAction): ActionFields {
  return {
    ref: action.ref,
    action: action.description,
    owner: action.owner,
    due: action.due ? longDateOrText(action.due) : NO_DUE_DATE,
    status: actionStatusText(action.status, action.due),
    item: action.itemNumber === null ? '' : String(action.itemNumber),
    meeting: '',
  };
}
