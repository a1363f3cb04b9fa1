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
import { MAX_NESTING, nestedDeeperThan } from './nesting';

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
  if (doc.store.clients.size === 0 && update.length > EMPTY_UPDATE_BYTES)
    return `the ${entry.kind} document ${entry.id} ${unreadWhy(update)}`;
  if (nestedDeeperThan(doc))
    return `the ${entry.kind} document ${entry.id} nests data more than ${MAX_NESTING} levels deep, deeper than Quorum writes`;
  return doc;
}

// What Yjs writes for a document with nothing in it: no structs, no deletions.
const EMPTY_UPDATE_BYTES = 2;

/**
 * Why bytes that read as an empty document are refused rather than opened as one: Yjs's V1
 * decoder reads a V2 update (or other bytes starting with zeros) as "no changes" and ignores
 * the rest, so such a file would open as a workspace with nothing in it, silently.
 */
function unreadWhy(update: Uint8Array): string {
  try {
    const probe = new Y.Doc();
    Y.applyUpdateV2(probe, update);
    if (probe.store.clients.size > 0)
      return 'is written in Yjs’s version 2 encoding, and Quorum files use version 1';
  } catch {
    // Not V2 either: said below.
  }
  return 'holds bytes that are not changes Quorum can read';
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
