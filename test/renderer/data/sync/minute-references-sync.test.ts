import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  assignReferences,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  meetingReferences,
  migrateWorkspace,
  minuteReferencesMap,
  updateGroupProfile,
} from '../../../../shared/model';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import { until } from '../../../server/helpers';
import { useRealSyncServer } from './real-sync-server';

const sync = useRealSyncServer();

/** A device's copies of the workspace and the meeting, as it last had them from the other. */
function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ guid: doc.guid });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const references = (workspace: Y.Doc, meeting: Y.Doc, meetingId: string) =>
  listAgenda(meeting).map((item) => meetingReferences(workspace, meeting, meetingId).get(item.id));

describe('minute references through the real sync server', () => {
  it('stay unique and stable when two offline devices added items and both approve', async () => {
    const workspaceId = randomUUID();
    const settings = { url: sync.url(), inviteCode: generateInviteCode() };
    const chairWorkspace = new Y.Doc();
    migrateWorkspace(chairWorkspace);
    updateGroupProfile(chairWorkspace, { minutePrefix: 'SG' });
    const meetingId = createMeeting(chairWorkspace, {
      title: 'Steering Group',
      date: '2024-01-15',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
    const chairMeeting = new Y.Doc({ guid: meetingId });
    initialiseMeetingDoc(chairMeeting, chairWorkspace, meetingId);
    const [officerWorkspace, officerMeeting] = [replica(chairWorkspace), replica(chairMeeting)];

    // Both offline: each adds an item the other has not seen.
    addAgendaItem(chairMeeting, { title: 'Refugee Week' });
    addAgendaItem(officerMeeting, { title: 'Schools of Sanctuary' });

    const chair = sync.device(workspaceId, chairWorkspace, 'Chair');
    const officer = sync.device(workspaceId, officerWorkspace, 'Officer');
    chair.configure(settings);
    await chair.attachMeeting(meetingId, chairMeeting, false);
    await until(() => chair.getSnapshot().phase === 'synced', 'the chair to sync');
    officer.configure(settings);
    await officer.attachMeeting(meetingId, officerMeeting, false);
    const titles = (doc: Y.Doc) => listAgenda(doc).map((item) => item.title);
    await until(
      () =>
        titles(chairMeeting).includes('Schools of Sanctuary') &&
        titles(officerMeeting).includes('Refugee Week') &&
        titles(chairMeeting).join() === titles(officerMeeting).join(),
      'both agendas to merge',
    );

    // Both approve at once, from the merged agenda.
    assignReferences(chairWorkspace, chairMeeting, meetingId);
    assignReferences(officerWorkspace, officerMeeting, meetingId);
    const approved = references(chairWorkspace, chairMeeting, meetingId);
    await until(
      () =>
        JSON.stringify(minuteReferencesMap(chairWorkspace).toJSON()) ===
        JSON.stringify(minuteReferencesMap(officerWorkspace).toJSON()),
      'both workspaces to agree',
    );
    const onOfficer = references(officerWorkspace, officerMeeting, meetingId);
    expect(onOfficer).toEqual(approved);
    expect(references(chairWorkspace, chairMeeting, meetingId)).toEqual(approved);
    expect(new Set(approved.map((ref) => ref?.text)).size).toBe(listAgenda(chairMeeting).length);
    expect(approved.every((ref) => ref && !ref.provisional && ref.text.startsWith('SG 23/'))).toBe(
      true,
    );
  });
});
