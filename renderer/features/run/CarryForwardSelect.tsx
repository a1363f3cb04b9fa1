import type * as Y from 'yjs';
import { setCarryForward, type AgendaItem, type CarryForward } from '../../../shared/model';
import { SelectField } from '../../ui/SelectField';

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
  return (
    <SelectField
      label="At the next meeting"
      className="run-carry"
      options={CHOICES}
      value={item.carryForward ?? ''}
      onChange={(event) =>
        setCarryForward(doc, item.id, (event.target.value || null) as CarryForward | null)
      }
    />
  );
}
