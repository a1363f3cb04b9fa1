import { useRef } from 'react';
import type { Action } from '../../../shared/model';
import { usePeople } from '../../data/useWorkspaceData';
import { Dialog } from '../../ui/Dialog';
import { actionFormFrom } from './action-form';
import { ActionFields } from './ActionFields';
import { useActionForm } from './useActionForm';
import { useSaveAction } from './useSaveAction';
import './actions.css';

interface EditActionDialogProps {
  action: Action;
  /** 'saved' after Save, 'delete' when the person asked to delete it, nothing on Cancel. */
  onClose: (outcome?: 'saved' | 'delete') => void;
}

/**
 * The action dialog in edit mode: corrects a recorded action's text, owner, due date and
 * status, or leads to deleting it. Only changed fields are written (updateAction), so an
 * edit to another field on another device survives.
 */
export function EditActionDialog({ action, onClose }: EditActionDialogProps) {
  const people = usePeople();
  const save = useSaveAction(action.meetingId, action.id);
  const draft = useActionForm(actionFormFrom(action), save);
  // Set by Delete action, which closes the dialog as done: tells that from Save.
  const deleting = useRef(false);
  return (
    <Dialog
      title="Edit action"
      submitLabel="Save action"
      className="action-dialog"
      onSubmit={draft.submit}
      secondary={{ label: 'Delete action', onClick: () => (deleting.current = true) }}
      onClose={(done) => onClose(!done ? undefined : deleting.current ? 'delete' : 'saved')}
    >
      <ActionFields draft={draft} people={people} dueHint="Optional" />
    </Dialog>
  );
}
