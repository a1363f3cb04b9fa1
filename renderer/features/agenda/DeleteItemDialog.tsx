import type { AgendaItem } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';

interface DeleteItemDialogProps {
  item: AgendaItem;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before deleting: an item takes its minutes and decisions with it, and the chair may
 * have pressed Delete meaning Edit. Cancel has focus, so a stray Enter deletes nothing.
 */
export function DeleteItemDialog({ item, onConfirm, onClose }: DeleteItemDialogProps) {
  return (
    <Dialog
      title={`Delete item ${item.number}, ${item.title}?`}
      submitLabel="Delete item"
      submitTone="warning"
      initialFocus="cancel"
      onSubmit={onConfirm}
      onClose={onClose}
    >
      <p>This also deletes the item’s minutes and decisions. It cannot be undone.</p>
    </Dialog>
  );
}
