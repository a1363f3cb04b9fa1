import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  createMeeting,
  getMeeting,
  listAgenda,
  listMeetings,
  migrateWorkspace,
  setCarryForward,
} from '../../../shared/model';
import { MeetingDocs } from '../../../renderer/data/meeting-docs';
import { prepareNextMeetingOnDevice } from '../../../renderer/data/prepare-next-meeting';
import { steeringGroupMeeting } from '../../shared/model/fixtures';

const opened: MeetingDocs[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((docs) => docs.closeAll()));
});

function workspace(name: string) {
  const doc = new Y.Doc();
  migrateWorkspace(doc);
  const octoberId = createMeeting(doc, steeringGroupMeeting);
  const docs = new MeetingDocs(`ws-prepare-${name}`, doc, 0);
  opened.push(docs);
  return { doc, octoberId, docs };
}

describe('preparing the next meeting on this device', () => {
  it('opens both meetings, fills the next one with the carried items, and stores it', async () => {
    const { doc, octoberId, docs } = workspace('fill');
    const october = docs.borrow(octoberId);
    const octoberDoc = await october.ready;
    setCarryForward(
      octoberDoc,
      addAgendaItem(octoberDoc, { title: 'Migration Strategy' }),
      'deferred',
    );
    october.release();

    const next = await prepareNextMeetingOnDevice(doc, docs, octoberId);
    expect(next).toMatchObject({ date: '2024-01-08', title: steeringGroupMeeting.title });
    const reopened = docs.borrow(next.meetingId);
    expect(listAgenda(await reopened.ready).map((item) => item.title)).toContain(
      'Migration Strategy',
    );
    reopened.release();

    // Asked again, it finds the same meeting rather than making another.
    expect((await prepareNextMeetingOnDevice(doc, docs, octoberId)).meetingId).toBe(next.meetingId);
    expect(listMeetings(doc)).toHaveLength(2);
  });

  it('says so when the meeting to prepare from has gone', async () => {
    const { doc, docs } = workspace('gone');
    await expect(prepareNextMeetingOnDevice(doc, docs, 'gone')).rejects.toThrow(
      'That meeting is no longer in this workspace, so nothing was prepared.',
    );
    expect(getMeeting(doc, 'gone')).toBeNull();
  });
});
