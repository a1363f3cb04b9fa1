import { describe, expect, it } from 'vitest';
import { readMeetingHeader, setNextMeeting } from '../../../../shared/model';
import {
  changedDetails,
  detailsOf,
} from '../../../../renderer/features/meeting-screen/meeting-details';
import { steeringGroupMeeting, workspaceWithMeeting } from '../../../shared/model/fixtures';

function header() {
  const { meetingDoc } = workspaceWithMeeting();
  setNextMeeting(meetingDoc, { date: '2024-01-15' });
  return readMeetingHeader(meetingDoc)!;
}

describe('the details Edit details writes', () => {
  it('takes only the fields New meeting asks for', () => {
    expect(detailsOf(header())).toEqual(steeringGroupMeeting);
  });

  it('writes only what changed, ignoring spaces the model would trim', () => {
    const before = detailsOf(header());
    expect(changedDetails(before, { ...before, title: ` ${before.title} ` })).toEqual({});
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
