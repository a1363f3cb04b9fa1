import type * as Y from 'yjs';
import { fail, ok, type Result } from '../ipc/result';
import type { MeetingDocumentKind } from './document-kind';
import type { ActionLogGrouping } from './house/action-log';
import { meetingExportLimit } from './limits';
import { readMeetingForExport } from './meeting-data';
import type { TemplateError } from './template/errors';

/**
 * The one way a Word document is exported, for the app and the command line alike: which
 * builder makes each kind, how a council template is filled, and what to call the file.
 * The builders (and the docx, JSZip and xmldom libraries) are imported on first export so
 * that the app's start-up never loads them.
 */

export type { MeetingDocumentKind } from './document-kind';

export interface BuiltDocument {
  bytes: Uint8Array;
  /** What a Save dialog suggests: "2023-10-09 <title> minutes DRAFT.docx". */
  fileName: string;
}

export interface CouncilTemplate {
  /** The file name, or the path typed on the command line: failures name the template. */
  name: string;
  bytes: Uint8Array;
}

export interface MeetingDocumentRequest {
  workspace: Y.Doc;
  meetingDoc: Y.Doc;
  kind: MeetingDocumentKind;
  /** The council's own .docx or .dotx; without one, the house style. */
  template?: CouncilTemplate | null;
  /** 'YYYY-MM-DD' on the local calendar (format/local-date's localIsoDate), never UTC's. */
  today: string;
}

/**
 * A template that will not fill (`message` names the template and says what to do), or a
 * meeting past the export's limits (shared/export/limits.ts).
 */
export type MeetingDocumentResult = Result<BuiltDocument, TemplateError | 'too-large'>;

/** Throws, as readMeetingForExport does, for a meeting not yet opened on this device. */
export async function exportMeetingDocument(
  request: MeetingDocumentRequest,
): Promise<MeetingDocumentResult> {
  const { kind, template, today } = request;
  const tooLarge = meetingExportLimit(request.meetingDoc);
  if (tooLarge) return fail('too-large', tooLarge);
  const data = readMeetingForExport(request.workspace, request.meetingDoc);
  const house = await import('./house');
  if (template) {
    const { fillTemplate } = await import('./template');
    // The kind decides what the template's placeholders hold: an agenda gets no minutes.
    const filled = await fillTemplate(template.bytes, data, { today, kind });
    if (!filled.ok) return fail(filled.error, `${template.name}: ${filled.message}`);
    return ok({ bytes: filled.value, fileName: house.suggestedFileName(data, kind) });
  }
  const build = {
    minutes: house.buildMinutesDocx,
    summary: house.buildSummaryDocx,
    agenda: house.buildAgendaDocx,
  }[kind];
  return ok({ bytes: await build(data), fileName: house.suggestedFileName(data, kind) });
}

export interface ActionLogRequest {
  workspace: Y.Doc;
  /** 'YYYY-MM-DD' on the local calendar: the log's date and what counts as overdue. */
  today: string;
  groupBy?: ActionLogGrouping;
  /** A council template registered for the action log; without one, the house style. */
  template?: CouncilTemplate | null;
}

/** Every open action across the workspace's meetings, always in the house style. */
export async function exportActionLog(request: ActionLogRequest): Promise<BuiltDocument> {
  const built = await exportActionLogDocument({ ...request, template: null });
  if (!built.ok) throw new Error(built.message); // Unreachable: only a template can fail.
  return built.value;
}

/** The action log in the council's template registered for it, or in the house style. */
export async function exportActionLogDocument(
  request: ActionLogRequest,
): Promise<Result<BuiltDocument, TemplateError>> {
  const house = await import('./house');
  const { workspace, today, groupBy, template } = request;
  const log = house.readActionLogData(workspace, { today, groupBy });
  const fileName = house.suggestedActionLogFileName(log);
  if (template) {
    const { fillActionLogTemplate } = await import('./template');
    const filled = await fillActionLogTemplate(template.bytes, log);
    if (!filled.ok) return fail(filled.error, `${template.name}: ${filled.message}`);
    return ok({ bytes: filled.value, fileName });
  }
  return ok({ bytes: await house.buildActionLogDocx(log), fileName });
}

export interface EvidencePackRequest {
  workspace: Y.Doc;
  /** Meeting documents by id, for the items and minute numbers evidence was recorded under. */
  meetings: ReadonlyMap<string, Y.Doc>;
  today: string;
}

/** The journey's evidence pack in the house style; throws NoJourneyError without a journey. */
export async function exportEvidencePack(request: EvidencePackRequest): Promise<BuiltDocument> {
  const house = await import('./house');
  const data = house.readEvidencePackData(request.workspace, request.meetings, request.today);
  return {
    bytes: await house.buildEvidencePackDocx(data),
    fileName: house.suggestedEvidencePackFileName(data),
  };
}
