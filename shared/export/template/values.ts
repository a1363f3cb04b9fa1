import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { longDateOrText, timeRangeOrText } from '../../format/lenient-dates';
import { describeNextMeeting } from '../../format/next-meeting';
import type { ActionStatus } from '../../model';
import type { MeetingExportData } from '../meeting-data';
import type { InlinePlaceholder } from './placeholders';

/** The text each inline placeholder becomes, as UK minutes write it. */

export const DRAFT_STATUS = 'Draft – subject to approval';

export function minutesStatusText(data: MeetingExportData): string {
  if (data.minutesStatus !== 'approved') return DRAFT_STATUS;
  return data.approvedOn ? `Approved on ${longDateOrText(data.approvedOn)}` : 'Approved';
}

export function inlineValues(data: MeetingExportData): Record<InlinePlaceholder, string> {
  const { meeting } = data;
  return {
    group: data.group.name,
    organisation: data.group.organisation,
    title: meeting.title,
    date: longDateOrText(meeting.date),
    time: timeRangeOrText(meeting.startTime, meeting.endTime),
    venue: meeting.venue,
    chair: data.chair?.name ?? '',
    status: minutesStatusText(data),
    next_meeting: (data.nextMeeting && describeNextMeeting(data.nextMeeting)) ?? 'To be confirmed',
  };
}

/** 'Open', or 'Open (overdue)' when today is known and the due date has passed. */
export function actionStatusText(status: ActionStatus, due: string | null, today?: string) {
  const label = ACTION_STATUS_LABELS[status] ?? status;
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
