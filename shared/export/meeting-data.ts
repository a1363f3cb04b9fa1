import type * as Y from 'yjs';
import {
  agendaItemMinutes,
  declarationsMinutes,
  DECLARATIONS_ITEM_ID,
  getPerson,
  listActions,
  listAgenda,
  listItemNotes,
  listMattersArising,
  minutesTextBlocks,
  meetingReferences,
  readAttendance,
  readGroupProfile,
  readMeetingHeader,
  type ActionStatus,
  type AgendaPurpose,
  type AttendanceStatus,
  type MeetingHeader,
  type MinutesStatus,
  type VenueKind,
} from '../model';
import { actionRefs } from '../rules/action-refs';
import { findOpenQuestions, itemQuestions } from '../rules/open-questions';
import { readMattersArisingForExport, type ExportMatterArising } from './matters-arising-data';
import { approvedExportData, withPreviousMinutesResolution } from './approved-export';
import { orderAttendance } from './attendee-order';
import { withPointNumbers } from './point-numbers';
import { readRichText, type RichBlock } from './rich-text-data';

/**
 * One meeting as plain data, everything an export needs and nothing Yjs: read once from the
 * workspace and meeting documents, then handed to the house-style builders, the council
 * template filler and the PDF print view alike.
 */
export interface PersonLine {
  name: string;
  role: string;
  organisation: string;
}

export interface ExportAgendaItem {
  id: string;
  number: number;
  title: string;
  presenter: string;
  allottedMinutes: number;
  purpose: AgendaPurpose;
  notes: string;
  minutes: RichBlock[];
  decisions: string[];
  /** Found in the minutes ("Question: …?", "clarify") or marked by hand; resolved or not. */
  questions: { text: string; resolved: boolean }[];
  /** The council-style minute reference ("SG 23/14"); provisional until approval. */
  reference?: { text: string; provisional: boolean };
  /** The declarations item only: a sentence per declaration, or that none were made. */
  declarations?: string[];
}

export interface ExportAction {
  /** A1, A2 … in the order captured. */
  ref: string;
  description: string;
  owner: string;
  due: string | null;
  status: ActionStatus;
  /** Number of the agenda item it was captured under, if any. */
  itemNumber: number | null;
}

export interface MeetingExportData {
  /**
   * The group and its organisation. `name` is empty for a meeting that was not the group's own
   * (header groupMeeting false, as seed 001's meeting before the group was set up): its
   * documents are then headed by the meeting's own title (heldBy).
   */
  group: { name: string; organisation: string };
  meeting: {
    id: string;
    title: string;
    date: string;
    startTime: string;
    endTime: string;
    venueKind: VenueKind;
    venue: string;
  };
  chair: PersonLine | null;
  minuteTaker: PersonLine | null;
  minutesStatus: MinutesStatus;
  approvedOn: string | null;
  attendance: Record<AttendanceStatus, PersonLine[]>;
  agenda: ExportAgendaItem[];
  actions: ExportAction[];
  nextMeeting: { date: string; startTime: string | null; endTime: string | null } | null;
  /** Updates given on earlier meetings' actions, minuted under matters arising (absent: none). */
  mattersArising?: ExportMatterArising[];
  /**
   * How many earlier meetings' actions came forward to this one's matters arising, spoken to
   * or not: with none spoken to, the minutes may not say there were no matters arising.
   */
  actionsBroughtForward?: number;
}

/** Who a document names as holding the meeting: the group, or the meeting when it was not the group's. */
export const heldBy = (data: MeetingExportData): string => data.group.name || data.meeting.title;

function personLine(workspace: Y.Doc, id: string | null): PersonLine | null {
  const person = id ? getPerson(workspace, id) : null;
  return person
    ? { name: person.name, role: person.role, organisation: person.organisation }
    : null;
}

/** The Open questions list as the Minutes tab shows it, found and marked alike. */
function readItemQuestions(meetingDoc: Y.Doc, itemId: string) {
  const blocks = minutesTextBlocks(agendaItemMinutes(meetingDoc, itemId));
  const found = findOpenQuestions(blocks.map((text) => ({ itemId, text })));
  return itemQuestions(
    listItemNotes(meetingDoc, itemId, 'questions'),
    found.map((question) => question.text),
  ).map(({ text, resolved }) => ({ text, resolved }));
}

/** Reads a meeting for export. Throws if its document has not been filled yet. */
export function readMeetingForExport(workspace: Y.Doc, meetingDoc: Y.Doc): MeetingExportData {
  const header = readMeetingHeader(meetingDoc);
  if (!header)
    throw new Error(
      'This meeting has not been opened on this device yet, so there is nothing to export.',
    );
  // Approved minutes are exported as they were approved, whatever reached the document since.
  const approved = header.minutesStatus === 'approved' ? approvedExportData(meetingDoc) : null;
  return inHouseOrder(
    approved ??
      withPreviousMinutesResolution(readLiveMeeting(workspace, meetingDoc, header), meetingDoc),
  );
}

/**
 * What every export shares, applied last so approved snapshots get it too: people in the
 * order minutes list them, and each numbered point's minute number (shared/export/point-numbers).
 */
function inHouseOrder(data: MeetingExportData): MeetingExportData {
  return {
    ...data,
    attendance: orderAttendance(data.attendance, data.chair),
    agenda: data.agenda.map((item) => ({
      ...item,
      minutes: withPointNumbers(item.number, item.minutes),
    })),
  };
}

function readLiveMeeting(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  header: MeetingHeader,
): MeetingExportData {
  const meetingId = meetingDoc.guid;
  const references = meetingReferences(workspace, meetingDoc, meetingId);
  const attendance = readAttendance(meetingDoc);
  const byStatus: Record<AttendanceStatus, PersonLine[]> = {
    present: [],
    apologies: [],
    absent: [],
    'in-attendance': [],
  };
  for (const [personId, status] of attendance.statuses) {
    const line = personLine(workspace, personId);
    if (line) byStatus[status].push(line);
  }

  const agenda = listAgenda(meetingDoc).map((item) => ({
    id: item.id,
    number: item.number,
    title: item.title,
    presenter: item.presenter,
    allottedMinutes: item.allottedMinutes,
    purpose: item.purpose,
    notes: item.notes,
    minutes: readRichText(agendaItemMinutes(meetingDoc, item.id)),
    decisions: listItemNotes(meetingDoc, item.id, 'decisions').map((d) => d.text),
    questions: readItemQuestions(meetingDoc, item.id),
    reference: references.get(item.id),
    declarations:
      item.id === DECLARATIONS_ITEM_ID ? declarationsMinutes(meetingDoc, workspace) : undefined,
  }));
  const numberOf = new Map(agenda.map((item) => [item.id, item.number]));
  const actions = listActions(workspace, { meetingId });
  const refs = actionRefs(actions);
  const exportActions = actions
    .map((action) => ({
      ref: refs.get(action.id) ?? '',
      description: action.description,
      owner: personLine(workspace, action.ownerPersonId)?.name ?? action.ownerName,
      due: action.due,
      status: action.status,
      itemNumber: action.itemId ? (numberOf.get(action.itemId) ?? null) : null,
    }))
    .sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)));

  const group = readGroupProfile(workspace);
  return {
    group: { name: header.groupMeeting ? group.name : '', organisation: group.organisation },
    meeting: {
      id: meetingId,
      title: header.title,
      date: header.date,
      startTime: header.startTime,
      endTime: header.endTime,
      venueKind: header.venueKind,
      venue: header.venue,
    },
    chair: personLine(workspace, attendance.chairId),
    minuteTaker: personLine(workspace, attendance.minuteTakerId),
    minutesStatus: header.minutesStatus,
    approvedOn: header.approvedOn,
    attendance: byStatus,
    agenda,
    actions: exportActions,
    mattersArising: readMattersArisingForExport(workspace, meetingId),
    actionsBroughtForward: listMattersArising(workspace, meetingId).length,
    nextMeeting: header.nextMeetingDate
      ? {
          date: header.nextMeetingDate,
          startTime: header.nextMeetingStartTime,
          endTime: header.nextMeetingEndTime,
        }
      : null,
  };
}
