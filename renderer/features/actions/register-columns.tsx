import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table';
import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import {
  actionRags,
  dueInRange,
  ownerMatches,
  ragMatches,
  registerGroup,
  type ActionStatus,
  type RegisterGrouping,
  type RegisterRow,
} from '../../../shared/model';
import { dueLabel } from './action-labels';
import { PersonName } from '../people/PersonName';
import { RagBadge } from './RagBadge';

/** Column filters: each calls the shared predicate that `quorum actions` uses too. */
const byOwner: FilterFn<RegisterRow> = (row, _id, owner: string) =>
  ownerMatches(row.original, owner);
const byStatus: FilterFn<RegisterRow> = (row, _id, statuses: readonly ActionStatus[]) =>
  statuses.includes(row.original.status);
const byMeeting: FilterFn<RegisterRow> = (row, _id, meetingId: string) =>
  row.original.meetingId === meetingId;
const byDue: FilterFn<RegisterRow> = (row, _id, range: { from: string; to: string }) =>
  dueInRange(row.original.due, range.from || undefined, range.to || undefined);
const byRag: FilterFn<RegisterRow> = (row, _id, view: { overdue: boolean; dueSoon: boolean }) =>
  ragMatches(row.original.rag, view);

const ragOrder: SortingFn<RegisterRow> = (a, b) =>
  actionRags.indexOf(a.original.rag) - actionRags.indexOf(b.original.rag);
const meetingOrder: SortingFn<RegisterRow> = (a, b) =>
  a.original.meetingDate.localeCompare(b.original.meetingDate) ||
  a.original.meetingTitle.localeCompare(b.original.meetingTitle);

/** The column a grouping groups on: hidden, its value the group's sort key. */
export const groupColumnId = (by: RegisterGrouping) => `group:${by}`;

const groupColumn = (by: RegisterGrouping): ColumnDef<RegisterRow> => ({
  id: groupColumnId(by),
  accessorFn: (row) => registerGroup(row, by).key,
  enableHiding: true,
});

/** The register's data columns; the selection, history and edit columns are added around them. */
export const registerColumns: ColumnDef<RegisterRow>[] = [
  {
    id: 'reference',
    header: 'Reference',
    accessorKey: 'reference',
    sortingFn: 'alphanumeric',
  },
  { id: 'description', header: 'Action', accessorKey: 'description', sortingFn: 'text' },
  {
    id: 'owner',
    header: 'Owner',
    accessorKey: 'owner',
    filterFn: byOwner,
    sortingFn: 'text',
    cell: ({ row }) => (
      <PersonName personId={row.original.ownerPersonId} name={row.original.owner} />
    ),
  },
  {
    id: 'due',
    header: 'Due',
    accessorFn: (row) => row.due ?? undefined,
    filterFn: byDue,
    sortingFn: 'text',
    // Undated actions go after every dated one, whichever way the column is sorted.
    sortUndefined: 'last',
    cell: ({ row }) => <span className="register-nowrap">{dueLabel(row.original.due)}</span>,
  },
  { id: 'status', header: 'Status', accessorKey: 'status', filterFn: byStatus },
  {
    id: 'rag',
    header: 'RAG',
    accessorKey: 'rag',
    filterFn: byRag,
    sortingFn: ragOrder,
    cell: ({ row }) => <RagBadge rag={row.original.rag} />,
  },
  {
    id: 'meeting',
    header: 'Meeting',
    accessorFn: (row) => row.meetingDate,
    filterFn: byMeeting,
    sortingFn: meetingOrder,
    cell: ({ row }) => <MeetingLink row={row.original} />,
  },
  groupColumn('owner'),
  groupColumn('meeting'),
  groupColumn('due month'),
];

/**
 * The meeting an action came from, in two short lines (its date, then its title cut to one
 * line with the whole title on hover and in the link's name), not a paragraph squeezed into
 * a narrow column.
 */
function MeetingLink({ row }: { row: RegisterRow }) {
  if (!row.meetingDate) return <span className="muted">{row.meetingTitle}</span>;
  const date = formatLongDate(row.meetingDate);
  return (
    <Link
      href={`/meetings/${row.meetingId}/actions`}
      className="register-meeting"
      title={`${row.meetingTitle}, ${date}`}
    >
      <span className="register-nowrap">{date}</span>
      <span className="visually-hidden">, </span>
      <span className="register-meeting-title">{row.meetingTitle}</span>
    </Link>
  );
}
