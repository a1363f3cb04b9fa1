import { describe, expect, it } from 'vitest';
import { validateNextMeeting } from '../../../../renderer/features/run/next-meeting-form';

describe('the next meeting form', () => {
  it('accepts a date alone, or with a start, or with both times', () => {
    expect(validateNextMeeting({ date: '2024-01-09', startTime: '', endTime: '' })).toEqual({});
    expect(validateNextMeeting({ date: '2024-01-09', startTime: '13:00', endTime: '' })).toEqual(
      {},
    );
    expect(
      validateNextMeeting({ date: '2024-01-09', startTime: '13:00', endTime: '14:00' }),
    ).toEqual({});
  });

  it('needs a real date', () => {
    expect(validateNextMeeting({ date: '', startTime: '', endTime: '' })).toEqual({
      date: 'Enter the date of the next meeting',
    });
    expect(validateNextMeeting({ date: '2024-02-30', startTime: '', endTime: '' }).date).toBe(
      'Enter the date of the next meeting',
    );
  });

  it('needs a start for an end, and an end after the start', () => {
    expect(validateNextMeeting({ date: '2024-01-09', startTime: '', endTime: '14:00' })).toEqual({
      startTime: 'Enter a start time, or leave both times empty',
    });
    expect(
      validateNextMeeting({ date: '2024-01-09', startTime: '14:00', endTime: '13:00' }),
    ).toEqual({ endTime: 'The next meeting must end after it starts' });
  });
});
