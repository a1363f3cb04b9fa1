import * as Y from 'yjs';
import {
  MEETING_SCHEMA_VERSION,
  meetingMetaMap,
  meetingSchemaVersionOf,
  schemaVersionOf,
  WORKSPACE_SCHEMA_VERSION,
} from '../model';
import { invalidContents, newerVersion, type WorkspaceFileFailure } from './errors';
import type { DocumentEntry } from './format';

/** Origin of the transactions that fill documents from a file, so observers can tell. */
export const IMPORT_ORIGIN = 'quorum:import';

export interface LoadedDocuments {
  workspace: Y.Doc;
  meetings: Map<string, Y.Doc>;
}

/**
 * Applies one update to a fresh document. Yjs throws on much garbage; an update that parses but
 * refers to changes the file does not hold is left pending inside Yjs, silently, so that is
 * checked too. The checksums have already ruled out damage in transit; what fails here was
 * written wrong.
 */
function loadDocument(entry: DocumentEntry, update: Uint8Array): Y.Doc | string {
  const doc = new Y.Doc({ guid: entry.id });
  try {
    Y.applyUpdate(doc, update, IMPORT_ORIGIN);
  } catch (error) {
    return `the ${entry.kind} document ${entry.id} cannot be read: ${String(error)}`;
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    return `the ${entry.kind} document ${entry.id} refers to changes missing from the file`;
  return doc;
}

/** What a meeting document says about itself must agree with where the file puts it. */
function checkMeeting(doc: Y.Doc, workspaceId: string): WorkspaceFileFailure | null {
  const version = meetingSchemaVersionOf(doc);
  if (version > MEETING_SCHEMA_VERSION)
    return newerVersion('meeting data version', version, MEETING_SCHEMA_VERSION);
  const meta = meetingMetaMap(doc);
  const meetingId = meta.get('meetingId');
  if (meetingId !== undefined && meetingId !== doc.guid)
    return invalidContents(
      `the meeting document ${doc.guid} says it is meeting ${String(meetingId)}`,
    );
  const ownerId = meta.get('workspaceId');
  if (ownerId !== undefined && ownerId !== workspaceId)
    return invalidContents(`the meeting ${doc.guid} belongs to another workspace`);
  return null;
}

/**
 * Every document from the file, or the first reason it cannot be opened. Nothing is returned
 * until every document has loaded and passed, so a bad file changes nothing anywhere. Records
 * inside are not checked field by field: shared/model's readers already skip what they cannot
 * read (as they must for data from a newer version), and Yjs updates carry no types to check.
 */
export function loadDocuments(
  workspaceId: string,
  parts: readonly { entry: DocumentEntry; update: Uint8Array }[],
): LoadedDocuments | WorkspaceFileFailure {
  let workspace: Y.Doc | null = null;
  const meetings = new Map<string, Y.Doc>();
  for (const { entry, update } of parts) {
    const doc = loadDocument(entry, update);
    if (typeof doc === 'string') return invalidContents(doc);
    if (entry.kind === 'workspace') {
      const version = schemaVersionOf(doc);
      if (version > WORKSPACE_SCHEMA_VERSION)
        return newerVersion('workspace data version', version, WORKSPACE_SCHEMA_VERSION);
      workspace = doc;
    } else {
      const failure = checkMeeting(doc, workspaceId);
      if (failure) return failure;
      meetings.set(entry.id, doc);
    }
  }
  // The manifest schema guarantees one workspace document; this keeps the type checker sure.
  if (!workspace) return invalidContents('there is no workspace document');
  return { workspace, meetings };
}
