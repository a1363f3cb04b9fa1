import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { BuiltDocument } from '../../shared/export/documents';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Builds a meeting's calendar event (.ics) for "Add to calendar", stamped with this moment.
 * The builder and the `ics` library load on first use, so the meeting screen never waits on
 * them.
 */
export function useCalendarExport(): (meetingDoc: Y.Doc) => Promise<BuiltDocument> {
  const { store } = useWorkspace();
  return useCallback(
    async (meetingDoc) => {
      const { exportMeetingCalendar } = await import('../../shared/export/calendar');
      return exportMeetingCalendar({ workspace: store.doc, meetingDoc, now: new Date() });
    },
    [store],
  );
}
