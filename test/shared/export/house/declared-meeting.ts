import {
  addDeclaration,
  assignReferences,
  listAgenda,
  listMeetings,
  listPeople,
  setMinutesApproval,
  updateGroupProfile,
} from '../../../../shared/model';
import {
  readMeetingForExport,
  type MeetingExportData,
} from '../../../../shared/export/meeting-data';
import { buildSampleWorkspace } from '../../../../shared/sample';

/**
 * The sample's 9 October meeting as its minutes read once approved: the group's prefix set,
 * references assigned and Councillor Harland's declaration in the Migration Strategy item.
 */
export function octoberWithDeclaration(): MeetingExportData {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  updateGroupProfile(workspace, { minutePrefix: 'SG' });
  const meetingId = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
  const doc = meetings.get(meetingId)!;
  const harland = listPeople(workspace).find((p) => p.name === 'Councillor Harland')!;
  const strategy = listAgenda(doc).find((item) => item.title === 'Migration Strategy')!;
  addDeclaration(doc, workspace, {
    personId: harland.id,
    itemId: strategy.id,
    kind: 'other registrable',
    action: 'remained',
    reason: 'a trustee of Leeds City of Sanctuary',
  });
  setMinutesApproval(doc, '2024-01-15');
  assignReferences(workspace, doc, meetingId);
  return readMeetingForExport(workspace, doc);
}
