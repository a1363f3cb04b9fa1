/**
 * Dates and times as UK councils write them in minutes: "9 October 2023", "1pm - 2pm".
 * Dates are plain calendar days ('YYYY-MM-DD') and times are wall-clock ('HH:MM'): a meeting
 * on 9 October at 1pm is that, wherever the laptop thinks it is, so nothing here uses a zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** True for a real calendar day such as '2023-10-09' (not '2023-02-30'). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** '2023-10-09' → '9 October 2023'. */
export function formatLongDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date: ${isoDate}`);
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** '13:00' → '1pm', '09:30' → '9.30am', '12:00' → '12pm', '00:15' → '12.15am'. */
export function formatClockTime(time: string): string {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  const hours = Number(match[1]);
  const minutes = match[2];
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === '00' ? `${hour12}${suffix}` : `${hour12}.${minutes}${suffix}`;
}

/** '13:00', '14:00' → '1pm - 2pm'. */
export function formatTimeRange(start: string, end: string): string {
  return `${formatClockTime(start)} - ${formatClockTime(end)}`;
}

/** Minutes since midnight, for comparing and measuring 'HH:MM' times. */
export function minutesOfDay(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
