import { useMemo, useState } from 'react';
import type { ActionFilter } from '../../../shared/model';
import { localIsoDate } from '../../../shared/format/local-date';
import { actionRefs } from '../../../shared/rules/action-refs';
import { useAgenda } from '../../data/useMeetingData';
import { useActions, usePeople } from '../../data/useWorkspaceData';
import { EmptyState } from '../../ui/EmptyState';
import { Keys, shortcutKeys } from '../../ui/Keys';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { ActionCorrections } from './ActionCorrections';
import { ActionDialog } from './ActionDialog';
import { MeetingActionsTable } from './MeetingActionsTable';
import { useActionCorrections } from './useActionCorrections';
import './actions.css';

/** The Actions tab: what this meeting agreed, A1, A2 … in the order they were captured. */
export function MeetingActionsSection({ meetingId, doc }: MeetingSectionProps) {
  const filter = useMemo<ActionFilter>(() => ({ meetingId }), [meetingId]);
  const actions = useActions(filter);
  const people = usePeople();
  const agenda = useAgenda(doc);
  const [adding, setAdding] = useState(false);
  // Every status stays in this list: a changed row never leaves it.
  const corrections = useActionCorrections(() => true);

  const rows = useMemo(() => {
    const refs = actionRefs(actions);
    return actions
      .map((action) => ({ ref: refs.get(action.id) ?? '', action }))
      .sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)));
  }, [actions]);

  // The dialog hands focus back to Add action itself (WCAG 2.4.3).
  const close = (saved?: string) => {
    setAdding(false);
    if (saved) corrections.say(`Action saved: ${saved}`);
  };

  return (
    <section className="meeting-actions" aria-labelledby="meeting-actions-heading">
      <div className="section-header">
        <h2 id="meeting-actions-heading">Actions</h2>
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          Add action
        </button>
      </div>
      <ActionCorrections corrections={corrections} />
      {rows.length === 0 ? (
        <EmptyState title="No actions yet">
          <p>
            Capture actions from the minutes as you type: put the cursor on a line such as “Jenny to
            share the presentation by 14 September” and press{' '}
            <Keys keys={shortcutKeys('Mod', 'Shift', 'A')} />, or choose Add action.
          </p>
        </EmptyState>
      ) : (
        <MeetingActionsTable
          caption="Actions agreed at this meeting"
          rows={rows}
          people={people}
          agenda={agenda}
          today={localIsoDate()}
          onStatusChange={corrections.statusChanged}
          onEdit={corrections.edit}
        />
      )}
      {adding && <ActionDialog meetingId={meetingId} doc={doc} itemId={null} onClose={close} />}
    </section>
  );
}
