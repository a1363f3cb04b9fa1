// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDeviceFlag, writeDeviceFlag } from '../../../renderer/data/device-preference';

/** Storage as a locked-down profile or a full disk has it: every call throws. */
const storageOff = {
  getItem() {
    throw new DOMException('Access is denied.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
} as unknown as Storage;

beforeEach(() => localStorage.clear());

describe('a choice kept on this device', () => {
  it('reads back what was written, each name on its own', () => {
    writeDeviceFlag('minutes-help-open', false);
    expect(readDeviceFlag('minutes-help-open', true)).toBe(false);
    writeDeviceFlag('minutes-help-open', true);
    expect(readDeviceFlag('minutes-help-open', false)).toBe(true);
    expect(readDeviceFlag('another-choice', true)).toBe(true);
  });

  it('falls back to the default for nothing stored or a value it did not write', () => {
    expect(readDeviceFlag('minutes-help-open', true)).toBe(true);
    localStorage.setItem('quorum:prefer:minutes-help-open', 'yes please');
    expect(readDeviceFlag('minutes-help-open', false)).toBe(false);
  });

  it('fails quietly when storage is off or missing: the default reads, writing throws nothing', () => {
    expect(readDeviceFlag('minutes-help-open', true, storageOff)).toBe(true);
    expect(readDeviceFlag('minutes-help-open', false, storageOff)).toBe(false);
    expect(() => writeDeviceFlag('minutes-help-open', true, storageOff)).not.toThrow();
    expect(readDeviceFlag('minutes-help-open', true, undefined)).toBe(true);
    expect(() => writeDeviceFlag('minutes-help-open', true, undefined)).not.toThrow();
  });
});
