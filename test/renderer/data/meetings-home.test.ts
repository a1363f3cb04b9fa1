import { describe, expect, it } from 'vitest';
import { summariseMeetingsHome } from '../../../renderer/data/meetings-home';
import { nextMeetingIdFor, type Action, type Meeting } from '../../../shared/model';
import { steeringGroupMeeting } from '../../shared/model/fixtures';

const meeting = (id: string, date: string, minutesStatus: Meeting['minutesStatus']): Meeting => ({
  ...steeringGroupMeeting,
  id,
  date,
  createdAt: '2023-09-01T10:00:00.000Z',
  minutesStatus,
  groupMeeting: true,
});

const action = (status: Action['status'], due: string | null): Action => ({
  id: `${status}-${due}`,
  description: 'Do it',
  ownerPersonId: null,
  ownerName: 'Jenny',
  due,
  status,
  meetingId: 'sept',
  itemId: null,
  createdAt: '2023-09-01T10:00:00.000Z',
  updatedAt: '2023-09-01T10:00:00.000Z',
});

const sept = meeting('sept', '2023-09-01', 'approved');
const oct = meeting('oct', '2023-10-09', 'draft');
const actions = [
  action('open', '2023-10-01'),
  action('in progress', '2023-12-01'),
  action('open', null),
  action('done', '2023-09-14'),
];

describe('the meetings home', () => {
  it('offers to prepare the next meeting from the last one held when none is upcoming', () => {
    const home = summariseMeetingsHome([sept, oct], actions, '2023-11-20');
    expect(home.next).toBeNull();
    expect(home.prepareFrom?.id).toBe('oct');
    expect(home.awaitingApproval.map((m) => m.id)).toEqual(['oct']);
    expect([home.openActions, home.overdueActions]).toEqual([3, 1]);
  });

  it('shows the soonest upcoming meeting, today’s included, and offers no preparing then', () => {
    const jan = meeting(nextMeetingIdFor('oct'), '2024-01-15', 'draft');
    const apr = meeting('apr', '2024-04-15', 'draft');
    const home = summariseMeetingsHome([apr, sept, jan, oct], actions, '2024-01-15');
    expect(home.next?.id).toBe(jan.id);
    expect(home.prepareFrom).toBeNull();
    // The meeting being held today has no minutes to approve yet.
    expect(home.awaitingApproval.map((m) => m.id)).toEqual(['oct']);
    expect(home.overdueActions).toBe(2);
  });

  it('leaves out a meeting that was not the group’s own: the group does not approve its notes', () => {
    const informal = { ...meeting('informal', '2023-09-01', 'draft'), groupMeeting: false };
    const home = summariseMeetingsHome([informal, oct], [], '2023-11-20');
    expect(home.awaitingApproval.map((m) => m.id)).toEqual(['oct']);
  });

  it('does not offer to prepare a meeting already prepared, even one now past', () => {
    const jan = meeting(nextMeetingIdFor('oct'), '2024-01-15', 'draft');
    expect(summariseMeetingsHome([sept, oct, jan], [], '2024-02-01').prepareFrom?.id).toBe(jan.id);
    expect(summariseMeetingsHome([], [], '2024-02-01')).toMatchObject({
      next: null,
      prepareFrom: null,
      openActions: 0,
    });
  });
});
