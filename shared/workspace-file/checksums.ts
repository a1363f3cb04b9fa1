import { digest } from 'lib0/hash/sha256';

/**
 * Checksums for the workspace file. Yjs applies some damaged updates without complaint, so
 * only a checksum tells a flipped byte from real data. lib0 (Yjs's own toolkit) gives SHA-256
 * without node:crypto in this layer: it picks the platform's implementation where there is one.
 */

// CRC-32 (IEEE 802.3, as in zip and PNG): small and fast, enough for the fixed-size header.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The raw 32-byte SHA-256 digest. */
export function sha256(bytes: Uint8Array): Uint8Array {
  // Copy: in Node lib0 returns a Buffer, whose comparisons and JSON differ from Uint8Array.
  return new Uint8Array(digest(bytes));
}

/** SHA-256 as 64 lower-case hex digits, as the manifest stores it. */
export function sha256Hex(bytes: Uint8Array): string {
  return Array.from(sha256(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
