import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, createMeeting } from '../../../../shared/model';
import { MeetingDocs } from '../../../../renderer/data/meeting-docs';
import { steeringGroupMeeting } from '../../../shared/model/fixtures';

// The search index follows open meetings through MeetingDocs.onUpdate (search-store.ts).
describe('MeetingDocs.onUpdate', () => {
  it('tells each listener which open meeting changed, until it stops listening', async () => {
    const workspace = new Y.Doc();
    const meetingId = createMeeting(workspace, steeringGroupMeeting);
    const docs = new MeetingDocs('ws-search-updates', workspace, 0);
    const heard: string[] = [];
    const stop = docs.onUpdate((id) => heard.push(id));
    const { ready, release } = docs.borrow(meetingId);
    const doc = await ready;
    heard.length = 0;
    addAgendaItem(doc, { title: 'Any other business' });
    expect(heard).toEqual([meetingId]);
    stop();
    addAgendaItem(doc, { title: 'Date of next meeting' });
    expect(heard).toEqual([meetingId]);
    release();
    await docs.closeAll();
  });
});
