import * as Y from 'yjs';
import { approvePreviousMinutes } from '../export/approve-previous';
import {
  fillNextMeeting,
  mirrorMinutesStatus,
  prepareNextMeeting,
  updateMeetingHeader,
} from '../model';
import type { SampleContext, SampleMeeting } from './context';

/**
 * The group's next meeting, prepared from 9 October 2023 with "Prepare next meeting", as a
 * chair would: the standard agenda, whose matters arising bring back seed 001's two open
 * actions. The seeds give no date for it and October's minutes agree none (the seed has no
 * "Date of next meeting"), so it is prepared by the quarterly cadence, for Monday 8 January,
 * then moved a week to Monday 15 January 2024, clear of the first week back after the holidays.
 */
export const NEXT_MEETING_DATE = '2024-01-15';

export function prepareMeetingOf15January(
  ctx: SampleContext,
  october: SampleMeeting,
): SampleMeeting {
  const meetingId = prepareNextMeeting(ctx.workspace, october.meetingId, october.doc, ctx.now);
  const doc = new Y.Doc({ guid: meetingId });
  fillNextMeeting(doc, ctx.workspace, october.meetingId, october.doc);
  updateMeetingHeader(ctx.workspace, doc, meetingId, { date: NEXT_MEETING_DATE });
  // Its first business: October's minutes agreed as a correct record, as the app records it
  // (references assigned, the approved text kept as October's snapshot).
  approvePreviousMinutes(ctx.workspace, doc, october.doc, {
    resolution: 'agreed',
    amendments: '',
    by: 'Councillor Harland',
    now: ctx.now,
  });
  // As the app does when the approval is recorded: the meetings list reads the status here.
  mirrorMinutesStatus(ctx.workspace, october.meetingId, october.doc);
  return { meetingId, doc };
}
