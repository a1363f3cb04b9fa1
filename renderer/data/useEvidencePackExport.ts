import { useCallback } from 'react';
import type * as Y from 'yjs';
import { localIsoDate } from '../../shared/format/local-date';
import { currentJourney, listEvidence } from '../../shared/model';
import type { FileToSave } from './useSaveFile';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Builds the journey's evidence pack for useSaveFile. Only the meetings evidence was recorded
 * at are opened (for their item numbers and minute references), and released afterwards.
 */
export function useEvidencePackExport(): () => Promise<FileToSave> {
  const { store } = useWorkspace();
  return useCallback(async () => {
    const journey = currentJourney(store.doc);
    const ids = new Set(
      journey
        ? listEvidence(store.doc, journey.id).flatMap((e) => (e.meetingId ? [e.meetingId] : []))
        : [],
    );
    const borrowed = [...ids].map((id) => store.meetings.borrow(id));
    try {
      const meetings = new Map<string, Y.Doc>();
      for (const doc of await Promise.all(borrowed.map((b) => b.ready)))
        meetings.set(doc.guid, doc);
      const { exportEvidencePack } = await import('../../shared/export/documents');
      return await exportEvidencePack({ workspace: store.doc, meetings, today: localIsoDate() });
    } finally {
      for (const { release } of borrowed) release();
    }
  }, [store]);
}
