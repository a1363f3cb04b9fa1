import { describe, expect, it } from 'vitest';
import { longDateOrText, timeRangeOrText } from '../../../shared/format/lenient-dates';

describe('dates and times as exports print them', () => {
  it('prints what an export finds when it is not a date or time, rather than failing', () => {
    expect(longDateOrText('2023-10-09')).toBe('9 October 2023');
    expect(longDateOrText('Spring 2024')).toBe('Spring 2024');
    expect(longDateOrText('2023-02-30')).toBe('2023-02-30');
    expect(longDateOrText(null)).toBe('');
    expect(longDateOrText('')).toBe('');
    expect(timeRangeOrText('13:00', '14:00')).toBe('1pm - 2pm');
    expect(timeRangeOrText('1pm', '2pm')).toBe('1pm - 2pm');
    expect(timeRangeOrText('13:00', 'late')).toBe('13:00 - late');
    expect(timeRangeOrText('13:00', '')).toBe('13:00');
    expect(timeRangeOrText('', '')).toBe('');
  });
});
