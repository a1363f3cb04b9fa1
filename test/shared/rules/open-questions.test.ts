import { describe, expect, it } from 'vitest';
import {
  findOpenQuestions,
  isOpenQuestion,
  itemQuestions,
  withoutQuestionLabel,
} from '../../../shared/rules/open-questions';

describe('open questions in the minutes', () => {
  it('finds the clarify note from seed 000, whatever its case', () => {
    expect(isOpenQuestion('Democratic process clarify after meeting Gerard Watson?')).toBe(true);
    expect(isOpenQuestion('Gerard to CLARIFY the spending threshold')).toBe(true);
    expect(isOpenQuestion('Need to clarify who signs the pledge.')).toBe(true);
  });

  it('does not list a line only because it ends in a question mark', () => {
    // Seed 000: a note of what was done, with a doubt about the appendix, not a question left open.
    expect(
      isOpenQuestion(
        'Migration team mapped out what council services are already doing and invited feedback on appendix?',
      ),
    ).toBe(false);
    expect(
      isOpenQuestion('Councillor Harland asked whether the report goes to Executive Board?'),
    ).toBe(false);
  });

  it('lists lines that start "Question:" and end in a question mark', () => {
    expect(isOpenQuestion('Question: who approves spending over £70k?')).toBe(true);
    expect(isOpenQuestion('question:   does full council need to approve ?')).toBe(true);
    expect(isOpenQuestion('Question: spending threshold')).toBe(false);
  });

  it('does not count words that only contain "clarify"', () => {
    expect(isOpenQuestion('Gerard clarified the democratic process')).toBe(false);
    expect(isOpenQuestion('')).toBe(false);
  });

  it('keeps the order and the item of each question, each line once per item', () => {
    const blocks = [
      { itemId: 'steps', text: 'Leeds joined in May 2023 as unawarded members' },
      {
        itemId: 'steps',
        text: 'Migration team mapped out what council services are already doing and invited feedback on appendix?',
      },
      { itemId: 'steps', text: 'Democratic process   clarify after meeting Gerard Watson?' },
      { itemId: 'steps', text: 'Democratic process clarify after meeting Gerard Watson?' },
      { itemId: 'comms', text: 'Question: who signs off the press release?' },
      { itemId: 'aob', text: 'Democratic process clarify after meeting Gerard Watson?' },
    ];
    expect(findOpenQuestions(blocks)).toEqual([
      { itemId: 'steps', text: 'Democratic process clarify after meeting Gerard Watson?' },
      { itemId: 'comms', text: 'Question: who signs off the press release?' },
      { itemId: 'aob', text: 'Democratic process clarify after meeting Gerard Watson?' },
    ]);
  });
});

describe("an item's open questions, found and marked", () => {
  const found = ['Question: who signs the pledge?', 'Gerard to clarify the threshold'];

  it('lists found ones in the order written, then marked ones not found, each text once', () => {
    const marked = [
      { text: 'Who approves spending over 70k', resolved: false },
      { text: 'who approves spending over 70K', resolved: false },
    ];
    expect(itemQuestions(marked, found)).toEqual([
      { text: found[0], resolved: false, inMinutes: true },
      { text: found[1], resolved: false, inMinutes: true },
      { text: 'Who approves spending over 70k', resolved: false, inMinutes: false },
    ]);
  });

  it('takes a found question’s resolved state from the record of the same text, any case', () => {
    const marked = [{ text: 'gerard to CLARIFY the threshold', resolved: true }];
    expect(itemQuestions(marked, found)).toEqual([
      { text: found[0], resolved: false, inMinutes: true },
      { text: found[1], resolved: true, inMinutes: true },
    ]);
  });

  it('drops the "Question:" label only where a line has one', () => {
    expect(withoutQuestionLabel('Question:  who signs the pledge?')).toBe('who signs the pledge?');
    expect(withoutQuestionLabel('Gerard to clarify the threshold')).toBe(
      'Gerard to clarify the threshold',
    );
    expect(withoutQuestionLabel('Question:')).toBe('Question:');
  });
});
