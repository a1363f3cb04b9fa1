import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  buildActionLogDocument,
  buildMeetingDocument,
  type BuiltDocument,
  type MeetingDocumentKind,
} from './meeting-export';
import { getTemplate } from './templates';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Builds a meeting's Word document in the house style, or in the council template with this
 * id (read from this device's store only when asked: templates run to megabytes).
 */
export function useMeetingExport(): (
  meetingDoc: Y.Doc,
  kind: MeetingDocumentKind,
  templateId: string | null,
) => Promise<BuiltDocument> {
  const { store } = useWorkspace();
  return useCallback(
    async (meetingDoc, kind, templateId) => {
      const template = templateId ? await getTemplate(store.localDb, templateId) : null;
      if (templateId && !template) {
        throw new Error('That Word template is no longer on this computer. Choose another style.');
      }
      return buildMeetingDocument(store.doc, meetingDoc, kind, template ?? null);
    },
    [store],
  );
}

/** Builds the workspace's action log, grouped by owner or by meeting, in this template. */
export function useActionLogExport(): (
  groupBy: 'owner' | 'meeting',
  templateId: string | null,
) => Promise<BuiltDocument> {
  const { store } = useWorkspace();
  return useCallback(
    async (groupBy, templateId) => {
      const template = templateId ? await getTemplate(store.localDb, templateId) : null;
      if (templateId && !template) {
        throw new Error('That Word template is no longer on this computer. Choose another style.');
      }
      return buildActionLogDocument(store.doc, groupBy, template ?? null);
    },
    [store],
  );
}
