import { formatLongDate, formatTimeRange, isClockTime } from './dates';

interface MeetingWhenWhere {
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
}

/**
 * The line under a meeting's title, as minutes head it: "9 October 2023, 1pm - 2pm, Microsoft
 * Teams". What the records do not say (the times or venue of a meeting entered later) is left
 * out, not guessed: "1 September 2023".
 */
export function describeMeetingWhenWhere(meeting: MeetingWhenWhere): string {
  const times =
    isClockTime(meeting.startTime) && isClockTime(meeting.endTime)
      ? formatTimeRange(meeting.startTime, meeting.endTime)
      : '';
  return [formatLongDate(meeting.date), times, meeting.venue.trim()]
    .filter((part) => part !== '')
    .join(', ');
}
