import { describe, expect, it } from 'vitest';
import type { MeetingHeader } from '../../../../shared/model';
import {
  changedDetails,
  detailsOf,
} from '../../../../renderer/features/meeting-screen/meeting-details';

const header = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
  chairId: 'helen',
  minuteTakerId: null,
  nextMeetingDate: null,
  nextMeetingStartTime: null,
  nextMeetingEndTime: null,
  minutesStatus: 'draft',
  approvedOn: null,
} as MeetingHeader;

describe('the details Edit details writes', () => {
  it('takes only the fields New meeting asks for', () => {
    expect(detailsOf(header)).toEqual({
      title: 'Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
  });

  it('writes only what changed, ignoring spaces the model would trim', () => {
    const before = detailsOf(header);
    expect(changedDetails(before, { ...before, title: ' Steering Group ' })).toEqual({});
    expect(
      changedDetails(before, {
        ...before,
        date: '2023-10-16',
        venueKind: 'room',
        venue: 'Civic Hall',
      }),
    ).toEqual({ date: '2023-10-16', venueKind: 'room', venue: 'Civic Hall' });
  });
});
