import { formatClockTime, formatLongDate } from './dates';
import { localIsoDate } from './local-date';

/** An instant as the person's own clock shows it: '9 October 2023, 2.15pm'. */
export function formatDateAndTime(instant: Date): string {
  const hours = String(instant.getHours()).padStart(2, '0');
  const minutes = String(instant.getMinutes()).padStart(2, '0');
  return `${formatLongDate(localIsoDate(instant))}, ${formatClockTime(`${hours}:${minutes}`)}`;
}
