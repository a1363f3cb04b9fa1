import { formatLongDate, formatTimeRange, isClockTime, isIsoDate } from './dates';

/**
 * Dates and times for exports, which print whatever a synced or imported document holds: a
 * hand-edited or older document must still export, showing its odd value rather than failing.
 * Kept out of dates.ts, which the first screen loads, because only the export builders need it.
 */

/** '2023-10-09' → '9 October 2023'; text that is not a date is shown as it is, null as ''. */
export function longDateOrText(value: string | null): string {
  if (!value) return '';
  return isIsoDate(value) ? formatLongDate(value) : value;
}

/** '13:00', '14:00' → '1pm - 2pm'; otherwise the values as they are, blanks left out. */
export function timeRangeOrText(start: string, end: string): string {
  if (isClockTime(start) && isClockTime(end)) return formatTimeRange(start, end);
  return [start, end].filter(Boolean).join(' - ');
}
