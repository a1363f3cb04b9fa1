import type * as Y from 'yjs';
import { z } from 'zod';
import { isIsoDate } from '../format/dates';
import { newId } from './ids';
import { byPosition, uniquePositionAt } from './ordering';
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
import { journeyStepsMap, journeysMap } from './workspace-doc';

export const stepStatuses = ['not started', 'in progress', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

const optionalDate = (message: string) =>
  z.string().refine(isIsoDate, message).nullable().default(null);

export const stepInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter what the step is')
    .max(500, 'Keep the step under 500 characters'),
  status: z.enum(stepStatuses).default('not started'),
  /** A person in the directory, or … */
  ownerPersonId: z.string().min(1).nullable().default(null),
  /** … free text such as "Migration team" when the owner is not one person. */
  ownerName: z.string().trim().max(200, 'Keep the owner under 200 characters').default(''),
  targetDate: optionalDate('Enter a real target date, for example 18 October 2023'),
  completedDate: optionalDate('Enter a real completed date, for example 13 September 2023'),
  notes: z.string().max(5000, 'Keep the notes under 5,000 characters').default(''),
});

export type StepInput = z.input<typeof stepInputSchema>;
export type StepField = keyof StepInput;

const stepRecordSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  position: z.string(),
  title: z.string(),
  status: z.enum(stepStatuses).catch('not started'),
  ownerPersonId: z.string().nullable().catch(null),
  ownerName: z.string().catch(''),
  targetDate: z.string().nullable().catch(null),
  completedDate: z.string().nullable().catch(null),
  notes: z.string().catch(''),
});

export type JourneyStep = z.infer<typeof stepRecordSchema> & {
  /** 1, 2, 3 …: the step's number in the programme, derived from the order, never stored. */
  number: number;
};

const parseStep = (input: StepInput) => parseInput(stepInputSchema, 'step', input);

export function validateStepInput(input: StepInput): Partial<Record<StepField, string>> {
  return validateInput<StepField>(stepInputSchema, input);
}

/** The journey's steps in order, numbered from 1. */
export function listSteps(workspace: Y.Doc, journeyId: string): JourneyStep[] {
  return readRecords(journeyStepsMap(workspace), stepRecordSchema)
    .filter((step) => step.journeyId === journeyId)
    .sort(byPosition)
    .map((step, index) => ({ ...step, number: index + 1 }));
}

/** Adds a step at `index` (0-based; at the end without one) and returns its id. */
export function addStep(
  workspace: Y.Doc,
  journeyId: string,
  input: StepInput,
  index?: number,
  id = newId(),
): string {
  if (!journeysMap(workspace).has(journeyId)) throw new Error(`No journey with id ${journeyId}`);
  const step = parseStep(input);
  const steps = listSteps(workspace, journeyId);
  // Unique keys, as the agenda's: two devices adding at the same place offline never tie.
  const position = uniquePositionAt(steps, index ?? steps.length);
  workspace.transact(() => {
    journeyStepsMap(workspace).set(id, newRecord({ id, journeyId, position, ...step }));
  }, LOCAL_EDIT);
  return id;
}

function stepRecord(workspace: Y.Doc, id: string) {
  const map = journeyStepsMap(workspace).get(id);
  const current = readRecord(map, stepRecordSchema);
  if (!map || !current) throw new Error(`No journey step with id ${id}`);
  return { map, current };
}

/**
 * Changes only the fields given, so a concurrent edit of another field survives. Marking a
 * step done dates it `today` unless a completed date is given; taking it back out of done
 * clears the date, so a step never shows as completed while it is still open.
 */
export function updateStep(
  workspace: Y.Doc,
  id: string,
  changes: Partial<StepInput>,
  today?: string,
): void {
  const { map, current } = stepRecord(workspace, id);
  const effective: Partial<StepInput> = { ...changes };
  if (changes.status && changes.status !== current.status) {
    if (
      changes.status === 'done' &&
      changes.completedDate === undefined &&
      !current.completedDate
    ) {
      effective.completedDate = today ?? null;
    }
    if (changes.status !== 'done' && changes.completedDate === undefined) {
      effective.completedDate = null;
    }
  }
  const merged = parseStep({ ...current, ...effective });
  const changed = changedFields(merged, effective);
  workspace.transact(() => writeRecord(map, changed), LOCAL_EDIT);
}

/** Moves a step to `index` (0-based) in its journey: one key is rewritten, nothing else. */
export function moveStep(workspace: Y.Doc, id: string, index: number): void {
  const { map, current } = stepRecord(workspace, id);
  const others = listSteps(workspace, current.journeyId).filter((step) => step.id !== id);
  workspace.transact(() => map.set('position', uniquePositionAt(others, index)), LOCAL_EDIT);
}

export function removeStep(workspace: Y.Doc, id: string): void {
  stepRecord(workspace, id);
  workspace.transact(() => journeyStepsMap(workspace).delete(id), LOCAL_EDIT);
}

/** Where the group stands: the first step not yet done, with how many steps there are. */
export interface WhereWeAre {
  total: number;
  done: number;
  /** The first step not done, or null when every step is done (or there are none). */
  current: JourneyStep | null;
}

export function whereWeAre(steps: readonly JourneyStep[]): WhereWeAre {
  return {
    total: steps.length,
    done: steps.filter((step) => step.status === 'done').length,
    current: steps.find((step) => step.status !== 'done') ?? null,
  };
}

/** "Step 3 of 8: Produce an Action Plan …", "All 8 steps done" or "No steps yet". */
export function describeWhereWeAre({ total, current }: WhereWeAre): string {
  if (total === 0) return 'No steps yet';
  if (!current) return total === 1 ? 'The step is done' : `All ${total} steps done`;
  return `Step ${current.number} of ${total}: ${current.title}`;
}

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  'not started': 'Not started',
  'in progress': 'In progress',
  done: 'Done',
};
