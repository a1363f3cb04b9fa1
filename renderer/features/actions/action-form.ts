import type { Action, ActionInput, ActionStatus } from '../../../shared/model';
import { parseActionText, type PersonCandidate } from '../../../shared/rules/action-text';

/** What the action dialog edits, as its fields hold it (strings, '' for empty). */
export interface ActionForm {
  description: string;
  /** '' (not chosen yet), a person's id, or SOMEONE_ELSE for a free-text owner. */
  owner: string;
  ownerName: string;
  /** With a free-text owner: also add them to the people list. */
  addToPeople: boolean;
  /** 'YYYY-MM-DD' or ''. */
  due: string;
  status: ActionStatus;
  /** The agenda item, or '' for none. */
  itemId: string;
}

// Cannot clash with a person id: those come from newId().
export const SOMEONE_ELSE = '@someone-else';

export function emptyActionForm(itemId: string | null): ActionForm {
  return {
    description: '',
    owner: '',
    ownerName: '',
    addToPeople: false,
    due: '',
    status: 'open',
    itemId: itemId ?? '',
  };
}

/** The dialog filled from a recorded action, to correct it. */
export function actionFormFrom(action: Action): ActionForm {
  return {
    description: action.description,
    owner: action.ownerPersonId ?? (action.ownerName ? SOMEONE_ELSE : ''),
    ownerName: action.ownerPersonId ? '' : action.ownerName,
    addToPeople: false,
    due: action.due ?? '',
    status: action.status,
    itemId: action.itemId ?? '',
  };
}

export interface SuggestContext {
  people: PersonCandidate[];
  /** The meeting's date: due dates in its minutes are read from it, not from today. */
  meetingDate: string;
  nextMeeting?: string | undefined;
  itemId: string | null;
}

/**
 * The dialog prefilled from a line of the minutes. The words the due date came from are
 * returned too, so the dialog can say where it found the date.
 */
export function actionFormFromText(
  text: string,
  context: SuggestContext,
): { form: ActionForm; dueText: string | null } {
  const suggestion = parseActionText(text, {
    people: context.people,
    meetingDate: context.meetingDate,
    ...(context.nextMeeting ? { nextMeeting: context.nextMeeting } : {}),
  });
  const form = emptyActionForm(context.itemId);
  form.description = suggestion.description;
  form.due = suggestion.due ?? '';
  if (suggestion.owner?.kind === 'person') form.owner = suggestion.owner.personId;
  if (suggestion.owner?.kind === 'text') {
    form.owner = SOMEONE_ELSE;
    form.ownerName = suggestion.owner.name;
  }
  return { form, dueText: suggestion.due ? suggestion.dueText : null };
}

/** The model's input for a form (validated by validateActionInput / createAction). */
export function actionInputFrom(form: ActionForm, meetingId: string): ActionInput {
  const person = form.owner !== '' && form.owner !== SOMEONE_ELSE ? form.owner : null;
  return {
    description: form.description,
    ownerPersonId: person,
    ownerName: form.owner === SOMEONE_ELSE ? form.ownerName : '',
    due: form.due === '' ? null : form.due,
    status: form.status,
    meetingId,
    itemId: form.itemId === '' ? null : form.itemId,
  };
}
