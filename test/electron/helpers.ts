import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import type { FakeWebFrame } from './fakes/electron';
import { FakeBrowserWindow } from './fakes/electron';

export const tempDir = (prefix: string): Promise<string> =>
  mkdtemp(path.join(tmpdir(), `quorum-${prefix}-`));

/** A window showing app://quorum, as main creates it. */
export function appWindow(): FakeBrowserWindow {
  const window = new FakeBrowserWindow({});
  window.webContents.mainFrame.url = 'app://quorum/index.html';
  return window;
}

/** The event ipcMain.handle receives for an invoke from `frame` in `window`. */
export function invokeEvent(
  window: FakeBrowserWindow,
  frame: FakeWebFrame | null = window.webContents.mainFrame,
): IpcMainInvokeEvent {
  return {
    sender: window.webContents,
    senderFrame: frame,
    processId: 1,
    frameId: 1,
  } as unknown as IpcMainInvokeEvent;
}
