import { describe, expect, it } from 'vitest';
import { describeNextMeeting } from '../../../shared/format/next-meeting';

describe('date of the next meeting', () => {
  it('reads as the minutes record it', () => {
    expect(describeNextMeeting({ date: '2024-01-09', startTime: '13:00', endTime: '14:00' })).toBe(
      '9 January 2024, 1pm - 2pm',
    );
  });

  it('leaves out times not agreed yet', () => {
    expect(describeNextMeeting({ date: '2024-01-09', startTime: '09:30' })).toBe(
      '9 January 2024, 9.30am',
    );
    expect(describeNextMeeting({ date: '2024-01-09', startTime: null, endTime: null })).toBe(
      '9 January 2024',
    );
  });

  it('is null when no date is set', () => {
    expect(describeNextMeeting({ date: null })).toBeNull();
    expect(describeNextMeeting({ date: 'soon' })).toBeNull();
  });
});
