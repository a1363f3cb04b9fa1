import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  trackWindowState,
} from '../../electron/window-state';
import { fake, FakeBrowserWindow } from './fakes/electron';
import { tempDir } from './helpers';

let file: string;

beforeEach(async () => {
  file = path.join(await tempDir('window-state'), 'window-state.json');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('loading and saving', () => {
  it('restores what it saved', async () => {
    const state = { x: 200, y: 120, width: 1100, height: 700, maximised: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('gives the defaults when there is no file yet', async () => {
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['corrupt JSON', '{"x": 10, "wid'],
    [
      'the wrong shape',
      JSON.stringify({ x: 1, y: 1, width: 'wide', height: 600, maximised: false }),
    ],
    ['an absurd size', JSON.stringify({ width: 10, height: 10, maximised: false })],
    ['not an object', '42'],
  ])('falls back to the defaults for %s', async (_name, content) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeFile(file, content);
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Ignoring ${file}`));
  });

  it('ignores a position that is off every display but keeps the size', async () => {
    await saveWindowState(file, { x: 2500, y: 100, width: 1000, height: 700, maximised: false });
    expect(await loadWindowState(file)).toEqual({ width: 1000, height: 700, maximised: false });
  });

  it('keeps a position on a second display', async () => {
    fake.screen.getAllDisplays.mockReturnValue([
      fake.display(1, 0, 1920, 1080),
      fake.display(2, 1920, 2560, 1440),
    ]);
    const state = { x: 2500, y: 100, width: 1000, height: 700, maximised: false };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('ignores a window that only just overlaps a display edge', async () => {
    await saveWindowState(file, { x: 1900, y: 100, width: 1000, height: 700, maximised: false });
    expect(await loadWindowState(file)).not.toHaveProperty('x');
  });
});

describe('tracking the window', () => {
  it('saves after moves and resizes settle, and on close', async () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 900, height: 600 });
    trackWindowState(window as unknown as BrowserWindow, file);

    window.setBounds({ width: 1000 });
    window.setBounds({ x: 50, y: 60 });
    await expect(readFile(file, 'utf8')).rejects.toThrow(); // debounced: nothing yet
    await vi.advanceTimersByTimeAsync(600);
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        x: 50,
        y: 60,
        width: 1000,
        height: 600,
        maximised: false,
      }),
    );

    window.maximize();
    window.close();
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ maximised: true }),
    );
  });
});
