import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * An independent reader and writer of the documented layout (shared/workspace-file/format.ts),
 * built on node:crypto and node:zlib, so the tests check the format as written down rather than
 * the code against itself.
 */
export function readLayout(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const manifestLength = view.getUint32(12);
  const manifestBytes = bytes.subarray(52, 52 + manifestLength);
  return {
    magic: new TextDecoder().decode(bytes.subarray(0, 6)),
    version: view.getUint16(6),
    totalLength: view.getUint32(8),
    manifestLength,
    manifestSha256: Buffer.from(bytes.subarray(16, 48)).toString('hex'),
    headerCrc: view.getUint32(48),
    manifestBytes,
    manifest: JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      formatVersion: number;
      workspaceId: string;
      exportedAt: string;
      appVersion: string;
      documents: { id: string; kind: string; byteLength: number; sha256: string }[];
    },
  };
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file with any manifest and bodies, every checksum right: for contents the encoder never writes. */
export function craftFile(manifest: unknown, bodies: Uint8Array[], version = 1): Uint8Array {
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
  const total = 52 + manifestBytes.length + bodies.reduce((n, b) => n + b.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('QUORUM'), 0);
  view.setUint16(6, version);
  view.setUint32(8, total);
  view.setUint32(12, manifestBytes.length);
  bytes.set(createHash('sha256').update(manifestBytes).digest(), 16);
  view.setUint32(48, crc32(bytes.subarray(0, 48)));
  bytes.set(manifestBytes, 52);
  let offset = 52 + manifestBytes.length;
  for (const body of bodies) {
    bytes.set(body, offset);
    offset += body.length;
  }
  return bytes;
}

/** A manifest entry for `update`, checksum and length right. */
export function entry(id: string, kind: 'workspace' | 'meeting', update: Uint8Array) {
  return { id, kind, byteLength: update.length, sha256: sha256Hex(update) };
}

export function manifestFor(workspaceId: string, documents: ReturnType<typeof entry>[]) {
  return {
    formatVersion: 1,
    workspaceId,
    exportedAt: '2024-01-15T09:30:00.000Z',
    appVersion: '0.1.0',
    documents,
  };
}
