import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  endMeeting,
  goToItem,
  listAgenda,
  readRunState,
} from '../../../../shared/model';
import { chairItem } from '../../../../renderer/features/minutes/chair-item';
import { workspaceWithMeeting } from '../../../shared/model/fixtures';

describe('the item the minutes mark as the chair’s', () => {
  it('is none before the meeting starts, follows the chair while it runs, and none once ended', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const [first, second] = listAgenda(meetingDoc);
    const current = () => chairItem(listAgenda(meetingDoc), readRunState(meetingDoc))?.id ?? null;
    expect(current()).toBeNull();
    goToItem(meetingDoc, first!.id, 1_000);
    expect(current()).toBe(first!.id);
    goToItem(meetingDoc, second!.id, 2_000);
    expect(current()).toBe(second!.id);
    endMeeting(meetingDoc, 3_000);
    expect(current()).toBeNull();
  });

  it('is none when the current item is not on the agenda this device has', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const added = addAgendaItem(meetingDoc, {
      title: 'Migration strategy',
      presenter: '',
      allottedMinutes: 20,
      purpose: 'discussion',
      notes: '',
    });
    goToItem(meetingDoc, added, 1_000);
    const others = listAgenda(meetingDoc).filter((item) => item.id !== added);
    expect(chairItem(others, readRunState(meetingDoc))).toBeNull();
  });
});
