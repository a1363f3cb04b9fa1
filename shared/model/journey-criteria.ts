import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { byPosition, uniquePositionAt } from './ordering';
import { LOCAL_EDIT } from './origins';
import {
  newRecord,
  parseInput,
  readRecord,
  readRecords,
  validateInput,
  writeRecord,
} from './records';
import { journeyCriteriaMap, journeysMap } from './workspace-doc';

/**
 * A journey's checklist: the conditions an application must meet (seed 002's recognition
 * criteria, seed 003's membership conditions), ticked off as the group meets them. Evidence
 * entries may name the criterion they support (journey-evidence.ts).
 */
export const criterionInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter the criterion')
    .max(500, 'Keep the criterion under 500 characters'),
  met: z.boolean().default(false),
});

export type CriterionInput = z.input<typeof criterionInputSchema>;

const criterionRecordSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  position: z.string(),
  title: z.string(),
  met: z.boolean().catch(false),
});

export type JourneyCriterion = z.infer<typeof criterionRecordSchema>;

const parseCriterion = (input: CriterionInput) =>
  parseInput(criterionInputSchema, 'criterion', input);

/** The message for a bad criterion title, or undefined when it is fine. */
export function criterionTitleError(title: string): string | undefined {
  return validateInput<'title'>(criterionInputSchema, { title }).title;
}

export function listCriteria(workspace: Y.Doc, journeyId: string): JourneyCriterion[] {
  return readRecords(journeyCriteriaMap(workspace), criterionRecordSchema)
    .filter((criterion) => criterion.journeyId === journeyId)
    .sort(byPosition);
}

export function addCriterion(
  workspace: Y.Doc,
  journeyId: string,
  input: CriterionInput,
  index?: number,
  id = newId(),
): string {
  if (!journeysMap(workspace).has(journeyId)) throw new Error(`No journey with id ${journeyId}`);
  const criterion = parseCriterion(input);
  const others = listCriteria(workspace, journeyId);
  // Unique keys, as the agenda's: two devices adding at the same place offline never tie.
  const position = uniquePositionAt(others, index ?? others.length);
  workspace.transact(() => {
    journeyCriteriaMap(workspace).set(id, newRecord({ id, journeyId, position, ...criterion }));
  }, LOCAL_EDIT);
  return id;
}

function criterionRecord(workspace: Y.Doc, id: string) {
  const map = journeyCriteriaMap(workspace).get(id);
  const current = readRecord(map, criterionRecordSchema);
  if (!map || !current) throw new Error(`No criterion with id ${id}`);
  return { map, current };
}

/** Renames a criterion or ticks it met; only the fields given are written. */
export function updateCriterion(
  workspace: Y.Doc,
  id: string,
  changes: Partial<CriterionInput>,
): void {
  const { map, current } = criterionRecord(workspace, id);
  const merged = parseCriterion({ ...current, ...changes });
  const changed = Object.fromEntries(
    Object.keys(changes).map((key) => [key, merged[key as keyof typeof merged]]),
  );
  workspace.transact(() => writeRecord(map, changed), LOCAL_EDIT);
}

export function moveCriterion(workspace: Y.Doc, id: string, index: number): void {
  const { map, current } = criterionRecord(workspace, id);
  const others = listCriteria(workspace, current.journeyId).filter((c) => c.id !== id);
  workspace.transact(() => map.set('position', uniquePositionAt(others, index)), LOCAL_EDIT);
}

/** Removes a criterion; evidence that named it stays, counted under its strand only. */
export function removeCriterion(workspace: Y.Doc, id: string): void {
  criterionRecord(workspace, id);
  workspace.transact(() => journeyCriteriaMap(workspace).delete(id), LOCAL_EDIT);
}
