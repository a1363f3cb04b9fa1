import { describe, expect, it } from 'vitest';
import {
  dateChangeSentences,
  deletionSentence,
  meetingLabel,
} from '../../../../renderer/features/meeting-screen/meeting-contents-text';

const LABEL = meetingLabel({ title: 'Steering Group', date: '2023-10-09' });
const empty = { agendaItems: 0, itemsWithMinutes: 0, decisions: 0, actions: 0 };

describe('what a meeting correction says', () => {
  it('names the meeting by title and long date', () => {
    expect(LABEL).toBe('Steering Group, 9 October 2023');
  });

  it.each([
    [
      { agendaItems: 8, itemsWithMinutes: 3, decisions: 0, actions: 2 },
      'This deletes Steering Group, 9 October 2023: its agenda of 8 items, its minutes and 2 actions.',
    ],
    [
      { agendaItems: 1, itemsWithMinutes: 0, decisions: 1, actions: 1 },
      'This deletes Steering Group, 9 October 2023: its agenda of 1 item, 1 decision and 1 action.',
    ],
    [
      { ...empty, agendaItems: 7 },
      'This deletes Steering Group, 9 October 2023: its agenda of 7 items.',
    ],
    [empty, 'This deletes Steering Group, 9 October 2023. It has no agenda, minutes or actions.'],
  ])('deleting %o', (contents, sentence) => {
    expect(deletionSentence(LABEL, contents)).toBe(sentence);
  });

  it('says why a date change matters, leaving the agenda out', () => {
    const contents = { agendaItems: 8, itemsWithMinutes: 2, decisions: 1, actions: 2 };
    expect(dateChangeSentences(contents, '2023-10-09', '2023-10-16')).toEqual([
      'This meeting already has its minutes, 1 decision and 2 actions, recorded as taking place on 9 October 2023.',
      'Changing the date to 16 October 2023 changes the date of that record. Do it only if the meeting really took place on 16 October 2023.',
      'Due dates already agreed stay as they are.',
    ]);
  });
});
