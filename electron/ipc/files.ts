import { dialog } from 'electron';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, MAX_FILE_BYTES, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';
import { getMainWindow } from '../window';
import { ioFailure } from './io-errors';

const megabytes = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MB`;

// Dialogs are attached to the main window (modal on macOS) when it exists.
function showSaveDialog(options: SaveDialogOptions) {
  const window = getMainWindow();
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function showOpenDialog(options: OpenDialogOptions) {
  const window = getMainWindow();
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

/**
 * Files on disk. The renderer never names a path: the user picks it in a native dialog, and
 * main only writes to or reads from what the dialog returned.
 */
export const fileHandlers = {
  'file:save': async ({ suggestedName, data, filters }) => {
    const choice = await showSaveDialog({ defaultPath: suggestedName, filters });
    if (choice.canceled || !choice.filePath) {
      return fail('cancelled', 'The file was not saved because the dialog was closed.');
    }
    try {
      await writeFile(choice.filePath, data);
    } catch (error) {
      return ioFailure(error, 'save', choice.filePath);
    }
    return ok({ location: choice.filePath });
  },

  'file:open': async ({ title, filters }) => {
    const choice = await showOpenDialog({ title, filters, properties: ['openFile'] });
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) {
      return fail('cancelled', 'No file was opened because the dialog was closed.');
    }
    try {
      // One handle for the size check and the read, so both see the same file.
      const handle = await open(filePath, 'r');
      try {
        const { size } = await handle.stat();
        if (size > MAX_FILE_BYTES) {
          return fail(
            'too-large',
            `That file is ${megabytes(size)}; Quorum can open files of up to ${megabytes(MAX_FILE_BYTES)}.`,
          );
        }
        // A copy, not a view: IPC clones a view's whole ArrayBuffer, which may be pooled.
        const data = new Uint8Array(await handle.readFile());
        return ok({ name: path.basename(filePath), data });
      } finally {
        await handle.close();
      }
    } catch (error) {
      return ioFailure(error, 'open', filePath);
    }
  },
} satisfies Pick<IpcHandlers, 'file:save' | 'file:open'>;
