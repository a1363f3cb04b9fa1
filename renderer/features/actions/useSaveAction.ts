import { useCallback } from 'react';
import { addPerson, createAction, InputError, validateActionInput } from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { actionInputFrom, SOMEONE_ELSE, type ActionForm } from './action-form';

export type ActionFormErrors = Partial<Record<'description' | 'owner' | 'due' | 'form', string>>;

/**
 * Saves the dialog's form as a new action, adding a free-text owner to the people list first
 * if asked. Returns the errors to show, or null once saved. Nothing is written unless the
 * action itself is valid, so a failed save never leaves a stray person behind.
 */
export function useSaveAction(meetingId: string) {
  const workspace = useWorkspaceDoc();
  return useCallback(
    (form: ActionForm): ActionFormErrors | null => {
      const input = actionInputFrom(form, meetingId);
      const invalid = validateActionInput(input);
      const errors: ActionFormErrors = {
        description: invalid.description,
        owner: invalid.ownerName ?? invalid.ownerPersonId,
        due: invalid.due,
      };
      if (Object.values(errors).some(Boolean)) return errors;
      try {
        if (form.owner === SOMEONE_ELSE && form.addToPeople) {
          const personId = addPerson(workspace, { name: form.ownerName });
          createAction(workspace, { ...input, ownerPersonId: personId, ownerName: '' });
        } else {
          createAction(workspace, input);
        }
        return null;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return { owner: error.fieldErrors.name, form: error.message };
      }
    },
    [workspace, meetingId],
  );
}
