import * as Y from 'yjs';
import { migrateWorkspace, newId as randomId, updateGroupProfile } from '../model';
import type { SampleContext } from './context';
import { addMeetingOf1September } from './meeting-2023-09-01';
import { addMeetingOf9October } from './meeting-2023-10-09';
import { prepareMeetingOf15January } from './meeting-2024-01-15';
import { addSamplePeople } from './people';

export interface SampleOptions {
  /** Stamps createdAt on meetings, actions and questions. */
  now: Date;
  /**
   * Ids for the workspace, its meetings and its people. Defaults to random ids, which the app
   * wants: two people who each open the sample must not end up sharing one workspace id.
   * Agenda items, questions and actions take random ids from shared/model whatever this is,
   * as the model functions that make them accept no id.
   */
  newId?: () => string;
}

export interface SampleWorkspace {
  workspace: Y.Doc;
  /** Meeting id → the meeting's document (guid = meeting id). */
  meetings: Map<string, Y.Doc>;
}

export const SAMPLE_GROUP = {
  name: 'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group',
  organisation: 'Leeds City Council',
  defaultVenueKind: 'online',
  defaultVenue: 'Microsoft Teams',
  cadence: 'quarterly',
} as const;

/**
 * The sample workspace offered on first run, built from seeds 000 and 001 (and the meeting
 * after, prepared from 9 October as the app prepares one) through the same
 * shared/model functions the app uses, so it is exactly what a person could have typed. Pure:
 * nothing but the returned documents is touched.
 */
export function buildSampleWorkspace({ now, newId = randomId }: SampleOptions): SampleWorkspace {
  const workspace = new Y.Doc({ guid: newId() });
  migrateWorkspace(workspace);
  updateGroupProfile(workspace, SAMPLE_GROUP);
  const ctx: SampleContext = { workspace, people: addSamplePeople(workspace, newId), now, newId };
  const meetings = new Map<string, Y.Doc>();
  const september = addMeetingOf1September(ctx);
  const october = addMeetingOf9October(ctx);
  const january = prepareMeetingOf15January(ctx, october);
  for (const { meetingId, doc } of [september, october, january]) meetings.set(meetingId, doc);
  return { workspace, meetings };
}
