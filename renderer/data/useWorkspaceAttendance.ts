import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  attendanceMap,
  declarationsMap,
  headerMap,
  meetingsMap,
  peopleMap,
  workspaceAttendance,
  type MeetingAttendance,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useMeetings } from './useMeetings';
import { useObserved } from './useObserved';

export type WorkspaceAttendanceState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      /** Each meeting's attendance, merged people resolved. */
      meetings: MeetingAttendance[];
      /** The meetings' documents, for declarations and the like. */
      docs: ReadonlyMap<string, Y.Doc>;
    };

const EMPTY: ReadonlyMap<string, Y.Doc> = new Map();

/**
 * Borrows every meeting's document while mounted (attendance lives in each meeting's own
 * document, not the workspace's) and keeps the attendance read from them current with local
 * edits, sync and merges of people.
 */
export function useWorkspaceAttendance(): WorkspaceAttendanceState {
  const { doc: workspace, meetings: meetingDocs } = useWorkspace().store;
  const meetings = useMeetings();
  const idsKey = meetings
    .map((meeting) => meeting.id)
    .sort()
    .join(' ');
  const [loaded, setLoaded] = useState<
    { key: string; docs: ReadonlyMap<string, Y.Doc> } | { key: string; failed: string } | null
  >(null);

  useEffect(() => {
    let live = true;
    const ids = idsKey ? idsKey.split(' ') : [];
    const borrowed = ids.map((id) => ({ id, ...meetingDocs.borrow(id) }));
    Promise.all(borrowed.map(({ id, ready }) => ready.then((doc) => [id, doc] as const))).then(
      (pairs) => live && setLoaded({ key: idsKey, docs: new Map(pairs) }),
      (error: unknown) =>
        live &&
        setLoaded({
          key: idsKey,
          failed: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
      for (const { release } of borrowed) release();
    };
  }, [meetingDocs, idsKey]);

  const current = loaded?.key === idsKey ? loaded : null;
  const docs = current && 'docs' in current ? current.docs : EMPTY;
  const types = useCallback(
    () => [
      peopleMap(workspace),
      meetingsMap(workspace),
      ...[...docs.values()].flatMap((doc) => [
        attendanceMap(doc),
        headerMap(doc),
        declarationsMap(doc),
      ]),
    ],
    [workspace, docs],
  );
  const read = useCallback(() => workspaceAttendance(workspace, docs), [workspace, docs]);
  const attendance = useObserved(types, read);

  return useMemo(() => {
    if (!current) return { status: 'loading' };
    if ('failed' in current)
      return {
        status: 'failed',
        message: `A meeting could not be loaded to count attendance: ${current.failed}`,
      };
    return { status: 'ready', meetings: attendance, docs };
  }, [current, attendance, docs]);
}
