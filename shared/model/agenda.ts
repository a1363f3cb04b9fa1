import type * as Y from 'yjs';
import { z } from 'zod';
import { agendaPurposes } from './agenda-purpose';
import type { AgendaSection, StandardAgendaItem } from './group';
import { newId } from './ids';
import { agendaMap, itemNotesArray, minutesFragment } from './meeting-doc';
import { byPosition, positionAtEnd, uniquePositionAt } from './ordering';
import { forgetItemTimes } from './run';
import { LOCAL_EDIT } from './origins';
import {
  changedFields,
  fieldErrors,
  newRecord,
  parseInput,
  readRecords,
  writeRecord,
} from './records';

export const agendaItemInputSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Keep the title under 200 characters'),
  presenter: z.string().trim().max(120).default(''),
  allottedMinutes: z
    .number({ error: 'Enter the minutes allotted as a whole number' })
    .int('Enter the minutes allotted as a whole number')
    .min(0, 'Minutes allotted cannot be negative')
    .max(600, 'Allot at most 600 minutes')
    .default(10),
  purpose: z.enum(agendaPurposes).default('discussion'),
  notes: z.string().max(5000).default(''),
});

export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;
export type AgendaItemField = keyof AgendaItemInput;

const agendaItemRecordSchema = z.object({
  id: z.string(),
  position: z.string(),
  title: z.string(),
  presenter: z.string().catch(''),
  allottedMinutes: z.number().catch(0),
  purpose: z.enum(agendaPurposes).catch('discussion'),
  notes: z.string().catch(''),
  /** Set on items copied from the standard agenda; new items go before the closing ones. */
  standardSection: z.enum(['opening', 'closing']).nullable().catch(null),
  /** Marked by the chair to come back at the next meeting (prepare-next.ts). */
  carryForward: z.enum(['carry forward', 'deferred']).nullable().catch(null),
  /** The meeting an item was carried forward from, or null. */
  carriedFrom: z.string().nullable().catch(null),
});

export type CarryForward = 'carry forward' | 'deferred';

export type AgendaItem = z.infer<typeof agendaItemRecordSchema> & {
  /** 1, 2, 3 …: the item's number in the running order, derived, never stored. */
  number: number;
};

/** The agenda in running order, numbered from 1. */
export function listAgenda(meetingDoc: Y.Doc): AgendaItem[] {
  return readRecords(agendaMap(meetingDoc), agendaItemRecordSchema)
    .sort(byPosition)
    .map((item, index) => ({ ...item, number: index + 1 }));
}

const parseItem = (input: AgendaItemInput) =>
  parseInput(agendaItemInputSchema, 'agenda item', input);

export function validateAgendaItemInput(
  input: AgendaItemInput,
): Partial<Record<AgendaItemField, string>> {
  const parsed = agendaItemInputSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

/**
 * Adds an item and returns its id. Without an index it goes after the substantive items and
 * before "Any other business" and the other closing items of the standard agenda.
 */
export function addAgendaItem(meetingDoc: Y.Doc, input: AgendaItemInput, index?: number): string {
  const fields = parseItem(input);
  const items = listAgenda(meetingDoc);
  const firstClosing = items.findIndex((item) => item.standardSection === 'closing');
  const at = index ?? (firstClosing === -1 ? items.length : firstClosing);
  const id = newId();
  meetingDoc.transact(() => {
    const position = uniquePositionAt(items, at);
    agendaMap(meetingDoc).set(id, newRecord({ id, position, standardSection: null, ...fields }));
  }, LOCAL_EDIT);
  return id;
}

/**
 * Copies the standard agenda into an empty meeting (inside the caller's transaction). Item ids
 * and positions derive from the standard agenda, so two devices that fill the same new meeting
 * offline write the same keys and end up with one agenda, not two.
 */
export function createAgendaItemsFromStandard(
  meetingDoc: Y.Doc,
  standard: readonly StandardAgendaItem[],
): void {
  const placed: { id: string; position: string }[] = [];
  for (const item of standard) {
    const id = `from-${item.id}`;
    const position = positionAtEnd(placed);
    placed.push({ id, position });
    agendaMap(meetingDoc).set(
      id,
      newRecord({
        id,
        position,
        title: item.title,
        presenter: '',
        allottedMinutes: item.allottedMinutes,
        purpose: item.purpose,
        notes: '',
        standardSection: item.section satisfies AgendaSection,
      }),
    );
  }
}

export function updateAgendaItem(
  meetingDoc: Y.Doc,
  id: string,
  changes: Partial<AgendaItemInput>,
): void {
  const map = agendaMap(meetingDoc).get(id);
  const current = listAgenda(meetingDoc).find((item) => item.id === id);
  if (!map || !current) throw new Error(`No agenda item with id ${id}`);
  const merged = parseItem({ ...current, ...changes });
  const changed = changedFields(merged, changes);
  meetingDoc.transact(() => writeRecord(map, changed), LOCAL_EDIT);
}

/** Marks an item to come back at the next meeting (or, with null, not). */
export function setCarryForward(meetingDoc: Y.Doc, id: string, mark: CarryForward | null): void {
  const map = agendaMap(meetingDoc).get(id);
  if (!map) throw new Error(`No agenda item with id ${id}`);
  meetingDoc.transact(() => map.set('carryForward', mark), LOCAL_EDIT);
}

/** Removes an item with its minutes, decisions and questions. */
export function removeAgendaItem(meetingDoc: Y.Doc, id: string): void {
  meetingDoc.transact(() => {
    agendaMap(meetingDoc).delete(id);
    // Top-level types cannot be deleted, only emptied.
    const minutes = minutesFragment(meetingDoc, id);
    minutes.delete(0, minutes.length);
    for (const kind of ['decisions', 'questions'] as const) {
      const list = itemNotesArray(meetingDoc, id, kind);
      list.delete(0, list.length);
    }
    forgetItemTimes(meetingDoc, id);
  }, LOCAL_EDIT);
}

/** Moves an item to `index` (0-based) in the running order. */
export function moveAgendaItem(meetingDoc: Y.Doc, id: string, index: number): void {
  const map = agendaMap(meetingDoc).get(id);
  if (!map) throw new Error(`No agenda item with id ${id}`);
  const others = listAgenda(meetingDoc).filter((item) => item.id !== id);
  meetingDoc.transact(() => map.set('position', uniquePositionAt(others, index)), LOCAL_EDIT);
}

/** The item's minutes, for the rich-text editor to bind to. */
export function agendaItemMinutes(meetingDoc: Y.Doc, id: string): Y.XmlFragment {
  if (!agendaMap(meetingDoc).has(id)) throw new Error(`No minutes for agenda item ${id}`);
  return minutesFragment(meetingDoc, id);
}

/** Minutes allotted across the agenda. */
export function totalAllottedMinutes(
  items: readonly Pick<AgendaItem, 'allottedMinutes'>[],
): number {
  return items.reduce((sum, item) => sum + item.allottedMinutes, 0);
}
