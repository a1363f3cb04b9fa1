import type * as Y from 'yjs';
import { z } from 'zod';
import { isClockTime, isIsoDate, minutesOfDay } from '../format/dates';
import { createAgendaItemsFromStandard } from './agenda';
import { listStandardAgenda } from './group';
import { newId } from './ids';
import { headerMap, MEETING_SCHEMA_VERSION, meetingMetaMap } from './meeting-doc';
import { LOCAL_EDIT } from './origins';
import {
  changedFields,
  fieldErrors,
  newRecord,
  parseInput,
  readRecord,
  readRecords,
  writeRecord,
} from './records';
import { meetingRecordSchema, newestFirst, type Meeting } from './meeting-record';
import { venueKinds } from './venue';
import { meetingsMap } from './workspace-doc';

export { venueKinds, type VenueKind } from './venue';
export { newestFirst, parseMeeting, type Meeting } from './meeting-record';

/** A time of day, or blank: a meeting entered later from records may not say when it sat. */
const optionalTime = (message: string) =>
  z.string().refine((time) => time === '' || isClockTime(time), message);

const headerShape = {
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Keep the title under 200 characters'),
  date: z.string().refine(isIsoDate, 'Enter a real date, for example 9 October 2023'),
  startTime: optionalTime('Enter a start time, for example 13:00'),
  endTime: optionalTime('Enter an end time, for example 14:00'),
  venueKind: z.enum(venueKinds),
  // Blank when the records do not say where the meeting was held (seed 001 does not).
  venue: z.string().trim().max(200, 'Keep the venue under 200 characters'),
};

/**
 * What a person types into "New meeting". Messages are shown beside the field as written.
 * Both times or neither: a meeting from the records may have none, but half a time range
 * would print as nonsense in the minutes.
 */
export const meetingInputSchema = z
  .object(headerShape)
  .refine((m) => m.startTime !== '' || m.endTime === '', {
    path: ['startTime'],
    message: 'Enter a start time too, or leave both times blank if they were not recorded',
  })
  .refine((m) => m.endTime !== '' || m.startTime === '', {
    path: ['endTime'],
    message: 'Enter an end time too, or leave both times blank if they were not recorded',
  })
  .refine(
    (m) =>
      !isClockTime(m.startTime) ||
      !isClockTime(m.endTime) ||
      minutesOfDay(m.endTime) > minutesOfDay(m.startTime),
    { path: ['endTime'], message: 'The meeting must end after it starts' },
  );

export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingField = keyof MeetingInput;

/** Validates without writing: the form calls this as the person types. */
export function validateMeetingInput(input: MeetingInput): Partial<Record<MeetingField, string>> {
  const result = meetingInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

const parseMeetingInput = (input: MeetingInput) => parseInput(meetingInputSchema, 'meeting', input);

/**
 * Adds a meeting to the workspace's index in one transaction and returns its id. The meeting's
 * own document is filled by initialiseMeetingDoc when it is first opened.
 * Throws InputError (and writes nothing) if the input is not valid.
 */
export function createMeeting(
  workspace: Y.Doc,
  input: MeetingInput,
  now = new Date(),
  id = newId(),
): string {
  const header = parseMeetingInput(input);
  workspace.transact(() => {
    meetingsMap(workspace).set(id, newRecord({ id, ...header, createdAt: now.toISOString() }));
  }, LOCAL_EDIT);
  return id;
}

export function getMeeting(workspace: Y.Doc, id: string): Meeting | null {
  return readRecord(meetingsMap(workspace).get(id), meetingRecordSchema);
}

/** Every meeting, newest first. */
export function listMeetings(workspace: Y.Doc): Meeting[] {
  return readRecords(meetingsMap(workspace), meetingRecordSchema).sort(newestFirst);
}

/**
 * Fills a new meeting's document: its header from the index and its agenda from the group's
 * standard agenda. Does nothing if the document was already filled (here or on another
 * device), so opening a meeting twice, or on two laptops at once, never doubles the agenda.
 */
export function initialiseMeetingDoc(meetingDoc: Y.Doc, workspace: Y.Doc, meetingId: string): void {
  if (meetingMetaMap(meetingDoc).get('meetingId') !== undefined) return;
  const meeting = getMeeting(workspace, meetingId);
  if (!meeting) throw new Error(`No meeting with id ${meetingId}`);
  // No minutesStatus: absent reads as a draft. Written here, it would race with an approval
  // on a device that filled the document first: this device's concurrent "draft" can win the
  // key and silently undo the approval (found by the convergence fuzz, test/fuzz/).
  const { id, createdAt, minutesStatus, ...header } = meeting;
  meetingDoc.transact(() => {
    writeRecord(meetingMetaMap(meetingDoc), {
      schemaVersion: MEETING_SCHEMA_VERSION,
      meetingId,
      workspaceId: workspace.guid,
    });
    writeRecord(headerMap(meetingDoc), header);
    createAgendaItemsFromStandard(meetingDoc, listStandardAgenda(workspace));
  }, LOCAL_EDIT);
}

/**
 * Changes a meeting's title, date, times or venue: in its own document and in the index, so
 * lists and the meeting agree. Only the fields given are written.
 */
export function updateMeetingHeader(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
  changes: Partial<MeetingInput>,
): void {
  const current = getMeeting(workspace, meetingId);
  const entry = meetingsMap(workspace).get(meetingId);
  if (!current || !entry) throw new Error(`No meeting with id ${meetingId}`);
  const merged = parseMeetingInput({ ...current, ...changes });
  const changed = changedFields(merged, changes);
  workspace.transact(() => writeRecord(entry, changed), LOCAL_EDIT);
  meetingDoc.transact(() => writeRecord(headerMap(meetingDoc), changed), LOCAL_EDIT);
}
