import { describe, expect, it } from 'vitest';
import { readDeviceFlag, writeDeviceFlag } from '../../../renderer/data/device-preference';

/** localStorage as the browser keeps it; `off` makes every call throw, as a locked profile does. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  off = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.off) throw new DOMException('Access is denied.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.off) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('a choice kept on this device', () => {
  it('reads back what was written, each name on its own', () => {
    const storage = new MemoryStorage();
    writeDeviceFlag('minutes-help-open', false, storage);
    expect(readDeviceFlag('minutes-help-open', true, storage)).toBe(false);
    writeDeviceFlag('minutes-help-open', true, storage);
    expect(readDeviceFlag('minutes-help-open', false, storage)).toBe(true);
    expect(readDeviceFlag('another-choice', true, storage)).toBe(true);
  });

  it('falls back to the default for nothing stored or a value it did not write', () => {
    const storage = new MemoryStorage();
    expect(readDeviceFlag('minutes-help-open', true, storage)).toBe(true);
    storage.setItem('quorum:prefer:minutes-help-open', 'yes please');
    expect(readDeviceFlag('minutes-help-open', false, storage)).toBe(false);
  });

  it('fails quietly when storage is off: the default reads, and writing throws nothing', () => {
    const storage = new MemoryStorage();
    writeDeviceFlag('minutes-help-open', false, storage);
    storage.off = true;
    expect(readDeviceFlag('minutes-help-open', true, storage)).toBe(true);
    expect(() => writeDeviceFlag('minutes-help-open', true, storage)).not.toThrow();
    expect(readDeviceFlag('minutes-help-open', true, undefined)).toBe(true);
  });
});
