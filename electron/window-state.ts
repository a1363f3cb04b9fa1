import { screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/** Size and place of the main window, kept in userData/window-state.json between runs. */
const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(16_384),
  height: z.number().int().min(300).max(16_384),
  maximised: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximised: false };

/** How much of the window must lie on a display for the saved position to count. */
const MIN_VISIBLE = 64;
const SAVE_DELAY_MS = 500;

function overlaps(a: Rectangle, b: Rectangle): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE && height >= MIN_VISIBLE;
}

/**
 * Reads the saved state. A missing, unreadable or corrupt file gives the defaults, and a
 * position that is on no display (a monitor unplugged since) is dropped so the window
 * opens centred rather than out of reach.
 */
export async function loadWindowState(file: string): Promise<WindowState> {
  let saved: WindowState;
  try {
    saved = await readJsonFile(file, {
      schema: windowStateSchema,
      fallback: DEFAULT_WINDOW_STATE,
      corrupt: 'not a window size and position; the window opens at its default size',
    });
  } catch (error) {
    // Only a window position is lost; the next save writes the file afresh.
    console.warn(`Could not read ${file}; the window opens at its default size:`, error);
    saved = DEFAULT_WINDOW_STATE;
  }

  const { x, y, ...size } = saved;
  if (x === undefined || y === undefined) return size;
  const bounds = { x, y, width: size.width, height: size.height };
  const visible = screen.getAllDisplays().some((display) => overlaps(bounds, display.workArea));
  return visible ? { ...size, x, y } : size;
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeJsonFile(file, state);
}

export function captureWindowState(window: BrowserWindow): WindowState {
  // Normal bounds, not the maximised ones, so un-maximising next time restores the old size.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximised: window.isMaximized() };
}

/**
 * Saves the state after moves and resizes (debounced) and once more on close.
 * WARNING: a failed save is logged, not retried; losing a window position is harmless.
 */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    saveWindowState(file, captureWindowState(window)).catch((error: unknown) => {
      console.warn('Could not save the window size and position:', error);
    });
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
