import type { ColumnFiltersState } from '@tanstack/react-table';
import type { ActionStatus, RegisterGrouping } from '../../../shared/model';

/**
 * What the register is narrowed to on screen, as the person set it, and how that becomes
 * TanStack Table's column filters (whose filter functions call shared/model/action-register's
 * predicates, the same ones `quorum actions` uses).
 */
export const STATUS_VIEWS = {
  outstanding: { label: 'Open and in progress', statuses: ['open', 'in progress'] },
  open: { label: 'Open', statuses: ['open'] },
  'in progress': { label: 'In progress', statuses: ['in progress'] },
  done: { label: 'Done', statuses: ['done'] },
  dropped: { label: 'Dropped', statuses: ['dropped'] },
  all: { label: 'All actions', statuses: undefined },
} as const satisfies Record<
  string,
  { label: string; statuses: readonly ActionStatus[] | undefined }
>;

export type StatusView = keyof typeof STATUS_VIEWS;

export interface RegisterView {
  /** A person's id or an owner's name; '' for everyone. */
  owner: string;
  /** Only the actions of the person this device says it is (Settings, "Who I am"). */
  mine: boolean;
  status: StatusView;
  meetingId: string;
  dueFrom: string;
  dueTo: string;
  overdue: boolean;
  dueSoon: boolean;
  groupBy: RegisterGrouping | '';
}

export const INITIAL_VIEW: RegisterView = {
  owner: '',
  mine: false,
  status: 'outstanding',
  meetingId: '',
  dueFrom: '',
  dueTo: '',
  overdue: false,
  dueSoon: false,
  groupBy: '',
};

/** The view as column filters; `me` is who this device says it is (null if not set). */
export function viewFilters(view: RegisterView, me: string | null): ColumnFiltersState {
  const filters: ColumnFiltersState = [];
  const owner = view.mine && me ? me : view.owner;
  if (owner) filters.push({ id: 'owner', value: owner });
  const statuses = STATUS_VIEWS[view.status].statuses;
  if (statuses) filters.push({ id: 'status', value: statuses });
  if (view.meetingId) filters.push({ id: 'meeting', value: view.meetingId });
  if (view.dueFrom || view.dueTo) {
    filters.push({ id: 'due', value: { from: view.dueFrom, to: view.dueTo } });
  }
  if (view.overdue || view.dueSoon) {
    filters.push({ id: 'rag', value: { overdue: view.overdue, dueSoon: view.dueSoon } });
  }
  return filters;
}
