import { describe, expect, it } from 'vitest';
import {
  describeAgendaTotal,
  describeTimeLeft,
  formatMinutes,
  formatStopwatch,
  isoDuration,
  meetingLengthMinutes,
} from '../../../shared/format/durations';

const MIN = 60_000;

describe('durations for the chair', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [5 * MIN + 3_000, '05:03'],
    [75 * MIN + 3_000, '75:03'],
    [-5_000, '00:00'],
  ])('shows %i ms as %s', (ms, expected) => {
    expect(formatStopwatch(ms)).toBe(expected);
  });

  it('gives a machine-readable duration', () => {
    expect(isoDuration(5 * MIN + 3_000)).toBe('PT5M3S');
  });

  it('says minutes in words', () => {
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(0)).toBe('0 minutes');
    expect(formatMinutes(9)).toBe('9 minutes');
  });

  it.each([
    [0, 10, '10 minutes left', false],
    [2.5 * MIN, 10, '8 minutes left', false],
    [9.5 * MIN, 10, '1 minute left', false],
    [10 * MIN, 10, 'Time is up', false],
    [10 * MIN + 30_000, 10, 'Less than a minute over', true],
    [11 * MIN, 10, '1 minute over', true],
    [12 * MIN + 59_000, 10, '2 minutes over', true],
  ])('at %i ms of %i minutes says "%s"', (elapsed, allotted, text, over) => {
    expect(describeTimeLeft(elapsed, allotted * MIN)).toEqual({ text, over });
  });

  it('measures a meeting from its start and end times', () => {
    expect(meetingLengthMinutes('13:00', '14:00')).toBe(60);
    expect(meetingLengthMinutes('09:30', '11:15')).toBe(105);
    expect(meetingLengthMinutes('', '14:00')).toBe(0);
  });

  it('describes the agenda total against the meeting length', () => {
    expect(describeAgendaTotal(51, 60)).toEqual({
      text: 'Total 51 minutes of 60 (9 minutes spare)',
      over: false,
    });
    expect(describeAgendaTotal(59, 60).text).toBe('Total 59 minutes of 60 (1 minute spare)');
    expect(describeAgendaTotal(60, 60)).toEqual({
      text: 'Total 60 minutes of 60 (no time spare)',
      over: false,
    });
    expect(describeAgendaTotal(75, 60)).toEqual({
      text: 'Total 75 minutes of 60 (15 minutes over)',
      over: true,
    });
  });
});
