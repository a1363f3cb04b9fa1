import { describe, expect, it } from 'vitest';
import {
  draftFromAction,
  draftFromDecision,
  inputFromEvidenceDraft,
  newEvidenceDraft,
  shortTitle,
} from '../../../../renderer/features/journey/evidence-form';
import { validateEvidenceInput } from '../../../../shared/model';

const decision = {
  text: 'Frequency of meetings will be on a quarterly basis.',
  meetingId: 'm-oct',
  itemId: 'i-purpose',
  decisionId: 'd-2',
  meeting: { date: '2023-10-09' },
};

describe('the evidence form', () => {
  it('makes a decision into evidence dated by its meeting, linked to it and its item', () => {
    const input = inputFromEvidenceDraft({ ...draftFromDecision(decision), strand: 'embed' });
    expect(input).toMatchObject({
      title: 'Frequency of meetings will be on a quarterly basis.',
      date: '2023-10-09',
      strand: 'embed',
      meetingId: 'm-oct',
      itemId: 'i-purpose',
      decisionId: 'd-2',
      actionId: null,
    });
    expect(validateEvidenceInput(input)).toEqual({});
  });

  it('makes an action into evidence linked to the action', () => {
    const draft = draftFromAction(
      { id: 'a1', description: 'Draft the press release', meetingId: 'm-oct', itemId: null },
      '2023-10-09',
    );
    expect(inputFromEvidenceDraft(draft)).toMatchObject({ actionId: 'a1', meetingId: 'm-oct' });
  });

  it('drops the item and decision when the meeting is cleared in the form', () => {
    const input = inputFromEvidenceDraft({ ...draftFromDecision(decision), meetingId: '' });
    expect([input.meetingId, input.itemId, input.decisionId]).toEqual([null, null, null]);
  });

  it('leaves an unchosen strand for the model to name', () => {
    expect(validateEvidenceInput(inputFromEvidenceDraft(newEvidenceDraft('2024-01-20')))).toEqual({
      title: 'Enter a title for the evidence',
      strand: 'Choose Learn, Embed or Share',
    });
  });

  it('cuts a long decision at a word to fit the title', () => {
    const long = `${'The council will set up a steering group '.repeat(8)}now.`;
    const title = shortTitle(long);
    expect(title.length).toBeLessThanOrEqual(200);
    const kept = title.slice(0, -1);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(kept)).toBe(true);
    // Cut between words, not inside one.
    expect(long[kept.length]).toBe(' ');
    expect(shortTitle('  Short.  ')).toBe('Short.');
  });
});
