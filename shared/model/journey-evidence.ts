import type * as Y from 'yjs';
import { z } from 'zod';
import { isIsoDate } from '../format/dates';
import { isAllowedLinkUrl } from '../rules/link-url';
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
import { journeyEvidenceMap, journeysMap } from './workspace-doc';

/**
 * The three principles an award application must show evidence of (seed 000: "the three-step
 * process of learn, embed, and share").
 */
export const evidenceStrands = ['learn', 'embed', 'share'] as const;
export type EvidenceStrand = (typeof evidenceStrands)[number];

export const EVIDENCE_STRAND_LABELS: Record<EvidenceStrand, string> = {
  learn: 'Learn',
  embed: 'Embed',
  share: 'Share',
};

const optionalId = z.string().min(1).nullable().default(null);

export const evidenceInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title for the evidence')
      .max(200, 'Keep the title under 200 characters'),
    date: z.string().refine(isIsoDate, 'Enter a real date, for example 13 September 2023'),
    strand: z.enum(evidenceStrands, { error: 'Choose Learn, Embed or Share' }),
    /** The checklist criterion it supports (journey-criteria.ts), if any. */
    criterionId: optionalId,
    description: z
      .string()
      .trim()
      .max(2000, 'Keep the description under 2,000 characters')
      .default(''),
    /** Where it happened: a meeting, and within it an agenda item, a decision; or an action. */
    meetingId: optionalId,
    itemId: optionalId,
    decisionId: optionalId,
    actionId: optionalId,
    /** A web page that shows it (a published strategy, a press release), or ''. */
    url: z
      .string()
      .trim()
      .refine((url) => url === '' || isAllowedLinkUrl(url), {
        message: 'Enter a web address starting https://, for example https://www.leeds.gov.uk',
      })
      .default(''),
  })
  .refine((e) => (e.itemId === null && e.decisionId === null) || e.meetingId !== null, {
    path: ['meetingId'],
    message: 'Choose the meeting the agenda item or decision belongs to',
  });

export type EvidenceInput = z.input<typeof evidenceInputSchema>;
export type EvidenceField = keyof EvidenceInput;

const evidenceRecordSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  title: z.string(),
  date: z.string(),
  strand: z.enum(evidenceStrands),
  criterionId: z.string().nullable().catch(null),
  description: z.string().catch(''),
  meetingId: z.string().nullable().catch(null),
  itemId: z.string().nullable().catch(null),
  decisionId: z.string().nullable().catch(null),
  actionId: z.string().nullable().catch(null),
  url: z.string().catch(''),
  createdAt: z.string(),
});

export type Evidence = z.infer<typeof evidenceRecordSchema>;

const parseEvidence = (input: EvidenceInput) => parseInput(evidenceInputSchema, 'evidence', input);

export function validateEvidenceInput(
  input: EvidenceInput,
): Partial<Record<EvidenceField, string>> {
  return validateInput<EvidenceField>(evidenceInputSchema, input);
}

export function addEvidence(
  workspace: Y.Doc,
  journeyId: string,
  input: EvidenceInput,
  now = new Date(),
  id = newId(),
): string {
  if (!journeysMap(workspace).has(journeyId)) throw new Error(`No journey with id ${journeyId}`);
  const evidence = parseEvidence(input);
  workspace.transact(() => {
    journeyEvidenceMap(workspace).set(
      id,
      newRecord({ id, journeyId, ...evidence, createdAt: now.toISOString() }),
    );
  }, LOCAL_EDIT);
  return id;
}

/** The journey's evidence, oldest first (by its date, then when it was recorded). */
export function listEvidence(workspace: Y.Doc, journeyId: string): Evidence[] {
  return readRecords(journeyEvidenceMap(workspace), evidenceRecordSchema)
    .filter((entry) => entry.journeyId === journeyId)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}

export function updateEvidence(
  workspace: Y.Doc,
  id: string,
  changes: Partial<EvidenceInput>,
): void {
  const map = journeyEvidenceMap(workspace).get(id);
  const current = readRecord(map, evidenceRecordSchema);
  if (!map || !current) throw new Error(`No evidence with id ${id}`);
  const merged = parseEvidence({ ...current, ...changes });
  workspace.transact(() => writeRecord(map, changedFields(merged, changes)), LOCAL_EDIT);
}

export function removeEvidence(workspace: Y.Doc, id: string): void {
  if (!journeyEvidenceMap(workspace).has(id)) throw new Error(`No evidence with id ${id}`);
  workspace.transact(() => journeyEvidenceMap(workspace).delete(id), LOCAL_EDIT);
}
