import { formatLongDate, formatTimeRange } from '../../format/dates';
import { describeNextMeeting } from '../../format/next-meeting';
import type { ActionStatus } from '../../model';
import type { MeetingExportData } from '../meeting-data';
import type { InlinePlaceholder } from './placeholders';

/** The text each inline placeholder becomes, as UK minutes write it. */

/** '2023-10-09' → '9 October 2023'; anything that is not a date is shown as it is. */
export function longDate(value: string): string {
  try {
    return formatLongDate(value);
  } catch {
    return value;
  }
}

function timeRange(start: string, end: string): string {
  try {
    return formatTimeRange(start, end);
  } catch {
    return [start, end].filter(Boolean).join(' - ');
  }
}

export const DRAFT_STATUS = 'Draft – subject to approval';

export function minutesStatusText(data: MeetingExportData): string {
  if (data.minutesStatus !== 'approved') return DRAFT_STATUS;
  return data.approvedOn ? `Approved on ${longDate(data.approvedOn)}` : 'Approved';
}

export function inlineValues(data: MeetingExportData): Record<InlinePlaceholder, string> {
  const { meeting } = data;
  return {
    group: data.group.name,
    organisation: data.group.organisation,
    title: meeting.title,
    date: longDate(meeting.date),
    time: timeRange(meeting.startTime, meeting.endTime),
    venue: meeting.venue,
    chair: data.chair?.name ?? '',
    status: minutesStatusText(data),
    next_meeting: (data.nextMeeting && describeNextMeeting(data.nextMeeting)) ?? 'To be confirmed',
  };
}

const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** 'Open', or 'Open (overdue)' when today is known and the due date has passed. */
export function actionStatusText(status: ActionStatus, due: string | null, today?: string) {
  const label = STATUS_LABELS[status] ?? status;
  const unfinished = status === 'open' || status === 'in progress';
  return unfinished && due && today && due < today ? `${label} (overdue)` : label;
}

/** 'Jennifer Jennings, Migration Support Officer, Leeds City Council', skipping blanks. */
export function personText(person: { name: string; role: string; organisation: string }) {
  return [person.name, person.role, person.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}
