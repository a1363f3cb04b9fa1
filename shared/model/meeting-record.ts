// zod's mini build, whose checks load in a fraction of the full one's time: start-up reads
// these records (the meetings list's copies) before anything else of the model is loaded.
import * as z from 'zod/mini';
import { venueKinds } from './venue';

/**
 * A meeting's entry in the workspace's index: enough to list and find meetings. In a module of
 * its own so that start-up can read the meetings list's copy (renderer/data/meeting-index.ts)
 * without loading the rest of the model.
 */
export const meetingRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  venueKind: z.enum(venueKinds),
  venue: z.string(),
  /** ISO timestamp; breaks ties between meetings at the same date and time. */
  createdAt: z.string(),
  /**
   * The header's minutesStatus, mirrored here (minutes-status-mirror.ts) so that the list can
   * say Draft or Approved without opening each meeting. Absent in older entries: a draft.
   */
  minutesStatus: z.catch(z.enum(['draft', 'approved']), 'draft'),
  /**
   * The header's groupMeeting, mirrored with the minutes status: false for a meeting that was
   * not the group's own (seed 000's, held before the group existed), whose notes the group
   * does not approve. Absent in older entries: a meeting of the group.
   */
  groupMeeting: z.catch(z.boolean(), true),
});

export type Meeting = z.infer<typeof meetingRecordSchema>;

/** The order of the meetings list: latest date and start time first, then latest created. */
export function newestFirst(a: Meeting, b: Meeting): number {
  return (
    b.date.localeCompare(a.date) ||
    b.startTime.localeCompare(a.startTime) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/**
 * A meeting read from somewhere other than the document (a stored copy of the index), checked
 * as strictly as the document's own records: null if it is not one. Extra keys are dropped.
 */
export function parseMeeting(value: unknown): Meeting | null {
  const parsed = meetingRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
