import * as Y from 'yjs';
import { z } from 'zod';
import { isIsoDate } from '../format/dates';
import { newId } from './ids';
import { LOCAL_EDIT } from './origins';
import {
  changedFields,
  newRecord,
  parseInput,
  parseRecords,
  readRecord,
  validateInput,
  writeRecord,
} from './records';
import { actionsMap } from './workspace-doc';

/**
 * Actions are captured in a meeting but live in the workspace's action log, so they roll
 * forward from meeting to meeting until done ("matters arising").
 */
export const actionStatuses = ['open', 'in progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionInputSchema = z
  .object({
    description: z.string().trim().min(1, 'Describe the action').max(2000),
    /** A person in the directory, or … */
    ownerPersonId: z.string().min(1).nullable().default(null),
    /** … free text such as "Migration team" when the owner is not a person. */
    ownerName: z.string().trim().max(200).default(''),
    due: z
      .string()
      .refine(isIsoDate, 'Enter a real due date, for example 14 September 2023')
      .nullable()
      .default(null),
    status: z.enum(actionStatuses).default('open'),
    meetingId: z.string().min(1, 'An action belongs to a meeting'),
    itemId: z.string().min(1).nullable().default(null),
  })
  .refine((a) => a.ownerPersonId !== null || a.ownerName !== '', {
    path: ['ownerName'],
    message: 'Choose who owns the action',
  });

export type ActionInput = z.input<typeof actionInputSchema>;
export type ActionField = keyof ActionInput;

const actionRecordSchema = z.object({
  id: z.string(),
  description: z.string(),
  ownerPersonId: z.string().nullable().catch(null),
  ownerName: z.string().catch(''),
  due: z.string().nullable().catch(null),
  status: z.enum(actionStatuses).catch('open'),
  meetingId: z.string(),
  itemId: z.string().nullable().catch(null),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Action = z.infer<typeof actionRecordSchema>;

const parseAction = (input: ActionInput) => parseInput(actionInputSchema, 'action', input);

export function validateActionInput(input: ActionInput): Partial<Record<ActionField, string>> {
  return validateInput<ActionField>(actionInputSchema, input);
}

export function createAction(workspace: Y.Doc, input: ActionInput, now = new Date()): string {
  const action = parseAction(input);
  const id = newId();
  const stamp = now.toISOString();
  workspace.transact(() => {
    actionsMap(workspace).set(id, newRecord({ id, ...action, createdAt: stamp, updatedAt: stamp }));
  }, LOCAL_EDIT);
  return id;
}

export function getAction(workspace: Y.Doc, id: string): Action | null {
  return readRecord(actionsMap(workspace).get(id), actionRecordSchema);
}

/** Changes only the fields given (e.g. the status), so concurrent edits to others survive. */
export function updateAction(
  workspace: Y.Doc,
  id: string,
  changes: Partial<Omit<ActionInput, 'meetingId'>>,
  now = new Date(),
): void {
  const map = actionsMap(workspace).get(id);
  const current = getAction(workspace, id);
  if (!map || !current) throw new Error(`No action with id ${id}`);
  const merged = parseAction({ ...current, ...changes });
  const changed = changedFields(merged, changes);
  workspace.transact(() => {
    writeRecord(map, changed);
    map.set('updatedAt', now.toISOString());
  }, LOCAL_EDIT);
}

export interface ActionFilter {
  meetingId?: string;
  ownerPersonId?: string;
  statuses?: readonly ActionStatus[];
}

/**
 * Matching actions, soonest due first (undated last), then oldest first. Records of another
 * meeting or owner are passed over before they are parsed: a meeting's screen asks once per
 * agenda item, and parsing a workspace's eight thousand actions each time held the minutes
 * for seconds (issue 16's ten-year benchmark).
 */
export function listActions(workspace: Y.Doc, filter: ActionFilter = {}): Action[] {
  const all = actionsMap(workspace);
  const narrowed =
    filter.meetingId === undefined && filter.ownerPersonId === undefined
      ? all.values()
      : rawMatches(all, filter);
  return parseRecords(narrowed, actionRecordSchema)
    .filter(
      (a) =>
        (filter.meetingId === undefined || a.meetingId === filter.meetingId) &&
        (filter.ownerPersonId === undefined || a.ownerPersonId === filter.ownerPersonId) &&
        (filter.statuses === undefined || filter.statuses.includes(a.status)),
    )
    .sort(
      (a, b) =>
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}

/**
 * The records whose stored meeting and owner equal the filter's. Only the fields parsed as
 * they are stored (a string, or a valid owner id) are compared, so this never keeps out a
 * record that parsing would let through; the parsed records are filtered again.
 */
function rawMatches(all: Y.Map<Y.Map<unknown>>, filter: ActionFilter): Y.Map<unknown>[] {
  const kept: Y.Map<unknown>[] = [];
  for (const record of all.values()) {
    if (!(record instanceof Y.Map)) continue;
    if (filter.meetingId !== undefined && record.get('meetingId') !== filter.meetingId) continue;
    if (filter.ownerPersonId !== undefined && record.get('ownerPersonId') !== filter.ownerPersonId)
      continue;
    kept.push(record);
  }
  return kept;
}

/** Open or in progress, and due before `today`. */
export function isOverdue(action: Action, today: string): boolean {
  return (
    (action.status === 'open' || action.status === 'in progress') &&
    action.due !== null &&
    action.due < today
  );
}

/** An action as removeAction took it away: every field it had, for restoreAction. */
export type RemovedAction = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * Deletes an action recorded in error (the screens confirm first) and returns what it held,
 * so that Undo can put it back. Its history (action-history.ts) is kept under its id.
 */
export function removeAction(workspace: Y.Doc, id: string): RemovedAction {
  const entry = actionsMap(workspace).get(id);
  if (!entry) throw new Error(`No action with id ${id}`);
  const removed = { ...entry.toJSON(), id };
  workspace.transact(() => actionsMap(workspace).delete(id), LOCAL_EDIT);
  return removed;
}

/**
 * Puts back an action removeAction deleted, under its own id and with every field it had
 * (fields a newer version wrote included), so its reference, history and meeting link return.
 * Does nothing if it is there already (Undo pressed twice, or restored on another device).
 */
export function restoreAction(workspace: Y.Doc, removed: RemovedAction): void {
  if (actionsMap(workspace).has(removed.id)) return;
  workspace.transact(() => actionsMap(workspace).set(removed.id, newRecord(removed)), LOCAL_EDIT);
}
