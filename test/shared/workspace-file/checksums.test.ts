import { createHash, randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, sha256Hex } from '../../../shared/workspace-file';

describe('checksums', () => {
  it('computes CRC-32 (IEEE) as zip and PNG do', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const data = new Uint8Array(randomBytes(4096));
    expect(crc32(data)).toBe(zlibCrc32(data));
  });

  it('computes SHA-256 as hex', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const data = new Uint8Array(randomBytes(10_000));
    expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
