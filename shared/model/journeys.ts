import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { LOCAL_EDIT } from './origins';
import { newRecord, parseInput, readRecord, readRecords, writeRecord } from './records';
import { journeysMap } from './workspace-doc';

/**
 * A journey is a programme a group works through towards an award (seed 000's eight steps
 * towards the Council of Sanctuary award), with its steps (journey-steps.ts), a checklist of
 * criteria (journey-criteria.ts) and Learn–Embed–Share evidence (journey-evidence.ts).
 */
export const journeyInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter a name for the programme')
    .max(200, 'Keep the programme name under 200 characters'),
  /** The built-in programme it was started from (journey-programmes.ts), or null for blank. */
  programmeId: z.string().min(1).nullable().default(null),
});

export type JourneyInput = z.input<typeof journeyInputSchema>;

const journeyRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  programmeId: z.string().nullable().catch(null),
  createdAt: z.string(),
});

export type Journey = z.infer<typeof journeyRecordSchema>;

const parseJourney = (input: JourneyInput) => parseInput(journeyInputSchema, 'journey', input);

/** Adds an empty journey (inside the caller's transaction if there is one) and returns its id. */
export function createJourney(
  workspace: Y.Doc,
  input: JourneyInput,
  now = new Date(),
  id = newId(),
): string {
  const journey = parseJourney(input);
  workspace.transact(() => {
    journeysMap(workspace).set(id, newRecord({ id, ...journey, createdAt: now.toISOString() }));
  }, LOCAL_EDIT);
  return id;
}

export function getJourney(workspace: Y.Doc, id: string): Journey | null {
  return readRecord(journeysMap(workspace).get(id), journeyRecordSchema);
}

/** Every journey, the first started first (two started offline at once: by id, everywhere alike). */
export function listJourneys(workspace: Y.Doc): Journey[] {
  return readRecords(journeysMap(workspace), journeyRecordSchema).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** The journey the Journey screen and the meetings home show: the first one started. */
export function currentJourney(workspace: Y.Doc): Journey | null {
  return listJourneys(workspace)[0] ?? null;
}

export function renameJourney(workspace: Y.Doc, id: string, title: string): void {
  const map = journeysMap(workspace).get(id);
  if (!map || !getJourney(workspace, id)) throw new Error(`No journey with id ${id}`);
  const parsed = parseJourney({ title });
  workspace.transact(() => writeRecord(map, { title: parsed.title }), LOCAL_EDIT);
}
