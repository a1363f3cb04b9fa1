import { describe, expect, it } from 'vitest';
import { ACTION_RAG_LABELS, actionRag } from '../../../shared/model';

const open = (due: string | null) => ({ status: 'open' as const, due });
const today = '2023-10-09';

describe('an action’s RAG state', () => {
  it.each([
    ['due today', '2023-10-09', 'due soon'],
    ['due yesterday (the day after the due date)', '2023-10-08', 'overdue'],
    ['due in exactly 14 days', '2023-10-23', 'due soon'],
    ['due in 15 days', '2023-10-24', 'on track'],
    ['due across a month and year end', '2024-01-02', 'on track'],
  ] as const)('%s is %s', (_, due, rag) => {
    expect(actionRag(open(due), today)).toBe(rag);
  });

  it('counts an action with no due date as on track', () => {
    expect(actionRag(open(null), today)).toBe('on track');
  });

  it('counts days across the clocks going back, not hours', () => {
    // 29 October 2023 is 25 hours long in the UK.
    expect(actionRag(open('2023-11-09'), '2023-10-26')).toBe('due soon');
    expect(actionRag(open('2023-11-10'), '2023-10-26')).toBe('on track');
  });

  it('reports closed actions as done or dropped, however late', () => {
    expect(actionRag({ status: 'done', due: '2020-01-01' }, today)).toBe('done');
    expect(actionRag({ status: 'dropped', due: '2020-01-01' }, today)).toBe('dropped');
    expect(actionRag({ status: 'in progress', due: '2020-01-01' }, today)).toBe('overdue');
  });

  it('names every state in words', () => {
    expect(ACTION_RAG_LABELS['due soon']).toBe('Due within 14 days');
    expect(ACTION_RAG_LABELS.overdue).toBe('Overdue');
  });
});
