import { useMemo } from 'react';
import type { ActionFilter } from '../../../shared/model';
import { actionRefs } from '../../../shared/rules/action-refs';
import { useActions, usePeople } from '../../data/useWorkspaceData';
import { dueLabel } from '../actions/action-labels';
import { ActionOwner } from '../actions/ActionOwner';

/**
 * The actions captured from one item, under its minutes: the minute-taker sees at a glance
 * that "Make action" worked, with the reference (A1) the Actions tab and the export use.
 */
export function ItemActions({ meetingId, itemId }: { meetingId: string; itemId: string }) {
  const filter = useMemo<ActionFilter>(() => ({ meetingId }), [meetingId]);
  const actions = useActions(filter);
  const people = usePeople();
  const rows = useMemo(() => {
    const refs = actionRefs(actions);
    return actions
      .filter((action) => action.itemId === itemId)
      .map((action) => ({ ref: refs.get(action.id) ?? '', action }))
      .sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)));
  }, [actions, itemId]);
  if (rows.length === 0) return null;
  return (
    <ul className="item-actions" aria-label="Actions from this item">
      {rows.map(({ ref, action }) => (
        <li key={action.id}>
          <strong className="item-actions-ref">{ref}</strong> {action.description} (
          <ActionOwner action={action} people={people} />
          {action.due ? `, by ${dueLabel(action.due)}` : ''})
        </li>
      ))}
    </ul>
  );
}
