import type { AgendaItem, AgendaItemInput, AgendaPurpose } from '../../../shared/model';

/** What the item form holds while it is being typed in: minutes stay text until submitted. */
export interface AgendaItemDraft {
  title: string;
  presenter: string;
  allottedMinutes: string;
  purpose: AgendaPurpose;
  notes: string;
}

export const NEW_ITEM_DRAFT: AgendaItemDraft = {
  title: '',
  presenter: '',
  allottedMinutes: '10',
  purpose: 'discussion',
  notes: '',
};

export function draftFromItem(item: AgendaItem): AgendaItemDraft {
  const { title, presenter, allottedMinutes, purpose, notes } = item;
  return { title, presenter, allottedMinutes: String(allottedMinutes), purpose, notes };
}

/**
 * The draft as model input. Anything that is not plainly a number (blank, "ten", "1.5")
 * becomes NaN or a fraction, which the model's schema rejects with a message for the field.
 */
export function inputFromDraft(draft: AgendaItemDraft): AgendaItemInput {
  const minutes = draft.allottedMinutes.trim();
  return {
    ...draft,
    allottedMinutes: /^\d+(\.\d+)?$/.test(minutes) ? Number(minutes) : Number.NaN,
  };
}
