import * as Y from 'yjs';
import {
  addItemNote,
  agendaItemMinutes,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  setAttendance,
} from '../../../shared/model';
import { replaceRichText } from '../../../shared/model/rich-text-restore';
import { steeringGroupMeeting, workspaceWithMeeting } from './fixtures';

/**
 * October's meeting with minutes, a decision and attendance, and January's meeting, which
 * approves October's minutes. Built here rather than from the sample workspace, whose
 * meetings other work changes.
 */
export function octoberAndJanuary() {
  const { workspace, meetingId: octoberId, meetingDoc: october } = workspaceWithMeeting();
  const item = listAgenda(october).find((i) => i.title === 'Any other business')!;
  replaceRichText(agendaItemMinutes(october, item.id), [
    {
      type: 'paragraph',
      inlines: [{ text: 'Gerard asked about ' }, { text: 'funding', bold: true }],
    },
    {
      type: 'list',
      ordered: true,
      start: 1,
      items: [{ blocks: [{ type: 'paragraph', inlines: [{ text: 'Write to the Home Office' }] }] }],
    },
  ]);
  addItemNote(october, item.id, 'decisions', 'The network will meet quarterly');
  setAttendance(october, 'person-jennifer', 'present');
  const januaryId = createMeeting(workspace, { ...steeringGroupMeeting, date: '2024-01-15' });
  const january = new Y.Doc({ guid: januaryId });
  initialiseMeetingDoc(january, workspace, januaryId);
  return { workspace, october, octoberId, january, januaryId, aobId: item.id };
}
