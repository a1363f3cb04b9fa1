import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
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
          >
            {(visible) => {
              const chosen = visible.filter((row) => selection[row.id]).map((row) => row.id);
              return (
                <>
                  <RegisterExport rows={visible} groupBy={view.groupBy} today={today} />
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
