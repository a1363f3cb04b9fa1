import * as Y from 'yjs';
import { migrateWorkspace, newId as randomId, updateGroupProfile } from '../model';
import type { SampleContext, SampleMeeting } from './context';
import { addMeetingOf1September, MEETING_2023_09_01 } from './meeting-2023-09-01';
import { addMeetingOf9October, MEETING_2023_10_09 } from './meeting-2023-10-09';
import { NEXT_MEETING_DATE, prepareMeetingOf15January } from './meeting-2024-01-15';
import { addSampleJourney } from './journey';
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
  /**
   * The workspace as it stood on this date (YYYY-MM-DD): meetings held after it are left out,
   * so October's minutes are still a draft on 9 October 2023. For training and for tests that
   * walk the cycle from there. Defaults to everything the sample holds.
   */
  asOf?: string;
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
export function buildSampleWorkspace({
  now,
  newId = randomId,
  asOf = '9999-12-31',
}: SampleOptions): SampleWorkspace {
  const workspace = new Y.Doc({ guid: newId() });
  migrateWorkspace(workspace);
  updateGroupProfile(workspace, SAMPLE_GROUP);
  const ctx: SampleContext = { workspace, people: addSamplePeople(workspace, newId), now, newId };
  const meetings = new Map<string, Y.Doc>();
  const add = (date: string, meeting: () => SampleMeeting): SampleMeeting | null => {
    if (date > asOf) return null;
    const added = meeting();
    meetings.set(added.meetingId, added.doc);
    return added;
  };
  add(MEETING_2023_09_01.date, () => addMeetingOf1September(ctx));
  const october = add(MEETING_2023_10_09.date, () => addMeetingOf9October(ctx));
  if (october) {
    add(NEXT_MEETING_DATE, () => prepareMeetingOf15January(ctx, october));
    // The journey as seed 000 shows it, told at the meeting of 9 October 2023.
    addSampleJourney(ctx, october, asOf);
  }
  return { workspace, meetings };
}
