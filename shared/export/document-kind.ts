/**
 * The documents made from one meeting. The action log is not among them: it spans every
 * meeting in the workspace.
 */
export const MEETING_DOCUMENT_KINDS = ['minutes', 'summary', 'agenda'] as const;

export type MeetingDocumentKind = (typeof MEETING_DOCUMENT_KINDS)[number];
