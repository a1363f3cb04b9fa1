import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWorkspaceId } from '../../../shared/sync/document-names';
import { nameBasedId, sha1 } from '../../../shared/model';

const bytes = (text: string) => [...Buffer.from(text, 'utf8')];

describe('name-based ids', () => {
  it.each(['', 'abc', 'next:5f0c', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(200), 'Café ☕ 𝄞'])(
    'hashes %j as SHA-1 does',
    (text) => {
      expect(Buffer.from(sha1(bytes(text))).toString('hex')).toBe(
        createHash('sha1').update(text, 'utf8').digest('hex'),
      );
    },
  );

  it('gives the same canonical version 5 UUID for the same name, and another for another', () => {
    const id = nameBasedId('next:0b6f6f5e-7c1a-4d4e-9a57-3f1c2b8e5d11');
    expect(id).toBe(nameBasedId('next:0b6f6f5e-7c1a-4d4e-9a57-3f1c2b8e5d11'));
    expect(id).not.toBe(nameBasedId('next:0b6f6f5e-7c1a-4d4e-9a57-3f1c2b8e5d12'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isWorkspaceId(id)).toBe(true);
  });

  it('matches RFC 9562’s version 5 construction', () => {
    const namespace = '0b6f6f5e7c1a4d4e9a573f1c2b8e5d10';
    const digest = createHash('sha1')
      .update(Buffer.concat([Buffer.from(namespace, 'hex'), Buffer.from('next:a', 'utf8')]))
      .digest();
    digest[6] = (digest[6]! & 0x0f) | 0x50;
    digest[8] = (digest[8]! & 0x3f) | 0x80;
    const hex = digest.subarray(0, 16).toString('hex');
    expect(nameBasedId('next:a')).toBe(
      `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    );
  });
});
