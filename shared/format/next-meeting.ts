import { formatClockTime, formatLongDate, formatTimeRange, isClockTime, isIsoDate } from './dates';

export interface NextMeetingWhen {
  date: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

/**
 * The date of the next meeting as minutes record it: '9 January 2024, 1pm - 2pm', or just
 * '9 January 2024, 1pm' or '9 January 2024' when the times are not agreed yet. Null if no
 * date is set.
 */
export function describeNextMeeting({ date, startTime, endTime }: NextMeetingWhen): string | null {
  if (!date || !isIsoDate(date)) return null;
  const start = startTime && isClockTime(startTime) ? startTime : null;
  const end = endTime && isClockTime(endTime) ? endTime : null;
  const day = formatLongDate(date);
  if (start && end) return `${day}, ${formatTimeRange(start, end)}`;
  if (start) return `${day}, ${formatClockTime(start)}`;
  return day;
}
