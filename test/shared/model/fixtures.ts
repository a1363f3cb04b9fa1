import * as Y from 'yjs';
import {
  createMeeting,
  initialiseMeetingDoc,
  migrateWorkspace,
  type MeetingInput,
} from '../../../shared/model';

export const steeringGroupMeeting: MeetingInput = {
  title: 'City of Sanctuary Local Authority Network Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

/** A migrated workspace with one meeting whose document has been filled. */
export function workspaceWithMeeting(input: MeetingInput = steeringGroupMeeting) {
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const meetingId = createMeeting(workspace, input);
  const meetingDoc = new Y.Doc({ guid: meetingId });
  initialiseMeetingDoc(meetingDoc, workspace, meetingId);
  return { workspace, meetingId, meetingDoc };
}

/** Exchanges every update both ways, as a sync round would. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A second replica of `doc`, as another device would hold after syncing. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ guid: doc.guid });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
