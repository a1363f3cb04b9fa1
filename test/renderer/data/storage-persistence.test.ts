import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../renderer/data/storage-persistence';

function storage(persisted: boolean, grant: boolean | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    }),
  } as unknown as StorageManager;
}

describe('requestPersistentStorage', () => {
  it('asks for persistence when it is not yet granted', async () => {
    const manager = storage(false, true);
    expect(await requestPersistentStorage(manager)).toBe('persisted');
    expect(manager.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persisted', async () => {
    const manager = storage(true, false);
    expect(await requestPersistentStorage(manager)).toBe('persisted');
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, a throwing browser and a missing API', async () => {
    expect(await requestPersistentStorage(storage(false, false))).toBe('not-granted');
    expect(await requestPersistentStorage(storage(false, new Error('nope')))).toBe('not-granted');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
