import type * as Y from 'yjs';
import { actionsMap, peopleMap } from './workspace-doc';
import { attendanceMap } from './meeting-doc';
import type { Attendance, AttendanceStatus } from './attendance';
import { LOCAL_EDIT } from './origins';
import { getPersonRecord, resolvePersonId, type Person } from './people';
import { InputError } from './records';

/**
 * Merging duplicate people ("Jenny" and "Jennifer Jennings", added on two devices offline).
 *
 * The removed person's record stays in the workspace's `people` map with `mergedInto` set to
 * the kept person's id: a tombstone. Meeting documents (attendance, chair, minute-taker,
 * declarations, expected attendees) are never rewritten, since a device may hold only some of
 * them; every read resolves ids through `resolvePersonId` instead. Actions live in the
 * workspace document, so their owners are moved at once as well.
 *
 * Convergence: the merge writes one key on the removed record and fills empty fields of the
 * kept one, so two devices merging the same pair the same way write the same values. Merging
 * it each way round leaves a cycle, which `resolvePersonId` breaks the same way on every
 * device (the first id in sort order is kept); nothing is deleted, so nothing is lost.
 */

export interface MergeResult {
  keptId: string;
  removedId: string;
  actionsMoved: number;
}

/** Fields of the kept person that take the removed person's value when they are empty. */
const FILLABLE = ['role', 'organisation', 'email'] as const;

export function mergePeople(workspace: Y.Doc, removedId: string, keptId: string): MergeResult {
  const removed = getPersonRecord(workspace, removedId);
  const kept = getPersonRecord(workspace, keptId);
  const removedMap = peopleMap(workspace).get(removedId);
  const keptMap = peopleMap(workspace).get(keptId);
  if (!removed || !kept || !removedMap || !keptMap)
    throw new Error(`No person with id ${removed ? keptId : removedId}`);
  if (resolvePersonId(workspace, removedId) !== removedId)
    throw new InputError('merge', { removedId: `${removed.name} has already been merged` });
  if (resolvePersonId(workspace, keptId) !== keptId)
    throw new InputError('merge', { keptId: `${kept.name} has already been merged` });
  if (removedId === keptId)
    throw new InputError('merge', { keptId: 'Choose a different person to keep' });

  let actionsMoved = 0;
  workspace.transact(() => {
    for (const field of FILLABLE) {
      if (!kept[field] && removed[field]) keptMap.set(field, removed[field]);
    }
    const tags = [...new Set([...kept.tags, ...removed.tags])];
    if (tags.length !== kept.tags.length) keptMap.set('tags', tags);
    removedMap.set('mergedInto', keptId);
    actionsMap(workspace).forEach((action) => {
      const owner = action.get('ownerPersonId');
      if (
        typeof owner === 'string' &&
        resolvePersonId(workspace, owner) === keptId &&
        owner !== keptId
      ) {
        action.set('ownerPersonId', keptId);
        actionsMoved++;
      }
    });
  }, LOCAL_EDIT);
  return { keptId, removedId, actionsMoved };
}

/** The people merged into `personId` (directly or through others), not including them. */
export function mergedAliases(workspace: Y.Doc, personId: string): string[] {
  const aliases: string[] = [];
  peopleMap(workspace).forEach((_, id) => {
    if (id !== personId && resolvePersonId(workspace, id) === personId) aliases.push(id);
  });
  return aliases.sort();
}

/**
 * When one meeting marked both a person and their duplicate, the more present mark counts
 * (someone marked present under either name was there), unless the kept person was marked
 * directly: that is the newer, deliberate mark.
 */
const PRECEDENCE: readonly AttendanceStatus[] = ['present', 'in-attendance', 'apologies', 'absent'];

/** A meeting's attendance with every id resolved to the person who now stands for it. */
export function resolveAttendance(workspace: Y.Doc, attendance: Attendance): Attendance {
  const statuses = new Map<string, AttendanceStatus>();
  const direct = new Set<string>();
  for (const [id, status] of attendance.statuses) {
    const personId = resolvePersonId(workspace, id);
    if (direct.has(personId)) continue;
    const earlier = statuses.get(personId);
    if (id === personId) {
      direct.add(personId);
      statuses.set(personId, status);
    } else if (!earlier || PRECEDENCE.indexOf(status) < PRECEDENCE.indexOf(earlier)) {
      statuses.set(personId, status);
    }
  }
  const resolve = (id: string | null) => (id ? resolvePersonId(workspace, id) : null);
  return {
    statuses,
    chairId: resolve(attendance.chairId),
    minuteTakerId: resolve(attendance.minuteTakerId),
  };
}

/** Ids resolved and without repeats, in their first order. */
export function resolvePersonIds(workspace: Y.Doc, ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => resolvePersonId(workspace, id)))];
}

/**
 * Marks a person at a meeting and clears the marks their merged duplicates left there, so
 * the new mark is the only one read.
 */
export function setResolvedAttendance(
  meetingDoc: Y.Doc,
  workspace: Y.Doc,
  personId: string,
  status: AttendanceStatus | null,
): void {
  const keptId = resolvePersonId(workspace, personId);
  const aliases = mergedAliases(workspace, keptId);
  meetingDoc.transact(() => {
    const map = attendanceMap(meetingDoc);
    for (const alias of aliases) if (map.has(alias)) map.delete(alias);
    if (status === null) map.delete(keptId);
    else map.set(keptId, status);
  }, LOCAL_EDIT);
}

/** People the directory (listPeople) can merge `person` into: everyone else in it. */
export function mergeCandidates(people: readonly Person[], person: Person): Person[] {
  return people.filter((other) => other.id !== person.id);
}
