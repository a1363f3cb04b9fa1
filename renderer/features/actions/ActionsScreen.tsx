import { useMemo, useState } from 'react';
import type { ActionFilter, ActionStatus } from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetings } from '../../data/useMeetings';
import { useActions, usePeople } from '../../data/useWorkspaceData';
import { EmptyState } from '../../ui/EmptyState';
import { ActionLogExport } from '../export/ActionLogExport';
import { ActionCorrections } from './ActionCorrections';
import { ActionLogTable } from './ActionLogTable';
import { useActionCorrections } from './useActionCorrections';
import './actions.css';
import { localIsoDate } from '../../../shared/format/local-date';

const VIEWS = {
  outstanding: { label: 'Open and in progress', statuses: ['open', 'in progress'] },
  done: { label: 'Done', statuses: ['done'] },
  dropped: { label: 'Dropped', statuses: ['dropped'] },
  all: { label: 'All actions', statuses: undefined },
} as const satisfies Record<
  string,
  { label: string; statuses: readonly ActionStatus[] | undefined }
>;

type View = keyof typeof VIEWS;

/**
 * The action log across every meeting: what the officer checks for "matters arising", with
 * overdue actions flagged in words, not colour alone.
 */
export function ActionsScreen() {
  const [view, setView] = useState<View>('outstanding');
  const filter = useMemo<ActionFilter>(() => {
    const statuses = VIEWS[view].statuses;
    return statuses ? { statuses } : {};
  }, [view]);
  const actions = useActions(filter);
  const people = usePeople();
  const meetings = useMeetings();
  const today = localIsoDate();
  const statuses: readonly ActionStatus[] | undefined = VIEWS[view].statuses;
  const corrections = useActionCorrections((status) => !statuses || statuses.includes(status));

  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>Actions</ScreenHeading>
      </header>
      <div className="field action-view">
        <label htmlFor="action-view">Show</label>
        <select id="action-view" value={view} onChange={(e) => setView(e.target.value as View)}>
          {Object.entries(VIEWS).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <ActionCorrections corrections={corrections} />
      {actions.length === 0 ? (
        <EmptyState title="No actions to show">
          <p>Actions captured in a meeting’s minutes appear here, with their owner and due date.</p>
        </EmptyState>
      ) : (
        <ActionLogTable
          actions={actions}
          people={people}
          meetings={meetings}
          today={today}
          onStatusChange={corrections.statusChanged}
          onEdit={corrections.edit}
        />
      )}
      <ActionLogExport />
    </section>
  );
}
