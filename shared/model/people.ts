import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { LOCAL_EDIT } from './origins';
import {
  changedFields,
  newRecord,
  parseInput,
  readRecord,
  readRecords,
  validateInput,
  writeRecord,
} from './records';
import { peopleMap } from './workspace-doc';

/** The kinds of member a steering group mixes (seed 003's working group). */
export const personTags = [
  'councillor',
  'officer',
  'lived experience',
  'local group',
  'partner',
] as const;
export type PersonTag = (typeof personTags)[number];

export const personInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120, 'Keep the name under 120 characters'),
  role: z.string().trim().max(200, 'Keep the role under 200 characters').default(''),
  organisation: z
    .string()
    .trim()
    .max(200, 'Keep the organisation under 200 characters')
    .default(''),
  email: z
    .union([z.literal(''), z.email('Enter an email address like name@example.org')])
    .default(''),
  tags: z.array(z.enum(personTags)).default([]),
});

export type PersonInput = z.input<typeof personInputSchema>;
export type PersonField = keyof PersonInput;

const personRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().catch(''),
  organisation: z.string().catch(''),
  email: z.string().catch(''),
  // Unknown tags from a newer version are dropped on read, not fatal.
  tags: z
    .array(z.string())
    .catch([])
    .transform((tags) => tags.filter(isPersonTag)),
  /**
   * Set when this person was merged into another (person-merge.ts): the record stays, as a
   * tombstone, so references to it in meeting documents still resolve to the kept person.
   */
  mergedInto: z.string().nullable().catch(null).default(null),
});

export type Person = z.infer<typeof personRecordSchema>;

function isPersonTag(tag: string): tag is PersonTag {
  return (personTags as readonly string[]).includes(tag);
}

const parsePerson = (input: PersonInput) => parseInput(personInputSchema, 'person', input);

export function validatePersonInput(input: PersonInput): Partial<Record<PersonField, string>> {
  return validateInput<PersonField>(personInputSchema, input);
}

/** Adds someone to the directory and returns their id. */
export function addPerson(workspace: Y.Doc, input: PersonInput, id = newId()): string {
  const person = parsePerson(input);
  workspace.transact(() => {
    peopleMap(workspace).set(id, newRecord({ id, ...person }));
  }, LOCAL_EDIT);
  return id;
}

/** Changes only the fields given; other fields keep any concurrent edits. */
export function updatePerson(workspace: Y.Doc, id: string, changes: Partial<PersonInput>): void {
  const map = peopleMap(workspace).get(id);
  const current = readRecord(map, personRecordSchema);
  if (!map || !current) throw new Error(`No person with id ${id}`);
  const person = parsePerson({ ...current, ...changes });
  const changed = changedFields(person, changes);
  workspace.transact(() => writeRecord(map, changed), LOCAL_EDIT);
}

/** The record under `id` exactly as stored, merged or not. */
export function getPersonRecord(workspace: Y.Doc, id: string): Person | null {
  return readRecord(peopleMap(workspace).get(id), personRecordSchema);
}

/**
 * The person who now stands for `id`: the kept person when `id` was merged into another
 * (person-merge.ts), so old meetings, actions and declarations name them.
 */
export function getPerson(workspace: Y.Doc, id: string): Person | null {
  return getPersonRecord(workspace, resolvePersonId(workspace, id));
}

/** Everyone, merged tombstones included, in no particular order. */
export function listPersonRecords(workspace: Y.Doc): Person[] {
  return readRecords(peopleMap(workspace), personRecordSchema);
}

/**
 * Follows `mergedInto` from `id` to the person who stands for it now. Two devices that merged
 * a pair each way round offline leave a cycle (A → B and B → A): every device then keeps the
 * cycle's first id in sort order, so all of them agree without writing anything.
 */
export function resolvePersonId(workspace: Y.Doc, id: string): string {
  const people = peopleMap(workspace);
  const seen: string[] = [];
  let current = id;
  for (;;) {
    const next = people.get(current)?.get('mergedInto');
    if (typeof next !== 'string' || !people.has(next)) return current;
    seen.push(current);
    const loopStart = seen.indexOf(next);
    if (loopStart >= 0) return seen.slice(loopStart).reduce((a, b) => (b < a ? b : a));
    current = next;
  }
}

/** The directory, A to Z by name, without people merged into others. */
export function listPeople(workspace: Y.Doc): Person[] {
  const people = peopleMap(workspace);
  return readRecords(people, personRecordSchema)
    .filter((person) => resolvePersonId(workspace, person.id) === person.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
}
