import type * as Y from 'yjs';
import {
  exportActionLogDocument,
  exportMeetingDocument,
  type BuiltDocument,
  type MeetingDocumentKind,
} from '../../shared/export/documents';
import { localIsoDate } from '../../shared/format/local-date';
import type { TemplateRow } from './local-db';

/**
 * The Export tab's way into shared/export/documents.ts: today from this laptop's calendar, and
 * a template that will not fill thrown as an ExportError for the tab to show. The builders
 * load on first export (documents.ts imports them then), so they never slow the app's start.
 */
export type { BuiltDocument, MeetingDocumentKind };

export class ExportError extends Error {
  override name = 'ExportError';
}

export async function buildMeetingDocument(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  kind: MeetingDocumentKind,
  template: TemplateRow | null,
): Promise<BuiltDocument> {
  const built = await exportMeetingDocument({
    workspace,
    meetingDoc,
    kind,
    template,
    today: localIsoDate(),
  });
  if (!built.ok) throw new ExportError(built.message);
  return built.value;
}

/** The action log across every meeting, grouped by owner or by meeting, in the council
 * template registered for it or the house style. */
export async function buildActionLogDocument(
  workspace: Y.Doc,
  groupBy: 'owner' | 'meeting',
  template: TemplateRow | null = null,
): Promise<BuiltDocument> {
  const built = await exportActionLogDocument({
    workspace,
    groupBy,
    template,
    today: localIsoDate(),
  });
  if (!built.ok) throw new ExportError(built.message);
  return built.value;
}
