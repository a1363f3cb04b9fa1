import * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { newRecord, recordFields } from './records';

/**
 * The meeting's history of its record: approved, reopened for correction (with the reason),
 * a change after approval set aside. Appended, never edited, so two devices' entries both
 * survive a merge. `detail` keeps text a person may need later: the approved minutes a
 * reopening replaced, or the later edits that "Keep the approved version" set aside.
 */
export const historyKinds = ['approved', 'reopened', 'kept-approved'] as const;
export type HistoryKind = (typeof historyKinds)[number];

const historyEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(historyKinds),
  /** Timestamp (ISO 8601 UTC). */
  at: z.string(),
  /** The name of who did it, as they are known on their device. */
  by: z.string().catch(''),
  reason: z.string().catch(''),
  detail: z.string().catch(''),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export function historyArray(meetingDoc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return meetingDoc.getArray('history');
}

/** Call inside the caller's transaction: history is written with the change it records. */
export function appendHistory(
  meetingDoc: Y.Doc,
  entry: Omit<HistoryEntry, 'id' | 'at'> & { now: Date },
): void {
  const { now, ...fields } = entry;
  historyArray(meetingDoc).push([newRecord({ id: newId(), at: now.toISOString(), ...fields })]);
}

/** Oldest first; entries in a shape this version cannot read are skipped. */
export function listHistory(meetingDoc: Y.Doc): HistoryEntry[] {
  return historyArray(meetingDoc)
    .toArray()
    .flatMap((map) => {
      const parsed = map instanceof Y.Map ? historyEntrySchema.safeParse(recordFields(map)) : null;
      return parsed?.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
