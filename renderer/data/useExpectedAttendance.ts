import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { headerMap, peopleMap, readExpectedAttendees, resolvePersonIds } from '../../shared/model';
import { expectedAttendance, type ExpectedAttendance } from './expected-attendance';
import { useObserved } from './useObserved';
import { useResolvedAttendance } from './useResolvedAttendance';
import { usePeople, useWorkspaceDoc } from './useWorkspaceData';

/**
 * The people a prepared meeting expects (shared/model/prepare-next.ts), and which of them are
 * still to be marked; empty for a meeting that was not prepared from another.
 */
export function useExpectedAttendance(doc: Y.Doc): ExpectedAttendance {
  const people = usePeople();
  const workspace = useWorkspaceDoc();
  // Merged people resolved: a duplicate expected here shows as the person kept.
  const attendance = useResolvedAttendance(doc);
  const expectedIds = useObserved(
    useCallback(() => [headerMap(doc), peopleMap(workspace)], [doc, workspace]),
    useCallback(() => resolvePersonIds(workspace, readExpectedAttendees(doc)), [doc, workspace]),
  );
  return useMemo(
    () => expectedAttendance(people, attendance, expectedIds),
    [people, attendance, expectedIds],
  );
}
