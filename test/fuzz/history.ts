import type * as Y from 'yjs';
import type { DeletedMeeting, RemovedAction } from '../../shared/model';

/**
 * What a run did that the invariants need to judge the end state: only things the replicas
 * cannot tell afterwards (what each approval wrote, what a deleting device knew).
 */
export interface RunHistory {
  /** meeting id → the approvedRecord map as each approval wrote it (JSON). */
  approvals: Map<string, string[]>;
  /**
   * Each deleteMeeting: the meeting and the action records the deleting replica held for it,
   * by the Yjs id of each record's map (Undo puts an action back as a new map, same key).
   */
  meetingDeletions: { meetingId: string; knownRecords: Set<string> }[];
  /** `${meetingId}/${itemId}` of every removeAgendaItem. */
  removedItems: Set<string>;
  /** Per replica, what Undo could put back (the app keeps these in memory). */
  removedActions: Map<number, RemovedAction[]>;
  deletedMeetings: Map<number, DeletedMeeting[]>;
  /** One line per operation, for a failing seed's report. */
  log: string[];
}

export function newRunHistory(): RunHistory {
  return {
    approvals: new Map(),
    meetingDeletions: [],
    removedItems: new Set(),
    removedActions: new Map(),
    deletedMeetings: new Map(),
    log: [],
  };
}

/** A record's JSON with its keys sorted, since Y.Map keeps keys in arrival order. */
export function stableJson(record: Record<string, unknown>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}

/** The Yjs id of the item holding a record's map, the same on every replica. */
export function recordItemId(record: Y.Map<unknown> | undefined): string {
  const id = record?._item?.id;
  return id ? `${id.client}:${id.clock}` : 'none';
}
