import type { AgendaItem } from '../../../shared/model';
import { itemLabel } from '../actions/action-labels';

/**
 * Which item the chair is on, from the chair view's running state (run.currentItemId in the
 * meeting document, so it moves on every device as the chair moves on). A polite status:
 * a screen reader hears "The chair is on 4. Updates" when it changes, without losing its
 * place in the minutes; sighted, the same words sit above the items.
 */
export function ChairPosition({ current }: { current: AgendaItem | null }) {
  return (
    <p role="status" className="chair-position">
      {current ? (
        <>
          The chair is on <strong>{itemLabel(current)}</strong>.
        </>
      ) : (
        ''
      )}
    </p>
  );
}
