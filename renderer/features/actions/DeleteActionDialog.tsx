import type { Action } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';

/** Asks before deleting a recorded action. Cancel has focus, so a stray Enter deletes nothing. */
export function DeleteActionDialog({
  action,
  onClose,
}: {
  action: Action;
  onClose: (confirmed: boolean) => void;
}) {
  return (
    <Dialog
      title="Delete this action?"
      submitLabel="Delete action"
      submitTone="warning"
      initialFocus="cancel"
      onClose={onClose}
    >
      <p>
        <q>{action.description}</q> will be removed from the action log and from its meeting’s
        actions. Undo puts it back while this screen is open. If it was done or is no longer needed,
        set its status to Done or Dropped instead, so the record shows what happened to it.
      </p>
    </Dialog>
  );
}
