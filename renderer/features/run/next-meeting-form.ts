import { isClockTime, isIsoDate, minutesOfDay } from '../../../shared/format/dates';

export interface NextMeetingDraft {
  date: string;
  startTime: string;
  endTime: string;
}

export type NextMeetingErrors = Partial<Record<keyof NextMeetingDraft, string>>;

/**
 * What is wrong with the next meeting's date and times, per field. Times are optional, but
 * an end needs a start, and a meeting must end after it starts.
 */
export function validateNextMeeting(draft: NextMeetingDraft): NextMeetingErrors {
  const errors: NextMeetingErrors = {};
  if (!isIsoDate(draft.date)) errors.date = 'Enter the date of the next meeting';
  const start = draft.startTime;
  const end = draft.endTime;
  if (start && !isClockTime(start)) errors.startTime = 'Enter the start time as hours and minutes';
  if (end && !isClockTime(end)) errors.endTime = 'Enter the end time as hours and minutes';
  if (end && !start && !errors.endTime) {
    errors.startTime = 'Enter a start time, or leave both times empty';
  }
  if (start && end && !errors.startTime && !errors.endTime) {
    if (minutesOfDay(end) <= minutesOfDay(start)) {
      errors.endTime = 'The next meeting must end after it starts';
    }
  }
  return errors;
}
