import { useEffect, useRef } from 'react';
import type { AgendaItem } from '../../../shared/model';
import { TitledDialog } from '../../ui/TitledDialog';
import { useModalDialog } from '../../ui/useModalDialog';

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
  const { ref, close } = useModalDialog(onClose);
  const cancel = useRef<HTMLButtonElement>(null);
  // Runs after useModalDialog's showModal(), which focuses the first button. React's
  // autoFocus would fire too early, while the dialog is still shut.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <TitledDialog
      title={`Delete item ${item.number}, ${item.title}?`}
      dialogRef={ref}
      onCancel={close}
    >
      <p>This also deletes the item’s minutes and decisions. It cannot be undone.</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            onConfirm();
            close();
          }}
        >
          Delete item
        </button>
        <button ref={cancel} type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </TitledDialog>
  );
}
