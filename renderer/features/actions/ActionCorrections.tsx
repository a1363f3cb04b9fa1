import { UndoNotice } from '../../ui/UndoNotice';
import { DeleteActionDialog } from './DeleteActionDialog';
import { EditActionDialog } from './EditActionDialog';
import type { useActionCorrections } from './useActionCorrections';

/**
 * Where a list of actions shows what a change in it did (with Undo), and the dialogs that
 * correct or delete one. Placed above the list, so the message is next to where it happened.
 */
export function ActionCorrections({
  corrections,
}: {
  corrections: ReturnType<typeof useActionCorrections>;
}) {
  const { notice, editing, deleting, edited, deleteConfirmed } = corrections;
  return (
    <>
      <UndoNotice
        progress={notice ? { stage: 'done', text: notice.text } : { stage: 'idle' }}
        onUndo={notice?.undo}
        focusKey={notice?.focusUndo ? notice.serial : null}
      />
      {editing && <EditActionDialog action={editing} onClose={edited} />}
      {deleting && <DeleteActionDialog action={deleting} onClose={deleteConfirmed} />}
    </>
  );
}
