import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type Header,
  type Row,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import {
  registerGroup,
  type Action,
  type ActionStatus,
  type RegisterGrouping,
  type RegisterRow,
} from '../../../shared/model';
import { useRowsInTwoFrames } from '../../ui/useRowsInTwoFrames';
import { ActionHistoryList } from './ActionHistoryList';
import { ActionStatusSelect } from './ActionStatusSelect';
import { groupColumnId, registerColumns } from './register-columns';
import { actionRowId } from './action-anchor';
import { localIsoDate } from '../../../shared/format/local-date';
import { AddAsEvidence } from '../journey/AddAsEvidence';
import { draftFromAction } from '../journey/evidence-form';

interface ActionRegisterTableProps {
  rows: RegisterRow[];
  columnFilters: ColumnFiltersState;
  groupBy: RegisterGrouping | '';
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
  /** An action to scroll to and focus once its row is shown (a clicked reminder's). */
  targetId?: string | null;
  /** Told the rows left after filtering, in the order shown: what the exports save. */
  children: (visible: RegisterRow[]) => React.ReactNode;
}

const HIDDEN_GROUP_COLUMNS = {
  [groupColumnId('owner')]: false,
  [groupColumnId('meeting')]: false,
  [groupColumnId('due month')]: false,
};

/**
 * The action register: TanStack Table does the filtering (with shared/model's predicates),
 * sorting and grouping; this component draws it as one accessible table, with a checkbox per
 * row for bulk changes, each action's history folded under its row, and its Edit button.
 */
export function ActionRegisterTable({
  rows,
  columnFilters,
  groupBy,
  selection,
  onSelectionChange,
  onStatusChange,
  onEdit,
  targetId = null,
  children,
}: ActionRegisterTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [historyOpen, setHistoryOpen] = useState<ReadonlySet<string>>(new Set());
  const grouping = useMemo(() => (groupBy ? [groupColumnId(groupBy)] : []), [groupBy]);
  // Groups appear in the order of their first row: sorting the data by group key first puts
  // them in reading order (owners A to Z, meetings and months oldest first, undated last).
  const data = useMemo(() => {
    if (!groupBy) return rows;
    const key = (row: RegisterRow) => registerGroup(row, groupBy).key;
    return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  }, [rows, groupBy]);
  // The React Compiler leaves this component unmemoised (TanStack's API returns fresh
  // functions); it is one table per screen, re-rendered when its data or state changes.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns: registerColumns,
    getRowId: (row) => row.id,
    state: {
      columnFilters,
      sorting,
      grouping,
      expanded: true,
      rowSelection: selection,
      columnVisibility: HIDDEN_GROUP_COLUMNS,
    },
    onSortingChange: setSorting,
    onRowSelectionChange: (updater) =>
      onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
    enableRowSelection: true,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    // The hidden group columns stay where they are rather than moving to the front.
    groupedColumnMode: false,
  });
  const leafRows = table.getRowModel().rows.filter((row) => !row.getIsGrouped());
  const visible = leafRows.map((row) => row.original);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const width = headers.length + 2;
  const allSelected = leafRows.length > 0 && leafRows.every((row) => selection[row.id]);
  const targetShown = targetId !== null && leafRows.some((row) => row.id === targetId);
  useFocusTarget(targetShown ? targetId : null);

  const toggleHistory = (id: string) =>
    setHistoryOpen((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const selectAll = (checked: boolean) => {
    const shown = new Set(leafRows.map((row) => row.id));
    const kept = Object.entries(selection).filter(([id]) => !shown.has(id));
    const added = checked ? leafRows.map((row) => [row.id, true] as const) : [];
    onSelectionChange(Object.fromEntries([...kept, ...added]));
  };

  return (
    <>
      {children(visible)}
      {leafRows.length === 0 ? (
        <p className="register-empty">No actions match these filters.</p>
      ) : (
        <div className="register-scroll">
          <table className="data-table register-table">
            <caption className="visually-hidden">Action register</caption>
            <thead>
              <tr>
                <th scope="col" className="register-select">
                  <input
                    type="checkbox"
                    aria-label="Select every action shown"
                    checked={allSelected}
                    onChange={(e) => selectAll(e.target.checked)}
                  />
                </th>
                {headers.map((header) => (
                  <SortableHeading key={header.id} header={header} />
                ))}
                <th scope="col">
                  <span className="visually-hidden">History and corrections</span>
                </th>
              </tr>
            </thead>
            <RegisterRows
              // A new filter, sort or grouping starts again from its first screenful.
              key={JSON.stringify([columnFilters, sorting, grouping])}
              rows={table.getRowModel().rows}
            >
              {(row) =>
                row.getIsGrouped() ? (
                  <GroupHeading key={row.id} row={row} groupBy={groupBy} width={width} />
                ) : (
                  <Fragment key={row.id}>
                    <RegisterTableRow
                      row={row}
                      isTarget={row.id === targetId}
                      historyOpen={historyOpen.has(row.id)}
                      onToggleHistory={() => toggleHistory(row.id)}
                      onStatusChange={onStatusChange}
                      onEdit={onEdit}
                    />
                    {historyOpen.has(row.id) && (
                      <tr className="register-history-row" id={`history-${row.id}`}>
                        <td colSpan={width}>
                          <ActionHistoryList actionId={row.id} reference={row.original.reference} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                )
              }
            </RegisterRows>
          </table>
        </div>
      )}
    </>
  );
}

/** About a window's height of rows: what the first frame after a change draws. */
const FIRST_FRAME_ROWS = 40;

/**
 * The table's body in two frames (useRowsInTwoFrames): a filter that leaves hundreds of rows
 * paints the first screenful at once and the rest in the next frame, rather than holding the
 * screen until every row below the fold is laid out.
 */
function RegisterRows({
  rows,
  children,
}: {
  rows: Row<RegisterRow>[];
  children: (row: Row<RegisterRow>) => React.ReactNode;
}) {
  const shown = useRowsInTwoFrames(rows, FIRST_FRAME_ROWS);
  return <tbody>{shown.map(children)}</tbody>;
}

const SORT_WORDS = { asc: 'ascending', desc: 'descending' } as const;

/** A column heading that sorts by its column: a button, with aria-sort on the heading. */
function SortableHeading({ header }: { header: Header<RegisterRow, unknown> }) {
  const sorted = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <th scope="col" aria-sort={sorted ? SORT_WORDS[sorted] : undefined}>
      <button
        type="button"
        className="register-sort"
        onClick={header.column.getToggleSortingHandler()}
      >
        {label}
        <span aria-hidden="true" className="register-sort-mark">
          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
}

function GroupHeading({
  row,
  groupBy,
  width,
}: {
  row: Row<RegisterRow>;
  groupBy: RegisterGrouping | '';
  width: number;
}) {
  const first = row.getLeafRows()[0]?.original;
  const label = first && groupBy ? registerGroup(first, groupBy).label : '';
  const count = row.getLeafRows().length;
  return (
    <tr className="register-group">
      <th scope="colgroup" colSpan={width}>
        {label} <span className="muted">({count === 1 ? '1 action' : `${count} actions`})</span>
      </th>
    </tr>
  );
}

/**
 * Scrolls to and focuses the target's row once, when it first appears: a later re-render (an
 * edit arriving by sync) must not pull focus back from wherever the person has moved it.
 */
function useFocusTarget(targetId: string | null) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (targetId === null || done.current === targetId) return;
    const row = document.getElementById(actionRowId(targetId));
    if (!row) return;
    done.current = targetId;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  });
}

function RegisterTableRow({
  row,
  isTarget,
  historyOpen,
  onToggleHistory,
  onStatusChange,
  onEdit,
}: {
  row: Row<RegisterRow>;
  isTarget: boolean;
  historyOpen: boolean;
  onToggleHistory: () => void;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
}) {
  const entry = row.original;
  const name = `“${entry.description}”`;
  return (
    <tr
      id={actionRowId(entry.id)}
      aria-selected={row.getIsSelected()}
      // The row a reminder opened: focusable by script only, and marked until it is left.
      tabIndex={isTarget ? -1 : undefined}
      aria-current={isTarget ? 'location' : undefined}
      className={isTarget ? 'register-row--target' : undefined}
    >
      <td className="register-select">
        <input
          type="checkbox"
          aria-label={`Select ${entry.reference}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      </td>
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        if (id === 'reference') {
          return (
            <th scope="row" key={cell.id} className="register-nowrap">
              {entry.reference}
              {entry.provisional && (
                <span className="visually-hidden">
                  {' '}
                  (provisional until the minutes are approved)
                </span>
              )}
            </th>
          );
        }
        if (id === 'status') {
          return (
            <td key={cell.id}>
              <ActionStatusSelect
                action={entry.action}
                label={`Status of ${name}`}
                onChange={onStatusChange}
              />
            </td>
          );
        }
        return <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>;
      })}
      <td>
        <div className="register-row-buttons">
          <button
            type="button"
            className="button button--small"
            aria-expanded={historyOpen}
            aria-controls={historyOpen ? `history-${entry.id}` : undefined}
            onClick={onToggleHistory}
          >
            History<span className="visually-hidden"> of {entry.reference}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onEdit(entry.action)}
          >
            Edit<span className="visually-hidden"> {name}</span>
          </button>
          <AddAsEvidence
            subject={entry.reference}
            draft={() => draftFromAction(entry.action, entry.meetingDate || localIsoDate())}
            recordedBy={(evidence) => evidence.actionId === entry.id}
          />
        </div>
      </td>
    </tr>
  );
}
