import { decodeUtf8 } from 'lib0/string';
import { bytesEqual, crc32, sha256, sha256Hex } from './checksums';
import {
  corrupt,
  emptyFile,
  newerVersion,
  notAQuorumFile,
  truncated,
  type WorkspaceFileFailure,
} from './errors';
import {
  FORMAT_VERSION,
  HEADER_LENGTH,
  MAGIC,
  MAX_MANIFEST_LENGTH,
  OFFSET,
  manifestSchema,
  type DocumentEntry,
  type Manifest,
} from './format';

/**
 * Reads the container (format.ts): header, manifest and each document's bytes, every length
 * and checksum checked. Yjs is not involved yet. The checks run in the order that names the
 * cause best: a short file is 'truncated' only once the header's own CRC vouches for the
 * length it claims, so a damaged length field reads as 'corrupt', not as a short copy.
 */
export type Container =
  | { ok: true; manifest: Manifest; documents: { entry: DocumentEntry; update: Uint8Array }[] }
  | WorkspaceFileFailure;

function checkHeader(bytes: Uint8Array, view: DataView): WorkspaceFileFailure | null {
  if (bytes.length === 0) return emptyFile();
  const prefix = bytes.subarray(0, MAGIC.length);
  if (!bytesEqual(prefix, MAGIC.subarray(0, prefix.length))) return notAQuorumFile(bytes);
  if (bytes.length < OFFSET.version + 2) return truncated();
  const version = view.getUint16(OFFSET.version);
  if (version > FORMAT_VERSION) return newerVersion('file format', version, FORMAT_VERSION);
  if (version === 0) return corrupt('the format version is 0');
  if (bytes.length < HEADER_LENGTH) return truncated();
  if (view.getUint32(OFFSET.headerCrc) !== crc32(bytes.subarray(0, OFFSET.headerCrc)))
    return corrupt('the header checksum does not match');
  const total = view.getUint32(OFFSET.totalLength);
  if (bytes.length < total) return truncated();
  if (bytes.length > total) return corrupt('there is unexpected data after the end');
  const manifestLength = view.getUint32(OFFSET.manifestLength);
  if (manifestLength > MAX_MANIFEST_LENGTH || HEADER_LENGTH + manifestLength > total)
    return corrupt('the manifest length is impossible');
  return null;
}

function readManifest(bytes: Uint8Array, length: number): Manifest | WorkspaceFileFailure {
  const manifestBytes = bytes.subarray(HEADER_LENGTH, HEADER_LENGTH + length);
  const expected = bytes.subarray(OFFSET.manifestSha256, OFFSET.manifestSha256 + 32);
  if (!bytesEqual(sha256(manifestBytes), expected))
    return corrupt('the manifest does not match its checksum');
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(manifestBytes));
  } catch {
    return corrupt('the manifest is not readable JSON');
  }
  // The version first: a newer manifest may not have the shape this version expects.
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION)
    return newerVersion('file format', version, FORMAT_VERSION);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    return corrupt(`the manifest is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function readContainer(bytes: Uint8Array): Container {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const failure = checkHeader(bytes, view);
  if (failure) return failure;
  const manifestLength = view.getUint32(OFFSET.manifestLength);
  const manifest = readManifest(bytes, manifestLength);
  if ('ok' in manifest) return manifest;
  if (manifest.formatVersion !== view.getUint16(OFFSET.version))
    return corrupt('the header and the manifest disagree on the format version');

  let offset = HEADER_LENGTH + manifestLength;
  const expectedEnd = manifest.documents.reduce((end, entry) => end + entry.byteLength, offset);
  if (expectedEnd !== bytes.length)
    return corrupt('the documents’ lengths do not add up to the file’s length');
  const documents = [];
  for (const entry of manifest.documents) {
    const update = bytes.subarray(offset, offset + entry.byteLength);
    offset += entry.byteLength;
    if (sha256Hex(update) !== entry.sha256)
      return corrupt(`the ${entry.kind} document ${entry.id} does not match its checksum`);
    documents.push({ entry, update });
  }
  return { ok: true, manifest, documents };
}
