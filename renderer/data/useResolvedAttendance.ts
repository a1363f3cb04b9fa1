import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  attendanceMap,
  headerMap,
  peopleMap,
  readAttendance,
  resolveAttendance,
  type Attendance,
} from '../../shared/model';
import { useObserved } from './useObserved';
import { useWorkspaceDoc } from './useWorkspaceData';

/**
 * A meeting's attendance with merged people resolved (shared/model/person-merge.ts): a mark
 * left under a duplicate shows against the person kept.
 */
export function useResolvedAttendance(doc: Y.Doc): Attendance {
  const workspace = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [attendanceMap(doc), headerMap(doc), peopleMap(workspace)], [doc, workspace]),
    useCallback(() => resolveAttendance(workspace, readAttendance(doc)), [doc, workspace]),
  );
}
