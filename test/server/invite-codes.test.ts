import { describe, expect, it } from 'vitest';
import {
  generateInviteCode,
  INVITE_CODE_RANDOM_BYTES,
  inviteCodeFromBytes,
  normalizeInviteCode,
} from '../../shared/sync/invite-codes';

const SHAPE = /^QRM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('invite codes', () => {
  it('are formatted QRM-XXXX-XXXX-XXXX in Crockford base32', () => {
    for (let i = 0; i < 200; i += 1) expect(generateInviteCode()).toMatch(SHAPE);
  });

  it('carry at least 60 bits: every bit of the 8 input bytes but the top 4 changes the code', () => {
    expect(INVITE_CODE_RANDOM_BYTES * 8).toBeGreaterThanOrEqual(60);
    const zero = new Uint8Array(INVITE_CODE_RANDOM_BYTES);
    const base = inviteCodeFromBytes(zero);
    const codes = new Set([base]);
    for (let bit = 0; bit < 60; bit += 1) {
      const bytes = zero.slice();
      const index = INVITE_CODE_RANDOM_BYTES - 1 - Math.floor(bit / 8);
      bytes[index] = 1 << (bit % 8);
      codes.add(inviteCodeFromBytes(bytes));
    }
    expect(codes.size).toBe(61);
  });

  it('are a pure function of the random bytes', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(inviteCodeFromBytes(bytes)).toBe(inviteCodeFromBytes(bytes.slice()));
    expect(generateInviteCode(() => bytes)).toBe(inviteCodeFromBytes(bytes));
    expect(() => inviteCodeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateInviteCode()));
    expect(codes.size).toBe(1000);
  });

  it('normalise what people type: case, spaces, hyphens, missing prefix, I/L/O', () => {
    const code = 'QRM-7KX4-P9TD-M2H0';
    expect(normalizeInviteCode(code)).toBe(code);
    expect(normalizeInviteCode('qrm 7kx4 p9td m2ho')).toBe(code);
    expect(normalizeInviteCode('7KX4P9TDM2HO')).toBe(code);
    expect(normalizeInviteCode('QRM-7KX4-P9TD-M2H0'.replace('1', 'l'))).toBe(code);
    expect(normalizeInviteCode('QRM-IIII-LLLL-OOOO')).toBe('QRM-1111-1111-0000');
  });

  it('reject anything that is not a code, so no weak code can be registered', () => {
    for (const bad of [
      '',
      'password',
      'QRM-7KX4-P9TD',
      'QRM-7KX4-P9TD-M2HQ-AAAA',
      'ABC-7KX4-P9TD-M2HQ',
      'QRM-7KX4-P9TD-M2HU',
    ]) {
      expect(normalizeInviteCode(bad)).toBeNull();
    }
  });
});
