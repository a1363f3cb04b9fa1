import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  agendaItemMinutes,
  changesAfterApproval,
  keepApprovedVersion,
  listHistory,
  minutesTextBlocks,
  readMeetingHeader,
} from '../../../../shared/model';
import { approvePreviousMinutes } from '../../../../shared/export/approve-previous';
import { readMeetingForExport } from '../../../../shared/export/meeting-data';
import { inlineText } from '../../../../shared/export/rich-text-data';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import type { WorkspaceSync } from '../../../../renderer/data/sync/workspace-sync';
import { until } from '../../../server/helpers';
import { useRealSyncServer } from './real-sync-server';
import { octoberAndJanuary } from '../../../shared/model/approval-fixtures';
import { replicaOf } from '../../../shared/model/fixtures';

const server = useRealSyncServer();

const settled = (sync: WorkspaceSync) => sync.getSnapshot().phase === 'synced';

describe('approval against a real sync server', () => {
  const workspaceId = randomUUID();
  const settings = { url: '', inviteCode: generateInviteCode() };

  /** A device syncing the workspace and the meetings it has open. */
  async function online(name: string, workspace: Y.Doc, meetings: [string, Y.Doc][]) {
    const sync = server.device(workspaceId, workspace, name);
    sync.configure({ ...settings, url: server.url() });
    for (const [meetingId, doc] of meetings) await sync.attachMeeting(meetingId, doc, false);
    return sync;
  }

  it('shows an edit made offline to approved minutes as a change after approval, not lost', async () => {
    const chairDocs = octoberAndJanuary();
    const { octoberId, januaryId, aobId } = chairDocs;

    const chair = await online('Chair', chairDocs.workspace, [
      [octoberId, chairDocs.october],
      [januaryId, chairDocs.january],
    ]);
    await until(() => settled(chair), 'the chair to sync');

    // The officer's laptop has everything, then goes offline on the train.
    const laptop = {
      workspace: replicaOf(chairDocs.workspace),
      october: replicaOf(chairDocs.october),
    };
    const officer = await online('Officer', laptop.workspace, [[octoberId, laptop.october]]);
    await until(() => settled(officer), 'the laptop to sync');
    officer.configure(null);

    approvePreviousMinutes(chairDocs.workspace, chairDocs.january, chairDocs.october, {
      resolution: 'agreed',
      amendments: '',
      by: 'Councillor Harland',
    });
    await until(() => settled(chair), 'the approval to reach the server');
    // Offline, the laptop has not heard of the approval and adds to the minutes.
    expect(readMeetingHeader(laptop.october)?.minutesStatus).toBe('draft');
    const fragment = agendaItemMinutes(laptop.october, aobId);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Officer: the Home Office replied on 20 October.')]);
    laptop.october.transact(() => fragment.push([paragraph]));

    officer.configure({ ...settings, url: server.url() });
    await until(
      () =>
        readMeetingHeader(laptop.october)?.minutesStatus === 'approved' &&
        minutesTextBlocks(agendaItemMinutes(chairDocs.october, aobId)).length === 3,
      'both devices to merge',
    );

    for (const doc of [chairDocs.october, laptop.october]) {
      const changes = changesAfterApproval(doc);
      expect(changes.map((s) => s.heading)).toEqual(['Any other business']);
      expect(changes[0]?.lines).toContainEqual({
        change: 'added',
        text: 'Officer: the Home Office replied on 20 October.',
      });
    }
    // The Word minutes stay as approved meanwhile.
    const exported = readMeetingForExport(chairDocs.workspace, chairDocs.october).agenda.find(
      (item) => item.id === aobId,
    );
    expect(
      exported?.minutes.map((b) => (b.type === 'paragraph' ? inlineText(b.inlines) : b.type)),
    ).toEqual(['Gerard asked about funding', 'list']);

    // Keeping the approved version on the chair's device: the later text stays readable.
    keepApprovedVersion(chairDocs.october, { by: 'Councillor Harland' });
    await until(() => changesAfterApproval(laptop.october).length === 0, 'the laptop to hear');
    const kept = listHistory(laptop.october).find((entry) => entry.kind === 'kept-approved');
    expect(kept?.detail).toContain('Officer: the Home Office replied on 20 October.');
  });
});
