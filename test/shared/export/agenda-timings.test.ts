import { describe, expect, it } from 'vitest';
import {
  agendaOverrun,
  agendaTimings,
  describeOverrun,
} from '../../../shared/export/agenda-timings';

const item = (number: number, title: string, allottedMinutes: number) => ({
  id: `i${number}`,
  number,
  title,
  allottedMinutes,
});

/** Nine items that take 76 minutes, as the first 9 October 2023 agenda did. */
const OCTOBER = [
  item(1, 'Welcome and introductions', 5),
  item(2, 'Apologies', 2),
  item(3, 'Declarations of interest', 2),
  item(4, 'Matters arising and action log', 10),
  item(5, 'Purpose of the Steering Group', 10),
  item(6, 'Steps to Become an Awarded Member', 20),
  item(7, 'Migration Strategy', 15),
  item(8, 'Communications', 5),
  item(9, 'Any other business', 7),
];

describe('agendaOverrun', () => {
  it('finds how far past the end the agenda runs, and the first item still going', () => {
    const overrun = agendaOverrun({ startTime: '13:00', endTime: '14:00' }, OCTOBER);
    expect(overrun).toEqual({
      runsTo: '14:16',
      endTime: '14:00',
      minutesOver: 16,
      firstLate: { number: 7, title: 'Migration Strategy' },
    });
    expect(describeOverrun(overrun!)).toBe(
      'The agenda runs to 2.16pm, 16 minutes past the meeting’s end at 2pm: item 7, ' +
        'Migration Strategy, is still going at 2pm. Shorten the time allowed for items on the ' +
        'Agenda tab, or change the end time.',
    );
  });

  it('says nothing when the agenda fits exactly, or the meeting has no times', () => {
    const fits = [item(1, 'Welcome', 30), item(2, 'Close', 30)];
    expect(agendaOverrun({ startTime: '13:00', endTime: '14:00' }, fits)).toBeNull();
    expect(agendaOverrun({ startTime: '', endTime: '14:00' }, OCTOBER)).toBeNull();
    expect(agendaOverrun({ startTime: null, endTime: null }, OCTOBER)).toBeNull();
  });

  it('counts a meeting that runs past midnight, and ignores negative allowances', () => {
    const late = [item(1, 'Night shift', 50), item(2, 'Handover', -30), item(3, 'Close', 20)];
    expect(agendaOverrun({ startTime: '23:30', endTime: '00:30' }, late)).toMatchObject({
      runsTo: '00:40',
      minutesOver: 10,
      firstLate: { number: 3 },
    });
  });
});

describe('agendaTimings', () => {
  it('runs the items back to back from the meeting’s start', () => {
    expect(agendaTimings('13:00', OCTOBER.slice(0, 2))).toEqual([
      { itemId: 'i1', start: '13:00', end: '13:05' },
      { itemId: 'i2', start: '13:05', end: '13:07' },
    ]);
  });

  it('gives an agenda with no times allotted only its first start, not every item at 1pm', () => {
    const fromRecords = [item(1, 'Welcome', 0), item(2, 'Purpose', 0), item(3, 'Steps', 0)];
    expect(agendaTimings('13:00', fromRecords)).toEqual([
      { itemId: 'i1', start: '13:00', end: null },
      { itemId: 'i2', start: null, end: null },
      { itemId: 'i3', start: null, end: null },
    ]);
    expect(agendaTimings('', fromRecords).every((t) => t.start === null)).toBe(true);
  });
});
