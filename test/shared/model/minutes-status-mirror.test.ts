import { describe, expect, it } from 'vitest';
import {
  getMeeting,
  mirrorMinutesStatus,
  parseMeeting,
  setGroupMeeting,
  setMinutesApproval,
} from '../../../shared/model';
import { workspaceWithMeeting } from './fixtures';

describe('the minutes status in the meetings index', () => {
  it('reads as a draft in entries written before it was mirrored', () => {
    const { workspace, meetingId } = workspaceWithMeeting();
    expect(getMeeting(workspace, meetingId)?.minutesStatus).toBe('draft');
    const { minutesStatus: _, ...older } = getMeeting(workspace, meetingId)!;
    expect(parseMeeting(older)?.minutesStatus).toBe('draft');
  });

  it('follows the header, writing only when it differs', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    expect(mirrorMinutesStatus(workspace, meetingId, meetingDoc)).toBe(false);
    setMinutesApproval(meetingDoc, '2024-01-15');
    expect(mirrorMinutesStatus(workspace, meetingId, meetingDoc)).toBe(true);
    expect(getMeeting(workspace, meetingId)?.minutesStatus).toBe('approved');
    expect(mirrorMinutesStatus(workspace, meetingId, meetingDoc)).toBe(false);
    setMinutesApproval(meetingDoc, null);
    mirrorMinutesStatus(workspace, meetingId, meetingDoc);
    expect(getMeeting(workspace, meetingId)?.minutesStatus).toBe('draft');
  });

  it('says whether the meeting was the group’s own, a meeting of the group when unsaid', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    expect(getMeeting(workspace, meetingId)?.groupMeeting).toBe(true);
    setGroupMeeting(meetingDoc, false);
    expect(mirrorMinutesStatus(workspace, meetingId, meetingDoc)).toBe(true);
    expect(getMeeting(workspace, meetingId)?.groupMeeting).toBe(false);
    expect(mirrorMinutesStatus(workspace, meetingId, meetingDoc)).toBe(false);
  });
});
