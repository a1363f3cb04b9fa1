import { describe, expect, it } from 'vitest';
import { findOpenQuestions, isOpenQuestion } from '../../../shared/rules/open-questions';

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
