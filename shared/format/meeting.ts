import { formatLongDate, formatTimeRange } from './dates';

interface MeetingWhenWhere {
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
}

/** The line under a meeting's title, as minutes head it: "9 October 2023, 1pm - 2pm, Microsoft Teams". */
export function describeMeetingWhenWhere(meeting: MeetingWhenWhere): string {
  return [
    formatLongDate(meeting.date),
    formatTimeRange(meeting.startTime, meeting.endTime),
    meeting.venue,
  ].join(', ');
}
