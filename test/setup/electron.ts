// vi.mock('electron') once, for every main-process and preload test (CONVENTIONS.md).
import { afterEach, vi } from 'vitest';
import { fake } from '../electron/fakes/electron';

vi.mock('electron', async () => (await import('../electron/fakes/electron')).electronFake);

afterEach(() => {
  // Back to each vi.fn's original implementation, and a fresh fake Electron.
  vi.resetAllMocks();
  fake.reset();
});
