import type * as Y from 'yjs';
import { localIsoDate } from '../../shared/format/local-date';
import { readMeetingForExport } from '../../shared/export/meeting-data';
import type { TemplateRow } from './local-db';

/**
 * Builds a meeting's Word document in the house style or a council template. The builders
 * (and the docx library) are loaded on first export, so they never slow the app's start.
 */
export type MeetingDocumentKind = 'minutes' | 'summary' | 'agenda';

export interface BuiltDocument {
  bytes: Uint8Array;
  fileName: string;
}

export class ExportError extends Error {
  override name = 'ExportError';
}

export async function buildMeetingDocument(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  kind: MeetingDocumentKind,
  template: TemplateRow | null,
): Promise<BuiltDocument> {
  const data = readMeetingForExport(workspace, meetingDoc);
  const house = await import('../../shared/export/house');
  if (template) {
    const { fillTemplate } = await import('../../shared/export/template');
    const filled = await fillTemplate(template.bytes, data, { today: localIsoDate() });
    if (!filled.ok) throw new ExportError(`${template.name}: ${filled.message}`);
    return { bytes: filled.value, fileName: house.suggestedFileName(data, 'minutes') };
  }
  const build = {
    minutes: house.buildMinutesDocx,
    summary: house.buildSummaryDocx,
    agenda: house.buildAgendaDocx,
  }[kind];
  return { bytes: await build(data), fileName: house.suggestedFileName(data, kind) };
}

/** The action log across every meeting, grouped by owner or by meeting. */
export async function buildActionLogDocument(
  workspace: Y.Doc,
  groupBy: 'owner' | 'meeting',
): Promise<BuiltDocument> {
  const house = await import('../../shared/export/house');
  const log = house.readActionLogData(workspace, { today: localIsoDate(), groupBy });
  return {
    bytes: await house.buildActionLogDocx(log),
    fileName: house.suggestedActionLogFileName(log),
  };
}
