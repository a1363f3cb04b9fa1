import type { Meeting } from '../../../shared/model/meeting-record';

/**
 * The meetings list shows the newest meetings a page at a time (MeetingList.tsx). Start-up
 * reads only the first page, from localStorage (first-screen.ts) or Dexie
 * (meeting-list-copy.ts); this module has no storage code, so the screen needs neither.
 */
export const FIRST_PAGE = 50;

/** The newest meetings, as many as are known yet, and how many there are in all. */
export interface MeetingListCopy {
  meetings: Meeting[];
  total: number;
}
