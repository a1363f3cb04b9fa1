import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatLongDate,
  formatTimeRange,
  isClockTime,
  isIsoDate,
} from '../../../shared/format/dates';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';

describe('British date and time formats', () => {
  it.each([
    ['2023-10-09', '9 October 2023'],
    ['2023-09-01', '1 September 2023'],
    ['2024-02-29', '29 February 2024'],
    ['2023-12-31', '31 December 2023'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it.each([
    ['13:00', '1pm'],
    ['14:00', '2pm'],
    ['09:30', '9.30am'],
    ['12:00', '12pm'],
    ['00:15', '12.15am'],
    ['23:59', '11.59pm'],
  ])('formats %s as %s', (time, expected) => {
    expect(formatClockTime(time)).toBe(expected);
  });

  it('formats a time range as the minutes head it', () => {
    expect(formatTimeRange('13:00', '14:00')).toBe('1pm - 2pm');
  });

  it('describes a meeting as one line', () => {
    expect(
      describeMeetingWhenWhere({
        date: '2023-10-09',
        startTime: '13:00',
        endTime: '14:00',
        venue: 'Microsoft Teams',
      }),
    ).toBe('9 October 2023, 1pm - 2pm, Microsoft Teams');
  });

  it('leaves out the times and venue the records do not give, rather than a dangling comma', () => {
    const fromRecords = { date: '2023-09-01', startTime: '', endTime: '', venue: '' };
    expect(describeMeetingWhenWhere(fromRecords)).toBe('1 September 2023');
    expect(describeMeetingWhenWhere({ ...fromRecords, venue: 'Civic Hall' })).toBe(
      '1 September 2023, Civic Hall',
    );
  });

  it('rejects dates and times that do not exist', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('9 October 2023')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('1pm')).toBe(false);
    expect(() => formatLongDate('2023-02-30')).toThrow(RangeError);
    expect(() => formatClockTime('25:00')).toThrow(RangeError);
  });
});
