import { z } from 'zod';

/**
 * The `.quorum` workspace file: one file holding a whole workspace, for backup, moving to
 * another device and the command line. All integers are unsigned and big-endian.
 *
 *   offset  size  field
 *   0       6     magic: ASCII "QUORUM" (51 55 4F 52 55 4D)
 *   6       2     format version (uint16), currently 1
 *   8       4     total file length in bytes (uint32), header included
 *   12      4     manifest length M in bytes (uint32)
 *   16      32    SHA-256 of the manifest bytes
 *   48      4     CRC-32 (IEEE) of bytes 0–47
 *   52      M     manifest: UTF-8 JSON (manifestSchema below)
 *   52+M    …     each document's Yjs update (Y.encodeStateAsUpdate, update format v1),
 *                 back to back in the manifest's order, lengths and SHA-256s in the manifest
 *
 * Bytes 0–7 stay the same in every future version, so any version can tell a newer file from a
 * damaged one; everything after them may change with the format version.
 */
export const MAGIC = new Uint8Array([0x51, 0x55, 0x4f, 0x52, 0x55, 0x4d]);
export const FORMAT_VERSION = 1;
export const HEADER_LENGTH = 52;

export const OFFSET = {
  version: 6,
  totalLength: 8,
  manifestLength: 12,
  manifestSha256: 16,
  headerCrc: 48,
} as const;

/** Beyond this the length field is damaged, not a real manifest (a thousand meetings is ~150 KB). */
export const MAX_MANIFEST_LENGTH = 16 * 1024 * 1024;

export const documentKinds = ['workspace', 'meeting'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const documentEntrySchema = z.object({
  /** The Y.Doc's guid: the workspace id, or the meeting id. */
  id: z.string().min(1),
  kind: z.enum(documentKinds),
  byteLength: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * Unknown keys are ignored, so a later version may add fields without a new format version;
 * a change an older reader would misread must raise FORMAT_VERSION instead.
 */
export const manifestSchema = z
  .object({
    formatVersion: z.number().int().min(1),
    workspaceId: z.string().min(1),
    exportedAt: z.iso.datetime(),
    appVersion: z.string(),
    documents: z.array(documentEntrySchema).min(1),
  })
  .refine((m) => m.documents[0]?.kind === 'workspace' && m.documents[0].id === m.workspaceId, {
    message: 'the first document must be the workspace itself',
  })
  .refine((m) => m.documents.filter((d) => d.kind === 'workspace').length === 1, {
    message: 'the file must hold exactly one workspace document',
  })
  .refine((m) => new Set(m.documents.map((d) => d.id)).size === m.documents.length, {
    message: 'two documents share an id',
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type DocumentEntry = Manifest['documents'][number];
