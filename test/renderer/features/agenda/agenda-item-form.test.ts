import { describe, expect, it } from 'vitest';
import {
  draftFromItem,
  inputFromDraft,
  NEW_ITEM_DRAFT,
} from '../../../../renderer/features/agenda/agenda-item-form';
import { validateAgendaItemInput } from '../../../../shared/model';

describe('the agenda item form', () => {
  it('turns typed minutes into a number', () => {
    expect(
      inputFromDraft({ ...NEW_ITEM_DRAFT, title: 'A', allottedMinutes: ' 15 ' }),
    ).toMatchObject({ allottedMinutes: 15 });
  });

  it.each(['', 'ten', '-5', '1.5'])('lets the model refuse "%s" minutes', (minutes) => {
    const input = inputFromDraft({ ...NEW_ITEM_DRAFT, title: 'A', allottedMinutes: minutes });
    expect(validateAgendaItemInput(input).allottedMinutes).toBe(
      'Enter the minutes allotted as a whole number',
    );
  });

  it('starts an edit from the item as stored', () => {
    const draft = draftFromItem({
      id: 'x',
      position: 'a0',
      number: 6,
      title: 'Migration Strategy',
      presenter: 'Migration team',
      allottedMinutes: 15,
      purpose: 'information',
      notes: '',
      standardSection: null,
      carryForward: null,
      carriedFrom: null,
    });
    expect(draft).toEqual({
      title: 'Migration Strategy',
      presenter: 'Migration team',
      allottedMinutes: '15',
      purpose: 'information',
      notes: '',
    });
  });
});
