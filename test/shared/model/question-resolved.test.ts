import { describe, expect, it } from 'vitest';
import {
  addItemNote,
  listAgenda,
  listItemNotes,
  LOCAL_EDIT,
  setQuestionResolved,
} from '../../../shared/model';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

function meetingWithItem() {
  const { meetingDoc } = workspaceWithMeeting();
  return { meetingDoc, itemId: listAgenda(meetingDoc)[0]!.id };
}

const questions = (doc: Parameters<typeof listItemNotes>[0], itemId: string) =>
  listItemNotes(doc, itemId, 'questions').map(({ text, resolved }) => ({ text, resolved }));

describe('setQuestionResolved', () => {
  it('keeps a found question’s answer as a record of its text, in one transaction', () => {
    const { meetingDoc, itemId } = meetingWithItem();
    const writes: unknown[] = [];
    // Reading opens empty transactions of its own; count those that wrote something.
    meetingDoc.on('afterTransaction', (tr) => {
      if (tr.changed.size > 0) writes.push(tr.origin);
    });
    setQuestionResolved(meetingDoc, itemId, '  Gerard to clarify the threshold ', true);
    expect(writes).toEqual([LOCAL_EDIT]);
    expect(questions(meetingDoc, itemId)).toEqual([
      { text: 'Gerard to clarify the threshold', resolved: true },
    ]);
    setQuestionResolved(meetingDoc, itemId, 'GERARD to clarify the threshold', false);
    expect(questions(meetingDoc, itemId)).toEqual([
      { text: 'Gerard to clarify the threshold', resolved: false },
    ]);
  });

  it('ticks a marked question by its text instead of adding another', () => {
    const { meetingDoc, itemId } = meetingWithItem();
    addItemNote(meetingDoc, itemId, 'questions', 'Who approves spending over 70k');
    setQuestionResolved(meetingDoc, itemId, 'who approves spending over 70k', true);
    expect(questions(meetingDoc, itemId)).toEqual([
      { text: 'Who approves spending over 70k', resolved: true },
    ]);
  });

  it('unticks both records when two offline devices each resolved the same line', () => {
    const { meetingDoc, itemId } = meetingWithItem();
    const laptop = replicaOf(meetingDoc);
    setQuestionResolved(meetingDoc, itemId, 'Gerard to clarify the threshold', true);
    setQuestionResolved(laptop, itemId, 'Gerard to clarify the threshold', true);
    syncDocs(meetingDoc, laptop);
    expect(questions(meetingDoc, itemId)).toHaveLength(2);
    setQuestionResolved(meetingDoc, itemId, 'Gerard to clarify the threshold', false);
    expect(questions(meetingDoc, itemId).map((q) => q.resolved)).toEqual([false, false]);
  });

  it('refuses an empty question and an unknown item', () => {
    const { meetingDoc, itemId } = meetingWithItem();
    expect(() => setQuestionResolved(meetingDoc, itemId, '  ', true)).toThrow('Enter the question');
    expect(() => setQuestionResolved(meetingDoc, 'nope', 'A question?', true)).toThrow(
      /No agenda item/,
    );
  });
});
