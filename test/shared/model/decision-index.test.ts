import { describe, expect, it } from 'vitest';
import {
  addItemNote,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  listLoggedDecisions,
  mirrorMeetingDecisions,
  removeAgendaItem,
  removeItemNote,
  updateItemNote,
} from '../../../shared/model';
import * as Y from 'yjs';
import { buildSampleWorkspace } from '../../../shared/sample';
import { replicaOf, steeringGroupMeeting, syncDocs, workspaceWithMeeting } from './fixtures';

function withDecision() {
  const setup = workspaceWithMeeting();
  const item = listAgenda(setup.meetingDoc)[0]!;
  const decisionId = addItemNote(
    setup.meetingDoc,
    item.id,
    'decisions',
    'An agreed group of core members will attend the steering group.',
  );
  mirrorMeetingDecisions(setup.workspace, setup.meetingDoc, setup.meetingId);
  return { ...setup, item, decisionId };
}

describe('the decision index', () => {
  it('lists a meeting’s decisions with their meeting and item', () => {
    const { workspace, meetingId, item } = withDecision();
    const [logged] = listLoggedDecisions(workspace);
    expect(logged).toMatchObject({
      meetingId,
      itemId: item.id,
      itemNumber: 1,
      itemTitle: item.title,
      text: 'An agreed group of core members will attend the steering group.',
    });
    expect(logged!.meeting.date).toBe('2023-10-09');
  });

  it('follows changes and removals, and writes nothing when already in step', () => {
    const { workspace, meetingDoc, meetingId, item, decisionId } = withDecision();
    const updates: Uint8Array[] = [];
    workspace.on('update', (update: Uint8Array) => updates.push(update));
    mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    expect(updates).toHaveLength(0);
    updateItemNote(meetingDoc, item.id, 'decisions', decisionId, { text: 'Meet quarterly.' });
    mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    expect(listLoggedDecisions(workspace).map((d) => d.text)).toEqual(['Meet quarterly.']);
    removeAgendaItem(meetingDoc, item.id);
    mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    expect(listLoggedDecisions(workspace)).toEqual([]);
  });

  it('filters by words in any case, by meeting and by date range', () => {
    const { workspace, meetingId } = withDecision();
    const laterId = createMeeting(workspace, { ...steeringGroupMeeting, date: '2024-01-15' });
    const later = new Y.Doc({ guid: laterId });
    initialiseMeetingDoc(later, workspace, laterId);
    addItemNote(later, listAgenda(later)[1]!.id, 'decisions', 'Frequency of meetings: quarterly');
    mirrorMeetingDecisions(workspace, later, laterId);

    expect(listLoggedDecisions(workspace).map((d) => d.meetingId)).toEqual([laterId, meetingId]);
    expect(listLoggedDecisions(workspace, { text: 'CORE steering' })).toHaveLength(1);
    expect(listLoggedDecisions(workspace, { text: 'core quarterly' })).toHaveLength(0);
    expect(listLoggedDecisions(workspace, { meetingId: laterId })[0]!.text).toContain('Frequency');
    expect(listLoggedDecisions(workspace, { from: '2024-01-01' })).toHaveLength(1);
    expect(listLoggedDecisions(workspace, { to: '2023-10-09' })[0]!.meetingId).toBe(meetingId);
  });

  it('two devices mirroring the same decision offline end with one entry', () => {
    const { workspace, meetingDoc, meetingId } = withDecision();
    const [wsOther, docOther] = [replicaOf(workspace), replicaOf(meetingDoc)];
    const item = listAgenda(meetingDoc)[1]!;
    addItemNote(docOther, item.id, 'decisions', 'Prepare a press release.');
    syncDocs(meetingDoc, docOther);
    mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    mirrorMeetingDecisions(wsOther, docOther, meetingId);
    syncDocs(workspace, wsOther);
    expect(listLoggedDecisions(workspace)).toHaveLength(2);
    expect(listLoggedDecisions(wsOther)).toEqual(listLoggedDecisions(workspace));
  });

  it('keeps a decision this device has not received yet, and removes one it saw deleted', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    const [itemA, itemB] = listAgenda(meetingDoc);
    const laptopMeeting = replicaOf(meetingDoc);
    const agreed = addItemNote(meetingDoc, itemA!.id, 'decisions', 'Meet quarterly.');
    mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    // The laptop's workspace copy has the index entry; its meeting copy lacks the decision.
    const laptopWorkspace = replicaOf(workspace);
    addItemNote(laptopMeeting, itemB!.id, 'decisions', 'Prepare a press release.');
    mirrorMeetingDecisions(laptopWorkspace, laptopMeeting, meetingId);
    const texts = () => listLoggedDecisions(laptopWorkspace).map((d) => d.text);
    expect(texts()).toEqual(['Meet quarterly.', 'Prepare a press release.']);

    syncDocs(meetingDoc, laptopMeeting);
    removeItemNote(laptopMeeting, itemA!.id, 'decisions', agreed);
    mirrorMeetingDecisions(laptopWorkspace, laptopMeeting, meetingId);
    expect(texts()).toEqual(['Prepare a press release.']);
  });

  it('holds the sample workspace’s decisions from seeds 000 and 001', () => {
    const { workspace } = buildSampleWorkspace({
      now: new Date('2023-10-10T09:00:00Z'),
      asOf: '2023-10-10',
    });
    expect(listLoggedDecisions(workspace).map((d) => [d.meeting.date, d.itemTitle])).toEqual([
      ['2023-10-09', 'Purpose of the Steering Group'],
      ['2023-10-09', 'Purpose of the Steering Group'],
      ['2023-09-01', 'Meeting action/observation notes'],
    ]);
  });
});
