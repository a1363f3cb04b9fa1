import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useLocationFragment } from '../../lib/location-fragment';
import type { ActionStatus } from '../../../shared/model';
import { localIsoDate } from '../../../shared/format/local-date';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetings } from '../../data/useMeetings';
import { useActionRegister, useRegisterChanges, useWhoAmI } from '../../data/useActionRegister';
import { usePeople } from '../../data/useWorkspaceData';
import { EmptyState } from '../../ui/EmptyState';
import { ActionLogExport } from '../export/ActionLogExport';
import { statusLabels } from './action-labels';
import { ActionCorrections } from './ActionCorrections';
import { ActionRegisterTable } from './ActionRegisterTable';
import { BulkChanges } from './BulkChanges';
import { EmailOwners } from './EmailOwners';
import { RegisterExport } from './RegisterExport';
import { RegisterFilters } from './RegisterFilters';
import { INITIAL_VIEW, STATUS_VIEWS, viewFilters, type RegisterView } from './register-view';
import { useActionCorrections } from './useActionCorrections';
import './actions.css';
import './register.css';

/**
 * The action register: every action of every meeting, with its reference ("SG 23/14 A2") and
 * RAG state in words and colour, filtered, sorted and grouped as the officer chasing them
 * needs, changed in place or many at once, and saved as Word or Excel.
 */
const plural = (n: number) => (n === 1 ? '1 action' : `${n} actions`);

export function ActionsScreen() {
  const today = localIsoDate();
  const rows = useActionRegister(today);
  const people = usePeople();
  const meetings = useMeetings();
  const [meId] = useWhoAmI();
  const [view, setView] = useState<RegisterView>(INITIAL_VIEW);
  const targetId = useTargetAction(rows, setView);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const changes = useRegisterChanges();
  const me = meId === undefined ? undefined : (people.find((p) => p.id === meId) ?? null);
  const columnFilters = useMemo(() => viewFilters(view, me?.id ?? null), [view, me?.id]);
  const statuses: readonly ActionStatus[] | undefined = STATUS_VIEWS[view.status].statuses;
  const corrections = useActionCorrections(
    (status) => !statuses || statuses.includes(status),
    (action, status) => changes.setStatus([action.id], status),
  );

  const owners = useMemo(() => {
    const named = people.map((p) => ({ value: p.id, label: p.name }));
    const free = [...new Set(rows.filter((r) => !r.ownerPersonId).map((r) => r.owner))]
      .sort((a, b) => a.localeCompare(b, 'en-GB'))
      .map((name) => ({ value: name, label: name }));
    return [...named, ...free];
  }, [people, rows]);

  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>Actions</ScreenHeading>
      </header>
      <ActionCorrections corrections={corrections} />
      {rows.length === 0 ? (
        <EmptyState title="No actions to show">
          <p>Actions captured in a meeting’s minutes appear here, with their owner and due date.</p>
        </EmptyState>
      ) : (
        <>
          <RegisterFilters
            view={view}
            onChange={setView}
            owners={owners}
            meetings={meetings}
            me={me}
          />
          <ActionRegisterTable
            rows={rows}
            columnFilters={columnFilters}
            groupBy={view.groupBy}
            selection={selection}
            onSelectionChange={setSelection}
            onStatusChange={corrections.statusChanged}
            onEdit={corrections.edit}
            targetId={targetId}
          >
            {(visible) => {
              const chosen = visible.filter((row) => selection[row.id]).map((row) => row.id);
              return (
                <>
                  <RegisterExport rows={visible} groupBy={view.groupBy} today={today} />
                  <EmailOwners rows={visible} />
                  <BulkChanges
                    count={chosen.length}
                    people={people}
                    onStatus={(status) => {
                      const before = visible.filter((row) => selection[row.id]);
                      changes.setStatus(chosen, status);
                      setSelection({});
                      const what = plural(chosen.length);
                      corrections.say(
                        `${what} marked ${statusLabels[status].toLowerCase()}.`,
                        () => {
                          // Each goes back to its own status, recorded in its history too.
                          for (const row of before) changes.setStatus([row.id], row.status);
                          corrections.say(`${what} put back as they were.`);
                        },
                        true,
                      );
                    }}
                    onOwner={(personId) => {
                      changes.setOwner(chosen, personId);
                      setSelection({});
                      const name = people.find((p) => p.id === personId)?.name ?? 'them';
                      corrections.say(`${plural(chosen.length)} given to ${name}.`);
                    }}
                    onClear={() => setSelection({})}
                  />
                </>
              );
            }}
          </ActionRegisterTable>
        </>
      )}
      <ActionLogExport />
    </section>
  );
}

/**
 * The action named in the route's fragment (#/actions#action-<id>, where a clicked reminder
 * leads). When it changes, the view goes back to one that shows it: every open action, or
 * every action if it has been closed since, so a filter left from earlier cannot hide it.
 */
function useTargetAction(
  rows: readonly { id: string; status: ActionStatus }[],
  setView: (view: RegisterView) => void,
): string | null {
  const fragment = useLocationFragment();
  const targetId = fragment.startsWith('action-') ? fragment.slice('action-'.length) : null;
  const target = targetId ? rows.find((row) => row.id === targetId) : undefined;
  const closed = target ? !['open', 'in progress'].includes(target.status) : false;
  const [shownFor, setShownFor] = useState<string | null>(null);
  if (target && shownFor !== target.id) {
    // Adjusting state while rendering, as React's docs advise over an effect for this.
    setShownFor(target.id);
    setView({ ...INITIAL_VIEW, status: closed ? 'all' : INITIAL_VIEW.status });
  }
  return target ? target.id : null;
}
