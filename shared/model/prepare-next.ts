import type * as Y from 'yjs';
import { isClockTime, minutesOfDay } from '../format/dates';
import { listAgenda, type AgendaItem } from './agenda';
import { readAttendance } from './attendance';
import { addDays } from './calendar-days';
import { readGroupProfile, type Cadence } from './group';
import { agendaMap, headerMap } from './meeting-doc';
import { readMeetingHeader } from './meeting-header';
import { createMeeting, getMeeting, initialiseMeetingDoc, type MeetingInput } from './meetings';
import { nameBasedId } from './name-uuid';
import { uniquePositionAt } from './ordering';
import { LOCAL_EDIT } from './origins';
import { newRecord, writeRecord } from './records';

/**
 * "Prepare next meeting": the meeting after `previous`, with its date from the date of next
 * meeting agreed in the chair view (or the group's cadence), the standard agenda plus the items
 * marked to carry forward, and the same chair, minute-taker and members.
 *
 * Two devices preparing it offline must end with one meeting, so every key is derived, not
 * random: the meeting's id from the previous meeting's id, carried items' ids from their
 * source items' ids, standard items' ids from the standard agenda's. Both devices then write
 * the same keys and Yjs merges them into one meeting with one agenda.
 */

/** The next meeting's id: a UUID, as document names require, the same on every device. */
export function nextMeetingIdFor(previousMeetingId: string): string {
  return nameBasedId(`next:${previousMeetingId}`);
}

/** How far on the next meeting falls by cadence: whole weeks, so it keeps the same weekday. */
export const CADENCE_WEEKS: Record<Cadence, number> = {
  monthly: 4,
  bimonthly: 9,
  quarterly: 13,
  termly: 13,
  annually: 52,
  // No rhythm to follow: a quarter on, for the chair to change.
  'as needed': 13,
};

function addMinutes(time: string, minutes: number): string | null {
  const total = minutesOfDay(time) + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The next meeting's title, date, times and venue, from `previous`'s header and the group. */
export function planNextMeeting(workspace: Y.Doc, previousDoc: Y.Doc): MeetingInput {
  const header = readMeetingHeader(previousDoc);
  if (!header) throw new Error('The previous meeting has not loaded yet');
  const weeks = CADENCE_WEEKS[readGroupProfile(workspace).cadence];
  const date = header.nextMeetingDate ?? addDays(header.date, weeks * 7);
  // A previous meeting entered from records may have no times: then its length is unknown,
  // and an agreed start is given the hour a meeting usually takes (the chair can change it).
  const length =
    isClockTime(header.startTime) && isClockTime(header.endTime)
      ? minutesOfDay(header.endTime) - minutesOfDay(header.startTime)
      : 60;
  const startTime = header.nextMeetingStartTime ?? header.startTime;
  // An agreed start with no agreed end keeps the previous meeting's length.
  const endTime =
    header.nextMeetingEndTime ??
    (header.nextMeetingStartTime ? addMinutes(startTime, length) : header.endTime) ??
    '23:59';
  return {
    title: header.title,
    date,
    startTime,
    endTime,
    venueKind: header.venueKind,
    venue: header.venue,
  };
}

/**
 * Adds the next meeting to the workspace's index, unless it is there already (prepared earlier
 * or on another device), and returns its id. Its document is filled by fillNextMeeting.
 */
export function prepareNextMeeting(
  workspace: Y.Doc,
  previousMeetingId: string,
  previousDoc: Y.Doc,
  now = new Date(),
): string {
  const id = nextMeetingIdFor(previousMeetingId);
  if (getMeeting(workspace, id)) return id;
  return createMeeting(workspace, planNextMeeting(workspace, previousDoc), now, id);
}

/** Members are everyone marked at the previous meeting but guests "in attendance". */
function membersOf(previousDoc: Y.Doc): string[] {
  const { statuses, chairId, minuteTakerId } = readAttendance(previousDoc);
  const members = new Set<string>();
  for (const [personId, status] of statuses) {
    if (status !== 'in-attendance') members.add(personId);
  }
  for (const role of [chairId, minuteTakerId]) if (role) members.add(role);
  return [...members].sort();
}

/** A carried item keeps its first source's id, so carrying it again does not nest names. */
export function carriedItemId(sourceItemId: string): string {
  return sourceItemId.startsWith('carried-') ? sourceItemId : `carried-${sourceItemId}`;
}

/**
 * Fills the next meeting's document: the standard agenda (as any new meeting), then, once, the
 * carried items, chair, minute-taker and expected attendees. `preparedFrom` in the header
 * records that this was done, so an item removed afterwards is not carried in again.
 */
export function fillNextMeeting(
  nextDoc: Y.Doc,
  workspace: Y.Doc,
  previousMeetingId: string,
  previousDoc: Y.Doc,
): void {
  const nextId = nextMeetingIdFor(previousMeetingId);
  initialiseMeetingDoc(nextDoc, workspace, nextId);
  if (headerMap(nextDoc).get('preparedFrom') !== undefined) return;
  const previous = readAttendance(previousDoc);
  const carried = listAgenda(previousDoc).filter((item) => item.carryForward !== null);
  nextDoc.transact(() => {
    writeRecord(headerMap(nextDoc), {
      preparedFrom: previousMeetingId,
      chairId: previous.chairId,
      minuteTakerId: previous.minuteTakerId,
      expectedAttendeeIds: membersOf(previousDoc),
    });
    addCarriedItems(nextDoc, previousMeetingId, carried);
  }, LOCAL_EDIT);
}

/** Carried items go before the closing items, in their old order (inside a transaction). */
function addCarriedItems(nextDoc: Y.Doc, previousMeetingId: string, carried: AgendaItem[]) {
  for (const item of carried) {
    const items = listAgenda(nextDoc);
    const firstClosing = items.findIndex((i) => i.standardSection === 'closing');
    const id = carriedItemId(item.id);
    if (items.some((existing) => existing.id === id)) continue;
    agendaMap(nextDoc).set(
      id,
      newRecord({
        id,
        // Not derived like the id: two devices that carried different items offline would
        // give both the same key, and nothing could then go between them (ordering.ts).
        position: uniquePositionAt(items, firstClosing === -1 ? items.length : firstClosing),
        title: item.title,
        presenter: item.presenter,
        allottedMinutes: item.allottedMinutes,
        purpose: item.purpose,
        notes: item.notes,
        standardSection: null,
        carryForward: null,
        carriedFrom: previousMeetingId,
      }),
    );
  }
}

/** The people expected at a prepared meeting (its previous meeting's members). */
export function readExpectedAttendees(meetingDoc: Y.Doc): string[] {
  const value = headerMap(meetingDoc).get('expectedAttendeeIds');
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
