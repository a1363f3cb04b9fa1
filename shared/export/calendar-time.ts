import { isClockTime, isIsoDate } from '../format/dates';

/**
 * A meeting's date and times are London wall-clock readings ("9 October 2023, 1pm"). A calendar
 * file needs instants, so they are converted here with Intl's copy of the tz database for
 * Europe/London: never the laptop's own zone, which may be anywhere (a clerk on holiday, a CI
 * box in UTC) and is not the meeting's.
 */

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const MINUTE = 60_000;

/** How far London's clocks are ahead of UTC at this instant: an hour in BST, none in GMT. */
function londonOffsetMs(instant: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(LONDON.formatToParts(instant).find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - instant) / MINUTE) * MINUTE;
}

/**
 * The UTC instant (milliseconds) at which London's clocks read `time` on `date`.
 *
 * The offset at the reading taken as if it were UTC is right except within an hour of a change,
 * so it is looked up again at the first answer. On the spring change-over a reading that never
 * happens (01:30 on the last Sunday of March) comes out as the same length of time after 01:00
 * GMT; on the autumn one a reading that happens twice (01:30 on the last Sunday of October) is
 * the second, in GMT. No council meets at those hours; every other reading has one answer.
 */
export function londonWallClockToUtc(date: string, time: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!isClockTime(time)) throw new RangeError(`Not a time of day: ${time}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const reading = Date.UTC(year, month - 1, day, hours, minutes);
  const first = reading - londonOffsetMs(reading);
  return reading - londonOffsetMs(first);
}
