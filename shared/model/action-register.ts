import type * as Y from 'yjs';
import { formatLongDate } from '../format/dates';
import { addDays } from './calendar-days';
import { actionRag, DUE_SOON_DAYS, type ActionRag } from './action-rag';
import { actionReferences } from './action-reference';
import { listActions, type Action, type ActionStatus } from './actions';
import { listMeetings } from './meetings';
import { listPeople } from './people';

/**
 * The action register: every action of the workspace as one flat row with what the register
 * shows, filters and sorts on. The app's Actions screen (through TanStack Table, whose column
 * filters call the predicates below) and `quorum actions` use this same code, so both list
 * the same actions for the same question.
 */
export interface RegisterRow {
  id: string;
  /** "SG 23/14 A2" (action-reference.ts). */
  reference: string;
  provisional: boolean;
  description: string;
  /** The owner's name as the people list has it now, or the free-text owner. */
  owner: string;
  ownerPersonId: string | null;
  /** 'YYYY-MM-DD' or null. */
  due: string | null;
  status: ActionStatus;
  rag: ActionRag;
  meetingId: string;
  meetingTitle: string;
  /** 'YYYY-MM-DD', or '' when the meeting is no longer in the workspace. */
  meetingDate: string;
  action: Action;
}

export const NO_OWNER = 'No owner';
export const MISSING_MEETING = 'Meeting no longer in the workspace';

/** `today` ('YYYY-MM-DD', the local date) decides each row's RAG state. */
export function readActionRegister(workspace: Y.Doc, today: string): RegisterRow[] {
  const actions = listActions(workspace);
  const meetings = new Map(listMeetings(workspace).map((m) => [m.id, m]));
  const people = new Map(listPeople(workspace).map((p) => [p.id, p]));
  const references = actionReferences(workspace, actions, meetings);
  return actions.map((action) => {
    const meeting = meetings.get(action.meetingId);
    const person = action.ownerPersonId ? people.get(action.ownerPersonId) : undefined;
    const reference = references.get(action.id);
    return {
      id: action.id,
      reference: reference?.text ?? '',
      provisional: reference?.provisional ?? true,
      description: action.description,
      owner: person?.name ?? (action.ownerName || NO_OWNER),
      ownerPersonId: action.ownerPersonId,
      due: action.due,
      status: action.status,
      rag: actionRag(action, today),
      meetingId: action.meetingId,
      meetingTitle: meeting?.title ?? MISSING_MEETING,
      meetingDate: meeting?.date ?? '',
      action,
    };
  });
}

/** What the register can be narrowed to; every field left out matches everything. */
export interface RegisterFilter {
  /** A person's id, or an owner's name (case and spacing ignored). */
  owner?: string;
  statuses?: readonly ActionStatus[];
  meetingId?: string;
  /** Due on or after / on or before ('YYYY-MM-DD'); an action with no due date is left out. */
  dueFrom?: string;
  dueTo?: string;
  /** Only open or in-progress actions due before `today`. */
  overdue?: boolean;
  /** Only open or in-progress actions due from `today` to 14 days on (the amber state). */
  dueSoon?: boolean;
}

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export function ownerMatches(row: Pick<RegisterRow, 'owner' | 'ownerPersonId'>, owner: string) {
  return row.ownerPersonId === owner || fold(row.owner) === fold(owner);
}

export function dueInRange(due: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (due === null) return false;
  return (!from || due >= from) && (!to || due <= to);
}

/** The "overdue" and "due in the next 14 days" views, by RAG state so both agree with it. */
export function ragMatches(rag: ActionRag, view: { overdue?: boolean; dueSoon?: boolean }) {
  if (view.overdue && view.dueSoon) return rag === 'overdue' || rag === 'due soon';
  if (view.overdue) return rag === 'overdue';
  if (view.dueSoon) return rag === 'due soon';
  return true;
}

export function matchesRegisterFilter(row: RegisterRow, filter: RegisterFilter): boolean {
  return (
    (filter.owner === undefined || ownerMatches(row, filter.owner)) &&
    (filter.statuses === undefined || filter.statuses.includes(row.status)) &&
    (filter.meetingId === undefined || row.meetingId === filter.meetingId) &&
    dueInRange(row.due, filter.dueFrom, filter.dueTo) &&
    ragMatches(row.rag, filter)
  );
}

export function filterRegister(rows: readonly RegisterRow[], filter: RegisterFilter) {
  return rows.filter((row) => matchesRegisterFilter(row, filter));
}

/** The last day counted as "due soon" when today is `today`. */
export const dueSoonUntil = (today: string) => addDays(today, DUE_SOON_DAYS);

export type RegisterGrouping = 'owner' | 'meeting' | 'due month';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The group a row falls in: a key that sorts groups in reading order (owners A to Z,
 * meetings and months oldest first, no due date last) and the heading that names it.
 */
export function registerGroup(
  row: RegisterRow,
  by: RegisterGrouping,
): { key: string; label: string } {
  if (by === 'owner') return { key: fold(row.owner), label: row.owner };
  if (by === 'meeting') {
    const label = row.meetingDate
      ? `${row.meetingTitle}, ${formatLongDate(row.meetingDate)}`
      : row.meetingTitle;
    return { key: `${row.meetingDate || '9999'}|${row.meetingId}`, label };
  }
  if (!row.due) return { key: '9999-99', label: 'No due date' };
  const [year, month] = row.due.split('-');
  return { key: `${year}-${month}`, label: `${MONTHS[Number(month) - 1] ?? month} ${year}` };
}
