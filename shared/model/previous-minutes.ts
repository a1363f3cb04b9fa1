import type * as Y from 'yjs';
import { z } from 'zod';
import { formatLongDate } from '../format/dates';
import { listMeetings, type Meeting } from './meetings';
import { LOCAL_EDIT } from './origins';
import { recordFields } from './records';

/**
 * The "Minutes of the previous meeting" item of a meeting: which meeting's minutes it
 * considered and what was resolved. Kept in the approving meeting's `previousMinutes` map, so
 * its own minutes (on screen and in Word) show the resolution under the item.
 */

/** The standard item, as copied into every meeting's agenda (fixed ids: shared/model/group.ts). */
export const PREVIOUS_MINUTES_ITEM_ID = 'from-standard-4';

export const resolutionKinds = ['agreed', 'agreed-with-amendments'] as const;
export type ResolutionKind = (typeof resolutionKinds)[number];

export const RESOLUTION_LABELS: Record<ResolutionKind, string> = {
  agreed: 'Agreed as a correct record',
  'agreed-with-amendments': 'Agreed as a correct record subject to the following amendments',
};

const resolutionSchema = z.object({
  meetingId: z.string(),
  meetingDate: z.string(),
  resolution: z.enum(resolutionKinds),
  amendments: z.string().catch(''),
  recordedAt: z.string(),
});

export type PreviousMinutesResolution = z.infer<typeof resolutionSchema>;

export function previousMinutesMap(meetingDoc: Y.Doc): Y.Map<unknown> {
  return meetingDoc.getMap('previousMinutes');
}

/** The latest meeting before this one (by date, then time), whose minutes this one approves. */
export function findPreviousMeeting(workspace: Y.Doc, meetingId: string): Meeting | null {
  const meetings = listMeetings(workspace); // newest first
  const index = meetings.findIndex((m) => m.id === meetingId);
  const self = meetings[index];
  if (!self) return null;
  return meetings.slice(index + 1).find((m) => m.date < self.date) ?? null;
}

export interface ResolutionInput {
  meetingId: string;
  meetingDate: string;
  resolution: ResolutionKind;
  amendments: string;
  now?: Date;
}

/** Checks the chair's choice: amendments are required with, and only with, that resolution. */
export function checkResolution(resolution: ResolutionKind, amendments: string): string | null {
  if (resolution === 'agreed-with-amendments' && !amendments.trim())
    return 'Enter the amendments, or choose “Agreed as a correct record”';
  return null;
}

export function recordPreviousMinutesResolution(meetingDoc: Y.Doc, input: ResolutionInput): void {
  const problem = checkResolution(input.resolution, input.amendments);
  if (problem) throw new Error(problem);
  meetingDoc.transact(() => {
    const map = previousMinutesMap(meetingDoc);
    map.set('meetingId', input.meetingId);
    map.set('meetingDate', input.meetingDate);
    map.set('resolution', input.resolution);
    map.set('amendments', input.resolution === 'agreed' ? '' : input.amendments.trim());
    map.set('recordedAt', (input.now ?? new Date()).toISOString());
  }, LOCAL_EDIT);
}

export function readPreviousMinutesResolution(meetingDoc: Y.Doc): PreviousMinutesResolution | null {
  const parsed = resolutionSchema.safeParse(recordFields(previousMinutesMap(meetingDoc)));
  return parsed.success ? parsed.data : null;
}

/** The resolution in the words minutes use: "That the minutes of … be agreed …", then the amendments. */
export function resolutionWords(resolution: PreviousMinutesResolution): {
  sentence: string;
  amendments: string[];
} {
  const held = `the meeting held on ${formatLongDate(resolution.meetingDate)}`;
  if (resolution.resolution === 'agreed')
    return {
      sentence: `That the minutes of ${held} be agreed as a correct record.`,
      amendments: [],
    };
  return {
    sentence: `That the minutes of ${held} be agreed as a correct record, subject to the following amendments:`,
    amendments: resolution.amendments
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}
