import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { headerMap, readExpectedAttendees } from '../../shared/model';
import { expectedAttendance, type ExpectedAttendance } from './expected-attendance';
import { useAttendance } from './useMeetingData';
import { useObserved } from './useObserved';
import { usePeople } from './useWorkspaceData';

/**
 * The people a prepared meeting expects (shared/model/prepare-next.ts), and which of them are
 * still to be marked; empty for a meeting that was not prepared from another.
 */
export function useExpectedAttendance(doc: Y.Doc): ExpectedAttendance {
  const people = usePeople();
  const attendance = useAttendance(doc);
  const expectedIds = useObserved(
    useCallback(() => [headerMap(doc)], [doc]),
    useCallback(() => readExpectedAttendees(doc), [doc]),
  );
  return useMemo(
    () => expectedAttendance(people, attendance, expectedIds),
    [people, attendance, expectedIds],
  );
}
