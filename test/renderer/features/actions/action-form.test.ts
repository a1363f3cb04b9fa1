import { describe, expect, it } from 'vitest';
import {
  actionFormFromText,
  actionInputFrom,
  emptyActionForm,
  SOMEONE_ELSE,
} from '../../../../renderer/features/actions/action-form';

const jenny = { id: 'p-jj', name: 'Jennifer Jennings' };
const line = 'Jenny to share the presentation with the schools team by 14 September';

describe('the action dialog prefilled from a line of minutes', () => {
  it('suggests Jennifer Jennings and 14 September when she is in the people list', () => {
    const { form, dueText } = actionFormFromText(line, {
      people: [jenny],
      meetingDate: '2023-09-01',
      itemId: 'item-1',
    });
    expect(form).toEqual({
      description: 'Share the presentation with the schools team',
      owner: 'p-jj',
      ownerName: '',
      addToPeople: false,
      due: '2023-09-14',
      status: 'open',
      itemId: 'item-1',
    });
    expect(dueText).toBe('by 14 September');
    expect(actionInputFrom(form, 'm-1')).toEqual({
      description: 'Share the presentation with the schools team',
      ownerPersonId: 'p-jj',
      ownerName: '',
      due: '2023-09-14',
      status: 'open',
      meetingId: 'm-1',
      itemId: 'item-1',
    });
  });

  it('keeps an unknown owner as free text', () => {
    const { form } = actionFormFromText('Rose to contact Asylum Matters by next Friday', {
      people: [jenny],
      meetingDate: '2023-09-01',
      itemId: null,
    });
    expect(form.owner).toBe(SOMEONE_ELSE);
    expect(form.ownerName).toBe('Rose');
    expect(form.due).toBe('2023-09-08');
    expect(actionInputFrom(form, 'm-1')).toMatchObject({
      ownerPersonId: null,
      ownerName: 'Rose',
      itemId: null,
    });
  });

  it('uses the next meeting’s date for "by the next meeting"', () => {
    const { form, dueText } = actionFormFromText(
      'Jenny to circulate the pledge by the next meeting',
      {
        people: [jenny],
        meetingDate: '2023-10-09',
        nextMeeting: '2024-01-15',
        itemId: null,
      },
    );
    expect(form.due).toBe('2024-01-15');
    expect(dueText).toBe('by the next meeting');
  });

  it('starts empty for "Add action", with no owner chosen', () => {
    const form = emptyActionForm(null);
    expect(actionInputFrom(form, 'm-1')).toEqual({
      description: '',
      ownerPersonId: null,
      ownerName: '',
      due: null,
      status: 'open',
      meetingId: 'm-1',
      itemId: null,
    });
  });
});
