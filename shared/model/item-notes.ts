import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { agendaMap, itemNotesArray } from './meeting-doc';
import { LOCAL_EDIT } from './origins';
import { InputError, newRecord, recordFields, writeRecord } from './records';

/**
 * Short records kept per agenda item: the decisions taken, and the open questions left for
 * after the meeting ("Democratic process: clarify after meeting?", seed 000).
 */
export type ItemNoteKind = 'decisions' | 'questions';

const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.string(),
  /** Questions only: answered since. */
  resolved: z.boolean().catch(false),
});

export type ItemNote = z.infer<typeof noteSchema>;

function notesArray(
  meetingDoc: Y.Doc,
  itemId: string,
  kind: ItemNoteKind,
): Y.Array<Y.Map<unknown>> {
  if (!agendaMap(meetingDoc).has(itemId)) throw new Error(`No agenda item with id ${itemId}`);
  return itemNotesArray(meetingDoc, itemId, kind);
}

export function addItemNote(
  meetingDoc: Y.Doc,
  itemId: string,
  kind: ItemNoteKind,
  text: string,
  now = new Date(),
): string {
  const trimmed = text.trim();
  if (!trimmed) throw emptyNoteError(kind);
  const id = newId();
  const list = notesArray(meetingDoc, itemId, kind);
  meetingDoc.transact(() => {
    list.push([newRecord({ id, text: trimmed, createdAt: now.toISOString(), resolved: false })]);
  }, LOCAL_EDIT);
  return id;
}

export function listItemNotes(meetingDoc: Y.Doc, itemId: string, kind: ItemNoteKind): ItemNote[] {
  return notesArray(meetingDoc, itemId, kind)
    .toArray()
    .flatMap((map) => {
      const parsed = noteSchema.safeParse(recordFields(map));
      return parsed.success ? [parsed.data] : [];
    });
}

function emptyNoteError(kind: ItemNoteKind): InputError<'text'> {
  const message = kind === 'decisions' ? 'Enter the decision' : 'Enter the question';
  return new InputError<'text'>(kind === 'decisions' ? 'decision' : 'question', { text: message });
}

function findNote(meetingDoc: Y.Doc, itemId: string, kind: ItemNoteKind, noteId: string) {
  const list = notesArray(meetingDoc, itemId, kind);
  const index = list.toArray().findIndex((map) => map.get('id') === noteId);
  if (index === -1) throw new Error(`No ${kind} entry with id ${noteId}`);
  return { list, index, map: list.get(index) };
}

export function updateItemNote(
  meetingDoc: Y.Doc,
  itemId: string,
  kind: ItemNoteKind,
  noteId: string,
  changes: { text?: string; resolved?: boolean },
): void {
  const { map } = findNote(meetingDoc, itemId, kind, noteId);
  const text = changes.text?.trim();
  if (text === '')
    throw new Error(kind === 'decisions' ? 'Enter the decision' : 'Enter the question');
  meetingDoc.transact(() => writeRecord(map, { text, resolved: changes.resolved }), LOCAL_EDIT);
}

/**
 * Ticks an item's open question resolved, or not, by its text. A question found in the
 * minutes by the rule (shared/rules/open-questions.ts) has no record of its own until then:
 * resolving it adds one with the same text, so the answer is kept with the meeting like a
 * marked question's. Matched ignoring case, as the Open questions list shows them.
 */
export function setQuestionResolved(
  meetingDoc: Y.Doc,
  itemId: string,
  text: string,
  resolved: boolean,
  now = new Date(),
): void {
  const trimmed = text.trim();
  if (!trimmed) throw emptyNoteError('questions');
  const list = notesArray(meetingDoc, itemId, 'questions');
  const key = trimmed.toLowerCase();
  // Two devices may each have added the record offline: tick them all alike.
  const existing = list.toArray().filter((map) => String(map.get('text')).toLowerCase() === key);
  meetingDoc.transact(() => {
    for (const map of existing) writeRecord(map, { resolved });
    if (existing.length === 0)
      list.push([
        newRecord({ id: newId(), text: trimmed, createdAt: now.toISOString(), resolved }),
      ]);
  }, LOCAL_EDIT);
}

export function removeItemNote(
  meetingDoc: Y.Doc,
  itemId: string,
  kind: ItemNoteKind,
  noteId: string,
): void {
  const { list, index } = findNote(meetingDoc, itemId, kind, noteId);
  meetingDoc.transact(() => list.delete(index, 1), LOCAL_EDIT);
}
