import { encodeUtf8 } from 'lib0/string';
import * as Y from 'yjs';
import { crc32, sha256, sha256Hex } from './checksums';
import {
  FORMAT_VERSION,
  HEADER_LENGTH,
  MAGIC,
  OFFSET,
  type DocumentKind,
  type Manifest,
} from './format';

export interface WorkspaceFileInput {
  /** The workspace document; its guid is the workspace id. */
  workspace: Y.Doc;
  /** Meeting id → the meeting's document (guid = meeting id). Meetings never opened may be absent. */
  meetings: ReadonlyMap<string, Y.Doc>;
  /** The Quorum version writing the file, recorded for support ('0.1.0'). */
  appVersion: string;
  now: Date;
}

interface Part {
  id: string;
  kind: DocumentKind;
  update: Uint8Array;
}

function collectParts({ workspace, meetings }: WorkspaceFileInput): Part[] {
  const parts: Part[] = [
    { id: workspace.guid, kind: 'workspace', update: Y.encodeStateAsUpdate(workspace) },
  ];
  // Sorted, so the same workspace gives the same manifest whatever order the caller loaded it in.
  for (const id of [...meetings.keys()].sort()) {
    const doc = meetings.get(id);
    // Programming errors, not user errors: a file with these would not open again.
    if (!doc || doc.guid !== id) throw new Error(`Meeting ${id} is not a document with that guid`);
    if (id === workspace.guid) throw new Error(`Meeting ${id} has the workspace's id`);
    parts.push({ id, kind: 'meeting', update: Y.encodeStateAsUpdate(doc) });
  }
  return parts;
}

/** The whole workspace as the bytes of a `.quorum` file (layout in format.ts). */
export function encodeWorkspaceFile(input: WorkspaceFileInput): Uint8Array {
  const parts = collectParts(input);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    workspaceId: input.workspace.guid,
    exportedAt: input.now.toISOString(),
    appVersion: input.appVersion,
    documents: parts.map(({ id, kind, update }) => ({
      id,
      kind,
      byteLength: update.length,
      sha256: sha256Hex(update),
    })),
  };
  const manifestBytes = encodeUtf8(JSON.stringify(manifest));
  const total = parts.reduce(
    (sum, part) => sum + part.update.length,
    HEADER_LENGTH + manifestBytes.length,
  );
  if (total > 0xffffffff) throw new RangeError('The workspace is too large for one file (4 GB)');

  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint16(OFFSET.version, FORMAT_VERSION);
  view.setUint32(OFFSET.totalLength, total);
  view.setUint32(OFFSET.manifestLength, manifestBytes.length);
  bytes.set(sha256(manifestBytes), OFFSET.manifestSha256);
  view.setUint32(OFFSET.headerCrc, crc32(bytes.subarray(0, OFFSET.headerCrc)));
  bytes.set(manifestBytes, HEADER_LENGTH);
  let offset = HEADER_LENGTH + manifestBytes.length;
  for (const { update } of parts) {
    bytes.set(update, offset);
    offset += update.length;
  }
  return bytes;
}
