import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  actionsMap,
  declarationsMap,
  listMeetings,
  meetingsMap,
  personDeclarations,
  type PersonDeclaration,
  getPerson,
  peopleMap,
  personActions,
  resolvePersonId,
  type Person,
  type PersonActions,
} from '../../shared/model';
import { useObserved } from './useObserved';
import { useWorkspaceDoc } from './useWorkspaceData';

/**
 * The person a page is about: `keptId` differs from the id asked for when that person was
 * merged into another (the page then shows the kept person).
 */
export function usePersonById(personId: string): { person: Person | null; keptId: string } {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [peopleMap(doc)], [doc]),
    useCallback(
      () => ({ person: getPerson(doc, personId), keptId: resolvePersonId(doc, personId) }),
      [doc, personId],
    ),
  );
}

/** Their actions, open and past, found through merged duplicates. */
export function usePersonActions(personId: string): PersonActions {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [actionsMap(doc), peopleMap(doc)], [doc]),
    useCallback(() => personActions(doc, personId), [doc, personId]),
  );
}

/**
 * Their declarations of interest at the meetings in `docs` (from useWorkspaceAttendance),
 * oldest meeting first.
 */
export function usePersonDeclarations(
  personId: string,
  docs: ReadonlyMap<string, Y.Doc>,
): PersonDeclaration[] {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(
      () => [peopleMap(doc), meetingsMap(doc), ...[...docs.values()].map(declarationsMap)],
      [doc, docs],
    ),
    useCallback(() => {
      const meetings = listMeetings(doc).flatMap((meeting) => {
        const meetingDoc = docs.get(meeting.id);
        return meetingDoc ? [{ id: meeting.id, date: meeting.date, doc: meetingDoc }] : [];
      });
      return personDeclarations(doc, personId, meetings);
    }, [doc, docs, personId]),
  );
}
