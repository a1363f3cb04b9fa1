import type * as Y from 'yjs';
import { z } from 'zod';
import { listAgenda, type AgendaItem } from './agenda';
import { newId } from './ids';
import { agendaMap } from './meeting-doc';
import { LOCAL_EDIT } from './origins';
import { getPerson } from './people';
import { newRecord, parseInput, readRecords, validateInput } from './records';

/**
 * Declarations of interest made at a meeting, recorded under its "Declarations of interest"
 * item: who declared what kind of interest in which item, why, and what they then did. Kept
 * in the meeting document's `declarations` map (id → record), so two devices recording
 * declarations offline both keep theirs.
 */

/** The agenda item copied from the standard agenda's "Declarations of interest" (standard-3). */
export const DECLARATIONS_ITEM_ID = 'from-standard-3';

export const interestKinds = [
  'disclosable pecuniary',
  'other registrable',
  'non-registrable',
] as const;
export type InterestKind = (typeof interestKinds)[number];

export const interestActions = ['left the room', 'took no part in the vote', 'remained'] as const;
export type InterestAction = (typeof interestActions)[number];

export function declarationsMap(meetingDoc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return meetingDoc.getMap('declarations');
}

export const declarationInputSchema = z.object({
  personId: z.string().min(1, 'Choose who declared the interest'),
  itemId: z.string().min(1, 'Choose the agenda item the interest is in'),
  kind: z.enum(interestKinds, { error: 'Choose the kind of interest' }),
  action: z.enum(interestActions, { error: 'Choose what they did' }),
  /** Completes "as …": "a trustee of Leeds City of Sanctuary". */
  reason: z
    .string()
    .trim()
    .min(1, 'Enter the nature of the interest')
    .max(300, 'Keep the nature of the interest under 300 characters')
    .transform((reason) => reason.replace(/^as\s+/i, '')),
});

export type DeclarationInput = z.input<typeof declarationInputSchema>;
export type DeclarationField = keyof DeclarationInput;

const declarationRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  /** The person's name when recorded, so the minutes still read if they leave the list. */
  personName: z.string().catch(''),
  itemId: z.string(),
  kind: z.enum(interestKinds),
  action: z.enum(interestActions),
  reason: z.string().catch(''),
  createdAt: z.string().catch(''),
});

export type Declaration = z.infer<typeof declarationRecordSchema>;

export function validateDeclarationInput(
  input: DeclarationInput,
): Partial<Record<DeclarationField, string>> {
  return validateInput<DeclarationField>(declarationInputSchema, input);
}

export function addDeclaration(
  meetingDoc: Y.Doc,
  workspace: Y.Doc,
  input: DeclarationInput,
  now = new Date(),
): string {
  const parsed = parseInput(declarationInputSchema, 'declaration', input);
  const person = getPerson(workspace, parsed.personId);
  if (!person) throw new Error(`No person with id ${parsed.personId}`);
  if (!agendaMap(meetingDoc).has(parsed.itemId)) {
    throw new Error(`No agenda item with id ${parsed.itemId}`);
  }
  const id = newId();
  const record = { id, ...parsed, personName: person.name, createdAt: now.toISOString() };
  meetingDoc.transact(() => declarationsMap(meetingDoc).set(id, newRecord(record)), LOCAL_EDIT);
  return id;
}

export function removeDeclaration(meetingDoc: Y.Doc, id: string): void {
  meetingDoc.transact(() => declarationsMap(meetingDoc).delete(id), LOCAL_EDIT);
}

/** In the order they were recorded. */
export function listDeclarations(meetingDoc: Y.Doc): Declaration[] {
  return readRecords(declarationsMap(meetingDoc), declarationRecordSchema).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

const KIND_WORDS: Record<InterestKind, string> = {
  'disclosable pecuniary': 'a disclosable pecuniary interest',
  'other registrable': 'an other registrable interest',
  'non-registrable': 'a non-registrable interest',
};

const ACTION_WORDS: Record<InterestAction, string> = {
  'left the room': 'left the room while it was considered',
  'took no part in the vote': 'took no part in the vote',
  remained: 'remained in the meeting',
};

export const NO_DECLARATIONS = 'No declarations of interest were made.';

/**
 * The sentence the minutes carry: "Councillor Harland declared an other registrable interest
 * in item 6 as a trustee of Leeds City of Sanctuary and remained in the meeting."
 */
export function declarationSentence(
  declaration: Declaration,
  agenda: readonly AgendaItem[],
  personName = declaration.personName,
): string {
  const item = agenda.find((candidate) => candidate.id === declaration.itemId);
  const where = item ? `item ${item.number}` : 'an item since removed from the agenda';
  const reason = declaration.reason ? ` as ${declaration.reason}` : '';
  const who = personName || 'A member';
  return `${who} declared ${KIND_WORDS[declaration.kind]} in ${where}${reason} and ${ACTION_WORDS[declaration.action]}.`;
}

/** What the minutes say under the declarations item: one sentence each, or that none were made. */
export function declarationsMinutes(meetingDoc: Y.Doc, workspace?: Y.Doc): string[] {
  const declarations = listDeclarations(meetingDoc);
  if (declarations.length === 0) return [NO_DECLARATIONS];
  const agenda = listAgenda(meetingDoc);
  return declarations.map((declaration) =>
    declarationSentence(
      declaration,
      agenda,
      (workspace && getPerson(workspace, declaration.personId)?.name) || declaration.personName,
    ),
  );
}
