import * as Y from 'yjs';
import { createMeeting, initialiseMeetingDoc, listAgenda, type MeetingInput } from '../model';
import type { SamplePeopleIds } from './people';

/** What every part of the sample builder shares: one clock and one source of ids. */
export interface SampleContext {
  workspace: Y.Doc;
  people: SamplePeopleIds;
  now: Date;
  newId: () => string;
}

export interface SampleMeeting {
  meetingId: string;
  doc: Y.Doc;
}

/** Creates a meeting and fills its document the way the app does when it is first opened. */
export function startMeeting(ctx: SampleContext, input: MeetingInput): SampleMeeting {
  const meetingId = createMeeting(ctx.workspace, input, ctx.now, ctx.newId());
  const doc = new Y.Doc({ guid: meetingId });
  initialiseMeetingDoc(doc, ctx.workspace, meetingId);
  return { meetingId, doc };
}

/** The id of the item copied from the standard agenda under `title`. */
export function standardItemId(doc: Y.Doc, title: string): string {
  const found = listAgenda(doc).find((item) => item.standardSection && item.title === title);
  if (!found) throw new Error(`The standard agenda has no item “${title}”`);
  return found.id;
}
