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
 * The sample's 15 January 2024 meeting as its minutes read once approved: the group's prefix
 * set, references assigned (after October's, given at its approval) and Councillor Harland's
 * declaration in the Any other business item.
 */
export function januaryWithDeclaration(): MeetingExportData {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-15T15:00:00Z') });
  updateGroupProfile(workspace, { minutePrefix: 'SG' });
  const meetingId = listMeetings(workspace).find((m) => m.date === '2024-01-15')!.id;
  const doc = meetings.get(meetingId)!;
  const harland = listPeople(workspace).find((p) => p.name === 'Councillor Harland')!;
  const other = listAgenda(doc).find((item) => item.title === 'Any other business')!;
  addDeclaration(doc, workspace, {
    personId: harland.id,
    itemId: other.id,
    kind: 'other registrable',
    action: 'remained',
    reason: 'a trustee of Leeds City of Sanctuary',
  });
  setMinutesApproval(doc, '2024-04-15');
  assignReferences(workspace, doc, meetingId);
  return readMeetingForExport(workspace, doc);
}
