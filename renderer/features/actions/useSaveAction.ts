import { useCallback } from 'react';
import {
  addPerson,
  createAction,
  InputError,
  updateAction,
  validateActionInput,
  type ActionInput,
} from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { actionInputFrom, SOMEONE_ELSE, type ActionForm } from './action-form';

export type ActionFormErrors = Partial<Record<'description' | 'owner' | 'due' | 'form', string>>;

/**
 * Saves the dialog's form as a new action, or over the recorded action `actionId` when one is
 * corrected, adding a free-text owner to the people list first if asked. Returns the errors
 * to show, or null once saved. Nothing is written unless the action itself is valid, so a
 * failed save never leaves a stray person behind.
 */
export function useSaveAction(meetingId: string, actionId?: string) {
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
      const write = (action: ActionInput) => {
        if (actionId === undefined) return void createAction(workspace, action);
        const { meetingId: _unchanged, ...changes } = action;
        updateAction(workspace, actionId, changes);
      };
      try {
        if (form.owner === SOMEONE_ELSE && form.addToPeople) {
          const personId = addPerson(workspace, { name: form.ownerName });
          write({ ...input, ownerPersonId: personId, ownerName: '' });
        } else {
          write(input);
        }
        return null;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return { owner: error.fieldErrors.name, form: error.message };
      }
    },
    [workspace, meetingId, actionId],
  );
}
