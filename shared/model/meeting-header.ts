import type * as Y from 'yjs';
import { z } from 'zod';
import { isClockTime, isIsoDate, minutesOfDay } from '../format/dates';
import { headerMap } from './meeting-doc';
import { LOCAL_EDIT } from './origins';
import { venueKinds } from './venue';
import { recordFields } from './records';

/** Minutes are a draft until the next meeting agrees them as a correct record. */
export const minutesStatuses = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];

const optionalDate = z.string().refine(isIsoDate).nullable().catch(null);
const optionalTime = z.string().refine(isClockTime).nullable().catch(null);

const headerSchema = z.object({
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  venueKind: z.enum(venueKinds),
  venue: z.string(),
  chairId: z.string().nullable().catch(null),
  minuteTakerId: z.string().nullable().catch(null),
  nextMeetingDate: optionalDate,
  nextMeetingStartTime: optionalTime,
  nextMeetingEndTime: optionalTime,
  minutesStatus: z.enum(minutesStatuses).catch('draft'),
  approvedOn: optionalDate,
  /** The id of the meeting that approved these minutes (approval.ts). */
  approvedAt: z.string().nullable().catch(null),
  /** The amendments the minutes were agreed subject to; empty when agreed as they stood. */
  approvalAmendments: z.string().catch(''),
  /**
   * False for a meeting that was not the group's own (one held before the group was set up, as
   * seed 001's was): its documents are headed with its own title, not the group's name.
   * Absent in older documents: a meeting of the group.
   */
  groupMeeting: z.boolean().catch(true),
});

export type MeetingHeader = z.infer<typeof headerSchema>;

/** The meeting's header, or null while its document has not been filled (or synced) yet. */
export function readMeetingHeader(meetingDoc: Y.Doc): MeetingHeader | null {
  const parsed = headerSchema.safeParse(recordFields(headerMap(meetingDoc)));
  return parsed.success ? parsed.data : null;
}

/** Marks whether the meeting was the group's own (see groupMeeting above). */
export function setGroupMeeting(meetingDoc: Y.Doc, groupMeeting: boolean): void {
  meetingDoc.transact(() => headerMap(meetingDoc).set('groupMeeting', groupMeeting), LOCAL_EDIT);
}

export interface NextMeeting {
  date: string;
  startTime?: string | null;
  endTime?: string | null;
}

/** Sets (or with null, clears) the date of the next meeting, agreed at the end of this one. */
export function setNextMeeting(meetingDoc: Y.Doc, next: NextMeeting | null): void {
  if (next && !isIsoDate(next.date)) throw new Error('Enter a real date for the next meeting');
  for (const time of [next?.startTime, next?.endTime]) {
    if (time && !isClockTime(time)) throw new Error('Enter the next meeting’s times as HH:MM');
  }
  if (next?.endTime && !next.startTime)
    throw new Error('Enter a start time as well as an end time');
  if (
    next?.startTime &&
    next.endTime &&
    minutesOfDay(next.endTime) <= minutesOfDay(next.startTime)
  ) {
    throw new Error('The next meeting must end after it starts');
  }
  meetingDoc.transact(() => {
    const header = headerMap(meetingDoc);
    header.set('nextMeetingDate', next?.date ?? null);
    header.set('nextMeetingStartTime', next?.startTime ?? null);
    header.set('nextMeetingEndTime', next?.endTime ?? null);
  }, LOCAL_EDIT);
}

/**
 * Marks the minutes approved on `date` (or back to draft with null) with no approving meeting
 * and no snapshot: the older way, kept for documents and scripts that used it. The app approves
 * through approvePreviousMinutes (shared/export/approve-previous.ts).
 */
export function setMinutesApproval(meetingDoc: Y.Doc, approvedOn: string | null): void {
  if (approvedOn !== null && !isIsoDate(approvedOn)) throw new Error('Enter a real approval date');
  meetingDoc.transact(() => {
    const header = headerMap(meetingDoc);
    header.set('minutesStatus', approvedOn ? 'approved' : 'draft');
    header.set('approvedOn', approvedOn);
  }, LOCAL_EDIT);
}
