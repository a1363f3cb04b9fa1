import { useId } from 'react';
import type * as Y from 'yjs';
import { setCarryForward, type AgendaItem, type CarryForward } from '../../../shared/model';

const CHOICES: { value: CarryForward | ''; label: string }[] = [
  { value: '', label: 'Not carried forward' },
  { value: 'carry forward', label: 'Carry forward' },
  { value: 'deferred', label: 'Deferred' },
];

/**
 * The chair marks the current item to come back at the next meeting: carried forward (to
 * continue) or deferred (not reached). Preparing the next meeting copies marked items.
 */
export function CarryForwardSelect({ doc, item }: { doc: Y.Doc; item: AgendaItem }) {
  const id = useId();
  return (
    <div className="field run-carry">
      <label htmlFor={id}>At the next meeting</label>
      <select
        id={id}
        className="select"
        value={item.carryForward ?? ''}
        onChange={(event) =>
          setCarryForward(doc, item.id, (event.target.value || null) as CarryForward | null)
        }
      >
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
