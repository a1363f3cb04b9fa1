import { describe, expect, it } from 'vitest';
import { formatDateAndTime } from '../../../shared/format/date-time';

// Run in Europe/London (the unit-tz project): the person's clock, not UTC.
describe('an instant as the person reads it', () => {
  it.each([
    ['2023-10-09T13:15:00Z', '9 October 2023, 2.15pm'],
    ['2023-10-08T23:30:00Z', '9 October 2023, 12.30am'],
    ['2023-12-01T12:00:00Z', '1 December 2023, 12pm'],
  ])('%s is %s', (iso, text) => {
    expect(formatDateAndTime(new Date(iso))).toBe(text);
  });
});
