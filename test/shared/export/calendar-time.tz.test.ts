import { afterEach, describe, expect, it } from 'vitest';
import { londonWallClockToUtc } from '../../../shared/export/calendar-time';
import { expectBritishSummerTime } from '../format/british-summer-time';

/**
 * A meeting's times are London's, whatever zone the laptop is in. Runs in the unit-tz project
 * (Europe/London), and again with the process moved to zones either side of the world: the
 * answers must not move with it.
 */

const utc = (date: string, time: string) =>
  new Date(londonWallClockToUtc(date, time)).toISOString();

/** [London date, London time, the UTC instant]: both seasons and both change-over days. */
const READINGS: [string, string, string][] = [
  ['2023-10-09', '13:00', '2023-10-09T12:00:00.000Z'],
  ['2024-01-15', '13:00', '2024-01-15T13:00:00.000Z'],
  // 31 March 2024: the clocks go forward at 1am GMT, so the afternoon is already BST.
  ['2024-03-31', '00:30', '2024-03-31T00:30:00.000Z'],
  ['2024-03-31', '13:00', '2024-03-31T12:00:00.000Z'],
  // 27 October 2024: back at 2am BST, so just after midnight is still BST, the afternoon GMT.
  ['2024-10-27', '00:30', '2024-10-26T23:30:00.000Z'],
  ['2024-10-27', '13:00', '2024-10-27T13:00:00.000Z'],
  ['2024-10-26', '23:30', '2024-10-26T22:30:00.000Z'],
];

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

describe('londonWallClockToUtc', () => {
  it('runs an hour ahead of UTC, or it would prove nothing', expectBritishSummerTime);

  it.each(READINGS)('reads %s %s in London as %s', (date, time, instant) => {
    expect(utc(date, time)).toBe(instant);
  });

  it.each([
    ['Pacific/Auckland', -780],
    ['America/Los_Angeles', 480],
    ['UTC', 0],
  ])('gives the same instants with the laptop in %s', (zone, januaryOffset) => {
    process.env.TZ = zone;
    // Node reads TZ again when it changes; without this the zone did not move and proved nothing.
    expect(new Date('2024-01-15T12:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
    for (const [date, time, instant] of READINGS) expect(utc(date, time)).toBe(instant);
  });

  it('refuses what is not a date and a time', () => {
    expect(() => londonWallClockToUtc('9 October 2023', '13:00')).toThrow(RangeError);
    expect(() => londonWallClockToUtc('2023-10-09', '1pm')).toThrow(RangeError);
  });
});
