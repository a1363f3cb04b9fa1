import { listAgenda, setQuestionResolved, agendaItemMinutes } from '../../../shared/model';
import { readMeetingForExport, type MeetingExportData } from '../../../shared/export/meeting-data';
import { appendRichText, paragraph } from '../../../shared/sample/rich-text-builder';
import { workspaceWithMeeting } from '../model/fixtures';

export const FOUND_OPEN = 'Question: who signs the pledge for the council?';
export const FOUND_RESOLVED = 'Gerard to clarify the spending threshold.';
export const ANSWERED_IN_ROOM =
  'Councillor Harland asked whether the report goes to Executive Board?';

/**
 * A meeting whose first item's minutes hold two questions found by the rule and none marked:
 * one left open, one ticked resolved on the Minutes tab; and a line that only ends in "?".
 */
export function questionsMeeting(): { data: MeetingExportData; itemTitle: string } {
  const { workspace, meetingDoc } = workspaceWithMeeting();
  const item = listAgenda(meetingDoc)[0]!;
  appendRichText(agendaItemMinutes(meetingDoc, item.id), [
    paragraph('The group discussed the pledge.'),
    paragraph(FOUND_OPEN),
    paragraph(FOUND_RESOLVED),
    paragraph(ANSWERED_IN_ROOM),
  ]);
  setQuestionResolved(meetingDoc, item.id, FOUND_RESOLVED, true);
  return { data: readMeetingForExport(workspace, meetingDoc), itemTitle: item.title };
}
