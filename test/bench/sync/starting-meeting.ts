import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import {
  addAgendaItem,
  agendaItemMinutes,
  createAction,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  migrateWorkspace,
} from '../../../shared/model';
import { appendRichText, bulletList, paragraph } from '../../../shared/sample/rich-text-builder';

/**
 * The meeting every sync run starts from, built with the model's own functions the way the app
 * builds one: a workspace with the meeting in its index and an action log, and the meeting's
 * document with the standard agenda topped up to `items` items, each with minutes.
 */
export interface StartingMeeting {
  workspaceId: string;
  meetingId: string;
  workspace: Y.Doc;
  meeting: Y.Doc;
}

const MINUTES =
  'The group reviewed the figures for the quarter and agreed to share the action plan with partners.';

export function buildStartingMeeting(items = 20, actions = 20): StartingMeeting {
  // Lowercase canonical UUIDs: the only ids the sync server's document names accept.
  const workspaceId = randomUUID();
  const meetingId = randomUUID();
  const workspace = new Y.Doc({ guid: workspaceId });
  migrateWorkspace(workspace);
  createMeeting(
    workspace,
    {
      title: 'Sanctuary Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '15:00',
      venueKind: 'room',
      venue: 'Civic Hall, Committee Room 2',
    },
    new Date('2023-09-25T09:00:00Z'),
    meetingId,
  );
  const meeting = new Y.Doc({ guid: meetingId });
  initialiseMeetingDoc(meeting, workspace, meetingId);
  for (let n = listAgenda(meeting).length; n < items; n++) {
    addAgendaItem(meeting, { title: `Update from partner ${n + 1}`, allottedMinutes: 5 });
  }
  for (const item of listAgenda(meeting)) {
    appendRichText(agendaItemMinutes(meeting, item.id), [
      paragraph(`${item.title}: ${MINUTES}`),
      bulletList('Figures to be circulated', 'Partners to confirm their leads'),
    ]);
  }
  const itemIds = listAgenda(meeting).map((item) => item.id);
  for (let n = 0; n < actions; n++) {
    createAction(workspace, {
      description: `Action ${n + 1}: circulate the figures to partners`,
      ownerName: `Officer ${(n % 5) + 1}`,
      meetingId,
      itemId: itemIds[n % itemIds.length] ?? null,
    });
  }
  return { workspaceId, meetingId, workspace, meeting };
}

/** A copy of a document, as another device would hold it after syncing. */
export function copyDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ guid: doc.guid });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
